"""When each Metaflow feature the site dates first shipped.

Source of every entry: the release tags of github.com/Netflix/metaflow (the same tags as the
releases on PyPI). For each entry the release tags from 2.10.0 on were searched in version
order with `git grep -E <pattern> <tag> -- metaflow`, and the first tag whose tree matches is
the version below (none of these features exists before 2.12); where a signature changed, the two neighbouring tags were compared with
`git show <tag>:<file>`. The pattern is given with each entry so the search can be repeated.
`check` proves that the feature is in the installed Metaflow, so a renamed feature fails.
"""

import inspect

from metaflow_api import import_path

ARGO_RUN = "metaflow.plugins.argo.argo_workflows_deployer_objects.ArgoWorkflowsTriggeredRun"

VERSIONS = [
    {
        "names": ["Runner", "NBRunner"],
        "version": "2.12.0",
        "what": "the Runner API (metaflow/runner/metaflow_runner.py, nbrun.py)",
        "pattern": r"class Runner\b",
        "check": lambda: import_path("metaflow.Runner") and import_path("metaflow.NBRunner"),
    },
    {
        "names": ["Deployer"],
        "version": "2.12.9",
        "what": "the Deployer API (metaflow/runner/deployer.py)",
        "pattern": r"class Deployer\b",
        "check": lambda: import_path("metaflow.Deployer"),
    },
    {
        "names": ["wait_for_run"],
        "version": "2.12.14",
        "what": "TriggeredRun.wait_for_run (first as wait_for_run(self, timeout=None))",
        "pattern": r"def wait_for_run",
        "check": lambda: import_path("metaflow.runner.deployer.TriggeredRun.wait_for_run"),
    },
    {
        "names": ["base_dir"],
        "version": "2.12.26",
        "what": "NBRunner's base_dir defaults to os.getcwd() (before: tempfile.gettempdir())",
        "pattern": r"self.base_dir = base_dir if base_dir is not None else os.getcwd\(\)",
        "check": lambda: "base_dir" in inspect.signature(import_path("metaflow.NBRunner.__init__")).parameters,
    },
    {
        "names": ["DeployedFlow", "from_deployment"],
        "version": "2.12.29",
        "what": "from metaflow import DeployedFlow (metaflow/__init__.py) and DeployedFlow.from_deployment",
        "pattern": r"from .runner.deployer import DeployedFlow|def from_deployment",
        "check": lambda: import_path("metaflow.DeployedFlow.from_deployment"),
    },
    {
        "names": ["wait_for_completion"],
        "version": "2.13",
        "what": "ArgoWorkflowsTriggeredRun.wait_for_completion (first as wait_for_completion(self, timeout=None))",
        "pattern": r"def wait_for_completion",
        "check": lambda: import_path(ARGO_RUN + ".wait_for_completion"),
    },
    {
        "names": ["branch", "production"],
        "version": "2.13.4",
        "what": "@project(branch=..., production=...) set in the decorator (project_decorator.py)",
        "pattern": r'if "branch" in self._user_defined_attributes',
        "check": lambda: {"branch", "production"} <= set(
            import_path("metaflow.plugins.project_decorator.ProjectDecorator").defaults
        ),
    },
    {
        "names": ["check_interval"],
        "version": "2.15.5",
        "what": "the check_interval argument of wait_for_run and wait_for_completion",
        "pattern": r"def wait_for_run\(self, check_interval",
        "check": lambda: "check_interval" in inspect.signature(import_path(ARGO_RUN + ".wait_for_completion")).parameters
        and "check_interval" in inspect.signature(import_path("metaflow.runner.deployer.TriggeredRun.wait_for_run")).parameters,
    },
    {
        "names": ["list_deployed_flows"],
        "version": "2.16.5",
        "what": "DeployedFlow.list_deployed_flows",
        "pattern": r"def list_deployed_flows",
        "check": lambda: import_path("metaflow.DeployedFlow.list_deployed_flows"),
    },
    {
        "names": ["get_triggered_run"],
        "version": "2.16.7",
        "what": "DeployedFlow.get_triggered_run",
        "pattern": r"def get_triggered_run",
        "check": lambda: import_path("metaflow.DeployedFlow.get_triggered_run"),
    },
    {
        "names": ["spin"],
        "version": "2.19.0",
        "what": "the spin command and Runner.spin",
        "pattern": r"def spin\(",
        "check": lambda: import_path("metaflow.Runner.spin"),
    },
    {
        "names": ["workflow_template"],
        "version": "2.19.31",
        "what": "ArgoWorkflowsDeployedFlow.workflow_template",
        "pattern": r"def workflow_template",
        "check": lambda: import_path(
            "metaflow.plugins.argo.argo_workflows_deployer_objects.ArgoWorkflowsDeployedFlow.workflow_template"
        ),
    },
]


def parts(version):
    numbers = [int(p) for p in version.split(".")]
    return tuple(numbers + [0] * (3 - len(numbers)))


def same(a, b):
    """2.13 is the release 2.13.0, so "2.13+" and "2.13.0" are the same claim."""
    return parts(a) == parts(b)


def entries_for(words):
    return [e for e in VERSIONS if any(n in words for n in e["names"])]
