variable "name" {
  type = string
}

variable "location" {
  type = string
}

resource "hcloud_firewall" "this" {
  name = "${var.name}-fw"

  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "443"
    source_ips = ["0.0.0.0/0", "::/0"]
  }
}

resource "hcloud_server" "this" {
  name         = var.name
  image        = "debian-12"
  server_type  = "cx22"
  location     = var.location
  firewall_ids = [hcloud_firewall.this.id]
}
