terraform {
  required_providers {
    hcloud = {
      source = "hetznercloud/hcloud"
    }
  }
}

provider "hcloud" {}

# Placed by location; the module's datacenter input keeps its null default.
module "api" {
  source   = "./modules/node"
  name     = "api"
  location = "fsn1"
}

# A map of sites passed whole and looked up inside the module.
module "worker" {
  source = "./modules/node"
  name   = "worker"
  sites  = { primary = "hel1", replica = "nbg1" }
  site   = "replica"
}

# The same module, placed in Hillsboro (US).
module "mirror" {
  source   = "./modules/node"
  name     = "mirror"
  location = "hil"
}
