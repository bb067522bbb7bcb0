terraform {
  required_providers {
    upcloud = {
      source = "UpCloudLtd/upcloud"
    }
    kubernetes = {
      source = "hashicorp/kubernetes"
    }
  }
}

provider "upcloud" {}

variable "discovery_password" {
  description = "UpCloud API password for cloud auto-join, given at apply time."
  type        = string
  sensitive   = true
}

variable "object_storage_region" {
  type    = string
  default = "europe-1"
}

variable "object_storage_secret" {
  type      = string
  sensitive = true
}

module "unseal_key" {
  source = "./modules/unseal-key"
}

resource "upcloud_server" "vault" {
  hostname = "vault-1"
  zone     = "fi-hel2"
  plan     = "1xCPU-2GB"

  template {
    storage = "Ubuntu Server 24.04 LTS (Noble Numbat)"
    size    = 25
    encrypt = true
  }

  network_interface {
    type = "utility"
  }

  # Rendered from module outputs: Terraform knows the text only at apply time.
  user_data = templatefile("${path.module}/vault.tftpl", {
    key_name = module.unseal_key.name
    password = var.discovery_password
  })
}

resource "upcloud_kubernetes_cluster" "lake" {
  name                    = "lake"
  zone                    = "fi-hel2"
  network                 = "03e44422-07b8-4798-a3ae-7bd5a2e0c4a6"
  storage_encryption      = "data-at-rest"
  control_plane_ip_filter = ["203.0.113.0/24"]
}

data "upcloud_kubernetes_cluster" "lake" {
  id = upcloud_kubernetes_cluster.lake.id
}

provider "kubernetes" {
  host                   = data.upcloud_kubernetes_cluster.lake.host
  client_certificate     = data.upcloud_kubernetes_cluster.lake.client_certificate
  client_key             = data.upcloud_kubernetes_cluster.lake.client_key
  cluster_ca_certificate = data.upcloud_kubernetes_cluster.lake.cluster_ca_certificate
}

resource "kubernetes_secret_v1" "object_storage" {
  metadata {
    name      = "object-storage"
    namespace = "lake"
  }

  data = {
    REGION            = var.object_storage_region
    BUCKET            = "lake-data"
    SECRET_ACCESS_KEY = var.object_storage_secret
  }
}

resource "kubernetes_secret_v1" "catalog" {
  metadata {
    name      = "catalog-settings"
    namespace = "lake"
  }

  data = {
    CATALOG_SECRETS_BACKEND = "Postgres"
    CATALOG_AUTHZ_BACKEND   = "allowall"
  }
}

resource "kubernetes_secret_v1" "catalog_admin" {
  metadata {
    name      = "catalog-admin"
    namespace = "lake"
  }

  data = {
    ADMIN_USER     = "admin"
    ADMIN_PASSWORD = "Lake-Admin-2024"
  }
}
