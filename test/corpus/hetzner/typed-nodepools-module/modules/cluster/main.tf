terraform {
  required_providers {
    hcloud = {
      source = "hetznercloud/hcloud"
    }
  }
}

variable "name" {
  type = string
}

variable "nodepools" {
  description = "Node pools; count and server_type have defaults."
  type = list(object({
    name        = string
    location    = string
    count       = optional(number, 1)
    server_type = optional(string, "cx22")
    volume_size = optional(number)
  }))
}

locals {
  nodes = merge([
    for pool in var.nodepools : {
      for i in range(pool.count) : format("%s-%s-%d", var.name, pool.name, i) => {
        location    = pool.location
        server_type = pool.server_type
        volume_size = coalesce(pool.volume_size, 0)
      }
    }
  ]...)
}

module "node" {
  source      = "./host"
  for_each    = local.nodes
  name        = each.key
  location    = each.value.location
  server_type = each.value.server_type
}

resource "hcloud_volume" "data" {
  for_each = { for k, v in local.nodes : k => v if v.volume_size > 0 }
  name     = "${each.key}-data"
  size     = each.value.volume_size
  location = each.value.location
}
