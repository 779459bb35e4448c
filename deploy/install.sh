#!/usr/bin/env bash
# Installs EventWire as a systemd service:
#   PREFIX/bin/eventwire                       the binary (a release build, Swift runtime linked statically)
#   PREFIX/bin/<Package>_<Target>.resources/   its SwiftPM resource bundles (the extraction dictionaries):
#                                              Bundle.module looks for them next to the binary
#   PREFIX/share/doc/eventwire/README.md       the unit's Documentation=
#   /etc/systemd/system/eventwire.service      the unit (ExecStart= follows --prefix)
#   /etc/eventwire/eventwire.toml              the configuration, never overwritten: when a different one
#                                              is there, the new default goes to eventwire.toml.dist
# then `systemctl daemon-reload` when systemd runs this machine. Running it again is safe.
# It does not enable or start the service; it prints how.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: deploy/install.sh [--prefix DIR] [--destdir DIR] [--no-build] [--bin-dir DIR]

  --prefix DIR   where the binary goes: DIR/bin (default /usr/local); the unit's ExecStart= follows
  --destdir DIR  stage everything under DIR (for packagers and tests); no daemon-reload then
  --no-build     use the existing release build (swift build -c release --show-bin-path)
  --bin-dir DIR  install the eventwire binary and resource bundles found in DIR (implies --no-build)
  -h, --help     this text
EOF
}

say() { printf 'install: %s\n' "$*"; }
die() { printf 'install: error: %s\n' "$*" >&2; exit 1; }

prefix=/usr/local
destdir=""
build=1
bin_dir=""
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || die "--prefix needs a directory"; prefix="$2"; shift 2 ;;
        --prefix=*) prefix="${1#*=}"; shift ;;
        --destdir) [ $# -ge 2 ] || die "--destdir needs a directory"; destdir="$2"; shift 2 ;;
        --destdir=*) destdir="${1#*=}"; shift ;;
        --no-build) build=0; shift ;;
        --bin-dir) [ $# -ge 2 ] || die "--bin-dir needs a directory"; bin_dir="$2"; build=0; shift 2 ;;
        --bin-dir=*) bin_dir="${1#*=}"; build=0; shift ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
done
case "$prefix" in /*) ;; *) die "--prefix must be an absolute path, not '$prefix'" ;; esac
prefix="${prefix%/}"
[ -n "$prefix" ] || die "--prefix must not be /"
if [ -n "$destdir" ]; then
    mkdir -p "$destdir"
    destdir="$(cd "$destdir" && pwd)"
    [ "$destdir" != / ] || destdir=""
fi

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
unit_src="$repo/deploy/eventwire.service"
config_src="$repo/deploy/eventwire.toml"
[ -f "$unit_src" ] || die "missing $unit_src"
[ -f "$config_src" ] || die "missing $config_src (the default configuration)"

if [ -z "$destdir" ] && [ "$(id -u)" -ne 0 ]; then
    die "installing into / needs root: run it with sudo, or stage it with --destdir DIR"
fi

# --- the binary ----------------------------------------------------------------------------------------
if [ "$build" -eq 1 ]; then
    say "building a release binary (swift build -c release --static-swift-stdlib; the first build takes minutes)"
    (cd "$repo" && swift build -c release --static-swift-stdlib --product eventwire)
fi
if [ -z "$bin_dir" ]; then
    bin_dir="$(cd "$repo" && swift build -c release --show-bin-path)"
fi
bin_src="$bin_dir/eventwire"
[ -x "$bin_src" ] && [ -f "$bin_src" ] ||
    die "no eventwire binary in $bin_dir: build it (drop --no-build) or point --bin-dir at a build"

# The resource bundles this binary loads: SwiftPM's generated Bundle.module accessor names its bundle
# (<Package>_<Target>.resources) in the binary, so bundles of other products in the same bin dir are skipped.
bundles=()
for bundle in "$bin_dir"/*.resources; do
    [ -d "$bundle" ] || continue
    if grep -qaF "$(basename "$bundle")" "$bin_src"; then bundles+=("$bundle"); fi
done
[ "${#bundles[@]}" -gt 0 ] ||
    die "no resource bundle for eventwire in $bin_dir (expected EventWire_EventWireCore.resources next to it)"

bin_dest="$destdir$prefix/bin"
install -d -m 0755 "$bin_dest"
# Copy under a temporary name, then rename: replacing a running binary in place fails ("Text file busy").
install -m 0755 "$bin_src" "$bin_dest/.eventwire.new"
mv -f "$bin_dest/.eventwire.new" "$bin_dest/eventwire"
say "installed $bin_dest/eventwire"
for bundle in "${bundles[@]}"; do
    name="$(basename "$bundle")"
    rm -rf "$bin_dest/.$name.new"
    cp -R "$bundle" "$bin_dest/.$name.new"
    chmod -R u=rwX,go=rX "$bin_dest/.$name.new"
    rm -rf "$bin_dest/$name"
    mv "$bin_dest/.$name.new" "$bin_dest/$name"
    say "installed $bin_dest/$name/"
done

doc_dest="$destdir$prefix/share/doc/eventwire"
install -D -m 0644 "$repo/README.md" "$doc_dest/README.md"
say "installed $doc_dest/README.md"

# --- the unit --------------------------------------------------------------------------------------------
unit_dest="$destdir/etc/systemd/system/eventwire.service"
install -d -m 0755 "$(dirname "$unit_dest")"
sed -e "s|/usr/local/bin/eventwire|$prefix/bin/eventwire|g" \
    -e "s|/usr/local/share/doc/eventwire|$prefix/share/doc/eventwire|g" \
    "$unit_src" >"$unit_dest.new"
chmod 0644 "$unit_dest.new"
mv -f "$unit_dest.new" "$unit_dest"
say "installed $unit_dest"

# --- the configuration: an administrator's file is never overwritten (Debian conffile manners) --------------
config_dir="$destdir/etc/eventwire"
config_dest="$config_dir/eventwire.toml"
install -d -m 0755 "$config_dir"
if [ ! -e "$config_dest" ]; then
    install -m 0644 "$config_src" "$config_dest"
    say "installed $config_dest"
    rm -f "$config_dest.dist"
elif cmp -s "$config_src" "$config_dest"; then
    say "kept $config_dest (already the default)"
    rm -f "$config_dest.dist"
else
    install -m 0644 "$config_src" "$config_dest.dist"
    say "kept your $config_dest; the new default is $config_dest.dist (compare: diff -u $config_dest $config_dest.dist)"
fi

# --- a quick check, then systemd --------------------------------------------------------------------------
version="$("$bin_dest/eventwire" --version 2>&1)" || die "the installed binary does not run: $version"
say "eventwire $version works from $bin_dest"

if [ -n "$destdir" ]; then
    say "staged under $destdir: no systemctl daemon-reload"
elif [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    systemctl daemon-reload
    say "systemctl daemon-reload done; start it with: systemctl enable --now eventwire"
else
    say "systemd is not running here (a container?): skipped systemctl daemon-reload"
fi
