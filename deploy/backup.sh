#!/usr/bin/env bash
# Backup of PES-TOR: the database (pg_dump, custom format) and, with the disk storage
# driver, the uploaded files. With S3_BUCKET set the files live in the bucket: keep its
# versioning and replication on (see README, Running in production) instead.
#   DATABASE_URL=... STORAGE_DIR=... deploy/backup.sh /var/backups/pestor/2026-03-02
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL must be set}"
out="${1:?usage: backup.sh OUTPUT_DIR}"
mkdir -p "$out"
pg_dump --format=custom --no-owner --no-privileges --file="$out/database.dump" "$DATABASE_URL"
if [ -z "${S3_BUCKET:-}" ]; then
  storage="${STORAGE_DIR:-.data/storage}"
  mkdir -p "$storage"
  tar -C "$storage" -czf "$out/files.tar.gz" .
fi
( cd "$out" && sha256sum ./* > SHA256SUMS )
echo "backup written to $out"
