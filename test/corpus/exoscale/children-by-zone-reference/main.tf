terraform {
  required_providers {
    exoscale = {
      source = "exoscale/exoscale"
    }
  }
}

provider "exoscale" {}

variable "archive_zone" {
  type    = string
  default = "ch-dk-2"
}

# The one argument that puts the archive database in Switzerland (ch-dk-2).
resource "exoscale_dbaas" "archive" {
  name = "archive"
  type = "mysql"
  plan = "startup-4"
  zone = var.archive_zone

  mysql = {
    version   = "8"
    ip_filter = ["10.30.0.0/24"]
  }
}

# Children that follow the service's zone by reference.
resource "exoscale_dbaas_mysql_database" "archive" {
  service       = exoscale_dbaas.archive.name
  zone          = exoscale_dbaas.archive.zone
  database_name = "archive"
}

resource "exoscale_dbaas_mysql_user" "reader" {
  service  = exoscale_dbaas.archive.name
  zone     = exoscale_dbaas.archive.zone
  username = "reader"
}

# A load balancer in de-muc-1 and a pool and service that follow its zone.
resource "exoscale_nlb" "web" {
  name = "web"
  zone = "de-muc-1"
}

resource "exoscale_instance_pool" "web" {
  name          = "web"
  zone          = exoscale_nlb.web.zone
  size          = 2
  instance_type = "standard.small"
  template_id   = "0b4a4e3d-7b4c-4a9e-8f43-5a1d3a6c2e10"
}

resource "exoscale_nlb_service" "https" {
  nlb_id           = exoscale_nlb.web.id
  zone             = exoscale_nlb.web.zone
  name             = "https"
  instance_pool_id = exoscale_instance_pool.web.id
  protocol         = "tcp"
  port             = 443
  target_port      = 443

  healthcheck {
    mode = "tcp"
    port = 443
  }
}
