terraform {
  required_providers {
    stackit = {
      source = "stackitcloud/stackit"
    }
  }
}

provider "stackit" {
  default_region = "eu01"
}

variable "project_id" {
  type    = string
  default = "2b7e1c4d-8a3f-4e6b-9c1d-5f0a2e8b7c3d"
}

resource "stackit_cdn_distribution" "shop" {
  project_id = var.project_id
  config = {
    backend = {
      type       = "http"
      origin_url = "https://origin.shop.example.eu"
    }
    regions = ["EU"]
  }
}

# The docs' stand-in: a private key block with a few bytes of base64, no key at all.
resource "stackit_cdn_custom_domain" "docs_example" {
  project_id      = var.project_id
  distribution_id = stackit_cdn_distribution.shop.distribution_id
  name            = "www.shop.example.eu"
  certificate = {
    certificate = "-----BEGIN CERTIFICATE-----\nY2VydGlmaWNhdGVfZGF0YQ==\n-----END CERTIFICATE-----"
    private_key = "-----BEGIN RSA PRIVATE KEY-----\nY2VydGlmaWNhdGVfZGF0YQ==\n-----END RSA PRIVATE KEY-----"
  }
}

# A whole private key pasted into the configuration.
resource "stackit_cdn_custom_domain" "pasted" {
  project_id      = var.project_id
  distribution_id = stackit_cdn_distribution.shop.distribution_id
  name            = "shop.example.eu"
  certificate = {
    certificate = "-----BEGIN CERTIFICATE-----\nY2VydGlmaWNhdGVfZGF0YQ==\n-----END CERTIFICATE-----"
    private_key = "-----BEGIN PRIVATE KEY-----\nX+zrZv/IbzjZUnhsbWlsecLbwjndTpG0ZynXOif7V+lrhrJz/zT84Z1rgE7/Wj9X\nR62k6qIvHUnAHlLdt4dbS9RzXjomXhbu4D9ZcYubXQMBnAfYtsUfkNo6Zm7sE6s1\nTgdAhWK+24tgzgXB3s/jrRa3IjCWfeAfZAt+Rym0n85LInd31N0fxhxviE9IZB0C\ntNEh0/0yjLCLVTH8rNq/iu8tEn3je5QrqtBhReVLDGGaHyIyey67z77Hj1Vkr+Od\n5/bAEXdujbfNMwtUF0/Xb30CFrYSOHpf/PuB5vCRloN5Ammb5CyKjkb7u0UBcmUX\n6GsixWoYn3YlptpJCBskUSxiQjLN0iF3EpTfuzEKygAKDfasi2a2ltkO8G/e+2Sj\nGVgeJ9587QD/HOULIEfnpWfHaxy666vl7wP3wwF7tbdKRNwVNkIEqA/oDpA5RVzB\nYIKBgg/isk8eUjOt5q8d1U/IKyauy0fShoxO++NYFzKj58vMbC77MgYsCBcKBe64\na1HUMd9dfxQcvs7M957fPdhhw7QGnwsRZho+76y7qRg/26NfBNyMRimGyZK8+HVU\nYlcRMHKpCcFi9+Rw5YHieIUnqJHiJBNpUP8yyiErRbyT9p+7gBw7Hr7axSd1+Z5h\n5in6ZZjXMnaPfHJrS2IShfnDuFMDkAqpEgF9t2F9i9uxfvbRnHpbHug7kHxZVSbc\nsesG24In1lDV3aCp9M6M2UUjVA8VBM0XEAxINehbfu/UmRFYD47/8Fmajyg75rnj\nTslZn8ID0XajAVNsLgkaGbyFJ1myVb1oGIEKQsX+0UqUAPGyHLUn1/o9Pqu6k1V6\nGOvnospORxz+XkxbTKf3Z/XKOPdIodbq9ya4pC+1dcPHHxhkqBQzAXgt4T2i2SAr\nb0tmEhJfs6Da7NJ5nf1snCmUJP2SD5swgRCiwfvY9EN4Xz7H6zLzC5DND882V9OI\ntf9Cl/L5cW/2bptpwF3dCVNfow1+Jd2KSfFTZ3lzTsgoYQjRFdpQRdd/O0GF2PeQ\nwjVgaenR55ypJDeBU8+7+01EFrH5nUGilAv9tmxTGdu3pWhzzXcfLERtNptklDC2\nWnVronj/l+yBu29Vsuc1aV+cSrCMrHRX6REaMORmSSBgfqLBFaFDPXvpjpfmQkTK\nZwZxzZdAQVYiblB5c/KrgzDTAiypbgyTvb2zIMQa3K9Z4ZcG1R059mcRwmU81+sS\nkclNm1XrFL2nTOTcY20BWjUTWqpswjiRtAyz83jFOhehEnIQzmDhJczwPvz9rsRY\nYktgxYydi/tv8YhsL9YF0q3rbqTaV2BoIBtsaVjOk/TrHjPoqBtpe3WFWva/zby/\nfLven5SWLOrsHtivIfWlD+KcnBgMYnmwsCq9ahgBx8BAgs9IbsAnqhNRXk84hLtr\nxvOsV5RKUxSQzTmQLQ93dxX9AF76yaMGItX1IF5/aJSG5QFJZYZhMSqeCzVVjYT2\nxtPaeX9VKpZX/gVYykDN758UAlrwBlsw5H4j67O0kdOa6O0X0zc55f84J/+zY0lT\ndqUIh9jxwukwF1VCiZCtgUee4hwltDIVz1JFQeBQMml6YbU3Ab79rg7u/67Mc/FO\nILU3uw+Lka18KTbcY1YrJa6pITLEy+smPmrCv2wYO12Bc38XnyHv3Fhjc5Zy8PRw\nC5GJQ98JYrx6GCTAVVo4k0e0/r3Hz50SVEBtgM5E4/k=\n-----END PRIVATE KEY-----"
  }
}
