terraform {
  required_providers {
    stackit = {
      source = "stackitcloud/stackit"
    }
  }
}

provider "stackit" {
  default_region = "eu01"
}

variable "project_id" {
  type    = string
  default = "4f1e2d3c-5b6a-4798-8a0b-1c2d3e4f5a6b"
}

# The landing zone's optional bastion is off unless asked for.
variable "enable_bastion" {
  type    = bool
  default = false
}

variable "admin_networks" {
  type    = map(string)
  default = {}
}

resource "stackit_network" "apps" {
  project_id  = var.project_id
  name        = "apps"
  ipv4_prefix = "10.40.0.0/24"
}

resource "stackit_security_group" "apps" {
  project_id = var.project_id
  name       = "apps"
}

# Open to the world, and created: a real problem next to the switched-off module.
resource "stackit_security_group_rule" "ssh_world" {
  project_id        = var.project_id
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

module "bastion" {
  source     = "./modules/bastion"
  count      = var.enable_bastion ? 1 : 0
  project_id = var.project_id
}

module "admin" {
  source     = "./modules/bastion"
  for_each   = var.admin_networks
  project_id = var.project_id
}
