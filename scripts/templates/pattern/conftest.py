"""Isolate Metaflow for the test session: throwaway local metadata and datastore, a non-root user."""
import os
import shutil
import tempfile
from pathlib import Path

_TMP = Path(tempfile.mkdtemp(prefix="__SLUG__-tests-"))
os.environ.update(
    {
        "METAFLOW_USER": "tester",
        "METAFLOW_DEFAULT_METADATA": "local",
        "METAFLOW_DEFAULT_DATASTORE": "local",
        "METAFLOW_DATASTORE_SYSROOT_LOCAL": str(_TMP / "datastore"),
        "METAFLOW_HOME": str(_TMP / "home"),
    }
)


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_TMP, ignore_errors=True)
