terraform {
  required_providers {
    exoscale = {
      source = "exoscale/exoscale"
    }
    helm = {
      source = "hashicorp/helm"
    }
    local = {
      source = "hashicorp/local"
    }
  }
}

variable "exoscale_key" {
  type      = string
  sensitive = true
}

variable "exoscale_secret" {
  type      = string
  sensitive = true
}

variable "zone" {
  type    = string
  default = "de-fra-1"
}

provider "exoscale" {
  key    = var.exoscale_key
  secret = var.exoscale_secret
}

# Helm talks to the cluster through a kubeconfig file that this configuration writes.
provider "helm" {
  kubernetes {
    config_path = local_sensitive_file.admin_kubeconfig.filename
  }
}

resource "exoscale_sks_cluster" "ci" {
  zone = var.zone
  name = "ci-runners"
}

resource "exoscale_sks_nodepool" "runners" {
  zone          = var.zone
  cluster_id    = exoscale_sks_cluster.ci.id
  name          = "runners"
  instance_type = "standard.large"
  size          = 2
}

resource "exoscale_sks_kubeconfig" "admin" {
  cluster_id = exoscale_sks_cluster.ci.id
  zone       = exoscale_sks_cluster.ci.zone
  user       = "ci-admin"
  groups     = ["system:masters"]
}

resource "local_sensitive_file" "admin_kubeconfig" {
  filename        = "${path.module}/kubeconfig"
  content         = exoscale_sks_kubeconfig.admin.kubeconfig
  file_permission = "0600"
}

resource "helm_release" "runner_controller" {
  name             = "runner-controller"
  namespace        = "ci"
  create_namespace = true
  repository       = "oci://registry.example.org/charts"
  chart            = "runner-controller"
  version          = "1.4.0"
}
