terraform {
  required_providers {
    ovh = {
      source = "ovh/ovh"
    }
  }
}

provider "ovh" {
  endpoint = "ovh-eu"
}

variable "service_name" {
  type    = string
  default = "aaaabbbbccccddddeeeeffff00001111"
}

resource "ovh_cloud_project_storage" "documents" {
  service_name = var.service_name
  region_name  = "GRA"
  name         = "hr-documents"

  encryption = {
    sse_algorithm = "AES256"
  }

  versioning = {
    status = "enabled"
  }
}

# Created without `encryption`: OVHcloud stores the objects as plaintext.
resource "ovh_cloud_project_storage" "uploads" {
  service_name = var.service_name
  region_name  = "SBG"
  name         = "user-uploads"
}

# Beauharnois (Canada)
resource "ovh_cloud_project_storage" "backups_ca" {
  service_name = var.service_name
  region_name  = "BHS"
  name         = "offsite-backups"

  encryption = {
    sse_algorithm = "AES256"
  }
}

resource "ovh_cloud_project_user" "s3" {
  service_name = var.service_name
  description  = "object storage writer"
  role_name    = "objectstore_operator"
}

resource "ovh_cloud_project_user_s3_credential" "s3" {
  service_name = var.service_name
  user_id      = ovh_cloud_project_user.s3.id
}
