terraform {
  required_providers {
    stackit = {
      source  = "stackitcloud/stackit"
      version = ">= 0.50.0"
    }
  }
}

variable "project_id" {
  type    = string
  default = "3f1c2a9e-8b7d-4c6e-a5f4-1e2d3c4b5a69"
}

# No default_region: the provider falls back to eu01 (Germany); its other region, eu02, is in Austria.
provider "stackit" {
  service_account_key_path = "${path.module}/sa-key.json"
}

resource "stackit_objectstorage_bucket" "reports" {
  project_id = var.project_id
  name       = "finance-reports"
}

resource "stackit_objectstorage_credentials_group" "reports" {
  project_id = var.project_id
  name       = "reports-writers"
}

resource "stackit_objectstorage_credential" "reports" {
  project_id           = var.project_id
  credentials_group_id = stackit_objectstorage_credentials_group.reports.credentials_group_id
  expiration_timestamp = "2027-01-01T00:00:00Z"
}

resource "stackit_network" "app" {
  project_id       = var.project_id
  name             = "app"
  ipv4_prefix      = "10.60.0.0/24"
  ipv4_nameservers = ["1.1.1.1"]
}

resource "stackit_security_group" "app" {
  project_id = var.project_id
  name       = "app"
  stateful   = true
}

resource "stackit_security_group_rule" "https_in" {
  project_id        = var.project_id
  security_group_id = stackit_security_group.app.security_group_id
  direction         = "ingress"
  ether_type        = "IPv4"
  ip_range          = "0.0.0.0/0"
  protocol = {
    name = "tcp"
  }
  port_range = {
    min = 443
    max = 443
  }
}
