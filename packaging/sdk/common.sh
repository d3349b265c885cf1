# shellcheck shell=bash
# Shared by packaging/sdk/prepare and packaging/sdk/run: where the build environment lives
# and whether this host can build natively.

sdk_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sdk_top=$(cd "$sdk_dir/../.." && pwd)
sdk_suite=trixie
sdk_mirror=${PSIRTDESK_SDK_MIRROR:-http://deb.debian.org/debian}
sdk_security_mirror=${PSIRTDESK_SDK_SECURITY_MIRROR:-http://deb.debian.org/debian-security}

sdk_packages() {
    grep -v -e '^#' -e '^[[:space:]]*$' "$sdk_dir/packages.txt"
}

# The root is keyed by the package list and the recipe version, so a changed list builds
# a fresh root and an unchanged one is reused. Bump sdk_recipe when prepare changes how a
# root is made.
sdk_recipe=2
sdk_key() {
    { cat "$sdk_dir/packages.txt"; echo "recipe $sdk_recipe $sdk_suite"; } | sha256sum | cut -c1-16
}

sdk_cache() {
    echo "${PSIRTDESK_SDK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/psirtdesk-sdk}"
}

sdk_root() {
    echo "$(sdk_cache)/$sdk_suite-$(sdk_key)"
}

# native: every package is installed on the host already.
# apt: the host's apt can install every package (a Debian 13 or recent Ubuntu host).
# chroot: neither; use a Debian 13 root.
sdk_mode() {
    if [ -n "${PSIRTDESK_SDK:-}" ]; then
        echo "$PSIRTDESK_SDK"
        return
    fi
    local missing
    missing=$(sdk_packages | while read -r p; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
    done)
    if [ -z "$missing" ]; then
        echo native
    elif command -v apt-cache >/dev/null && [ "$(id -u)" = 0 ] &&
        apt-cache policy libkf6syntaxhighlighting-dev libqca-qt6-dev 2>/dev/null |
        grep -q 'Candidate: [0-9]' &&
        ! apt-cache policy libkf6syntaxhighlighting-dev libqca-qt6-dev 2>/dev/null |
        grep -q 'Candidate: (none)'; then
        echo apt
    else
        echo chroot
    fi
}
