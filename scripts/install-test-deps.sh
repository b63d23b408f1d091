#!/usr/bin/env bash
# System packages the browser tests need: Debian's chromium, driven by the Python `playwright`
# package (a dev dependency in pyproject.toml). Never `playwright install`: no browser downloads.
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
        echo "install-test-deps: chromium is missing and this user cannot apt-get; browser tests will skip" >&2
        exit 0
    fi
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
fi
echo "install-test-deps: $(command -v chromium)"
