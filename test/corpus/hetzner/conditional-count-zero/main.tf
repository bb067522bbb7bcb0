terraform {
  required_providers {
    hcloud = {
      source = "hetznercloud/hcloud"
    }
  }
}

provider "hcloud" {}

variable "enable_us_mirror" {
  description = "Create a read mirror in Ashburn (off by default)."
  type        = bool
  default     = false
}

variable "extra_ips" {
  type    = map(string)
  default = {}
}

variable "replicas" {
  type    = number
  default = 2
}

resource "hcloud_firewall" "app" {
  name = "app"

  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "443"
    source_ips = ["0.0.0.0/0", "::/0"]
  }
}

# count = 0 with the defaults: no instance exists, so there is nothing to report.
resource "hcloud_server" "us_mirror" {
  count = var.enable_us_mirror ? 1 : 0

  name         = "mirror-us"
  image        = "debian-12"
  server_type  = "cx22"
  location     = "ash"
  firewall_ids = [hcloud_firewall.app.id]
}

resource "hcloud_firewall" "debug" {
  count = var.enable_us_mirror ? 1 : 0

  name = "debug-anywhere"

  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "22"
    source_ips = ["0.0.0.0/0"]
  }
}

# for_each over an empty map: no instance.
resource "hcloud_primary_ip" "extra" {
  for_each = var.extra_ips

  name          = each.key
  type          = "ipv4"
  location      = each.value
  assignee_type = "server"
  auto_delete   = false
}

resource "hcloud_server" "app" {
  count = var.replicas

  name         = "app-${count.index + 1}"
  image        = "debian-12"
  server_type  = "cx22"
  location     = count.index == 0 ? "fsn1" : "nbg1"
  firewall_ids = [hcloud_firewall.app.id]
}

variable "nat_router" {
  description = "Optional NAT router; null means none."
  type = object({
    location    = string
    server_type = string
  })
  default = null
}

# The object variable is null by default, so count is 0 and location is never evaluated.
resource "hcloud_server" "nat_router" {
  count = var.nat_router != null ? 1 : 0

  name         = "nat-router"
  image        = "debian-12"
  server_type  = var.nat_router.server_type
  location     = var.nat_router.location
  firewall_ids = [hcloud_firewall.app.id]
}
