terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

# Scaleway Object Storage in Amsterdam through the S3 API.
provider "aws" {
  region                      = "nl-ams"
  skip_credentials_validation = true
  skip_region_validation      = true
  skip_requesting_account_id  = true
  endpoints {
    s3 = "https://s3.nl-ams.scw.cloud"
  }
}

module "invoices" {
  source = "./modules/bucket"
  name   = "acme-invoices"
  encryption = {
    sse_algorithm = "AES256"
  }
  versioning = {
    enabled = true
  }
}

# Defaults only: no encryption, no logging, no policy, no ACL.
module "scratch" {
  source = "./modules/bucket"
  name   = "acme-scratch"
}
