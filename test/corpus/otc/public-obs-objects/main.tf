terraform {
  required_providers {
    opentelekomcloud = {
      source = "opentelekomcloud/opentelekomcloud"
    }
  }
}

provider "opentelekomcloud" {
  auth_url    = "https://iam.eu-nl.otc.t-systems.com/v3"
  tenant_name = "eu-nl_portal"
  domain_name = "OTC00000000001000098765"
  region      = "eu-nl"
}

resource "opentelekomcloud_kms_key_v1" "portal" {
  key_alias    = "portal-assets"
  pending_days = "7"
}

resource "opentelekomcloud_obs_bucket" "portal" {
  bucket = "portal-assets"
  acl    = "private"

  server_side_encryption {
    algorithm  = "kms"
    kms_key_id = opentelekomcloud_kms_key_v1.portal.id
  }
}

# The bucket is private; this uploaded object is made world-readable by its own ACL.
resource "opentelekomcloud_obs_bucket_object" "patient_letter" {
  bucket       = opentelekomcloud_obs_bucket.portal.bucket
  key          = "letters/welcome-letter.pdf"
  source       = "${path.module}/welcome-letter.pdf"
  content_type = "application/pdf"
  acl          = "public-read"
}

resource "opentelekomcloud_obs_bucket_object" "robots" {
  bucket  = opentelekomcloud_obs_bucket.portal.bucket
  key     = "robots.txt"
  content = "User-agent: *\nDisallow: /\n"
  acl     = "private"
}

# The legacy S3-style object resource, same problem.
resource "opentelekomcloud_s3_bucket_object" "export" {
  bucket = opentelekomcloud_obs_bucket.portal.bucket
  key    = "exports/contacts.json"
  source = "${path.module}/contacts.json"
  acl    = "public-read"
}
