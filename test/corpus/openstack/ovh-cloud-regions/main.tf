terraform {
  required_providers {
    openstack = {
      source  = "terraform-provider-openstack/openstack"
      version = "~> 3.0"
    }
  }
}

# OVHcloud Public Cloud through its OpenStack API; GRA11 is Gravelines (France).
provider "openstack" {
  auth_url    = "https://auth.cloud.ovh.net/v3"
  domain_name = "Default"
  region      = "GRA11"
}

resource "openstack_networking_secgroup_v2" "app" {
  name        = "app"
  description = "application servers"
}

resource "openstack_networking_secgroup_rule_v2" "app_https" {
  direction         = "ingress"
  ethertype         = "IPv4"
  protocol          = "tcp"
  port_range_min    = 443
  port_range_max    = 443
  remote_ip_prefix  = "0.0.0.0/0"
  security_group_id = openstack_networking_secgroup_v2.app.id
}

# Beauharnois (Canada), chosen on the resource itself.
resource "openstack_compute_instance_v2" "replica" {
  name            = "app-replica"
  region          = "BHS5"
  image_name      = "Debian 12"
  flavor_name     = "b3-8"
  key_pair        = "ops"
  security_groups = [openstack_networking_secgroup_v2.app.name]

  network {
    name = "Ext-Net"
  }
}

resource "openstack_blockstorage_volume_v3" "replica_data" {
  name   = "app-replica-data"
  region = "BHS5"
  size   = 100
}
