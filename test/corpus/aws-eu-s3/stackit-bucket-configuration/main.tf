terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

provider "aws" {
  region                      = "eu01"
  skip_credentials_validation = true
  skip_region_validation      = true
  skip_requesting_account_id  = true
  s3_use_path_style           = true

  endpoints {
    s3 = "https://object.storage.eu01.onstackit.cloud"
  }
}

resource "aws_s3_bucket" "telemetry" {
  bucket = "fleet-telemetry-6610"
}

resource "aws_s3_bucket_versioning" "telemetry" {
  bucket = aws_s3_bucket.telemetry.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "telemetry" {
  bucket = aws_s3_bucket.telemetry.id
  rule {
    id     = "expire-raw"
    status = "Enabled"
    filter {
      prefix = "raw/"
    }
    expiration {
      days = 30
    }
  }
}

resource "aws_s3_bucket_cors_configuration" "telemetry" {
  bucket = aws_s3_bucket.telemetry.id
  cors_rule {
    allowed_methods = ["GET", "HEAD"]
    allowed_origins = ["https://fleet.example.org"]
    max_age_seconds = 3600
  }
}

resource "aws_s3_object" "schema" {
  bucket       = aws_s3_bucket.telemetry.id
  key          = "schema/v1.json"
  content      = jsonencode({ version = 1, fields = ["vin", "ts", "lat", "lon"] })
  content_type = "application/json"
  acl          = "private"
}
