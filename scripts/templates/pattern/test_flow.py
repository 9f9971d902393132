from pathlib import Path

from metaflow import Runner

FLOW = Path(__file__).resolve().parent.parent / "flow.py"


def test_flow_runs_and_sums(tmp_path):
    with Runner(str(FLOW), show_output=False, pylint=False, cwd=str(tmp_path)).run(size=4) as running:
        # Runner.run() does not raise when the flow fails: assert on the status.
        assert running.status == "successful"
        assert running.run.data.total == 6
