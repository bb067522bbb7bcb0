terraform {
  required_providers {
    hcloud = {
      source = "hetznercloud/hcloud"
    }
  }
}

provider "hcloud" {}

variable "site" {
  type    = string
  default = "primary"
}

variable "locations" {
  type = map(string)
  default = {
    primary = "fsn1"
    standby = "hel1"
    lab     = "hil"
  }
}

variable "burst_to_us" {
  type    = bool
  default = false
}

variable "custom_location" {
  type    = string
  default = null
}

variable "overrides" {
  type    = map(string)
  default = {}
}

locals {
  standby_location = var.locations["standby"]
  env_prefix       = "nbg"
  allowed          = ["fsn1", "nbg1", "hel1"]
}

resource "hcloud_firewall" "web" {
  name = "web"

  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "443"
    source_ips = ["0.0.0.0/0", "::/0"]
  }
}

# lookup(var.locations, var.site) = "fsn1"
resource "hcloud_server" "primary" {
  name         = "web-primary"
  image        = "debian-12"
  server_type  = "cx22"
  location     = lookup(var.locations, var.site)
  firewall_ids = [hcloud_firewall.web.id]
}

# var.burst_to_us is false, so the conditional gives local.standby_location = "hel1"
resource "hcloud_server" "standby" {
  name         = "web-standby"
  image        = "debian-12"
  server_type  = "cx22"
  location     = var.burst_to_us ? "ash" : local.standby_location
  firewall_ids = [hcloud_firewall.web.id]
}

# format("%s1", "nbg") = "nbg1"
resource "hcloud_primary_ip" "ingress" {
  name          = "ingress-v4"
  type          = "ipv4"
  location      = format("%s1", local.env_prefix)
  assignee_type = "server"
  auto_delete   = false
}

# try(var.overrides["ip"], ...) falls back to element(local.allowed, 2) = "hel1"
resource "hcloud_primary_ip" "standby" {
  name          = "standby-v4"
  type          = "ipv4"
  location      = try(var.overrides["ip"], element(local.allowed, 2))
  assignee_type = "server"
  auto_delete   = false
}

# coalesce(null, "ash") = "ash": the US location, known before apply
resource "hcloud_server" "batch" {
  name         = "batch"
  image        = "debian-12"
  server_type  = "cx22"
  location     = coalesce(var.custom_location, "ash")
  firewall_ids = [hcloud_firewall.web.id]
}

# The "lab" entry of the map is Hillsboro (US)
resource "hcloud_floating_ip" "lab" {
  type          = "ipv4"
  name          = "lab"
  home_location = var.locations["lab"]
}
