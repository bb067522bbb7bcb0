terraform {
  required_providers {
    scaleway = {
      source = "scaleway/scaleway"
    }
  }
}

provider "scaleway" {
  zone   = "fr-par-2"
  region = "fr-par"
}

resource "scaleway_iam_ssh_key" "ci" {
  name       = "ci-runner"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK3xQ9bW7nT2vR5yL8mP1cZ4dF6gH0jS2aE9uV3kN7oB ci@example.org"
}

resource "scaleway_instance_security_group" "runner" {
  name                   = "runner"
  inbound_default_policy = "drop"

  inbound_rule {
    action   = "accept"
    protocol = "TCP"
    port     = 22
    ip_range = "203.0.113.10/32"
  }
}

# cloud-init that sets a root password in clear text
resource "scaleway_instance_server" "runner" {
  name              = "ci-runner"
  type              = "DEV1-M"
  image             = "debian_bookworm"
  security_group_id = scaleway_instance_security_group.runner.id

  user_data = {
    "cloud-init" = <<-EOT
      #cloud-config
      chpasswd:
        expire: false
        users:
          - name: root
            password: Tr0ub4dor&3-runner
            type: text
      ssh_pwauth: true
    EOT
  }
}

# An object-storage key pair shipped to the server as user data
resource "scaleway_instance_user_data" "runner_s3" {
  server_id = scaleway_instance_server.runner.id
  key       = "s3-env"
  value     = "AWS_ACCESS_KEY_ID=SCWQ7K3M9X2B4N6P8R1T\nAWS_SECRET_ACCESS_KEY=8f3c1a7e-52b9-4d6e-9a0f-3b7c2d1e5f94"
}

# Harmless user data: a role name and the public key only
resource "scaleway_instance_user_data" "runner_role" {
  server_id = scaleway_instance_server.runner.id
  key       = "role"
  value     = "ci-runner"
}

resource "scaleway_instance_server" "builder" {
  name              = "builder"
  type              = "DEV1-M"
  image             = "debian_bookworm"
  security_group_id = scaleway_instance_security_group.runner.id

  user_data = {
    "cloud-init" = <<-EOT
      #cloud-config
      ssh_authorized_keys:
        - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK3xQ9bW7nT2vR5yL8mP1cZ4dF6gH0jS2aE9uV3kN7oB ci@example.org
      runcmd:
        - [systemctl, enable, --now, docker]
    EOT
  }
}
