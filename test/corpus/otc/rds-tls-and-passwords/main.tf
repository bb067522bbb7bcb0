terraform {
  required_providers {
    opentelekomcloud = {
      source = "opentelekomcloud/opentelekomcloud"
    }
  }
}

provider "opentelekomcloud" {
  auth_url    = "https://iam.eu-de.otc.t-systems.com/v3"
  region      = "eu-de"
  tenant_name = "eu-de_shop"
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "opentelekomcloud_kms_key_v1" "rds" {
  key_alias = "rds-volumes"
}

# MySQL with TLS required and a KMS-encrypted volume.
resource "opentelekomcloud_rds_instance_v3" "checkout" {
  name              = "checkout"
  availability_zone = ["eu-de-01"]
  flavor            = "rds.mysql.n1.large.2"
  vpc_id            = "vpc-shop"
  subnet_id         = "subnet-db"
  security_group_id = "sg-db"
  ssl_enable        = true

  db {
    type     = "MySQL"
    version  = "8.0"
    password = var.db_password
  }

  volume {
    type               = "CLOUDSSD"
    size               = 40
    disk_encryption_id = opentelekomcloud_kms_key_v1.rds.id
  }

  backup_strategy {
    start_time = "02:00-03:00"
    keep_days  = 7
  }
}

# MySQL accepting unencrypted connections.
resource "opentelekomcloud_rds_instance_v3" "catalog" {
  name              = "catalog"
  availability_zone = ["eu-de-02"]
  flavor            = "rds.mysql.n1.large.2"
  vpc_id            = "vpc-shop"
  subnet_id         = "subnet-db"
  security_group_id = "sg-db"
  ssl_enable        = false

  db {
    type     = "MySQL"
    version  = "8.0"
    password = var.db_password
  }

  volume {
    type               = "CLOUDSSD"
    size               = 40
    disk_encryption_id = opentelekomcloud_kms_key_v1.rds.id
  }
}

# PostgreSQL whose root password is written into the configuration.
resource "opentelekomcloud_rds_instance_v3" "reports" {
  name              = "reports"
  availability_zone = ["eu-de-03"]
  flavor            = "rds.pg.n1.large.2"
  vpc_id            = "vpc-shop"
  subnet_id         = "subnet-db"
  security_group_id = "sg-db"

  db {
    type     = "PostgreSQL"
    version  = "16"
    password = "Reports!2024x"
  }

  volume {
    type               = "CLOUDSSD"
    size               = 40
    disk_encryption_id = opentelekomcloud_kms_key_v1.rds.id
  }
}
