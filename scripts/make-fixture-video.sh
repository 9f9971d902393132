#!/usr/bin/env bash
# The test fixtures' self-hosted video (tests/fixtures/site/, utils/site-fixtures.ts): six seconds of ffmpeg's
# test pattern with a 440 Hz tone, VP8 and Vorbis in WebM (a key frame every half second, so seeking lands
# where asked), and a poster from its first frame. Generated, never committed; made again only when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=tests/fixtures/site/public/fixtures/video
if [ -s "$OUT/clip.webm" ] && [ -s "$OUT/poster.png" ]; then exit 0; fi
mkdir -p "$OUT"
ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "testsrc2=size=320x180:rate=24:duration=6" \
  -f lavfi -i "sine=frequency=440:sample_rate=48000:duration=6" \
  -c:v libvpx -b:v 300k -g 12 -c:a libvorbis -b:a 64k -shortest \
  -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
  "$OUT/clip.webm"
ffmpeg -hide_banner -loglevel error -y -i "$OUT/clip.webm" -frames:v 1 -update 1 "$OUT/poster.png"
echo "Generated $OUT/clip.webm ($(stat -c %s "$OUT/clip.webm") bytes) and its poster"
