terraform {
  required_providers {
    scaleway = {
      source = "scaleway/scaleway"
    }
  }
}

provider "scaleway" {
  zone   = "fr-par-1"
  region = "fr-par"
}

resource "scaleway_lb_ip" "public" {}

resource "scaleway_lb" "edge" {
  name   = "edge"
  type   = "LB-S"
  ip_ids = [scaleway_lb_ip.public.id]
}

resource "scaleway_lb_backend" "ops_ssh" {
  lb_id            = scaleway_lb.edge.id
  name             = "ops-ssh"
  forward_protocol = "tcp"
  forward_port     = 22
  server_ips       = ["10.10.0.11"]
}

# SSH to the application servers for the operations team, open to everyone: no ACL on the frontend.
resource "scaleway_lb_frontend" "ops_ssh" {
  lb_id        = scaleway_lb.edge.id
  backend_id   = scaleway_lb_backend.ops_ssh.id
  name         = "ops-ssh"
  inbound_port = 2222
}

resource "scaleway_lb_backend" "admin_ssh" {
  lb_id            = scaleway_lb.edge.id
  name             = "admin-ssh"
  forward_protocol = "tcp"
  forward_port     = 22
  server_ips       = ["10.10.0.12"]
}

# The same, but only from the office range, then nothing else.
resource "scaleway_lb_frontend" "admin_ssh" {
  lb_id        = scaleway_lb.edge.id
  backend_id   = scaleway_lb_backend.admin_ssh.id
  name         = "admin-ssh"
  inbound_port = 2223

  acl {
    name = "office"
    action {
      type = "allow"
    }
    match {
      ip_subnet = ["198.51.100.0/24"]
    }
  }

  acl {
    name = "everyone-else"
    action {
      type = "deny"
    }
    match {
      ip_subnet = ["0.0.0.0/0"]
    }
  }
}

resource "scaleway_lb_backend" "web" {
  lb_id            = scaleway_lb.edge.id
  name             = "web"
  forward_protocol = "http"
  forward_port     = 8080
  server_ips       = ["10.10.0.13"]
}

resource "scaleway_lb_certificate" "web" {
  lb_id = scaleway_lb.edge.id
  name  = "web"
  letsencrypt {
    common_name = "shop.example.eu"
  }
}

resource "scaleway_lb_frontend" "web" {
  lb_id           = scaleway_lb.edge.id
  backend_id      = scaleway_lb_backend.web.id
  name            = "web"
  inbound_port    = 443
  certificate_ids = [scaleway_lb_certificate.web.id]
}
