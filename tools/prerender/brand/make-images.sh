#!/usr/bin/env bash
# Renders the share image and publisher logo into public/ with Debian's Chromium.
# Run by hand after changing the HTML beside this script; the PNGs are committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
public="$here/../../../public"
shot() {
  /usr/bin/chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --window-size="$2" --screenshot="$public/$3" "file://$here/$1" 2>/dev/null
}
shot og-default.html 1200,630 og-default.png
shot publisher-logo.html 600,60 publisher-logo.png
