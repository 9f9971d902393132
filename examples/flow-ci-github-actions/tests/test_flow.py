"""Run flow.py end to end with the Runner API and check its artifacts."""

from conftest import FLOW
import pytest

from metaflow import Runner


# #region fixture
@pytest.fixture(scope="session")
def run(workdir):
    """One successful run of the flow, shared by every test in the session."""
    with Runner(str(FLOW), show_output=False, pylint=False, cwd=str(workdir)).run(
        n=4
    ) as running:
        # Runner.run() does not raise when the flow fails: check the status.
        assert running.status == "successful", running.stderr
        return running.run


def test_run_is_successful(run):
    assert run.successful
    assert run.finished


def test_artifacts(run):
    assert run.data.numbers == [1, 2, 3, 4]
    assert run.data.total == 1 + 4 + 9 + 16
    assert run["square"].task.data.squares == [1, 4, 9, 16]


# #endregion fixture


# #region failing
def test_failing_run_does_not_raise(workdir):
    # n=0 makes the start step raise ValueError, but run() still returns.
    with Runner(str(FLOW), show_output=False, pylint=False, cwd=str(workdir)).run(
        n=0
    ) as running:
        assert running.status == "failed"
        assert running.returncode != 0
        assert running.run.successful is False
        start_task = running.run["start"].task
    assert start_task.successful is False
    assert "n must be at least 1" in start_task.stderr


# #endregion failing


# #region branch
def test_project_branch(workdir):
    with Runner(
        str(FLOW),
        show_output=False,
        pylint=False,
        cwd=str(workdir),
        branch="feature_add_ci",
    ).run(n=2) as running:
        assert running.status == "successful", running.stderr
        tags = running.run.tags
    assert "project:flow_ci_demo" in tags
    assert "project_branch:test.feature_add_ci" in tags
    assert running.run.data.total == 5


# #endregion branch
