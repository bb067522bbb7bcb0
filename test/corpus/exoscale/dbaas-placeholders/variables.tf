variable "exoscale_api_key" {
  type    = string
  default = "EXO_API_KEY_PLACEHOLDER"
}

variable "exoscale_api_secret" {
  type      = string
  sensitive = true
  default   = "<your-api-secret>"
}

variable "pg_admin_password" {
  type      = string
  sensitive = true
  default   = "REPLACE_ME"
}
