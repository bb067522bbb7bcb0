terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "region" {
  description = "OVHcloud object-storage region (lower case)."
  type        = string
  default     = "gra"
}

variable "dr_region" {
  type    = string
  default = "bhs"
}

provider "aws" {
  region                      = var.region
  skip_credentials_validation = true
  skip_region_validation      = true
  skip_requesting_account_id  = true

  endpoints {
    s3 = "https://s3.${var.region}.io.cloud.ovh.net"
  }
}

# Disaster-recovery copy in Beauharnois (Canada).
provider "aws" {
  alias                       = "dr"
  region                      = var.dr_region
  skip_credentials_validation = true
  skip_region_validation      = true
  skip_requesting_account_id  = true

  endpoints {
    s3 = format("https://s3.%s.io.cloud.ovh.net", var.dr_region)
  }
}

resource "aws_s3_bucket" "ledger" {
  bucket = "ledger-primary-5521"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "ledger" {
  bucket = aws_s3_bucket.ledger.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket" "ledger_dr" {
  provider = aws.dr
  bucket   = "ledger-dr-5521"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "ledger_dr" {
  provider = aws.dr
  bucket   = aws_s3_bucket.ledger_dr.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "ledger_dr" {
  provider = aws.dr
  bucket   = aws_s3_bucket.ledger_dr.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_cors_configuration" "ledger_dr" {
  provider = aws.dr
  bucket   = aws_s3_bucket.ledger_dr.id
  cors_rule {
    allowed_methods = ["GET"]
    allowed_origins = ["https://ledger.example.org"]
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "ledger_dr" {
  provider = aws.dr
  bucket   = aws_s3_bucket.ledger_dr.id
  rule {
    id     = "expire-old-versions"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }
}
