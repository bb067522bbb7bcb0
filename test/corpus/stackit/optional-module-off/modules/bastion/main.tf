terraform {
  required_providers {
    stackit = {
      source = "stackitcloud/stackit"
    }
  }
}

variable "project_id" {
  type = string
}

variable "ssh_sources" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

resource "stackit_security_group" "bastion" {
  project_id = var.project_id
  name       = "bastion"
}

# One rule per source; with the default, SSH from anywhere (when the module is on).
resource "stackit_security_group_rule" "ssh" {
  for_each          = toset(var.ssh_sources)
  project_id        = var.project_id
  security_group_id = stackit_security_group.bastion.security_group_id
  direction         = "ingress"
  ip_range          = each.value
  protocol = {
    name = "tcp"
  }
  port_range = {
    min = 22
    max = 22
  }
}

resource "stackit_public_ip" "bastion" {
  count      = 1
  project_id = var.project_id
}
