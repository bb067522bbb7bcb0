variable "nodes" {
  description = "Worker nodes by name."
  type = map(object({
    location    = string
    server_type = string
  }))
  default = {}
}

variable "ip_locations" {
  type    = list(string)
  default = ["nbg1", "hel1"]
}
