"""Isolate Metaflow before anything imports it: the checker imports the installed package,
loads a tiny flow in-process and runs it with --help, none of which may read a developer's
configuration or write into the repository."""

import os
import shutil
import tempfile
from pathlib import Path

_TMP = Path(tempfile.mkdtemp(prefix="api-names-"))
(_TMP / "home").mkdir()
(_TMP / "work").mkdir()
(_TMP / "datastore" / ".metaflow").mkdir(parents=True)  # `card` commands look it up
os.environ.update(
    {
        "METAFLOW_HOME": str(_TMP / "home"),
        "METAFLOW_USER": "tester",
        "METAFLOW_DEFAULT_METADATA": "local",
        "METAFLOW_DEFAULT_DATASTORE": "local",
        "METAFLOW_DATASTORE_SYSROOT_LOCAL": str(_TMP / "datastore"),
        "API_NAMES_WORKDIR": str(_TMP / "work"),
    }
)
for _name in list(os.environ):
    if _name.startswith("METAFLOW_PROFILE"):
        os.environ.pop(_name)


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_TMP, ignore_errors=True)
