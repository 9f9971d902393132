#!/usr/bin/env bash
# Install actionlint (the GitHub Actions workflow linter) into a cache directory.
#
#   bash scripts/install-actionlint.sh
#
# - Builds it with `go install` from the Go module proxy; no prebuilt binary is downloaded.
# - Idempotent: does nothing when the pinned version is already installed.
# - Exits 0 without installing when `go` is not available, so CI does not break on
#   machines without Go (the actionlint tests then skip with a clear message).
#
# Override the location with ACTIONLINT_BIN_DIR; the tests look in the same place.
set -euo pipefail

ACTIONLINT_VERSION="${ACTIONLINT_VERSION:-v1.7.12}"
BIN_DIR="${ACTIONLINT_BIN_DIR:-$HOME/.cache/metaflow-patterns/bin}"
BIN="$BIN_DIR/actionlint"

if [ -x "$BIN" ] && "$BIN" -version 2>/dev/null | head -n 1 | grep -qx "${ACTIONLINT_VERSION}"; then
  echo "actionlint ${ACTIONLINT_VERSION} already installed at $BIN"
  exit 0
fi

if ! command -v go >/dev/null 2>&1; then
  echo "go not found: skipping actionlint install (the actionlint tests will be skipped)"
  exit 0
fi

mkdir -p "$BIN_DIR"
GOBIN="$BIN_DIR" go install "github.com/rhysd/actionlint/cmd/actionlint@${ACTIONLINT_VERSION}"
echo "actionlint ${ACTIONLINT_VERSION} installed at $BIN"
