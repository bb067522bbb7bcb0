terraform {
  required_providers {
    openstack = {
      source = "terraform-provider-openstack/openstack"
    }
  }
}

provider "openstack" {
  auth_url    = "https://auth.cloud.ovh.net/v3"
  domain_name = "Default"
  region      = "SBG5"
}

# Anonymous read (".r:*") plus listing: anyone on the internet can enumerate and download.
resource "openstack_objectstorage_container_v1" "scans" {
  name           = "scanned-forms"
  container_read = ".r:*,.rlistings"
  versioning     = true
}

resource "openstack_objectstorage_object_v1" "scan" {
  container_name = openstack_objectstorage_container_v1.scans.name
  name           = "2024/form-0001.pdf"
  content        = "scan placeholder"
  content_type   = "application/pdf"
}

# Read access limited to one project's user: not public.
resource "openstack_objectstorage_container_v1" "internal" {
  name           = "internal-reports"
  container_read = "0f1e2d3c4b5a69788796a5b4c3d2e1f0:reporting"
  versioning     = true
}

resource "openstack_objectstorage_object_v1" "report" {
  container_name = openstack_objectstorage_container_v1.internal.name
  name           = "q1.csv"
  content        = "quarter,total"
  content_type   = "text/csv"
}
