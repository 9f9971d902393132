"""Lint the GitHub Actions workflow with actionlint.

actionlint is a Go program; install it with scripts/install-actionlint.sh (site repo)
or `go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12`. The lint tests
skip when it is not installed; the content checks at the bottom always run.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import EXAMPLE_DIR

WORKFLOW = EXAMPLE_DIR / ".github" / "workflows" / "flow-ci.yml"
BROKEN_WORKFLOW = EXAMPLE_DIR / "tests" / "fixtures" / "broken-workflow.yml"


def find_actionlint():
    bin_dir = os.environ.get(
        "ACTIONLINT_BIN_DIR",
        str(Path.home() / ".cache" / "metaflow-patterns" / "bin"),
    )
    candidate = Path(bin_dir) / "actionlint"
    if candidate.is_file() and os.access(candidate, os.X_OK):
        return str(candidate)
    return shutil.which("actionlint")


@pytest.fixture(scope="module")
def actionlint():
    path = find_actionlint()
    if path is None:
        pytest.skip(
            "actionlint is not installed: run scripts/install-actionlint.sh "
            "or `go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12`"
        )
    return path


def lint(actionlint, workflow):
    return subprocess.run(
        [actionlint, "-no-color", str(workflow)],
        cwd=EXAMPLE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_workflow_passes_actionlint(actionlint):
    result = lint(actionlint, WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_rejects_a_broken_workflow(actionlint):
    result = lint(actionlint, BROKEN_WORKFLOW)
    assert result.returncode == 1, result.stdout + result.stderr
    assert 'unexpected key "run-on"' in result.stdout
    assert 'needs job "lint" which does not exist' in result.stdout


def test_workflow_runs_check_before_the_tests():
    text = WORKFLOW.read_text()
    assert "python flow.py --no-pylint check" in text
    assert text.index("--no-pylint check") < text.index("python -m pytest")
    assert "METAFLOW_USER: ci" in text
