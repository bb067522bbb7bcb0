terraform {
  required_providers {
    exoscale = {
      source = "exoscale/exoscale"
    }
    random = {
      source = "hashicorp/random"
    }
  }
}

resource "random_password" "admin" {
  length = 32
}

resource "exoscale_dbaas" "accounts" {
  name                   = "accounts"
  zone                   = "at-vie-1"
  type                   = "pg"
  plan                   = "business-4"
  termination_protection = true

  pg {
    version        = "16"
    admin_username = "accounts"
    admin_password = random_password.admin.result
    ip_filter      = ["192.0.2.64/27"]
  }
}

# The service accepts connections from any address.
resource "exoscale_dbaas" "analytics" {
  name = "analytics"
  zone = "de-fra-1"
  type = "pg"
  plan = "startup-4"

  pg {
    version   = "16"
    ip_filter = ["0.0.0.0/0"]
  }
}

# MySQL with the administrator's password in the configuration.
resource "exoscale_dbaas" "wiki" {
  name = "wiki"
  zone = "bg-sof-1"
  type = "mysql"
  plan = "startup-4"

  mysql {
    version        = "8"
    admin_username = "wiki"
    admin_password = "wiki-admin-2024"
    ip_filter      = ["192.0.2.64/27"]
  }
}
