"""A throwaway S3 (moto on 127.0.0.1) and an isolated Metaflow for the test session.

Metaflow reads its configuration when it is first imported, so the environment
is set here, at import time, before any test module imports metaflow or reader.
Flows started by Runner inherit the same environment.
"""

import os
import shutil
import socket
import sys
import tempfile
from pathlib import Path

import pytest

EXAMPLE_DIR = Path(__file__).resolve().parent.parent
FLOW = EXAMPLE_DIR / "flow.py"
BUCKET = "patterns-test"
TABLE_ROOT = f"s3://{BUCKET}/tables/orders"  # the table the flow runs share

sys.path.insert(0, str(EXAMPLE_DIR))  # make reader.py importable


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PORT = _free_port()
ENDPOINT = f"http://127.0.0.1:{PORT}"
_TMP = Path(tempfile.mkdtemp(prefix="s3-hive-tests-"))

# #region env
os.environ.update(
    {
        # S3: a moto server instead of AWS, with dummy credentials
        "METAFLOW_S3_ENDPOINT_URL": ENDPOINT,
        "METAFLOW_DATATOOLS_S3ROOT": f"s3://{BUCKET}/mfdata",  # where S3(run=self) writes
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        # Metaflow: local metadata and datastore in a temp dir, a fixed user
        "METAFLOW_USER": "tester",
        "METAFLOW_DEFAULT_METADATA": "local",
        "METAFLOW_DEFAULT_DATASTORE": "local",
        "METAFLOW_DATASTORE_SYSROOT_LOCAL": str(_TMP / "datastore"),
        "METAFLOW_HOME": str(_TMP / "home"),
        "METAFLOW_TEMPDIR": str(_TMP),  # S3 client download dirs
    }
)
for _var in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL"):
    os.environ.pop(_var, None)
# #endregion env


# #region moto
@pytest.fixture(scope="session")
def s3_server():
    """A moto S3 server on a free loopback port with one empty bucket."""
    import boto3
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=PORT, verbose=False)
    server.start()
    boto3.client("s3", endpoint_url=ENDPOINT).create_bucket(Bucket=BUCKET)
    yield ENDPOINT
    server.stop()
# #endregion moto


@pytest.fixture(scope="session")
def workdir():
    """Flows run here, so no .metaflow folder lands in the repository."""
    path = _TMP / "work"
    path.mkdir(exist_ok=True)
    return path


def run_flow(workdir, dt):
    from metaflow import Runner  # imported after the environment above is set

    # #region runner
    with Runner(str(FLOW), show_output=False, pylint=False, cwd=str(workdir)).run(
        table_root=TABLE_ROOT, dt=dt
    ) as running:
        assert running.status == "successful", running.stderr
        return running.run
    # #endregion runner


@pytest.fixture(scope="session")
def runs(s3_server, workdir):
    """Two days, then the first day again (which must not write anything)."""
    first = run_flow(workdir, "2024-01-01")
    second = run_flow(workdir, "2024-01-02")
    rerun = run_flow(workdir, "2024-01-01")
    return first, second, rerun


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_TMP, ignore_errors=True)
