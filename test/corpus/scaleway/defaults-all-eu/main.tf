terraform {
  required_providers {
    scaleway = {
      source  = "scaleway/scaleway"
      version = "~> 2.50"
    }
  }
}

# No region or zone: the provider defaults to fr-par / fr-par-1 (SCW_DEFAULT_REGION may pick
# another one, and every Scaleway region is in the EU).
provider "scaleway" {}

resource "scaleway_object_bucket" "invoices" {
  name = "acme-invoices-archive"
}

resource "scaleway_object_bucket_server_side_encryption_configuration" "invoices" {
  bucket = scaleway_object_bucket.invoices.name

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "scaleway_object_bucket_acl" "invoices" {
  bucket = scaleway_object_bucket.invoices.id
  acl    = "private"
}

resource "scaleway_vpc_private_network" "app" {
  name = "app-network"
}

resource "scaleway_instance_security_group" "app" {
  name                    = "app"
  inbound_default_policy  = "drop"
  outbound_default_policy = "accept"

  inbound_rule {
    action   = "accept"
    protocol = "TCP"
    port     = 443
  }
}

resource "scaleway_instance_ip" "app" {}

resource "scaleway_instance_server" "app" {
  name              = "app-1"
  type              = "PRO2-XS"
  image             = "ubuntu_noble"
  ip_id             = scaleway_instance_ip.app.id
  security_group_id = scaleway_instance_security_group.app.id

  private_network {
    pn_id = scaleway_vpc_private_network.app.id
  }
}
