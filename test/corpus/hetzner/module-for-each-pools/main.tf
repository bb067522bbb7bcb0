terraform {
  required_providers {
    hcloud = {
      source = "hetznercloud/hcloud"
    }
  }
}

variable "hcloud_token" {
  type      = string
  sensitive = true
}

provider "hcloud" {
  token = var.hcloud_token
}

variable "node_pools" {
  description = "One node per pool, keyed by pool name."
  type = map(object({
    server_type = string
    location    = string
  }))
  default = {
    api = {
      server_type = "cx32"
      location    = "nbg1"
    }
    batch = {
      server_type = "cpx41"
      location    = "hil"
    }
  }
}

variable "standby_pools" {
  description = "Standby nodes; none unless the operator adds some."
  type = list(object({
    name     = string
    location = string
  }))
  default = []
}

locals {
  standby = { for p in var.standby_pools : p.name => p }
}

module "pool" {
  source   = "./modules/node"
  for_each = var.node_pools

  name        = "pool-${each.key}"
  server_type = each.value.server_type
  location    = each.value.location
}

module "standby" {
  source   = "./modules/node"
  for_each = local.standby

  name        = "standby-${each.key}"
  server_type = "cx22"
  location    = each.value.location
}

module "legacy_bastion" {
  source = "./modules/node"
  count  = 0

  name        = "bastion"
  server_type = "cx22"
  location    = "ash"
}
