terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

provider "aws" {
  region                      = "de"
  skip_credentials_validation = true
  skip_region_validation      = true
  skip_requesting_account_id  = true

  endpoints {
    s3 = "https://s3.eu-central-1.ionoscloud.com"
  }
}

# The IONOS user that the reporting job runs as (its canonical user id), given per environment.
variable "reporting_user_id" {
  type = string
}

variable "auditor_user_id" {
  type = string
}

resource "aws_s3_bucket" "reports" {
  bucket = "quarterly-reports-2291"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "reports" {
  bucket = aws_s3_bucket.reports.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = aws_s3_bucket.reports.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Read access for one named user: the principal is a template whose beginning is known, so it
# can never be "*".
resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "ReportingRead"
      Effect    = "Allow"
      Principal = { AWS = ["arn:aws:iam:::user/${var.reporting_user_id}"] }
      Action    = ["s3:GetObject", "s3:ListBucket"]
      Resource  = ["arn:aws:s3:::quarterly-reports-2291", "arn:aws:s3:::quarterly-reports-2291/*"]
    }]
  })
}

resource "aws_s3_bucket" "audit" {
  bucket = "audit-evidence-2291"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "audit" {
  bucket = aws_s3_bucket.audit.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "audit" {
  bucket                  = aws_s3_bucket.audit.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# The same as a literal JSON document: the text before the interpolation is known.
resource "aws_s3_bucket_policy" "audit" {
  bucket = aws_s3_bucket.audit.id
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "AuditorsRead",
          "Effect": "Allow",
          "Principal": {"AWS": "arn:aws:iam:::user/${var.auditor_user_id}"},
          "Action": "s3:GetObject",
          "Resource": "arn:aws:s3:::audit-evidence-2291/*"
        }
      ]
    }
  EOT
}

resource "aws_s3_bucket" "downloads" {
  bucket = "public-downloads-2291"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "downloads" {
  bucket = aws_s3_bucket.downloads.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# A named writer and everyone as reader: the second statement makes the bucket public.
resource "aws_s3_bucket_policy" "downloads" {
  bucket = aws_s3_bucket.downloads.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "PublisherWrite"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam:::user/${var.reporting_user_id}" }
        Action    = "s3:PutObject"
        Resource  = "arn:aws:s3:::public-downloads-2291/*"
      },
      {
        Sid       = "AnyoneRead"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::public-downloads-2291/*"
      },
    ]
  })
}
