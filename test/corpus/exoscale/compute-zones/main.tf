terraform {
  required_providers {
    exoscale = {
      source  = "exoscale/exoscale"
      version = ">= 0.60"
    }
  }
}

provider "exoscale" {}

locals {
  zone_by_env = {
    prod = "de-fra-1"
    test = "at-vie-1"
  }
  env = "prod"
}

data "exoscale_template" "debian" {
  zone = local.zone_by_env[local.env]
  name = "Linux Debian 12 (Bookworm) 64-bit"
}

resource "exoscale_security_group" "web" {
  name = "web"
}

resource "exoscale_security_group_rule" "https" {
  security_group_id = exoscale_security_group.web.id
  type              = "INGRESS"
  protocol          = "TCP"
  cidr              = "0.0.0.0/0"
  start_port        = 443
  end_port          = 443
}

resource "exoscale_security_group_rule" "ssh_office" {
  security_group_id = exoscale_security_group.web.id
  type              = "INGRESS"
  protocol          = "TCP"
  cidr              = "192.0.2.0/24"
  start_port        = 22
  end_port          = 22
}

resource "exoscale_security_group_rule" "postgres_world" {
  security_group_id = exoscale_security_group.web.id
  type              = "INGRESS"
  protocol          = "TCP"
  cidr              = "0.0.0.0/0"
  start_port        = 5432
  end_port          = 5432
}

# local.zone_by_env[local.env] = "de-fra-1"
resource "exoscale_compute_instance" "web" {
  zone               = local.zone_by_env[local.env]
  name               = "web-1"
  template_id        = data.exoscale_template.debian.id
  type               = "standard.medium"
  disk_size          = 20
  security_group_ids = [exoscale_security_group.web.id]
}

# Geneva: Switzerland is outside the EU.
resource "exoscale_compute_instance" "reporting" {
  zone               = "ch-gva-2"
  name               = "reporting-1"
  template_id        = data.exoscale_template.debian.id
  type               = "standard.medium"
  disk_size          = 50
  security_group_ids = [exoscale_security_group.web.id]
}

resource "exoscale_private_network" "backend" {
  zone     = local.zone_by_env["test"]
  name     = "backend"
  netmask  = "255.255.255.0"
  start_ip = "10.0.0.20"
  end_ip   = "10.0.0.250"
}

resource "exoscale_elastic_ip" "web" {
  zone = "de-fra-1"
}
