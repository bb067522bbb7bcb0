terraform {
  required_providers {
    ionoscloud = {
      source = "ionos-cloud/ionoscloud"
    }
    random = {
      source = "hashicorp/random"
    }
  }
}

resource "ionoscloud_datacenter" "db" {
  name     = "databases"
  location = "de/fra"
}

resource "ionoscloud_lan" "db" {
  datacenter_id = ionoscloud_datacenter.db.id
  public        = false
  name          = "db-lan"
}

resource "random_password" "pg" {
  length = 32
}

# Generated password, backups in Germany.
resource "ionoscloud_pg_cluster" "patients" {
  postgres_version     = "16"
  instances            = 2
  cores                = 2
  ram                  = 4096
  storage_size         = 20480
  storage_type         = "SSD Premium"
  display_name         = "patients"
  location             = ionoscloud_datacenter.db.location
  backup_location      = "de"
  synchronization_mode = "ASYNCHRONOUS"

  connections {
    datacenter_id = ionoscloud_datacenter.db.id
    lan_id        = ionoscloud_lan.db.id
    cidr          = "192.168.10.10/24"
  }

  credentials {
    username = "patients_admin"
    password = random_password.pg.result
  }
}

# Password written into the configuration.
resource "ionoscloud_pg_cluster" "legacy" {
  postgres_version     = "15"
  instances            = 1
  cores                = 2
  ram                  = 2048
  storage_size         = 10240
  storage_type         = "SSD Premium"
  display_name         = "legacy"
  location             = ionoscloud_datacenter.db.location
  backup_location      = "de"
  synchronization_mode = "ASYNCHRONOUS"

  connections {
    datacenter_id = ionoscloud_datacenter.db.id
    lan_id        = ionoscloud_lan.db.id
    cidr          = "192.168.10.20/24"
  }

  credentials {
    username = "legacy_admin"
    password = "Legacy-db-2023!"
  }
}

# MariaDB with its backups in Logroño (Spain): inside the EU.
resource "ionoscloud_mariadb_cluster" "shop" {
  mariadb_version = "10.11"
  instances       = 1
  cores           = 2
  ram             = 4
  storage_size    = 20
  display_name    = "shop"
  location        = "de/fra"

  connections {
    datacenter_id = ionoscloud_datacenter.db.id
    lan_id        = ionoscloud_lan.db.id
    cidr          = "192.168.10.30/24"
  }

  backup {
    location = "eu-south-2"
  }

  credentials {
    username = "shop_admin"
    password = random_password.pg.result
  }
}
