terraform {
  required_providers {
    exoscale = {
      source = "exoscale/exoscale"
    }
  }
}

provider "exoscale" {}

# Geneva: Switzerland is outside the EU (an adequacy decision, but not EU jurisdiction).
resource "exoscale_sks_cluster" "platform" {
  zone = "ch-gva-2"
  name = "platform"
}

# The node pool and the jump host take the cluster's zone: moving the cluster moves them.
resource "exoscale_sks_nodepool" "workers" {
  cluster_id    = exoscale_sks_cluster.platform.id
  zone          = exoscale_sks_cluster.platform.zone
  name          = "workers"
  instance_type = "standard.medium"
  size          = 3
}

resource "exoscale_compute_instance" "jump" {
  zone        = exoscale_sks_cluster.platform.zone
  name        = "jump"
  template_id = "8c3f5a8e-1f4e-4c0a-9d7b-2a1e6f3b9c10"
  type        = "standard.small"
}

# Its own zone, in Frankfurt: judged on its own, and fine.
resource "exoscale_compute_instance" "builder" {
  zone        = "de-fra-1"
  name        = "builder"
  template_id = "8c3f5a8e-1f4e-4c0a-9d7b-2a1e6f3b9c10"
  type        = "standard.small"
}
