#!/usr/bin/env bash
# Bouwt de site en zet hem op een eigen webserver (rsync over SSH) of in object storage
# (S3-compatibel, met de AWS-CLI of rclone). Voor een gemeente-server of een hostingpakket
# zonder GitHub/GitLab Pages.
#
# Gebruik (in de hoofdmap van de repository):
#   PUBLICEER_NAAR=rsync RSYNC_DOEL=wijkwijzer@server.gemeente.nl:/var/www/beijum docs/ci/publiceer.sh
#   PUBLICEER_NAAR=s3 S3_BUCKET=s3://wijkwijzer-beijum S3_ENDPOINT=https://s3.example.nl docs/ci/publiceer.sh
#   PUBLICEER_NAAR=rclone RCLONE_DOEL=objectstore:wijkwijzer-beijum docs/ci/publiceer.sh
#
# Elke nacht opnieuw bouwen (crontab -e op de server, tijdzone Europe/Amsterdam):
#   17 0 * * * cd /srv/wijkwijzer-beijum && git pull --quiet && docs/ci/publiceer.sh >> publiceer.log 2>&1
set -euo pipefail
cd "$(dirname "$0")/../.."

export TZ="${TZ:-Europe/Amsterdam}"
doel="${PUBLICEER_NAAR:-}"
case "$doel" in
  rsync | s3 | rclone) ;;
  *)
    echo "Zet PUBLICEER_NAAR op rsync, s3 of rclone (zie de uitleg bovenin dit script)." >&2
    exit 2
    ;;
esac

npm ci --no-audit --no-fund
# `npm run build` controleert eerst de inhoud en stopt bij fouten: er komt nooit iets ongeldigs online.
npm run build

case "$doel" in
  rsync)
    : "${RSYNC_DOEL:?Zet RSYNC_DOEL, bijvoorbeeld gebruiker@server:/var/www/wijk}"
    # --delete haalt pagina's weg die niet meer bestaan; --checksum laat ongewijzigde bestanden staan.
    rsync --archive --compress --delete --checksum dist/ "$RSYNC_DOEL/"
    ;;
  s3)
    : "${S3_BUCKET:?Zet S3_BUCKET, bijvoorbeeld s3://wijkwijzer-beijum}"
    endpoint=()
    [ -n "${S3_ENDPOINT:-}" ] && endpoint=(--endpoint-url "$S3_ENDPOINT")
    # Pagina's en feeds kort in de cache (ze veranderen elke nacht), de rest (met hash in de naam) lang.
    aws s3 sync dist/ "$S3_BUCKET" --delete "${endpoint[@]}" --exclude '_astro/*' --cache-control 'public, max-age=300'
    aws s3 sync dist/_astro/ "$S3_BUCKET/_astro/" --delete "${endpoint[@]}" --cache-control 'public, max-age=31536000, immutable'
    ;;
  rclone)
    : "${RCLONE_DOEL:?Zet RCLONE_DOEL, bijvoorbeeld objectstore:wijkwijzer-beijum}"
    rclone sync dist/ "$RCLONE_DOEL" --checksum
    ;;
esac

echo "Gepubliceerd naar $doel."
