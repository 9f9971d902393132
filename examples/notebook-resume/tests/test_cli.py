"""The command-line form: `python flow.py run`, then `python flow.py resume --origin-run-id ID`."""

import subprocess
import sys

FLOW_NAME = "SalesReportFlow"
FIXED_LINE = 'totals[order["region"]] = totals.get(order["region"], 0) + order["amount"]'
BUGGY_LINE = 'totals[order["region"]] += order["amount"]'


def metaflow(workdir, flow_file, *args):
    """Run `python <flow_file> --no-pylint <args>` in workdir (env from conftest.py)."""
    return subprocess.run(
        [sys.executable, flow_file, "--no-pylint", *args],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_resume_after_a_failed_run(workdir, example_dir):
    from metaflow import Run

    fixed = (example_dir / "flow.py").read_text()
    assert fixed.count(FIXED_LINE) == 1
    (workdir / "flow.py").write_text(fixed.replace(FIXED_LINE, BUGGY_LINE))

    failed = metaflow(workdir, "flow.py", "run", "--run-id-file", "run_id.txt")
    assert failed.returncode == 1, failed.stderr
    assert "KeyError: 'north'" in failed.stdout + failed.stderr
    failed_id = (workdir / "run_id.txt").read_text()
    original = Run(f"{FLOW_NAME}/{failed_id}")
    assert not original.successful
    assert original["start"].task.origin_pathspec is None  # an ordinary run's tasks have no origin
    assert original.origin_pathspec == f"{FLOW_NAME}/None"  # not None: the article warns about this

    (workdir / "flow.py").write_text(fixed)  # fix the bug, then resume
    resumed = metaflow(
        workdir, "flow.py", "resume", "--origin-run-id", failed_id, "--run-id-file", "resumed_id.txt"
    )
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    resumed_id = (workdir / "resumed_id.txt").read_text()
    assert f"Cloning previously run task {failed_id}/start/" in resumed.stdout + resumed.stderr

    run = Run(f"{FLOW_NAME}/{resumed_id}")
    assert run.successful
    assert run.origin_pathspec == f"{FLOW_NAME}/{failed_id}"
    assert run["start"].task.origin_pathspec.startswith(f"{FLOW_NAME}/{failed_id}/start/")
    assert run["start"].task.data.prepared_in_run == failed_id
    assert run["summarize"].task.origin_pathspec is None
    assert run.data.resumed_from == failed_id
    assert run.data.top_region == "west"
    assert round(sum(run.data.totals.values()), 2) == round(
        sum(o["amount"] for o in run["start"].task.data.orders), 2
    )


def test_resume_a_named_step_reuses_parameters_and_latest_run(workdir, example_dir):
    from metaflow import Run

    (workdir / "flow.py").write_text((example_dir / "flow.py").read_text())
    first = metaflow(workdir, "flow.py", "run", "--num_orders", "500", "--run-id-file", "run_id.txt")
    assert first.returncode == 0, first.stdout + first.stderr
    first_id = (workdir / "run_id.txt").read_text()

    # resume takes no flow parameters ...
    rejected = metaflow(workdir, "flow.py", "resume", "summarize", "--num_orders", "5")
    assert rejected.returncode == 2
    assert "no such option: --num_orders" in rejected.stderr

    # ... it reuses the origin's. With no --origin-run-id the origin is the latest `run`.
    again = metaflow(workdir, "flow.py", "resume", "summarize", "--run-id-file", "resumed_id.txt")
    assert again.returncode == 0, again.stdout + again.stderr
    run = Run(f"{FLOW_NAME}/{(workdir / 'resumed_id.txt').read_text()}")
    assert run.origin_pathspec == f"{FLOW_NAME}/{first_id}"
    assert run.data.num_orders == 500
    assert len(run["start"].task.data.orders) == 500
    assert run["start"].task.origin_pathspec.startswith(f"{FLOW_NAME}/{first_id}/start/")
    assert run["summarize"].task.origin_pathspec is None  # the step named on the command line ran again
