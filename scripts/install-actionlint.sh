#!/usr/bin/env bash
# Install actionlint (the GitHub Actions workflow linter) into a cache directory.
#
#   bash scripts/install-actionlint.sh             # for the examples: skips without Go
#   bash scripts/install-actionlint.sh --require   # for the site's deploy workflow: fails without it
#
# - Builds it with `go install` from the Go module proxy; no prebuilt binary is downloaded.
# - Idempotent: does nothing when the pinned version is already installed.
# - Without `go` it exits 0 without installing, so the examples' actionlint tests skip with a clear
#   message; with --require it exits 1 instead, unless an actionlint is already on PATH, because the
#   site's own deploy workflow must always be linted.
#
# Override the location with ACTIONLINT_BIN_DIR; the tests look in the same place.
set -euo pipefail

ACTIONLINT_VERSION="${ACTIONLINT_VERSION:-v1.7.12}"
BIN_DIR="${ACTIONLINT_BIN_DIR:-$HOME/.cache/metaflow-patterns/bin}"
BIN="$BIN_DIR/actionlint"
REQUIRE=0
[ "${1:-}" = "--require" ] && REQUIRE=1

if [ -x "$BIN" ] && "$BIN" -version 2>/dev/null | head -n 1 | grep -qx "${ACTIONLINT_VERSION}"; then
  echo "actionlint ${ACTIONLINT_VERSION} already installed at $BIN"
  exit 0
fi

if ! command -v go >/dev/null 2>&1; then
  if [ "$REQUIRE" = 1 ]; then
    if command -v actionlint >/dev/null 2>&1; then
      echo "go not found; using $(command -v actionlint) ($(actionlint -version | head -n 1))"
      exit 0
    fi
    echo "actionlint is required to lint .github/workflows/deploy.yml, and go is not found to build it:" >&2
    echo "install Go (then rerun), or put actionlint ${ACTIONLINT_VERSION} on PATH." >&2
    exit 1
  fi
  echo "go not found: skipping actionlint install (the actionlint tests will be skipped)"
  exit 0
fi

mkdir -p "$BIN_DIR"
GOBIN="$BIN_DIR" go install "github.com/rhysd/actionlint/cmd/actionlint@${ACTIONLINT_VERSION}"
echo "actionlint ${ACTIONLINT_VERSION} installed at $BIN"
