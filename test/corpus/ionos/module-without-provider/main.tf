terraform {
  required_providers {
    ionoscloud = {
      source = "ionos-cloud/ionoscloud"
    }
  }
}

variable "datacenter_location" {
  description = "Where the caller wants the data centre."
  type        = string
}

variable "name" {
  type = string
}

resource "ionoscloud_datacenter" "this" {
  name     = var.name
  location = var.datacenter_location
}

resource "ionoscloud_lan" "private" {
  datacenter_id = ionoscloud_datacenter.this.id
  public        = false
  name          = "${var.name}-private"
}

resource "ionoscloud_ipblock" "this" {
  location = var.datacenter_location
  size     = 1
  name     = "${var.name}-ip"
}

variable "existing_datacenter_id" {
  description = "A data centre the caller created elsewhere."
  type        = string
}

resource "ionoscloud_server" "worker" {
  name          = "${var.name}-worker"
  datacenter_id = var.existing_datacenter_id
  cores         = 2
  ram           = 4096
  image_name    = "debian:12"
  ssh_keys      = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMq3vN8xR2wL7tK1pZ9sH4yD6cF0gB5jE2aU9iO3mT7n worker@example.org"]

  volume {
    name      = "system"
    size      = 20
    disk_type = "SSD Standard"
  }

  nic {
    lan             = 1
    name            = "private"
    dhcp            = true
    firewall_active = true
  }
}
