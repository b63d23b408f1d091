#!/usr/bin/env bash
# Install the web app's pinned front-end assets (package.json / package-lock.json) and copy
# the files it loads into tessera/web/static/vendor/. No bundler, no CDN: the app works offline.
# The API docs page (/docs) loads Swagger UI from here too (swagger-ui-dist).
# Idempotent: running it again gives the same files. Called by `make install`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENDOR="$ROOT/tessera/web/static/vendor"
cd "$ROOT"

if ! command -v npm >/dev/null 2>&1; then
    echo "install-web-assets: npm is missing; install Node.js (Debian: apt-get install -y npm) and rerun" >&2
    exit 1
fi

# --ignore-scripts: these packages are data and browser files; nothing needs to run at install.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

rm -rf "$VENDOR.tmp"
mkdir -p "$VENDOR.tmp/leaflet/images" "$VENDOR.tmp/leaflet.markercluster" "$VENDOR.tmp/topojson-client" "$VENDOR.tmp/world-atlas" \
         "$VENDOR.tmp/swagger-ui"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css "$VENDOR.tmp/leaflet/"
cp node_modules/leaflet/dist/images/*.png "$VENDOR.tmp/leaflet/images/"
cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js \
   node_modules/leaflet.markercluster/dist/MarkerCluster.css \
   node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css "$VENDOR.tmp/leaflet.markercluster/"
cp node_modules/topojson-client/dist/topojson-client.min.js "$VENDOR.tmp/topojson-client/"
# 1:50m Natural Earth countries: detailed enough for the Sahel's borders at region zoom, 740 kB.
cp node_modules/world-atlas/countries-50m.json node_modules/world-atlas/LICENSE "$VENDOR.tmp/world-atlas/"
# Swagger UI for /docs: the bundle (with its standalone preset) and its styles, nothing else.
cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css "$VENDOR.tmp/swagger-ui/"
for package in leaflet leaflet.markercluster topojson-client swagger-ui-dist; do
    target="${package%-dist}"
    cp "node_modules/$package/LICENSE"* "$VENDOR.tmp/$target/" 2>/dev/null || true
done

rm -rf "$VENDOR"
mv "$VENDOR.tmp" "$VENDOR"
echo "install-web-assets: vendor files in ${VENDOR#"$ROOT"/}"
