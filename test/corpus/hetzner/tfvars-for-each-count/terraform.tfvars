nodes = {
  "worker-fsn" = {
    location    = "fsn1"
    server_type = "cx32"
  }
  "worker-sin" = {
    location    = "sin"
    server_type = "cx32"
  }
}
