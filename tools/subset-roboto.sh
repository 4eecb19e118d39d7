#!/usr/bin/env bash
# Regenerates src/fonts/roboto-{basic,rest}.woff2 from @fontsource-variable/roboto's latin file (run
# after upgrading it; the results are committed, so builds never need this).
# Needs fontTools with brotli: `sudo apt-get install -y python3-fonttools python3-brotli`.
# One variable font limited to weights 400–700 (what the app draws: Material's 400 and 500, and a few
# 600 and 700) instead of a file per weight, then cut in two. The ranges must match
# src/fonts/roboto.scss: "basic" is what nearly every page draws, "rest" every other character of
# the latin file.
set -euo pipefail
cd "$(dirname "$0")/.."
BASIC='U+0020-007E,U+00A0-00FF,U+2013-2014,U+2018-2019,U+201C-201D,U+2022,U+2026,U+20AC,U+2212'
REST='U+0131,U+0152-0153,U+02BC,U+02C6,U+02DA,U+02DC,U+0300-0301,U+0303,U+0309,U+0323,U+2002,U+2009,U+200B,U+201A,U+201E,U+2032-2033,U+2039-203A,U+2044,U+2122,U+FEFF,U+FFFD'
PYTHON=$(command -v /usr/bin/python3 || command -v python3)
source="node_modules/@fontsource-variable/roboto/files/roboto-latin-wght-normal.woff2"
limited=$(mktemp --suffix=.woff2)
trap 'rm -f "$limited"' EXIT
"$PYTHON" -m fontTools.varLib.instancer "$source" wght=400:700 --output="$limited"
for part in basic rest; do
  ranges=$BASIC
  [ "$part" = rest ] && ranges=$REST
  # Hinting and every OpenType feature (kerning, ligatures) are kept: clinic PCs draw small text at 96 dpi.
  "$PYTHON" -m fontTools.subset "$limited" --unicodes="$ranges" --layout-features='*' --flavor=woff2 --output-file="src/fonts/roboto-${part}.woff2"
done
ls -l src/fonts/*.woff2
