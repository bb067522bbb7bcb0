terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# The AWS provider used as an S3 client for Scaleway Object Storage in Paris.
provider "aws" {
  region                      = "fr-par"
  access_key                  = "SCWXXXXXXXXXXXXXXXXX"
  secret_key                  = "00000000-0000-0000-0000-000000000000"
  skip_credentials_validation = true
  skip_region_validation      = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true

  endpoints {
    s3 = "https://s3.fr-par.scw.cloud"
  }
}

resource "aws_s3_bucket" "media" {
  bucket = "newsroom-media-2931"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "media" {
  bucket = aws_s3_bucket.media.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "media" {
  bucket = aws_s3_bucket.media.id
  versioning_configuration {
    status = "Enabled"
  }
}

# Object ACLs make single objects public even in a private bucket.
resource "aws_s3_object" "source_interview" {
  bucket = aws_s3_bucket.media.id
  key    = "interviews/source-42.mp3"
  source = "${path.module}/source-42.mp3"
  acl    = "public-read"
}

resource "aws_s3_bucket_object" "press_photo" {
  bucket = aws_s3_bucket.media.id
  key    = "photos/press.jpg"
  source = "${path.module}/press.jpg"
  acl    = "public-read"
}

resource "aws_s3_object" "style" {
  bucket       = aws_s3_bucket.media.id
  key          = "site/style.css"
  content      = "body { margin: 0; }"
  content_type = "text/css"
}
