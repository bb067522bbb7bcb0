terraform {
  required_providers {
    opentelekomcloud = {
      source = "opentelekomcloud/opentelekomcloud"
    }
  }
}

variable "region" {
  type    = string
  default = "eu-de"
}

variable "db_password" {
  type      = string
  sensitive = true
}

locals {
  zones = [for n in ["01", "02"] : "${var.region}-${n}"]
}

provider "opentelekomcloud" {
  auth_url    = "https://iam.${var.region}.otc.t-systems.com/v3"
  tenant_name = "${var.region}_shop"
  domain_name = "OTC00000000001000077777"
}

resource "opentelekomcloud_kms_key_v1" "rds" {
  key_alias    = "shop-rds"
  pending_days = "7"
}

resource "opentelekomcloud_vpc_v1" "shop" {
  name = "shop"
  cidr = "10.90.0.0/16"
}

resource "opentelekomcloud_vpc_subnet_v1" "db" {
  name       = "db"
  cidr       = "10.90.2.0/24"
  gateway_ip = "10.90.2.1"
  vpc_id     = opentelekomcloud_vpc_v1.shop.id
}

resource "opentelekomcloud_networking_secgroup_v2" "db" {
  name = "db"
}

resource "opentelekomcloud_networking_secgroup_rule_v2" "db_from_app" {
  direction         = "ingress"
  ethertype         = "IPv4"
  protocol          = "tcp"
  port_range_min    = 5432
  port_range_max    = 5432
  remote_ip_prefix  = "10.90.1.0/24"
  security_group_id = opentelekomcloud_networking_secgroup_v2.db.id
}

# HA pair in two availability zones built by a for expression: eu-de-01 and eu-de-02.
resource "opentelekomcloud_rds_instance_v3" "orders" {
  name                = "orders"
  availability_zone   = local.zones
  flavor              = "rds.pg.c2.large.ha"
  ha_replication_mode = "async"
  security_group_id   = opentelekomcloud_networking_secgroup_v2.db.id
  subnet_id           = opentelekomcloud_vpc_subnet_v1.db.network_id
  vpc_id              = opentelekomcloud_vpc_v1.shop.id

  db {
    password = var.db_password
    type     = "PostgreSQL"
    version  = "16"
    port     = 5432
  }

  volume {
    type               = "CLOUDSSD"
    size               = 100
    disk_encryption_id = opentelekomcloud_kms_key_v1.rds.id
  }
}

variable "reporting_zone" {
  type    = string
  default = "eu-de-03"
}

# Single-zone instance in the zone given by a variable default.
resource "opentelekomcloud_rds_instance_v3" "reporting" {
  name              = "reporting"
  availability_zone = [var.reporting_zone]
  flavor            = "rds.pg.c2.large"
  security_group_id = opentelekomcloud_networking_secgroup_v2.db.id
  subnet_id         = opentelekomcloud_vpc_subnet_v1.db.network_id
  vpc_id            = opentelekomcloud_vpc_v1.shop.id

  db {
    password = var.db_password
    type     = "PostgreSQL"
    version  = "16"
    port     = 5432
  }

  volume {
    type               = "CLOUDSSD"
    size               = 100
    disk_encryption_id = opentelekomcloud_kms_key_v1.rds.id
  }
}

# No disk_encryption_id: OTC RDS volumes are then not encrypted.
resource "opentelekomcloud_rds_instance_v3" "scratch" {
  name              = "scratch"
  availability_zone = ["eu-de-02"]
  flavor            = "rds.pg.c2.large"
  security_group_id = opentelekomcloud_networking_secgroup_v2.db.id
  subnet_id         = opentelekomcloud_vpc_subnet_v1.db.network_id
  vpc_id            = opentelekomcloud_vpc_v1.shop.id

  db {
    password = var.db_password
    type     = "PostgreSQL"
    version  = "16"
    port     = 5432
  }

  volume {
    type = "CLOUDSSD"
    size = 40
  }
}
