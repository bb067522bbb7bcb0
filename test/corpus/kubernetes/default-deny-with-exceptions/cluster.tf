terraform {
  required_providers {
    ovh = {
      source = "ovh/ovh"
    }
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = "~> 2.38"
    }
  }
}

provider "ovh" {
  endpoint = "ovh-eu"
}

resource "ovh_cloud_project_kube" "platform" {
  service_name = "0a0b0c0d0e0f00010203040506070809"
  name         = "platform"
  region       = "GRA11"
}

provider "kubernetes" {
  host                   = ovh_cloud_project_kube.platform.kubeconfig_attributes[0].host
  cluster_ca_certificate = base64decode(ovh_cloud_project_kube.platform.kubeconfig_attributes[0].cluster_ca_certificate)
  client_certificate     = base64decode(ovh_cloud_project_kube.platform.kubeconfig_attributes[0].client_certificate)
  client_key             = base64decode(ovh_cloud_project_kube.platform.kubeconfig_attributes[0].client_key)
}
