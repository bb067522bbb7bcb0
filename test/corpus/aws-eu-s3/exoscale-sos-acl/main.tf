terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

locals {
  zone = "de-fra-1"
}

# Exoscale SOS through the S3 API; the endpoint host carries the zone.
provider "aws" {
  region                      = local.zone
  skip_credentials_validation = true
  skip_region_validation      = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true

  endpoints {
    s3 = "https://sos-${local.zone}.exo.io"
  }
}

resource "aws_s3_bucket" "backups" {
  bucket = "erp-backups-8812"
}

resource "aws_s3_bucket_versioning" "backups" {
  bucket = aws_s3_bucket.backups.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "downloads" {
  bucket = "erp-downloads-8812"
}

resource "aws_s3_bucket_acl" "downloads" {
  bucket = aws_s3_bucket.downloads.id
  acl    = "public-read"
}
