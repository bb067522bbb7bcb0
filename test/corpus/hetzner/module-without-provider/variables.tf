variable "name" {
  type = string
}

variable "location" {
  description = "Hetzner location of the server; the caller decides."
  type        = string
}

variable "server_type" {
  type    = string
  default = "cx22"
}

variable "admin_cidrs" {
  type    = list(string)
  default = ["192.0.2.0/24"]
}
