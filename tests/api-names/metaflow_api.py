"""What the installed Metaflow really has: classes, members, signatures, CLI options, settings.

Everything here is read from the installed package (introspection, `inspect.signature`,
the source of its classes, its click commands) or from the real `--help` output of a tiny
flow, never from a hand-kept list of Metaflow's API.
"""

import ast
import functools
import importlib
import inspect
import os
import re
import subprocess
import sys
import textwrap
import typing
from pathlib import Path

import metaflow

METAFLOW_DIR = Path(metaflow.__file__).parent
INSTALLED_VERSION = metaflow.metaflow_version.get_version()

# The public surface the site writes about, as import paths. Their subclasses count too
# (a `DeployedFlow` from `from_deployment` is an `ArgoWorkflowsDeployedFlow`), so members
# are looked up on the class and on every subclass loaded from these modules.
DOCUMENTED_CLASSES = [
    "metaflow.Flow", "metaflow.Run", "metaflow.Step", "metaflow.Task", "metaflow.DataArtifact",
    "metaflow.Metaflow", "metaflow.FlowSpec", "metaflow.Parameter",
    "metaflow.S3",
    "metaflow.Runner", "metaflow.NBRunner", "metaflow.Deployer", "metaflow.NBDeployer",
    "metaflow.DeployedFlow",
    "metaflow.client.core.MetaflowData",
    "metaflow.runner.metaflow_runner.ExecutingRun",
    "metaflow.runner.metaflow_runner.ExecutingTask",
    "metaflow.runner.deployer.TriggeredRun",
    "metaflow.runner.deployer_impl.DeployerImpl",
    "metaflow.plugins.datatools.s3.S3Object",
    "metaflow.plugins.datatools.s3.S3PutObject",
    "metaflow.plugins.datatools.s3.S3GetObject",
    "metaflow.plugins.datatools.s3.RangeInfo",
    "metaflow.integrations.ArgoEvent",
    "metaflow.plugins.cards.card_client.CardContainer",
]
# Modules whose import registers the orchestrator-specific subclasses above.
IMPLEMENTATION_MODULES = [
    "metaflow.plugins.argo.argo_workflows_deployer",
    "metaflow.plugins.argo.argo_workflows_deployer_objects",
    "metaflow.plugins.aws.step_functions.step_functions_deployer",
    "metaflow.plugins.aws.step_functions.step_functions_deployer_objects",
]
# Module-level functions the site calls by their bare name.
DOCUMENTED_FUNCTIONS = [
    "metaflow.namespace", "metaflow.get_namespace", "metaflow.default_namespace",
    "metaflow.metadata", "metaflow.get_metadata", "metaflow.default_metadata",
    "metaflow.cards.get_cards",
]

# Types that neither annotations nor signatures give. Each is checked to exist below
# (`check_type_hints`), so a wrong entry fails instead of hiding a name.
MEMBER_TYPES = {
    ("ExecutingRun", "run"): "Run",
    ("ExecutingTask", "task"): "Task",
    ("TriggeredRun", "run"): "Run",
    ("Deployer", "argo_workflows"): "ArgoWorkflowsDeployer",
    ("Deployer", "step_functions"): "StepFunctionsDeployer",
    ("NBDeployer", "argo_workflows"): "ArgoWorkflowsDeployer",
    ("ArgoWorkflowsDeployer", "create"): "ArgoWorkflowsDeployedFlow",
    ("StepFunctionsDeployer", "create"): "StepFunctionsDeployedFlow",
    ("NBRunner", "nbrun"): "Run",
    ("NBRunner", "nbresume"): "Run",
}
# Indexing and iterating the Client API's objects.
CHILD_TYPES = {"Metaflow": "Flow", "Flow": "Run", "Run": "Step", "Step": "Task", "Task": "DataArtifact"}

