terraform {
  required_providers {
    ovh = {
      source = "ovh/ovh"
    }
  }
}

provider "ovh" {
  endpoint = "ovh-eu"
}

locals {
  service_name = "99998888777766665555444433332222"
  # cloud-init with a MySQL root password and a Grafana admin password in it
  db_bootstrap = <<-EOT
    #cloud-config
    runcmd:
      - mysql -uroot -e "ALTER USER 'root'@'localhost' IDENTIFIED BY 'xK9!vQ2#pL7m';"
      - grafana-cli admin reset-admin-password 'Gr4f4na-Adm1n-2024'
  EOT
}

resource "ovh_cloud_project_instance" "db" {
  service_name   = local.service_name
  region         = "WAW1"
  billing_period = "hourly"
  name           = "db-1"
  user_data      = local.db_bootstrap

  boot_from {
    image_id = "4a2b6b2e-7f0c-4b79-9f1e-2d3c4b5a6e7f"
  }
  flavor {
    flavor_id = "b3-8"
  }
  ssh_key {
    name = "ops"
  }
  network {
    public = false
  }
}

resource "ovh_cloud_project_ssh_key" "ops" {
  service_name = local.service_name
  name         = "ops"
  public_key   = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7m2Q9kX4vT1pR8sL3wY6zN0bF5hJ2dG7aK9cV4eU1iO3nM8qW5rE2tY6uI0pA3sD9fG1hJ4kL7zX0cV2bN5mQ8wE3rT6yU9iO1pA4sD7fG0hJ3kL6zX9cV1bN4mQ7wE2rT5yU8iO0pA3sD6fG9hJ2kL5zX8cV0bN3mQ6wE1rT4yU7iO9pA2sD5fG8hJ1kL4zX7cV9bN2mQ5wE0rT3yU6iO8pA1sD4fG7hJ0kL3zX6cV8bN1mQ4wE9rT2yU5iO7pA0sD3fG6hJ9kL2zX5cV7bN0mQ3wE8rT1yU4iO6pA9sD2fG5hJ8kL1zX4cV6bN9mQ2wE7rT0yU3iO5pA8sD1fG4hJ7kL0zX3cV5bN8mQ1wE6rT9yU2iO4pA7sD0fG3hJ6kL9zX2cV4bN7mQ0wE5rT8yU1iO3pA6= ops@example.org"
}

resource "ovh_cloud_project_instance" "web" {
  service_name   = local.service_name
  region         = "WAW1"
  billing_period = "hourly"
  name           = "web-1"
  user_data      = "#cloud-config\npackages:\n  - nginx\n"

  boot_from {
    image_id = "4a2b6b2e-7f0c-4b79-9f1e-2d3c4b5a6e7f"
  }
  flavor {
    flavor_id = "b3-8"
  }
  ssh_key {
    name = ovh_cloud_project_ssh_key.ops.name
  }
  network {
    public = false
  }
}
