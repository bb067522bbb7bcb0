terraform {
  required_providers {
    scaleway = {
      source = "scaleway/scaleway"
    }
  }
}

variable "environments" {
  type    = list(string)
  default = ["prod", "staging"]
}

locals {
  region_of = {
    prod    = "fr-par"
    staging = "nl-ams"
  }
  # { prod = "fr-par", staging = "nl-ams" } rebuilt by a for expression over a literal list
  buckets = { for env in var.environments : env => {
    name   = "orders-${env}"
    region = local.region_of[env]
  } }
  primary_zone = "${local.region_of["prod"]}-2"
}

provider "scaleway" {
  region = upper("pl-waw") == "PL-WAW" ? "pl-waw" : "fr-par"
}

resource "scaleway_object_bucket" "orders" {
  for_each = local.buckets

  name   = each.value.name
  region = each.value.region
}

resource "scaleway_object_bucket_server_side_encryption_configuration" "orders" {
  for_each = local.buckets

  bucket = scaleway_object_bucket.orders[each.key].name
  region = each.value.region

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "scaleway_instance_security_group" "api" {
  name                   = "api"
  zone                   = local.primary_zone
  inbound_default_policy = "drop"

  inbound_rule {
    action   = "accept"
    protocol = "TCP"
    port     = 443
  }
}

resource "scaleway_instance_server" "api" {
  name              = "api"
  type              = "PRO2-S"
  image             = "ubuntu_noble"
  zone              = local.primary_zone
  security_group_id = scaleway_instance_security_group.api.id
}
