"""Execute notebook.ipynb headless and check that resume cloned `start` instead of re-running it."""

import ast
import random
import re

import nbformat
import pytest
from nbclient import NotebookClient

FLOW_NAME = "SalesReportFlow"
CELL_IDS = ["intro", "flow-cell", "failed-md", "failed-cell", "fix-md", "fix-cell", "inspect-md", "inspect-cell"]


def cell(nb, cell_id):
    return next(c for c in nb.cells if c.get("id") == cell_id)


def stream_text(code_cell):
    return "".join(o.get("text", "") for o in code_cell.outputs if o.output_type == "stream")


# #region execute
@pytest.fixture(scope="module")
def executed(example_dir, tmp_path_factory):
    """Run every cell in a fresh python3 kernel, in a scratch directory.

    The kernel inherits the METAFLOW_* variables set in conftest.py, and NBRunner
    writes its temporary flow files to the kernel's working directory.
    """
    nb = nbformat.read(example_dir / "notebook.ipynb", as_version=4)
    workdir = tmp_path_factory.mktemp("notebook")
    NotebookClient(
        nb, kernel_name="python3", timeout=600, resources={"metadata": {"path": str(workdir)}}
    ).execute()
    failed_id = re.search(r"^run (\d+) successful: False$", stream_text(cell(nb, "failed-cell")), re.M).group(1)
    resumed_id = re.search(r"^resumed run (\d+) successful: True$", stream_text(cell(nb, "inspect-cell")), re.M).group(1)
    return nb, workdir, failed_id, resumed_id
# #endregion execute


def test_notebook_format(example_dir):
    nb = nbformat.read(example_dir / "notebook.ipynb", as_version=4)
    nbformat.validate(nb)
    assert (nb.nbformat, nb.nbformat_minor) == (4, 5)
    assert [c.id for c in nb.cells] == CELL_IDS
    for c in nb.cells:
        if c.cell_type == "code":
            assert c.outputs == [] and c.execution_count is None, "commit the notebook without outputs"


def test_flow_cells_follow_nbrunner_rules(example_dir):
    nb = nbformat.read(example_dir / "notebook.ipynb", as_version=4)
    for cell_id in ["flow-cell", "fix-cell"]:
        source = cell(nb, cell_id).source
        tree = ast.parse(source)
        classes = [n for n in tree.body if isinstance(n, ast.ClassDef)]
        assert [c.name for c in classes] == [FLOW_NAME]  # same name in both cells, or resume can't find the run
        assert [b.id for b in classes[0].bases] == ["FlowSpec"]  # the bare name, not metaflow.FlowSpec
        assert "__main__" not in source
        assert source.splitlines()[-1].split("=", 1)[1].strip().startswith(f"NBRunner({FLOW_NAME})")


def test_failed_run_did_not_raise(executed):
    nb, _, failed_id, _ = executed
    out = stream_text(cell(nb, "failed-cell"))
    assert "start      successful=True" in out
    assert "summarize  successful=False" in out
    assert "KeyError: 'north'" in out


def test_start_was_cloned_not_rerun(executed):
    from metaflow import Run

    nb, _, failed_id, resumed_id = executed
    failed = Run(f"{FLOW_NAME}/{failed_id}")
    resumed = Run(f"{FLOW_NAME}/{resumed_id}")
    assert not failed.successful and resumed.successful
    assert resumed.origin_pathspec == f"{FLOW_NAME}/{failed_id}"

    original_start = failed["start"].task
    start = resumed["start"].task
    assert start.origin_pathspec == f"{FLOW_NAME}/{failed_id}/start/{original_start.id}"
    # start's artifacts were copied from the failed run: it did not run again
    assert start.data.prepared_in_run == failed_id
    assert start.data.orders == original_start.data.orders
    # summarize and end ran in the resumed run
    assert resumed["summarize"].task.origin_pathspec is None
    assert resumed["end"].task.origin_pathspec is None
    assert resumed.data.resumed_from == failed_id  # current.origin_run_id
    assert f"Cloning previously run task {failed_id}/start/{original_start.id}" in stream_text(cell(nb, "fix-cell"))


def test_result_is_correct(executed):
    from metaflow import Run

    _, _, _, resumed_id = executed
    resumed = Run(f"{FLOW_NAME}/{resumed_id}")
    rng = random.Random(42)
    expected = {}
    for _ in range(10000):
        region = rng.choice(["north", "south", "east", "west"])
        expected[region] = expected.get(region, 0) + round(rng.uniform(5, 500), 2)
    assert resumed.data.num_orders == 10000
    assert resumed.data.totals == {r: round(t, 2) for r, t in expected.items()}
    assert resumed.data.top_region == "west"


def test_inspect_cell_output(executed):
    nb, _, failed_id, _ = executed
    out = stream_text(cell(nb, "inspect-cell"))
    assert f"start      cloned from {FLOW_NAME}/{failed_id}/start/" in out
    assert "summarize  ran in this run" in out
    assert "top region: west" in out


def test_no_temporary_flow_files_left(executed):
    _, workdir, _, _ = executed
    assert not list(workdir.glob(f"{FLOW_NAME}*.py"))


def test_flow_py_matches_fix_cell(example_dir):
    """flow.py is the CLI form of the fixed notebook flow: the classes must not drift apart."""
    nb = nbformat.read(example_dir / "notebook.ipynb", as_version=4)

    def flow_class(source):
        tree = ast.parse(source)
        node = next(n for n in tree.body if isinstance(n, ast.ClassDef))
        return ast.dump(node)

    flow_py = (example_dir / "flow.py").read_text()
    assert flow_class(flow_py) == flow_class(cell(nb, "fix-cell").source)
    assert flow_class(flow_py) != flow_class(cell(nb, "flow-cell").source)
