#!/usr/bin/env bash
# Before the browser tests: Debian's Chromium and the colour emoji font (avatars are emoji) must be
# installed. Installs them with apt when they are missing and this is root on Debian; otherwise
# stops at once with the exact command to run, rather than letting every browser test fail.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-color-emoji 2>/dev/null | grep -q 'install ok installed' || missing+=(fonts-noto-color-emoji)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ -n "${CHROMIUM_PATH:-}" ] && [[ " ${missing[*]} " == *" chromium "* ]]; then
  echo "browser tests: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file; point it at a Chromium, or unset it to use Debian's /usr/bin/chromium" >&2
  exit 1
fi

command="apt-get update && apt-get install -y ${missing[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "browser tests: ${missing[*]} missing. Install with:" >&2
  if command -v apt-get >/dev/null 2>&1; then
    echo "  sudo sh -c '$command'" >&2
  else
    echo "  $command   (on Debian; elsewhere install a Chromium and set CHROMIUM_PATH, and a colour emoji font)" >&2
  fi
  exit 1
fi

echo "browser tests: installing ${missing[*]} from Debian"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
[ -x "$chromium" ] || { echo "browser tests: $chromium is still missing after apt-get install chromium" >&2; exit 1; }
echo "browser tests: ${missing[*]} installed"
