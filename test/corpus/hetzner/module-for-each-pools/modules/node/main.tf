variable "name" {
  type = string
}

variable "server_type" {
  type = string
}

variable "location" {
  type = string
}

resource "hcloud_server" "this" {
  name        = var.name
  server_type = var.server_type
  image       = "ubuntu-24.04"
  location    = var.location

  public_net {
    ipv4_enabled = false
    ipv6_enabled = true
  }
}
