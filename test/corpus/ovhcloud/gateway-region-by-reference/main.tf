terraform {
  required_providers {
    ovh = {
      source = "ovh/ovh"
    }
  }
}

provider "ovh" {
  endpoint = "ovh-eu"
}

variable "service_name" {
  type    = string
  default = "11112222333344445555666677778888"
}

resource "ovh_cloud_project_network_private" "edge" {
  service_name = var.service_name
  vlan_id      = 7
  name         = "edge"
  regions      = ["DE1"]
}

resource "ovh_cloud_project_network_private_subnet" "edge" {
  service_name = ovh_cloud_project_network_private.edge.service_name
  network_id   = ovh_cloud_project_network_private.edge.id
  region       = "DE1"
  start        = "10.7.0.2"
  end          = "10.7.255.254"
  network      = "10.7.0.0/16"
  dhcp         = true
}

# The region is the subnet's configured (literal) region, which Terraform knows at plan time.
resource "ovh_cloud_project_gateway" "edge" {
  service_name = ovh_cloud_project_network_private.edge.service_name
  name         = "edge-gateway"
  model        = "s"
  region       = ovh_cloud_project_network_private_subnet.edge.region
  network_id   = tolist(ovh_cloud_project_network_private.edge.regions_attributes[*].openstackid)[0]
  subnet_id    = ovh_cloud_project_network_private_subnet.edge.id
}
