terraform {
  required_providers {
    hcloud = {
      source = "hetznercloud/hcloud"
    }
  }
}

provider "hcloud" {}

module "shop_eu" {
  source   = "./modules/web"
  name     = "shop-eu"
  location = "fsn1"
}

module "shop_us" {
  source   = "./modules/web"
  name     = "shop-us"
  location = "ash"
}
