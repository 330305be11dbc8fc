#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into an EMPTY database (create it first:
# createdb -O pestor pestor_restored) and, with the disk driver, into STORAGE_DIR.
#   DATABASE_URL=... STORAGE_DIR=... deploy/restore.sh /var/backups/pestor/2026-03-02
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL must be set}"
in="${1:?usage: restore.sh BACKUP_DIR}"
( cd "$in" && sha256sum --check --quiet SHA256SUMS )
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$DATABASE_URL" "$in/database.dump"
if [ -f "$in/files.tar.gz" ] && [ -z "${S3_BUCKET:-}" ]; then
  storage="${STORAGE_DIR:-.data/storage}"
  mkdir -p "$storage"
  tar -C "$storage" -xzf "$in/files.tar.gz"
fi
echo "restored from $in"
