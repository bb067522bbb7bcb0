terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

# Object storage of OVHcloud in Gravelines through the S3 API.
provider "aws" {
  region                      = "gra"
  skip_credentials_validation = true
  skip_region_validation      = true
  skip_requesting_account_id  = true
  endpoints {
    s3 = "https://s3.gra.io.cloud.ovh.net"
  }
}

variable "auditor_arn" {
  description = "Principal of the external auditor, given by the caller of this root module."
  type        = string
}

resource "aws_iam_user" "app" {
  name = "app"
}

resource "aws_s3_bucket" "reports" {
  bucket = "eu-reports-7731"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "reports" {
  bucket = aws_s3_bucket.reports.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# The application's own user, by the ARN the provider computes.
resource "aws_s3_bucket_policy" "app_json" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AppReadWrite"
      Effect    = "Allow"
      Principal = { AWS = aws_iam_user.app.arn }
      Action    = ["s3:GetObject", "s3:PutObject"]
      Resource  = "${aws_s3_bucket.reports.arn}/*"
    }]
  })
}

data "aws_iam_policy_document" "app" {
  statement {
    sid = "AppReadWrite"
    principals {
      type        = "AWS"
      identifiers = [aws_iam_user.app.arn]
    }
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.reports.arn}/*"]
  }
}

resource "aws_s3_bucket" "archive" {
  bucket = "eu-archive-7731"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "archive" {
  bucket = aws_s3_bucket.archive.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_policy" "app_document" {
  bucket = aws_s3_bucket.archive.id
  policy = data.aws_iam_policy_document.app.json
}

resource "aws_s3_bucket" "site" {
  bucket = "eu-site-7731"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "site" {
  bucket = aws_s3_bucket.site.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# Everyone may read: written with the data source, it is as public as the JSON form.
data "aws_iam_policy_document" "public_read" {
  statement {
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.site.arn}/*"]
  }
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = data.aws_iam_policy_document.public_read.json
}

resource "aws_s3_bucket" "audit" {
  bucket = "eu-audit-7731"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "audit" {
  bucket = aws_s3_bucket.audit.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# The auditor's principal comes from an input: not verifiable, but no exposure shown (a warning).
resource "aws_s3_bucket_policy" "audit" {
  bucket = aws_s3_bucket.audit.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.auditor_arn }
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.audit.arn}/*"
    }]
  })
}
