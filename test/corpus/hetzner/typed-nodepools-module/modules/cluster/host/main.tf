variable "name" {
  type = string
}

variable "location" {
  type = string
}

variable "server_type" {
  type = string
}

resource "hcloud_server" "this" {
  name        = var.name
  server_type = var.server_type
  image       = "debian-12"
  location    = var.location
}
