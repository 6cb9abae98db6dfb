#!/usr/bin/env bash
# Install the Debian packages refusal needs to build and test.
# usage: scripts/install-deps.sh [--check] [--with-browser]
#   --check         only report whether everything is installed (exit 1 if not)
#   --with-browser  also install chromium (for the HTML report tests)
set -euo pipefail
pkgs=(build-essential cmake pkg-config clang libclang-rt-14-dev
      libcurl4-openssl-dev libsqlite3-dev libjansson-dev libutf8proc-dev
      curl jq sqlite3 python3 pmccabe
      nghttp2-proxy openssl)  # the last two: the HTTP/2 test (nghttpx in front of the fake server)
check=0
for a in "$@"; do
  case "$a" in
    --check) check=1 ;;
    --with-browser) pkgs+=(chromium) ;;
    *) echo "usage: $0 [--check] [--with-browser]" >&2; exit 2 ;;
  esac
done
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  [ $check -eq 1 ] && echo "all build dependencies installed"
  exit 0
fi
if [ $check -eq 1 ]; then
  echo "missing: ${missing[*]}"
  exit 1
fi
SUDO=
[ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
