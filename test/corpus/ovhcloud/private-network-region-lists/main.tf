terraform {
  required_providers {
    ovh = {
      source  = "ovh/ovh"
      version = "~> 2.0"
    }
  }
}

provider "ovh" {
  endpoint = "ovh-eu"
}

variable "project_id" {
  type    = string
  default = "0123456789abcdef0123456789abcdef"
}

# One element of the list is Beauharnois (Canada): the network is created there too.
resource "ovh_cloud_project_network_private" "backbone" {
  service_name = var.project_id
  name         = "backbone"
  vlan_id      = 42
  regions      = ["GRA11", "BHS5"]
}

# Every listed region is in France.
resource "ovh_cloud_project_network_private" "app" {
  service_name = var.project_id
  name         = "app"
  vlan_id      = 43
  regions      = ["GRA11", "SBG5"]
}

# No regions: the provider documents "Defaults to all public cloud regions", which include Canada, Asia-Pacific and the US.
resource "ovh_cloud_project_network_private" "everywhere" {
  service_name = var.project_id
  name         = "shared-services"
  vlan_id      = 44
}

resource "ovh_cloud_project_network_private_subnet" "app_gra" {
  service_name = var.project_id
  network_id   = ovh_cloud_project_network_private.app.id
  region       = "GRA11"
  start        = "10.43.0.10"
  end          = "10.43.0.200"
  network      = "10.43.0.0/24"
  dhcp         = true
  no_gateway   = false
}
