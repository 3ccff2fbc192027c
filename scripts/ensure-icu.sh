#!/bin/sh
# Makes sure ICU's C development files (Debian's libicu-dev) are installed; installs them when
# missing and possible, otherwise says exactly what to run. Used by the README's commands and CI.
set -e
have_icu() {
    [ -f /usr/include/unicode/ubrk.h ] || { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists icu-uc; }
}
if have_icu; then exit 0; fi
echo "warta: ICU development files (libicu-dev) are missing; installing them..." >&2
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=sudo; else
        echo "warta: cannot install libicu-dev without root. Run: sudo apt-get install -y libicu-dev pkg-config" >&2
        exit 1
    fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "warta: no apt-get here. Install ICU's development package (libicu-dev / libicu-devel / icu4c) and pkg-config." >&2
    exit 1
fi
${SUDO:-} apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive ${SUDO:-} apt-get install -y -qq libicu-dev pkg-config >/dev/null
have_icu || { echo "warta: libicu-dev installation failed" >&2; exit 1; }
echo "warta: libicu-dev installed." >&2
