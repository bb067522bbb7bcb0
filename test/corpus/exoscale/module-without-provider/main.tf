terraform {
  required_providers {
    exoscale = {
      source = "exoscale/exoscale"
    }
  }
}

variable "zone" {
  type = string
}

variable "template_id" {
  type = string
}

resource "exoscale_security_group" "this" {
  name = "bastion"
}

resource "exoscale_security_group_rule" "ssh" {
  security_group_id = exoscale_security_group.this.id
  type              = "INGRESS"
  protocol          = "TCP"
  cidr              = "198.51.100.0/24"
  start_port        = 22
  end_port          = 22
}

resource "exoscale_compute_instance" "this" {
  zone               = var.zone
  name               = "bastion"
  template_id        = var.template_id
  type               = "standard.tiny"
  disk_size          = 10
  security_group_ids = [exoscale_security_group.this.id]
}
