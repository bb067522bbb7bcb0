terraform {
  required_providers {
    opentelekomcloud = {
      source  = "opentelekomcloud/opentelekomcloud"
      version = ">= 1.36"
    }
  }
}

variable "project" {
  type    = string
  default = "eu-de_logistics"
}

# No `region`: OTC takes it from the project name (tenant_name) and the IAM endpoint, both eu-de.
provider "opentelekomcloud" {
  auth_url    = "https://iam.eu-de.otc.t-systems.com/v3"
  tenant_name = var.project
  domain_name = "OTC-EU-DE-00000000001000012345"
}

# A second project in the Swiss region (eu-ch2): Switzerland is not in the EU.
provider "opentelekomcloud" {
  alias       = "swiss"
  auth_url    = "https://iam-pub.eu-ch2.sc.otc.t-systems.com/v3"
  tenant_name = "eu-ch2_logistics"
  domain_name = "OTC-EU-DE-00000000001000012345"
}

resource "opentelekomcloud_kms_key_v1" "storage" {
  key_alias       = "logistics-storage"
  pending_days    = "7"
  is_enabled      = true
  key_description = "bucket encryption"
}

resource "opentelekomcloud_obs_bucket" "shipments" {
  bucket     = "logistics-shipments"
  acl        = "private"
  versioning = true

  server_side_encryption {
    algorithm  = "kms"
    kms_key_id = opentelekomcloud_kms_key_v1.storage.id
  }
}

resource "opentelekomcloud_kms_key_v1" "storage_ch" {
  provider = opentelekomcloud.swiss

  key_alias    = "logistics-storage-ch"
  pending_days = "7"
}

resource "opentelekomcloud_obs_bucket" "shipments_ch" {
  provider = opentelekomcloud.swiss

  bucket = "logistics-shipments-ch"
  acl    = "private"

  server_side_encryption {
    algorithm  = "kms"
    kms_key_id = opentelekomcloud_kms_key_v1.storage_ch.id
  }
}

resource "opentelekomcloud_vpc_v1" "core" {
  name = "core"
  cidr = "10.80.0.0/16"
}

resource "opentelekomcloud_vpc_subnet_v1" "core_a" {
  name       = "core-a"
  cidr       = "10.80.1.0/24"
  gateway_ip = "10.80.1.1"
  vpc_id     = opentelekomcloud_vpc_v1.core.id
}

resource "opentelekomcloud_networking_secgroup_v2" "web" {
  name        = "web"
  description = "public HTTPS only"
}

resource "opentelekomcloud_networking_secgroup_rule_v2" "web_https" {
  direction         = "ingress"
  ethertype         = "IPv4"
  protocol          = "tcp"
  port_range_min    = 443
  port_range_max    = 443
  remote_ip_prefix  = "0.0.0.0/0"
  security_group_id = opentelekomcloud_networking_secgroup_v2.web.id
}

resource "opentelekomcloud_networking_secgroup_rule_v2" "web_rdp" {
  direction         = "ingress"
  ethertype         = "IPv4"
  protocol          = "tcp"
  port_range_min    = 3389
  port_range_max    = 3389
  remote_ip_prefix  = "0.0.0.0/0"
  security_group_id = opentelekomcloud_networking_secgroup_v2.web.id
}
