#!/usr/bin/env bash
# Loads unld's pages in headless Chromium (Debian's `chromium`), saves each page's DOM after its scripts ran
# (NAME.html) and a screenshot (NAME.png) into OUT, for a person to look at and for tests to check.
#
#   bench/screenshots.sh BASE_URL OUT NAME[@HEIGHT]=PATH [NAME[@HEIGHT]=PATH …]
#   bench/screenshots.sh http://localhost:3030 target/screenshots home=/ query='/query?example=02-agenda-items&run=1'
#
# Chromium runs without network access beyond the server (no background networking, sync or updates), in a
# throw-away profile; --virtual-time-budget lets the query page's script fetch and show its results. The window is
# 1280 pixels wide and 1400 high, or HEIGHT high (a long page seen whole: Chromium's screenshot does not scroll).
set -euo pipefail

if [ $# -lt 3 ]; then
  echo "usage: $0 BASE_URL OUT NAME=PATH [NAME=PATH …]" >&2
  exit 2
fi
base=${1%/}
out=$2
shift 2

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium is not installed: apt-get install chromium (see .ci/run)" >&2
  exit 3
fi

mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
       --disable-sync --no-first-run --disable-default-apps --disable-extensions --hide-scrollbars
       --user-data-dir="$profile" --virtual-time-budget=5000)

for page in "$@"; do
  name=${page%%=*}
  path=${page#*=}
  height=1400
  if [[ $name == *@* ]]; then
    height=${name#*@}
    name=${name%@*}
  fi
  url="$base$path"
  rm -f "$out/$name.png"
  # One run writes both: the DOM on stdout, the picture into the file.
  "$browser" "${flags[@]}" --window-size=1280,"$height" --screenshot="$out/$name.png" --dump-dom "$url" \
    > "$out/$name.html" 2> "$out/$name.log"
  if [ ! -s "$out/$name.png" ] || [ ! -s "$out/$name.html" ]; then
    echo "chromium could not load $url (see $out/$name.log)" >&2
    exit 1
  fi
  echo "$name: $url -> $out/$name.png"
done
