terraform {
  required_providers {
    scaleway = {
      source = "scaleway/scaleway"
    }
  }
}

provider "scaleway" {
  region = "nl-ams"
  zone   = "nl-ams-1"
}

resource "scaleway_object_bucket" "exports" {
  name = "crm-exports"
}

resource "scaleway_object_bucket_server_side_encryption_configuration" "exports" {
  bucket = scaleway_object_bucket.exports.name

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# The bucket is private, but this one object is readable by anyone who knows its URL.
resource "scaleway_object" "customer_list" {
  bucket     = scaleway_object_bucket.exports.id
  key        = "exports/customers-2024.csv"
  file       = "${path.module}/customers.csv"
  visibility = "public-read"
}

resource "scaleway_object" "readme" {
  bucket     = scaleway_object_bucket.exports.id
  key        = "README.txt"
  content    = "Exports are produced nightly."
  visibility = "private"
}

resource "scaleway_object_bucket" "press" {
  name = "press-kit"
}

resource "scaleway_object_bucket_server_side_encryption_configuration" "press" {
  bucket = scaleway_object_bucket.press.name

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "scaleway_object_bucket_acl" "press" {
  bucket = scaleway_object_bucket.press.id
  acl    = "public-read"
}
