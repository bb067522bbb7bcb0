# The configuration both the expression evaluator and `terraform console` evaluate the
# oracle cases against (oracle-cases.txt). Only the built-in terraform_data resource: no
# provider is needed, and `terraform console -plan` leaves its computed attributes unknown.

variable "zones" {
  default = { eu = "fsn1", us = "ash" }
}

variable "region" {
  default = "eu"
}

variable "n" {
  type    = number
  default = "3"
}

variable "flag" {
  type    = bool
  default = "true"
}

variable "names" {
  type    = list(string)
  default = ["b", "a", "c", "a"]
}

variable "ports" {
  type    = set(number)
  default = [443, 80, 443]
}

variable "servers" {
  type = map(object({
    location = string
    size     = optional(string, "cx22")
    labels   = optional(map(string))
  }))
  default = {
    web = { location = "fsn1" }
    db  = { location = "ash", size = "cx32" }
  }
}

variable "nothing" {
  default = null
}

locals {
  regions    = { paris = "fr-par", amsterdam = "nl-ams", warsaw = "pl-waw" }
  zone       = lookup(var.zones, var.region)
  tags       = { env = "prod", team = "data" }
  subnets    = [for i in range(3) : cidrsubnet("10.0.0.0/16", 8, i)]
  nested     = { a = { b = [1, 2, { c = "deep" }] } }
  mixed      = ["a", 1, true]
  people     = [{ name = "ann", age = 31 }, { name = "bob", age = 25 }]
  csv        = "name,zone\nweb,fsn1\ndb,ash\n"
  json       = "{\"a\": [1, 2], \"b\": {\"c\": null}}"
  tpl        = "Hello, $${name}!%%{ if loud }!!%%{ endif }"
  location   = coalesce(var.nothing, local.zone)
  by_region  = { for k, v in var.zones : v => k }
  heredoc    = <<-EOT
    first
      second ${var.region}
    EOT
}

resource "terraform_data" "known" {
  input = "fsn1"
}

resource "terraform_data" "counted" {
  count = 2
  input = "n${count.index}"
}

resource "terraform_data" "each" {
  for_each = { a = "fsn1", b = "nbg1" }
  input    = each.value
}
