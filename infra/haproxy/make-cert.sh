#!/bin/sh
# Makes the load balancer's TLS certificate if there is none: a self-signed
# certificate and its key in one PEM file, as HAProxy's `crt` reads it. An
# operator's certificate already in place is never touched; put yours there
# (certificate chain, then the key) and this does nothing.
#
# Run by the one-shot `tls-cert` service of docker-compose.yml before the load
# balancer starts, or by hand:  CERT_DIR=./certs sh infra/haproxy/make-cert.sh
#
# Environment (defaults in brackets):
#   CERT_DIR      [/certs]      where claimtrail.pem is looked for and made
#   TLS_HOSTNAME  [localhost]   the name clients use; localhost and 127.0.0.1 are added
#   TLS_DAYS      [825]         validity of a certificate made here
#   CERT_OWNER    [99:99]       owner of a new file (HAProxy's user in the haproxy image); empty: unchanged
set -eu

CERT_DIR=${CERT_DIR:-/certs}
TLS_HOSTNAME=${TLS_HOSTNAME:-localhost}
TLS_DAYS=${TLS_DAYS:-825}
CERT_OWNER=${CERT_OWNER-99:99}
PEM=$CERT_DIR/claimtrail.pem

if [ -s "$PEM" ]; then
  echo "make-cert: $PEM exists, left as it is"
  exit 0
fi
command -v openssl >/dev/null 2>&1 || { echo "make-cert: openssl not found" >&2; exit 1; }

mkdir -p "$CERT_DIR"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
umask 077
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -sha256 -nodes \
  -days "$TLS_DAYS" -subj "/CN=$TLS_HOSTNAME" \
  -addext "subjectAltName=DNS:$TLS_HOSTNAME,DNS:localhost,IP:127.0.0.1" \
  -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
cat "$work/cert.pem" "$work/key.pem" > "$work/claimtrail.pem"
# The key is readable by HAProxy's user only.
if [ -n "$CERT_OWNER" ]; then
  chown "$CERT_OWNER" "$work/claimtrail.pem"
fi
chmod 0400 "$work/claimtrail.pem"
mv "$work/claimtrail.pem" "$PEM"
echo "make-cert: made a self-signed certificate for $TLS_HOSTNAME in $PEM (SHA-256 fingerprint below)"
openssl x509 -in "$PEM" -noout -fingerprint -sha256
