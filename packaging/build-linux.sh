#!/usr/bin/env bash
# Build the one-folder Linux app into packaging/dist/rmos-desktop/ from a clean checkout, then self-test it.
# PyInstaller lives in a throwaway venv under packaging/build/, never in the app's own dependencies.
# Needs only uv (and the network or uv's cache for the locked wheels). Optional environment:
#   DIST_DIR / BUILD_DIR    where the app / the build venv and PyInstaller's work files go
#   PYINSTALLER_VERSION     the PyInstaller release to build with
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER_VERSION="${PYINSTALLER_VERSION:-6.22.3}"
work="${BUILD_DIR:-packaging/build}"
dist="${DIST_DIR:-packaging/dist}"
venv="$work/venv"
start=$(date +%s)

rm -rf "$work" "$dist"
mkdir -p "$work"
uv venv --quiet --python "$(uv python find)" "$venv"
# Exactly the locked runtime dependencies (with their hashes), then the build tool.
uv export --quiet --frozen --no-dev --no-emit-project --format requirements-txt >"$work/requirements.txt"
uv pip install --quiet --python "$venv/bin/python" -r "$work/requirements.txt"
uv pip install --quiet --python "$venv/bin/python" "pyinstaller==$PYINSTALLER_VERSION"

"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work/pyinstaller" packaging/rmos-desktop.spec
ln -s rmos-desktop "$dist/rmos-desktop/rmos"  # the launcher runs the CLI when started by this name

app="$dist/rmos-desktop"
echo "built $app: $(du -sh "$app" | cut -f1), $(find "$app" -type f | wc -l) files, $(($(date +%s) - start)) s"
# The self-test must not write into the builder's own folders.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
XDG_STATE_HOME="$scratch/state" XDG_CACHE_HOME="$scratch/cache" XDG_CONFIG_HOME="$scratch/config" \
  XDG_DATA_HOME="$scratch/data" "$app/rmos-desktop" --self-test
"$app/rmos" catalog >/dev/null
