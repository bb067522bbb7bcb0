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

variable "name" {
  type = string
}

variable "region" {
  description = "STACKIT region; the caller's provider default applies when null."
  type        = string
  default     = null
}

resource "stackit_objectstorage_bucket" "this" {
  project_id = var.project_id
  name       = var.name
  region     = var.region
}

resource "stackit_network" "this" {
  project_id  = var.project_id
  name        = "${var.name}-net"
  ipv4_prefix = "10.70.0.0/24"
  region      = var.region
}
