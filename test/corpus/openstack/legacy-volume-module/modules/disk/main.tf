# Written for the openstack provider before v3.0.0 (no required_providers, volume v2); the
# caller's provider configuration names the cloud.
variable "name" {}

variable "size_in_gb" {
  default = "20"
}

variable "volume_type" {
  default = "SSD"
}

variable "instance_id" {}

resource "openstack_blockstorage_volume_v2" "disk" {
  name        = "${var.name}-disk"
  size        = var.size_in_gb
  volume_type = var.volume_type
}

resource "openstack_compute_volume_attach_v2" "disk" {
  instance_id = var.instance_id
  volume_id   = openstack_blockstorage_volume_v2.disk.id
}
