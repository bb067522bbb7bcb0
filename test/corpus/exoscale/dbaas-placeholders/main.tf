terraform {
  required_providers {
    exoscale = {
      source = "exoscale/exoscale"
    }
  }
}

# Placeholders in variable defaults are not secrets: the real values come from the environment.
provider "exoscale" {
  key    = var.exoscale_api_key
  secret = var.exoscale_api_secret
}

resource "exoscale_dbaas" "billing" {
  zone = "at-vie-2"
  name = "billing"
  type = "pg"
  plan = "business-4"

  pg {
    version        = "16"
    admin_username = "billing_admin"
    admin_password = var.pg_admin_password
    ip_filter      = ["10.0.0.0/24"]
  }
}

# The password is a real value written into the configuration.
resource "exoscale_dbaas" "metrics" {
  zone = "at-vie-2"
  name = "metrics"
  type = "pg"
  plan = "startup-4"

  pg {
    version        = "16"
    admin_username = "metrics_admin"
    admin_password = "m3tr1cs-Pg-9QzL!"
    ip_filter      = ["10.0.0.0/24"]
  }
}

# Reachable from the whole internet.
resource "exoscale_dbaas" "public_reports" {
  zone = "at-vie-2"
  name = "public-reports"
  type = "mysql"
  plan = "startup-4"

  mysql {
    version   = "8"
    ip_filter = ["0.0.0.0/0"]
  }
}
