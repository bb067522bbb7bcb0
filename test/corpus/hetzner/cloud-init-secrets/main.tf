terraform {
  required_providers {
    hcloud = {
      source = "hetznercloud/hcloud"
    }
  }
}

provider "hcloud" {}

resource "hcloud_firewall" "jump" {
  name = "jump-from-office"

  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "22"
    source_ips = ["198.51.100.0/24"]
  }
}

# A deploy key pasted into cloud-init: the private key ends up in state, plan output and the server metadata.
resource "hcloud_server" "jump" {
  name         = "jump-host"
  image        = "ubuntu-24.04"
  server_type  = "cx22"
  location     = "nbg1"
  firewall_ids = [hcloud_firewall.jump.id]

  user_data = <<-CLOUDINIT
    #cloud-config
    write_files:
      - path: /home/deploy/.ssh/id_ed25519
        owner: deploy:deploy
        permissions: "0600"
        content: |
          -----BEGIN OPENSSH PRIVATE KEY-----
          b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
          QyNTUxOQAAACDk7Hq0v5Jm3yQxR2fT8nLw1uZ9aBcD4eF6gH0iJkLmNgAAAJh2m8rMdpvK
          zAAAAAtzc2gtZWQyNTUxOQAAACDk7Hq0v5Jm3yQxR2fT8nLw1uZ9aBcD4eF6gH0iJkLmNg
          AAAEDx9Pq2rS7tUvW1xY3zA5bC8dE0fG2hI4jK6lM8nO1pQ+Tsx0h7rT8mWw3aZQ4iKx
          -----END OPENSSH PRIVATE KEY-----
  CLOUDINIT
}

# Cloud-init that only installs packages and authorises a public key: nothing secret in it.
resource "hcloud_server" "worker" {
  name         = "worker-1"
  image        = "ubuntu-24.04"
  server_type  = "cx32"
  location     = "nbg1"
  firewall_ids = [hcloud_firewall.jump.id]

  user_data = <<-CLOUDINIT
    #cloud-config
    package_update: true
    packages:
      - nginx
      - fail2ban
    users:
      - name: deploy
        groups: sudo
        shell: /bin/bash
        ssh_authorized_keys:
          - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBv7yTq2Lm9xW4eR8uK1oP6sD3fG5hJ0kZ2cV7bN4mQa deploy@ci
  CLOUDINIT
}

# A database URL with the password inside it, handed to the app through cloud-init.
resource "hcloud_server" "app" {
  name         = "app-1"
  image        = "ubuntu-24.04"
  server_type  = "cx32"
  location     = "nbg1"
  firewall_ids = [hcloud_firewall.jump.id]

  user_data = <<-CLOUDINIT
    #cloud-config
    write_files:
      - path: /etc/app/env
        permissions: "0600"
        content: |
          DATABASE_URL=postgres://app:Vq8#rT2mLx9Zp4@10.0.1.5:5432/orders
          LOG_LEVEL=info
  CLOUDINIT
}
