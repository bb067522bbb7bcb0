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

variable "organization_id" {
  type    = string
  default = "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d"
}

variable "router_token" {
  type      = string
  sensitive = true
}

# A project whose platform audit log nobody routes anywhere: STACKIT keeps it on for 90 days.
resource "stackit_resourcemanager_project" "webshop" {
  parent_container_id = var.organization_id
  name                = "webshop"
  owner_email         = "platform-team@example.eu"
  labels = {
    costCenter = "shop"
  }
}

# A project whose audit log is routed to a Telemetry Router in the same region.
resource "stackit_resourcemanager_project" "records" {
  parent_container_id = var.organization_id
  name                = "records"
  owner_email         = "platform-team@example.eu"
}

resource "stackit_telemetryrouter_instance" "audit" {
  project_id   = stackit_resourcemanager_project.records.project_id
  region       = "eu01"
  display_name = "audit-router"
}

resource "stackit_telemetrylink" "records" {
  resource_type           = "project"
  resource_id             = stackit_resourcemanager_project.records.project_id
  region                  = "eu01"
  display_name            = "records-audit"
  access_token_wo         = var.router_token
  access_token_wo_version = 1
  telemetry_router_id     = stackit_telemetryrouter_instance.audit.instance_id
}
