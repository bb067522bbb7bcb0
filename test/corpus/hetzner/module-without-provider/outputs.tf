output "server_id" {
  value = hcloud_server.this.id
}
