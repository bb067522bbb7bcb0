variable "name" {
  type = string
}

variable "location" {
  type    = string
  default = null
}

variable "datacenter" {
  type    = string
  default = null
}

variable "sites" {
  type    = map(string)
  default = {}
}

variable "site" {
  type    = string
  default = null
}

locals {
  location = var.site == null ? var.location : lookup(var.sites, var.site, null)
}

resource "hcloud_server" "this" {
  name        = var.name
  image       = "debian-12"
  server_type = "cx22"
  location    = var.datacenter == null ? local.location : null
  datacenter  = var.datacenter
}