# `**kwargs` that Metaflow turns into command-line options: (class, method) -> command path.
# The keyword names are the click parameter names of that command, exactly what
# Metaflow's own click API accepts. "+params" also accepts flow Parameters.
KWARGS_TO_CLI = {
    ("Runner", "__init__"): ((), False),
    ("NBRunner", "__init__"): ((), False),
    ("Deployer", "__init__"): ((), False),
    ("NBDeployer", "__init__"): ((), False),
    ("Runner", "run"): (("run",), True),
    ("Runner", "async_run"): (("run",), True),
    ("Runner", "resume"): (("resume",), False),
    ("Runner", "async_resume"): (("resume",), False),
    ("Runner", "spin"): (("spin",), False),
    ("Runner", "async_spin"): (("spin",), False),
    ("NBRunner", "nbrun"): (("run",), True),
    ("NBRunner", "run"): (("run",), True),
    ("NBRunner", "async_run"): (("run",), True),
    ("NBRunner", "nbresume"): (("resume",), False),
    ("NBRunner", "resume"): (("resume",), False),
    ("NBRunner", "async_resume"): (("resume",), False),
    ("Deployer", "argo_workflows"): (("argo-workflows",), False),
    ("Deployer", "step_functions"): (("step-functions",), False),
    ("NBDeployer", "argo_workflows"): (("argo-workflows",), False),
    ("ArgoWorkflowsDeployer", "create"): (("argo-workflows", "create"), False),
    ("StepFunctionsDeployer", "create"): (("step-functions", "create"), False),
    ("ArgoWorkflowsDeployedFlow", "trigger"): (("argo-workflows", "trigger"), True),
    ("ArgoWorkflowsDeployedFlow", "delete"): (("argo-workflows", "delete"), False),
    ("StepFunctionsDeployedFlow", "trigger"): (("step-functions", "trigger"), True),
    ("StepFunctionsDeployedFlow", "delete"): (("step-functions", "delete"), False),
    ("ArgoWorkflowsTriggeredRun", "terminate"): (("argo-workflows", "terminate"), False),
    ("ArgoWorkflowsTriggeredRun", "suspend"): (("argo-workflows", "suspend"), False),
    ("ArgoWorkflowsTriggeredRun", "unsuspend"): (("argo-workflows", "unsuspend"), False),
    ("StepFunctionsTriggeredRun", "terminate"): (("step-functions", "terminate"), False),
}


def import_path(path):
    """The object at a dotted path: the longest importable module, then attributes."""
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:]:
            obj = getattr(obj, name)
        return obj
    raise ImportError(path)


@functools.lru_cache(maxsize=None)
def _load():
    for module in IMPLEMENTATION_MODULES:
        importlib.import_module(module)
    classes = {}
    for path in DOCUMENTED_CLASSES:
        cls = import_path(path)
        for c in [cls, *all_subclasses(cls)]:
            classes.setdefault(c.__name__, c)
    functions = {path.rpartition(".")[2]: import_path(path) for path in DOCUMENTED_FUNCTIONS}
    return classes, functions


def all_subclasses(cls):
    found = []
    for sub in cls.__subclasses__():
        if sub.__module__.startswith("metaflow"):
            found.append(sub)
            found.extend(all_subclasses(sub))
    return found


def documented_classes():
    return _load()[0]


def documented_functions():
    return _load()[1]


def family(cls):
    """The class and its Metaflow subclasses: where a member of `cls` may live."""
    return [cls, *all_subclasses(cls)]


@functools.lru_cache(maxsize=None)
def source_index():
    """Every class defined anywhere in the installed metaflow package: name -> module file."""
    index = {}
    for path in METAFLOW_DIR.rglob("*.py"):
        if "_vendor" in path.parts:
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                index.setdefault(node.name, str(path.relative_to(METAFLOW_DIR.parent)))
    return index


@functools.lru_cache(maxsize=None)
def instance_attributes(cls):
    """Names assigned as `self.<name> = ...` in the class's own source, and in its bases'."""
    names = set()
    for klass in cls.__mro__:
        if not klass.__module__.startswith("metaflow"):
            continue
        try:
            tree = ast.parse(textwrap.dedent(inspect.getsource(klass)))
        except (OSError, TypeError, SyntaxError, IndentationError):
            continue
        for node in ast.walk(tree):
            targets = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
                targets = [node.target]
            for t in targets:
                if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self":
                    names.add(t.attr)
    return frozenset(names)


def member(cls, name):
    """(owner class, the attribute or None for an instance attribute) or None if no class
    of the family has it. Instance attributes come from the source (`self.x = ...`)."""
    for klass in family(cls):
        if name in dir(klass):
            return klass, inspect.getattr_static(klass, name)
    for klass in family(cls):
        if name in instance_attributes(klass) or name in getattr(klass, "_fields", ()):
            return klass, None
    return None


@functools.lru_cache(maxsize=None)
def current_attributes():
    """Attributes of `metaflow.current`: its class's members, plus the names Metaflow sets
    with `current._update_env({...})` while a task runs (project and card fields, ...)."""
    names = set(dir(type(metaflow.current)))
    for path in METAFLOW_DIR.rglob("*.py"):
        if "_vendor" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if "_update_env(" not in text:
            continue
        for node in ast.walk(ast.parse(text)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "_update_env" and node.args
                    and isinstance(node.args[0], ast.Dict)):
                names.update(k.value for k in node.args[0].keys if isinstance(k, ast.Constant))
    return frozenset(names)


def unwrap(func):
    """The function a decorator hides: `__wrapped__`, or a closure cell with the same name
    (`S3.__init__` is wrapped by `check_s3_deps` without functools.wraps)."""
    seen = set()
    while id(func) not in seen:
        seen.add(id(func))
        if hasattr(func, "__wrapped__"):
            func = func.__wrapped__
            continue
        inner = [c.cell_contents for c in getattr(func, "__closure__", None) or ()
                 if inspect.isfunction(c.cell_contents)]
        same_name = [f for f in inner if f.__name__ == func.__name__]
        if same_name:
            func = same_name[0]
        elif len(inner) == 1 and str(inspect.signature(func)) == "(*args, **kwargs)":
            func = inner[0]
    return func


