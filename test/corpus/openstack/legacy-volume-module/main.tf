terraform {
  required_providers {
    openstack = {
      source = "terraform-provider-openstack/openstack"
    }
  }
}

# Open Telekom Cloud, region eu-de (Germany).
provider "openstack" {
  auth_url    = "https://iam.eu-de.otc.t-systems.com/v3"
  region      = "eu-de"
  tenant_name = "eu-de_project"
}

resource "openstack_compute_instance_v2" "app" {
  name        = "app"
  flavor_name = "s3.medium.2"
  image_name  = "Standard_Debian_12_latest"
}

module "data_disk" {
  source      = "./modules/disk"
  name        = "app"
  instance_id = openstack_compute_instance_v2.app.id
}
