# A reusable module: no provider configuration, every database comes from the caller.
terraform {
  required_providers {
    scaleway = {
      source = "scaleway/scaleway"
    }
  }
}

variable "databases" {
  type = list(object({
    name       = string
    engine     = string
    node_type  = string
    encrypted  = bool
    admin      = string
    password   = string
    allow_cidr = string
  }))
}

resource "scaleway_rdb_instance" "this" {
  for_each           = { for db in var.databases : db.name => db }
  name               = each.key
  engine             = each.value.engine
  node_type          = each.value.node_type
  encryption_at_rest = each.value.encrypted
  user_name          = each.value.admin
  password           = sensitive(each.value.password)
}

resource "scaleway_rdb_user" "reader" {
  for_each    = { for db in var.databases : db.name => db }
  instance_id = scaleway_rdb_instance.this[each.key].id
  name        = "reader"
  password    = sensitive(lookup(each.value, "password"))
  is_admin    = false
}

resource "scaleway_rdb_acl" "this" {
  for_each    = { for db in var.databases : db.name => db }
  instance_id = scaleway_rdb_instance.this[each.key].id
  acl_rules {
    ip          = lookup(each.value, "allow_cidr")
    description = "caller range"
  }
}

# Written in the module itself: judged here.
resource "scaleway_rdb_instance" "scratch" {
  name               = "scratch"
  engine             = "PostgreSQL-16"
  node_type          = "DB-DEV-S"
  encryption_at_rest = false
  private_network {
    pn_id       = "fr-par/11111111-2222-3333-4444-555555555555"
    enable_ipam = true
  }
}
