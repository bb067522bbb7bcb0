# A reusable OBS module: the caller configures the opentelekomcloud provider.
terraform {
  required_providers {
    opentelekomcloud = {
      source = "opentelekomcloud/opentelekomcloud"
    }
  }
}

variable "bucket_name" {
  type = string
}

variable "kms_key_id" {
  type = string
}

resource "opentelekomcloud_obs_bucket" "this" {
  bucket     = var.bucket_name
  acl        = "private"
  versioning = true

  server_side_encryption {
    algorithm  = "kms"
    kms_key_id = var.kms_key_id
  }
}

resource "opentelekomcloud_obs_bucket_policy" "this" {
  bucket = opentelekomcloud_obs_bucket.this.bucket
  policy = jsonencode({
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = { ID = ["*"] }
      Action    = ["*"]
      Resource  = ["${var.bucket_name}/*"]
      Condition = { Bool = { SecureTransport = "false" } }
    }]
  })
}
