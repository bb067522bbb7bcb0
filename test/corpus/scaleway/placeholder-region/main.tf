terraform {
  required_providers {
    scaleway = {
      source = "scaleway/scaleway"
    }
  }
}

provider "scaleway" {}

# Copied from a how-to with its placeholder left in: Scaleway has no such region, and every
# region it has is in the EU.
resource "scaleway_object_bucket" "uploads" {
  name   = "acme-uploads"
  region = "xx-xxx"
}

resource "scaleway_object_bucket_server_side_encryption_configuration" "uploads" {
  bucket = scaleway_object_bucket.uploads.name
  region = "xx-xxx"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
