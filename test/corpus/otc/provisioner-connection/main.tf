# Two web servers bootstrapped over SSH by remote-exec: one logs in with a private key pasted
# into its connection block, the other reads the key from the operator's machine.
provider "opentelekomcloud" {
  auth_url    = "https://iam.eu-nl.otc.t-systems.com/v3"
  tenant_name = "eu-nl_web"
}

resource "opentelekomcloud_compute_keypair_v2" "deploy" {
  name       = "deploy"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq4cZ0cQyT1mUO2m8l1n2x3W0p9xk3yq1m3b9mY2c7Q deploy@example"
}

resource "opentelekomcloud_compute_instance_v2" "web_pasted_key" {
  name              = "web-1"
  image_name        = "Standard_Debian_12_latest"
  flavor_id         = "s3.medium.2"
  availability_zone = "eu-nl-01"
  key_pair          = opentelekomcloud_compute_keypair_v2.deploy.name

  network {
    uuid = "00000000-0000-0000-0000-000000000001"
  }

  connection {
    type        = "ssh"
    user        = "linux"
    host        = self.access_ip_v4
    private_key = <<-EOT
      -----BEGIN OPENSSH PRIVATE KEY-----
      b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
      QyNTUxOQAAACB6uHGdHEMk9ZlDtpvJdZ9sd1tKfcZN8qtZt2/5mNnO0AAAAJgY3q7pGN6u
      -----END OPENSSH PRIVATE KEY-----
    EOT
  }

  provisioner "remote-exec" {
    inline = ["sudo apt-get -y install nginx"]
  }
}

resource "opentelekomcloud_compute_instance_v2" "web_key_file" {
  name              = "web-2"
  image_name        = "Standard_Debian_12_latest"
  flavor_id         = "s3.medium.2"
  availability_zone = "eu-nl-02"
  key_pair          = opentelekomcloud_compute_keypair_v2.deploy.name

  network {
    uuid = "00000000-0000-0000-0000-000000000001"
  }

  provisioner "remote-exec" {
    inline = ["sudo apt-get -y install nginx"]

    connection {
      type        = "ssh"
      user        = "linux"
      host        = self.access_ip_v4
      private_key = file(pathexpand("~/.ssh/deploy_ed25519"))
    }
  }
}