@functools.lru_cache(maxsize=None)
def kwargs_read_in_source(func):
    """Names a `**kwargs` function reads itself: kwargs.get("x"), kwargs["x"], kwargs.pop("x")."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(func)))
    except (OSError, TypeError, SyntaxError, IndentationError):
        return frozenset()
    names = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("get", "pop") and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "kwargs" and node.args and isinstance(node.args[0], ast.Constant)):
            names.add(node.args[0].value)
        if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)
                and node.value.id == "kwargs" and isinstance(node.slice, ast.Constant)):
            names.add(node.slice.value)
    return frozenset(names)


def signature(func):
    try:
        return inspect.signature(unwrap(func))
    except (TypeError, ValueError):
        return None


def resolve_annotation(annotation):
    """A class (or ('list', class)) from a return annotation, when it names a Metaflow class."""
    if annotation is inspect.Signature.empty or annotation is None:
        return None
    if isinstance(annotation, type):
        return annotation if annotation.__module__.startswith("metaflow") else None
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Union:
        for arg in args:
            if arg is not type(None):
                found = resolve_annotation(arg)
                if found is not None:
                    return found
        return None
    if origin is not None and args:
        inner = resolve_annotation(args[0])
        return ("list", inner) if isinstance(inner, type) else None
    text = annotation.__forward_arg__ if isinstance(annotation, typing.ForwardRef) else str(annotation)
    for name in reversed(re.findall(r"[A-Za-z_]\w*", text)):
        cls = documented_classes().get(name)
        if cls is not None:
            return cls
    return None


# -- the command line --------------------------------------------------------------------

TINY_FLOW = Path(__file__).with_name("tiny_flow.py")


@functools.lru_cache(maxsize=None)
def _cli_root():
    """The flow's click group, set up the way Metaflow's own click API sets it up."""
    from metaflow.cli import start
    from metaflow.runner.click_api import (
        add_decorator_options,
        config_options_with_config_input,
        extract_flow_class_from_file,
        flow_context,
    )

    flow_cls = extract_flow_class_from_file(str(TINY_FLOW))
    with flow_context(flow_cls):
        root, _ = config_options_with_config_input(start)
        root = add_decorator_options(root)
    return flow_cls, root


@functools.lru_cache(maxsize=None)
def click_params(path):
    """Keyword names that Metaflow's click API accepts for a command path, e.g.
    () for the top-level options, ("resume",), ("argo-workflows", "create")."""
    from metaflow.runner.click_api import flow_context

    flow_cls, command = _cli_root()
    with flow_context(flow_cls):
        for name in path:
            command = command.get_command(None, name)
            if command is None:
                raise KeyError(" ".join(path))
        return frozenset(p.name for p in command.params)


@functools.lru_cache(maxsize=None)
def _help_text(path):
    env = dict(os.environ)
    run = subprocess.run(
        [sys.executable, str(TINY_FLOW), *path, "--help"],
        capture_output=True, text=True, cwd=os.environ["API_NAMES_WORKDIR"], env=env, timeout=300,
    )
    return run.returncode, run.stdout, run.stderr


def help_of(path):
    """Parsed `python tiny_flow.py <path> --help`: {'options': {flag: takes_value},
    'commands': set, 'ok': bool}. Cached for the session."""
    returncode, out, err = _help_text(tuple(path))
    if returncode != 0 or not out.startswith("Usage:"):
        return {"ok": False, "options": {}, "commands": set(), "error": (err or out).strip()[-300:]}
    options, commands, section = {}, set(), None
    for line in out.split("\n"):
        if re.match(r"^\S.*:$", line):
            section = line[:-1]
            continue
        if section == "Options":
            m = re.match(r"^  (-\S.*?)(?:\s{2,}|$)", line)
            if m:
                for alternative in re.split(r" / |, ", m.group(1)):
                    tokens = alternative.split()
                    options[tokens[0]] = len(tokens) > 1
        elif section == "Commands":
            m = re.match(r"^  (\S+)", line)
            if m:
                commands.add(m.group(1))
    return {"ok": True, "options": options, "commands": commands}


def prefetch_help(paths):
    """Run the --help commands in parallel (each starts Python and loads the flow)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda p: _help_text(tuple(p)), sorted(set(map(tuple, paths)))))


# -- settings ----------------------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def metaflow_env_vars():
    """METAFLOW_* names the installed package reads: `from_conf("X")` reads METAFLOW_X, and
    the literal "METAFLOW_X" strings it reads with os.environ."""
    names = set()
    for path in METAFLOW_DIR.rglob("*.py"):
        if "_vendor" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        names.update("METAFLOW_" + n for n in re.findall(r"from_conf\(\s*[\"']([A-Z0-9_]+)[\"']", text))
        names.update(re.findall(r"[\"'](METAFLOW_[A-Z0-9_]+)[\"']", text))
    return frozenset(names)
