terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

# Hetzner Object Storage in Falkenstein through the S3 API.
provider "aws" {
  region                      = "fsn1"
  skip_credentials_validation = true
  skip_region_validation      = true
  skip_requesting_account_id  = true
  s3_use_path_style           = true

  endpoints {
    s3 = "https://fsn1.your-objectstorage.com"
  }
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "build-artifacts-7714"
}

resource "aws_s3_bucket_versioning" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id
  rule {
    id     = "expire"
    status = "Enabled"
    filter {}
    expiration {
      days = 60
    }
  }
}

resource "aws_s3_object" "installer" {
  bucket = aws_s3_bucket.artifacts.id
  key    = "releases/customer-portal-installer.zip"
  source = "${path.module}/installer.zip"
  acl    = "public-read"
}
