"""A run whose `end` step is still running answers 409, never 500, then 200 once it is done.

While `end` runs, `Run.data` is not None: it is an empty MetaflowData, and reading an
artifact from it raises AttributeError. The flow's `end` blocks until this test creates
a file, so the test holds the run inside that window for as long as it needs.
"""

import asyncio
import time

from fastapi.testclient import TestClient

from app import Settings, app, get_settings
from conftest import EXAMPLE_DIR, SESSION_DIR

GATED_FLOW = EXAMPLE_DIR / "tests" / "fixtures" / "gated_score_flow.py"


async def wait_for(condition, what, limit=240.0):
    """Poll `condition` until it returns a true value; fail (not hang) after `limit` s."""
    deadline = time.monotonic() + limit
    while True:
        value = condition()
        if value:
            return value
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        await asyncio.sleep(0.2)


# #region window
async def hold_end_and_query(client, gate):
    from metaflow import Run, Runner, namespace

    namespace("user:tester")  # earlier tests may have left another namespace set
    async with Runner(
        str(GATED_FLOW), show_output=False, pylint=False, cwd=str(SESSION_DIR / "work")
    ) as runner:
        running = await runner.async_run(gate=str(gate), threshold=0.5)
        pathspec, run_id = running.run.pathspec, running.run.id
        try:
            # The `end` task exists once it has started; the gate keeps it running.
            await wait_for(lambda: Run(pathspec).end_task is not None, "the end task to start")
            in_end = Run(pathspec)
            assert not in_end.finished and not in_end.successful
            assert in_end.data is not None  # no longer None ...
            assert not hasattr(in_end.data, "scores")  # ... but no artifacts yet: the window
            during = client.get(f"/runs/{run_id}")
        finally:
            gate.touch()  # let `end` finish, whatever happened above
        await running.wait(timeout=240)
        assert running.status == "successful", running.stderr
        after = client.get(f"/runs/{run_id}")
    return run_id, during, after
# #endregion window


def test_run_inside_its_end_step_is_a_409_then_a_200():
    gate = SESSION_DIR / "gate-open"
    app.dependency_overrides[get_settings] = lambda: Settings(
        flow_name="GatedScoreFlow", namespace="user:tester", deployment="scoreflow"
    )
    try:
        with TestClient(app, raise_server_exceptions=False) as client:
            run_id, during, after = asyncio.run(hold_end_and_query(client, gate))
    finally:
        app.dependency_overrides.clear()

    assert during.status_code == 409, during.text
    assert during.json()["detail"] == (
        f"Run GatedScoreFlow/{run_id} is still running: its results are available "
        "once its end step has finished."
    )
    assert after.status_code == 200, after.text
    assert after.json()["flagged"] == ["order-002"]
    assert after.json()["scores"] == {"order-001": 0.25, "order-002": 0.8}
