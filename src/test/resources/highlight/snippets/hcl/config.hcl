# Vault config
storage "file" {
  path = "/var/lib/vault"
}
listener "tcp" {
  address     = "127.0.0.1:8200"
  tls_disable = true
}
ui = true
max_lease_ttl = "768h"
