#!/bin/sh
# Makes sure the C development files Warta builds against are installed: ICU (libicu-dev),
# libxml2 (libxml2-dev, for reading HTML pages) and zlib (zlib1g-dev, for .warc.gz), listed with
# pkg-config in scripts/system-packages.txt. Installs the missing ones when possible, otherwise
# says exactly what to run. Used by the README's commands and CI (the name is historical).
set -e
list="$(dirname "$0")/system-packages.txt"
missing=""
while IFS="$(printf '\t')" read -r package module; do
    case "$package" in ''|'#'*) continue ;; esac
    if [ "$module" = pkg-config ]; then
        command -v pkg-config >/dev/null 2>&1 || missing="$missing $package"
    elif ! { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists "$module"; }; then
        missing="$missing $package"
    fi
done < "$list"
[ -z "$missing" ] && exit 0
echo "warta: development files missing:$missing; installing them..." >&2
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=sudo; else
        echo "warta: cannot install without root. Run: sudo apt-get install -y$missing" >&2
        exit 1
    fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "warta: no apt-get here. Install the development packages of ICU, libxml2 and zlib (Debian:$missing) and pkg-config." >&2
    exit 1
fi
${SUDO:-} apt-get update -qq >/dev/null
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive ${SUDO:-} apt-get install -y -qq $missing >/dev/null
echo "warta: installed$missing." >&2
