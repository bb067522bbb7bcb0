# A reusable audit-trail module: the caller passes two aliased providers (configuration_aliases);
# the trail bucket lives in the audit project, the tracker in the workload project.
terraform {
  required_providers {
    opentelekomcloud = {
      source                = "opentelekomcloud/opentelekomcloud"
      configuration_aliases = [opentelekomcloud.workload, opentelekomcloud.audit]
    }
  }
}

variable "trail_bucket" {
  type = string
}

resource "opentelekomcloud_kms_key_v1" "trail" {
  provider        = opentelekomcloud.audit
  key_alias       = "${var.trail_bucket}-key"
  key_description = "Encrypts the audit trail"
  pending_days    = 7
}

resource "opentelekomcloud_obs_bucket" "trail" {
  provider = opentelekomcloud.audit
  bucket   = var.trail_bucket
  acl      = "private"

  server_side_encryption {
    algorithm  = "kms"
    kms_key_id = opentelekomcloud_kms_key_v1.trail.id
  }
}

resource "opentelekomcloud_cts_tracker_v3" "workload" {
  provider         = opentelekomcloud.workload
  bucket_name      = opentelekomcloud_obs_bucket.trail.bucket
  file_prefix_name = "cts"
  status           = "enabled"
}
