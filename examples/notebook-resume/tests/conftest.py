"""Isolate Metaflow for the tests: local metadata and datastore in a temporary folder.

The variables are set when this file is imported, before any test imports
metaflow (Metaflow reads its configuration at import time). Subprocesses and the
notebook kernel inherit them.
"""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

_SESSION_DIR = Path(tempfile.mkdtemp(prefix="notebook-resume-tests-"))

METAFLOW_ENV = {
    "METAFLOW_DEFAULT_METADATA": "local",
    "METAFLOW_DEFAULT_DATASTORE": "local",
    "METAFLOW_DATASTORE_SYSROOT_LOCAL": str(_SESSION_DIR / "datastore"),
    "METAFLOW_HOME": str(_SESSION_DIR / "metaflow-home"),
    "METAFLOW_USER": "tester",
}
os.environ.update(METAFLOW_ENV)

EXAMPLE_DIR = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def _remove_session_dir():
    yield
    shutil.rmtree(_SESSION_DIR, ignore_errors=True)


@pytest.fixture
def workdir(tmp_path):
    """A fresh working directory for one test (flow files, run-id files)."""
    return tmp_path


@pytest.fixture(scope="session")
def example_dir():
    return EXAMPLE_DIR
