#!/usr/bin/env bash
# Proves that sop-model builds with no framework installed: its sources are compiled in a scratch folder whose
# node_modules holds only its declared dependency (zod) and the compiler.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$here/../.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp -r "$here/src" "$scratch/src"
cp "$root/tsconfig.base.json" "$scratch/tsconfig.base.json"
sed 's#../../tsconfig.base.json#./tsconfig.base.json#' "$here/tsconfig.lib.json" > "$scratch/tsconfig.json"
mkdir -p "$scratch/node_modules"
ln -s "$root/node_modules/zod" "$scratch/node_modules/zod"
(cd "$scratch" && node "$root/node_modules/typescript/bin/tsc" -p tsconfig.json --outDir out)
echo "sop-model builds in isolation (only zod installed)"
