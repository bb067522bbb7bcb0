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
