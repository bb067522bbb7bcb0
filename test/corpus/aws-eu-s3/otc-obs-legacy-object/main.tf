terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region                      = "eu-de"
  skip_credentials_validation = true
  skip_region_validation      = true
  skip_requesting_account_id  = true

  endpoints {
    s3 = "https://obs.eu-de.otc.t-systems.com"
  }
}

resource "aws_s3_bucket" "dropbox" {
  bucket = "partner-dropbox-3390"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "dropbox" {
  bucket = aws_s3_bucket.dropbox.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# Anyone may read and overwrite this object.
resource "aws_s3_bucket_object" "upload_slot" {
  bucket  = aws_s3_bucket.dropbox.id
  key     = "incoming/upload.zip"
  content = "placeholder"
  acl     = "public-read-write"
}

resource "aws_s3_object" "instructions" {
  bucket  = aws_s3_bucket.dropbox.id
  key     = "README.txt"
  content = "Upload through the partner portal."
  acl     = "bucket-owner-full-control"
}
