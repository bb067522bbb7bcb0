resource "random_id" "key" {
  byte_length = 4
}

output "name" {
  value = "unseal-${random_id.key.hex}"
}
