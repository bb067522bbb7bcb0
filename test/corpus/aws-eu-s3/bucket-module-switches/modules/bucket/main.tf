terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "name" {
  type = string
}

variable "create" {
  type    = bool
  default = true
}

variable "encryption" {
  description = "Server-side encryption options; empty for none."
  type        = any
  default     = {}
}

variable "versioning" {
  type    = map(string)
  default = {}
}

variable "logging" {
  description = "target_bucket and target_prefix; empty for no access logs."
  type        = any
  default     = {}
}

variable "policy" {
  type    = string
  default = null
}

variable "acl" {
  type    = string
  default = null
}

locals {
  create_bucket      = var.create
  encrypt            = local.create_bucket && length(keys(var.encryption)) > 0
  attach_policy      = local.create_bucket && var.policy != null
  create_bucket_acl  = local.create_bucket && var.acl != null
  versioning_enabled = try(tobool(var.versioning["enabled"]), false)
}

resource "aws_s3_bucket" "this" {
  count  = local.create_bucket ? 1 : 0
  bucket = var.name
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  count  = local.encrypt ? 1 : 0
  bucket = aws_s3_bucket.this[0].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = var.encryption["sse_algorithm"]
    }
  }
}

resource "aws_s3_bucket_versioning" "this" {
  count  = local.create_bucket && length(keys(var.versioning)) > 0 ? 1 : 0
  bucket = aws_s3_bucket.this[0].id
  versioning_configuration {
    status = local.versioning_enabled ? "Enabled" : "Suspended"
  }
}

resource "aws_s3_bucket_logging" "this" {
  count         = local.create_bucket && length(keys(var.logging)) > 0 ? 1 : 0
  bucket        = aws_s3_bucket.this[0].id
  target_bucket = var.logging["target_bucket"]
  target_prefix = try(var.logging["target_prefix"], null)
}

resource "aws_s3_bucket_policy" "this" {
  count  = local.attach_policy ? 1 : 0
  bucket = aws_s3_bucket.this[0].id
  policy = var.policy
}

resource "aws_s3_bucket_acl" "this" {
  count  = local.create_bucket_acl ? 1 : 0
  bucket = aws_s3_bucket.this[0].id
  acl    = var.acl
}
