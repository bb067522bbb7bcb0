# Written for Terraform 0.12 and still common in course material: the provider is declared
# under its legacy registry namespace, which the registry redirects to exoscale/exoscale.
terraform {
  required_providers {
    exoscale = {
      source = "terraform-providers/exoscale"
    }
  }
}

provider "exoscale" {
  key    = var.exoscale_key
  secret = var.exoscale_secret
}

variable "exoscale_key" {
  type = string
}

variable "exoscale_secret" {
  type      = string
  sensitive = true
}

variable "exoscale_zone" {
  type    = string
  default = "at-vie-1"
}

data "exoscale_template" "ubuntu" {
  zone = var.exoscale_zone
  name = "Linux Ubuntu 24.04 LTS 64-bit"
}

resource "exoscale_security_group" "pool" {
  name = "pool"
}

resource "exoscale_security_group_rule" "pool_https" {
  security_group_id = exoscale_security_group.pool.id
  type              = "INGRESS"
  protocol          = "TCP"
  cidr              = "0.0.0.0/0"
  start_port        = 443
  end_port          = 443
}

resource "exoscale_instance_pool" "web" {
  zone               = var.exoscale_zone
  name               = "web"
  template_id        = data.exoscale_template.ubuntu.id
  instance_type      = "standard.small"
  size               = 3
  disk_size          = 20
  security_group_ids = [exoscale_security_group.pool.id]
  user_data          = "#cloud-config\npackages:\n  - nginx\n"
}
