terraform {
  required_providers {
    openstack = {
      source = "terraform-provider-openstack/openstack"
    }
  }
}

provider "openstack" {
  auth_url    = "https://auth.cloud.ovh.net/v3"
  domain_name = "Default"
  region      = "GRA9"
}

resource "openstack_compute_keypair_v2" "ops" {
  name       = "ops"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEz5mP8xQ2vR7tN1kL9sW4yC6dG0hF5jB2aU9iE3oM4n ops@example.org"
}

resource "openstack_networking_secgroup_v2" "mgmt" {
  name = "mgmt"
}

resource "openstack_networking_secgroup_rule_v2" "ssh_world" {
  direction         = "ingress"
  ethertype         = "IPv4"
  protocol          = "tcp"
  port_range_min    = 22
  port_range_max    = 22
  remote_ip_prefix  = "0.0.0.0/0"
  security_group_id = openstack_networking_secgroup_v2.mgmt.id
}

# A literal administrator password.
resource "openstack_compute_instance_v2" "legacy" {
  name            = "legacy-erp"
  image_name      = "Windows Server 2022"
  flavor_name     = "win-b3-16"
  admin_pass      = "Erp-Adm1n!2024-x7"
  security_groups = [openstack_networking_secgroup_v2.mgmt.name]

  network {
    name = "Ext-Net"
  }
}

# Cloud-init that writes an API token into a file.
resource "openstack_compute_instance_v2" "agent" {
  name            = "monitoring-agent"
  image_name      = "Ubuntu 24.04"
  flavor_name     = "b3-8"
  key_pair        = openstack_compute_keypair_v2.ops.name
  security_groups = [openstack_networking_secgroup_v2.mgmt.name]

  user_data = <<-EOT
    #cloud-config
    write_files:
      - path: /etc/agent/agent.yaml
        permissions: "0600"
        content: |
          api_url: https://metrics.example.org
          api_token: glc_eyJvIjoiMTIzNDU2Iiwibil6Im1vbml0b3JpbmciLCJrIjoiN3FYMnBMOXZSNG1aIn0=
  EOT

  network {
    name = "Ext-Net"
  }
}

# Key pair login only; cloud-init installs packages.
resource "openstack_compute_instance_v2" "web" {
  name            = "web"
  image_name      = "Ubuntu 24.04"
  flavor_name     = "b3-8"
  key_pair        = openstack_compute_keypair_v2.ops.name
  security_groups = [openstack_networking_secgroup_v2.mgmt.name]
  user_data       = "#cloud-config\npackages:\n  - caddy\n"

  network {
    name = "Ext-Net"
  }
}
