terraform {
  required_providers {
    scaleway = {
      source = "scaleway/scaleway"
    }
    random = {
      source = "hashicorp/random"
    }
  }
}

provider "scaleway" {
  region = "nl-ams"
}

variable "ledger_db_user" {
  type    = string
  default = "ledger_app"
}

variable "ledger_db_password" {
  type      = string
  sensitive = true
}

variable "summariser_model" {
  type    = string
  default = "llama-3.1-8b-instruct"
}

variable "summariser_api_key" {
  type      = string
  sensitive = true
}

resource "random_password" "webhook" {
  length  = 40
  special = false
}

resource "scaleway_secret" "ledger" {
  name = "ledger"
}

# Tuning knobs kept next to the credentials: nothing secret.
resource "scaleway_secret_version" "tuning" {
  secret_id = scaleway_secret.ledger.id
  data = jsonencode({
    SUMMARY_MODEL      = "mistral-nemo-instruct-2407"
    REQUEST_TIMEOUT_S  = "45"
    MAX_DOCUMENT_PAGES = "200"
    CACHE_RESULTS      = "true"
  })
}

# A user name with a default and a password from a sensitive input.
resource "scaleway_secret_version" "ledger_dsn" {
  secret_id = scaleway_secret.ledger.id
  data      = "postgres://${var.ledger_db_user}:${var.ledger_db_password}@ledger-db.internal:5432/ledger"
}

resource "scaleway_secret_version" "summariser" {
  secret_id = scaleway_secret.ledger.id
  data = jsonencode({
    API_KEY = var.summariser_api_key
    MODEL   = var.summariser_model
    WEBHOOK = "Bearer ${random_password.webhook.result}"
  })
}

# A partner API key written into the document.
resource "scaleway_secret_version" "partner" {
  secret_id = scaleway_secret.ledger.id
  data = jsonencode({
    PARTNER_URL     = "https://partner.example.eu/api"
    PARTNER_API_KEY = "pk_live_7Gq2LmV9xRt4Wc1Z"
  })
}

# A literal password inside the connection string.
resource "scaleway_secret_version" "reporting_dsn" {
  secret_id = scaleway_secret.ledger.id
  data      = "postgres://reporting:Rep0rting-2025@ledger-db.internal:5432/ledger"
}
