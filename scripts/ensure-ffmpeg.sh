#!/usr/bin/env bash
# The base-path browser tests play a self-hosted video clip that the test setup generates with ffmpeg
# (scripts/make-fixture-video.sh): Debian's ffmpeg, installed here when missing and we are root.
set -euo pipefail
if command -v ffmpeg >/dev/null; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's ffmpeg for the fixture video of the browser tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ffmpeg >/dev/null
  exit 0
fi
echo "ffmpeg is missing: install it with 'sudo apt-get install ffmpeg', then run npm test again." >&2
exit 1
