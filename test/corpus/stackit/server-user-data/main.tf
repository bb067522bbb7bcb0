terraform {
  required_providers {
    stackit = {
      source = "stackitcloud/stackit"
    }
  }
}

# Vienna: STACKIT's second region.
provider "stackit" {
  default_region = "eu02"
}

locals {
  project_id = "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
  region     = "eu02"
  zone       = "${local.region}-1"
}

resource "stackit_key_pair" "ops" {
  name       = "ops"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJr6tM9xW3vQ8nL2pK7sY4bF1cH0dG5aE9uI2oN6kZ3m ops@example.org"
}

resource "stackit_network" "apps" {
  project_id  = local.project_id
  name        = "apps"
  ipv4_prefix = "10.120.0.0/24"
}

resource "stackit_security_group" "apps" {
  project_id = local.project_id
  name       = "apps"
}

resource "stackit_security_group_rule" "ssh_world" {
  project_id        = local.project_id
  security_group_id = stackit_security_group.apps.security_group_id
  direction         = "ingress"
  ip_range          = "0.0.0.0/0"
  protocol = {
    name = "tcp"
  }
  port_range = {
    min = 22
    max = 22
  }
}

resource "stackit_network_interface" "builder" {
  project_id         = local.project_id
  network_id         = stackit_network.apps.network_id
  security_group_ids = [stackit_security_group.apps.security_group_id]
}

# A registry token written into cloud-init.
resource "stackit_server" "builder" {
  project_id        = local.project_id
  name              = "builder"
  machine_type      = "c2i.2"
  availability_zone = local.zone
  keypair_name      = stackit_key_pair.ops.name
  boot_volume = {
    size        = 64
    source_type = "image"
    source_id   = "0d1c2b3a-4f5e-4d6c-8b7a-9f8e7d6c5b4a"
  }
  network_interfaces = [stackit_network_interface.builder.network_interface_id]
  user_data          = <<-EOT
    #cloud-config
    write_files:
      - path: /root/.docker/config.json
        permissions: "0600"
        content: |
          {"auths": {"registry.example.org": {"auth": "Y2ktYm90OnJlZy10b2tlbi05UXoyTHg3Vm04"}}}
  EOT
}

resource "stackit_objectstorage_bucket" "build_cache" {
  project_id = local.project_id
  name       = "build-cache"
  region     = local.region
}
