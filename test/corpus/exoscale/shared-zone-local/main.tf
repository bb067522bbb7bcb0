terraform {
  required_providers {
    exoscale = {
      source = "exoscale/exoscale"
    }
  }
}

provider "exoscale" {}

locals {
  # One zone for the whole stack: Geneva (Switzerland, outside the EU).
  zone = "ch-gva-2"
}

resource "exoscale_sks_cluster" "apps" {
  zone = local.zone
  name = "apps"
}

resource "exoscale_sks_nodepool" "apps" {
  cluster_id    = exoscale_sks_cluster.apps.id
  zone          = local.zone
  name          = "apps"
  instance_type = "standard.large"
  size          = 3
}

resource "exoscale_sks_kubeconfig" "ci" {
  cluster_id = exoscale_sks_cluster.apps.id
  zone       = local.zone
  user       = "ci"
  groups     = ["ci-deployers"]
}
