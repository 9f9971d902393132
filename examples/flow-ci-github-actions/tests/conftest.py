"""Isolate Metaflow for the test session.

The environment is set when this module is imported, before any test module
imports metaflow, so the Client API in the test process and every flow that
Runner starts use the same throwaway local metadata and datastore.
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

EXAMPLE_DIR = Path(__file__).resolve().parent.parent
FLOW = EXAMPLE_DIR / "flow.py"
BROKEN_FLOW = EXAMPLE_DIR / "tests" / "fixtures" / "broken_flow.py"

# Make ci/branch_name.py and deploy.py importable from the tests.
sys.path.insert(0, str(EXAMPLE_DIR))

# #region isolate
_TMP = Path(tempfile.mkdtemp(prefix="flow-ci-tests-"))
os.environ.update(
    {
        "METAFLOW_USER": "ci",  # "root" is rejected, so never rely on $USER in CI
        "METAFLOW_DEFAULT_METADATA": "local",
        "METAFLOW_DEFAULT_DATASTORE": "local",
        "METAFLOW_DATASTORE_SYSROOT_LOCAL": str(_TMP / "datastore"),
        "METAFLOW_HOME": str(_TMP / "home"),  # no config.json: only the settings above
    }
)
# #endregion isolate


@pytest.fixture(scope="session")
def workdir() -> Path:
    """A scratch directory to run flows in, so nothing is written into the repo."""
    path = _TMP / "work"
    path.mkdir(exist_ok=True)
    return path


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_TMP, ignore_errors=True)
