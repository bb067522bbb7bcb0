terraform {
  required_providers {
    ionoscloud = {
      source = "ionos-cloud/ionoscloud"
    }
  }
}

# No s3_region: the provider documents IONOS_S3_REGION with default eu-central-3 (Berlin).
provider "ionoscloud" {}

resource "ionoscloud_s3_bucket" "archive" {
  name = "contracts-archive-7f3a"
}

resource "ionoscloud_s3_bucket_versioning" "archive" {
  bucket = ionoscloud_s3_bucket.archive.name
  versioning_configuration {
    status = "Enabled"
  }
}

resource "ionoscloud_s3_bucket_server_side_encryption_configuration" "archive" {
  bucket = ionoscloud_s3_bucket.archive.name
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "ionoscloud_s3_bucket_public_access_block" "archive" {
  bucket                  = ionoscloud_s3_bucket.archive.name
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# A policy built with jsonencode() from literals: its content is known before apply, and it names one principal.
resource "ionoscloud_s3_bucket_policy" "archive" {
  bucket = ionoscloud_s3_bucket.archive.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "ReadForAuditors"
      Effect    = "Allow"
      Principal = ["arn:aws:iam:::user/31415926:5f1e8a2c-3b4d-4e6f-8a9b-0c1d2e3f4a5b"]
      Action    = ["s3:GetObject"]
      Resource  = ["arn:aws:s3:::contracts-archive-7f3a/*"]
    }]
  })
}

resource "ionoscloud_s3_object" "index" {
  bucket                 = ionoscloud_s3_bucket.archive.name
  key                    = "index.json"
  content                = "{}"
  content_type           = "application/json"
  server_side_encryption = "AES256"
}

# us-central-1 is IONOS' object-storage region in Lenexa (US).
resource "ionoscloud_s3_bucket" "mirror" {
  name   = "contracts-mirror-7f3a"
  region = "us-central-1"
}

resource "ionoscloud_s3_bucket_server_side_encryption_configuration" "mirror" {
  bucket = ionoscloud_s3_bucket.mirror.name
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "ionoscloud_s3_bucket_public_access_block" "mirror" {
  bucket                  = ionoscloud_s3_bucket.mirror.name
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
