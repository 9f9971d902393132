#!/usr/bin/env bash
# Runs every companion example's own pytest suite against real Metaflow, in .venv-examples,
# then the check that every Metaflow name in the articles exists in that Metaflow.
# Needs Python 3.11 and access to PyPI (first run only).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-examples
REQ=examples/requirements.txt
PY="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
# Reinstall only when the pinned requirements change.
STAMP="$VENV/.requirements.sha"
SUM=$(sha256sum "$REQ" | cut -d' ' -f1)
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$SUM" ]; then
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$REQ"
  echo "$SUM" > "$STAMP"
fi
if [ -x scripts/install-actionlint.sh ] || [ -f scripts/install-actionlint.sh ]; then
  bash scripts/install-actionlint.sh
fi
# `npm run record` needs the same environment but not the test run.
if [ -n "${SETUP_ONLY:-}" ]; then
  exit 0
fi
status=0
for dir in examples/*/; do
  [ -d "$dir/tests" ] || continue
  echo "== pytest $dir"
  (cd "$dir" && PATH="$HOME/.cache/metaflow-patterns/bin:$PATH" "../../$VENV/bin/python" -m pytest -q -p no:cacheprovider) || status=1
done
# Every Metaflow name the articles use must exist in the Metaflow installed above.
echo "== pytest tests/api-names/"
(cd tests/api-names && "../../$VENV/bin/python" -m pytest -q -p no:cacheprovider) || status=1
exit $status
