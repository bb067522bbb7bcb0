terraform {
  required_providers {
    opentelekomcloud = {
      source = "opentelekomcloud/opentelekomcloud"
    }
  }
}

provider "opentelekomcloud" {
  auth_url    = "https://iam.eu-nl.otc.t-systems.com/v3"
  tenant_name = "eu-nl_platform"
  domain_name = "OTC00000000001000044444"
}

resource "opentelekomcloud_kms_key_v1" "nodes" {
  key_alias    = "cce-nodes"
  pending_days = "7"
}

resource "opentelekomcloud_vpc_v1" "cce" {
  name = "cce"
  cidr = "10.110.0.0/16"
}

resource "opentelekomcloud_vpc_subnet_v1" "cce" {
  name       = "cce-nodes"
  cidr       = "10.110.1.0/24"
  gateway_ip = "10.110.1.1"
  vpc_id     = opentelekomcloud_vpc_v1.cce.id
}

resource "opentelekomcloud_cce_cluster_v3" "platform" {
  name                     = "platform"
  cluster_type             = "VirtualMachine"
  flavor_id                = "cce.s2.small"
  vpc_id                   = opentelekomcloud_vpc_v1.cce.id
  subnet_id                = opentelekomcloud_vpc_subnet_v1.cce.network_id
  container_network_type   = "overlay_l2"
  enable_volume_encryption = true
}

# "random" is the documented default: any availability zone of the cluster's region (eu-nl).
resource "opentelekomcloud_cce_node_pool_v3" "workers" {
  cluster_id         = opentelekomcloud_cce_cluster_v3.platform.id
  name               = "workers"
  os                 = "EulerOS 2.9"
  flavor             = "s3.large.4"
  initial_node_count = 3
  key_pair           = "ops"
  availability_zone  = "random"

  root_volume {
    size       = 50
    volumetype = "SSD"
    kms_id     = opentelekomcloud_kms_key_v1.nodes.id
  }

  data_volumes {
    size       = 100
    volumetype = "SSD"
    kms_id     = opentelekomcloud_kms_key_v1.nodes.id
  }
}
