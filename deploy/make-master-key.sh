#!/usr/bin/env bash
# Prints a new master key for defender records: a Tink AEAD keyset (AES256-GCM) in Tink's JSON format, the
# same as Liaison's own generator writes (README, "Defender records"). Needs only bash, head and base64.
#
#   deploy/make-master-key.sh > master-key.json && chmod 600 master-key.json   # for LIAISON_MASTER_KEY_FILE
#   deploy/make-master-key.sh | base64 -w0                                      # for LIAISON_MASTER_KEY
#
# Keep it apart from the database's backups: with a backup and this key every defender record decrypts.
set -euo pipefail
id=$(( ($(od -An -N4 -tu4 /dev/urandom | tr -d ' ') % 2147483646) + 1 ))
# the AesGcmKey message: field 3 (key_value), 32 bytes
value=$({ printf '\032\040'; head -c 32 /dev/urandom; } | base64 -w0)
printf '{"primaryKeyId":%s,"key":[{"keyData":{"typeUrl":"type.googleapis.com/google.crypto.tink.AesGcmKey","value":"%s","keyMaterialType":"SYMMETRIC"},"status":"ENABLED","keyId":%s,"outputPrefixType":"TINK"}]}\n' \
  "$id" "$value" "$id"
