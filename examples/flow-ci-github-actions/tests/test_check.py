"""`python flow.py check` is the cheapest gate: it validates the graph without running anything."""

import os
import subprocess
import sys

from conftest import BROKEN_FLOW, FLOW


# #region check
def check(flow_file, cwd):
    return subprocess.run(
        [sys.executable, str(flow_file), "--no-pylint", "check"],
        cwd=cwd,
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_passes_on_the_flow(workdir):
    result = check(FLOW, workdir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The graph looks good!" in result.stdout + result.stderr


def test_check_fails_on_a_broken_graph(workdir):
    result = check(BROKEN_FLOW, workdir)
    assert result.returncode == 1
    assert "unknown step, missing_step" in result.stdout + result.stderr


# #endregion check
