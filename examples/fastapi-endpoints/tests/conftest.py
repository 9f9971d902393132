"""Isolate Metaflow for the test session and make real local runs of ScoreFlow.

Metaflow reads its configuration when it is first imported, so the environment is set
here, at import time, before any test module imports app.py (and with it, metaflow).
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

EXAMPLE_DIR = Path(__file__).resolve().parent.parent
FLOW_FILE = EXAMPLE_DIR / "flow.py"

_SESSION_DIR = Path(tempfile.mkdtemp(prefix="mf-fastapi-endpoints-"))
SESSION_DIR = _SESSION_DIR  # for tests that start their own runs
os.environ.update(
    {
        "METAFLOW_DEFAULT_METADATA": "local",
        "METAFLOW_DEFAULT_DATASTORE": "local",
        "METAFLOW_DATASTORE_SYSROOT_LOCAL": str(_SESSION_DIR / "datastore"),
        "METAFLOW_HOME": str(_SESSION_DIR / "home"),
        "METAFLOW_USER": "tester",
    }
)
for name in ("SCORE_API_FLOW", "SCORE_API_NAMESPACE", "SCORE_API_DEPLOYMENT"):
    os.environ.pop(name, None)
(_SESSION_DIR / "datastore").mkdir()
(_SESSION_DIR / "home").mkdir()
(_SESSION_DIR / "work").mkdir()

sys.path.insert(0, str(EXAMPLE_DIR))


# #region real-runs
def run_score_flow(**params):
    """Run flow.py locally (a real run) and return (status, Run)."""
    from metaflow import Runner

    with Runner(
        str(FLOW_FILE), show_output=False, pylint=False, cwd=str(_SESSION_DIR / "work")
    ).run(**params) as running:
        return running.status, running.run


@pytest.fixture(scope="session")
def local_runs():
    """Three real runs, oldest first: two that succeed and one that fails in `start`."""
    first = run_score_flow(threshold=0.5)
    second = run_score_flow(threshold=0.75)
    failed = run_score_flow(threshold=1.5)
    return {"first": first, "second": second, "failed": failed}
# #endregion real-runs


@pytest.fixture(scope="session", autouse=True)
def _remove_session_dir():
    yield
    shutil.rmtree(_SESSION_DIR, ignore_errors=True)
