variable "zone" {
  description = "UpCloud zone of the whole stack."
  type        = string
  default     = "us-sjo1"
}

variable "db_zone" {
  type    = string
  default = "fi-hel2"
}
