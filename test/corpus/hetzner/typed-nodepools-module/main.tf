terraform {
  required_providers {
    hcloud = {
      source = "hetznercloud/hcloud"
    }
  }
}

provider "hcloud" {}

module "cluster" {
  source = "./modules/cluster"
  name   = "shop"
  nodepools = [
    { name = "web", location = "fsn1", count = 2 },
    { name = "batch", location = "nbg1" },
    # A pool someone added for a customer in the US.
    { name = "us-edge", location = "ash", count = 1, server_type = "cpx21" },
    { name = "spare", location = "hel1", count = 0 },
  ]
}
