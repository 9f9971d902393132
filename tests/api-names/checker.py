"""Check every Metaflow name an article uses against the installed Metaflow.

What counts as a Metaflow name, and how each is checked:

- imports from `metaflow...`: the module must import and have the name;
- attributes reached from a Metaflow class, instance or module (`S3.get_recursive`,
  `Flow(name).latest_successful_run`, `running.run["start"].task.data`): the class, or one of
  its Metaflow subclasses, must have the member (including `self.x = ...` attributes);
- calls of those: keyword arguments must be in `inspect.signature`, and `**kwargs` that Metaflow
  forwards to its command line (Runner, Deployer, ...) must be options of that command;
- bare calls in prose (`get_recursive(..., return_info=True)`): some documented class or
  function must have that method and accept the keywords;
- class-like names (`TriggeredRun`, `MetaflowNotFound`): a class in the installed package;
- command lines (`python flow.py ...`, or `resume --origin-run-id` in prose): commands,
  subcommands and flags must appear in the real `--help` of a tiny flow;
- `METAFLOW_*` settings: the installed package must read that variable;
- version claims ("2.13.1+"): must match the version table (versions.py).

Names that are not Metaflow's are allowed when the examples define or import them, when
they are Python builtins, or when allowlist.py lists them with a reason. Anything else
fails. A bare lowercase word in backticks (`threshold`, `start`) is not treated as a
name: step, parameter and artifact names look exactly like that.
"""

import ast
import builtins
import importlib
import inspect
import json
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import metaflow

import allowlist
import metaflow_api as api
import versions
from site_text import Article, Block, read_article

REPO = Path(__file__).resolve().parents[2]

# Free variables in prose snippets, read as the Metaflow object they conventionally hold
# (`run.data`, `obj.url`). Inside a code block, a name bound there wins over this table.
CONVENTIONAL_NAMES = {
    "run": "Run", "resumed": "Run", "first": "Run", "flow_run": "Run",
    "running": "ExecutingRun", "task": "Task", "flow": "Flow", "s3": "S3", "obj": "S3Object",
    "triggered": "TriggeredRun", "deployed": "DeployedFlow", "deployer": "Deployer",
}
FILE_NAME = re.compile(r"^[\w./-]+\.(py|ipynb|ya?ml|md|json|csv|txt|parquet|sh|toml|cfg)$")
ENV_NAME = re.compile(r"(?<![A-Za-z0-9_])METAFLOW_[A-Z0-9_]*[A-Z0-9](?![A-Za-z0-9_])")
# Stands for `[options]` or `<token>` in a command line: skipped as a command, eaten as a value.
PLACEHOLDER = "PLACEHOLDER"
VERSION = re.compile(r"(?<![\w.])(2\.\d+(?:\.\d+)?)(?![\w]|\.\d)")


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    name: str
    message: str
    where: str = ""  # for included code: "examples/x/app.py:12"

    def __str__(self):
        inside = f" [{self.where}]" if self.where else ""
        return f"{self.file}:{self.line}{inside}: {self.name}: {self.message}"


def _parses(code):
    try:
        ast.parse(code)
        return True
    except SyntaxError:
        return False


def is_class_like(name):
    return name[:1].isupper() and (not re.fullmatch(r"[A-Z][A-Z0-9_]*", name)
                                   or name in api.documented_classes())


# -- names the project itself defines ----------------------------------------------------

class ProjectNames:
    """Names defined or imported by the code under examples/ (run by its own tests), and the
    Parameters of its flows."""

    def __init__(self, repo):
        self.defined, self.parameters = set(), set()
        self.class_members = {}  # class -> methods, class attributes and self.<name> attributes
        sources = [p.read_text() for p in sorted((repo / "examples").rglob("*.py"))]
        for nb in sorted((repo / "examples").rglob("*.ipynb")):
            for cell in json.loads(nb.read_text())["cells"]:
                if cell.get("cell_type") == "code":
                    src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
                    sources.append("\n".join("" if re.match(r"^\s*[%!]", l) else l for l in src.split("\n")))
        for text in sources:
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    self.defined.add(node.name)
                if isinstance(node, ast.ClassDef):
                    members = self.class_members.setdefault(node.name, set())
                    for inner in ast.walk(node):
                        if isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)):
                            members.add(inner.name)
                        elif isinstance(inner, ast.Name) and isinstance(inner.ctx, ast.Store):
                            members.add(inner.id)
                        elif isinstance(inner, ast.Attribute) and isinstance(inner.value, ast.Name) \
                                and inner.value.id == "self" and isinstance(inner.ctx, ast.Store):
                            members.add(inner.attr)
                elif isinstance(node, (ast.Import, ast.ImportFrom)):
                    if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("metaflow"):
                        continue
                    for alias in node.names:
                        self.defined.add((alias.asname or alias.name).split(".")[0])
                elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                      and node.func.id == "Parameter" and node.args
                      and isinstance(node.args[0], ast.Constant)):
                    self.parameters.add(node.args[0].value)


# -- the checker ---------------------------------------------------------------------------

class Checker:
    def __init__(self, repo=REPO):
        self.repo = repo
        self.project = ProjectNames(repo)
        self.used_allowances = set()

    # allow-list bookkeeping: every entry must be used, see unused_allowances()
    def allowed_name(self, name):
        if name in allowlist.NOT_METAFLOW:
            self.used_allowances.add(("NOT_METAFLOW", name))
            return True
        return False

    def flow_parameter(self, name):
        if name in self.project.parameters:
            return True
        if name in allowlist.FICTIONAL_PARAMETERS:
            self.used_allowances.add(("FICTIONAL_PARAMETERS", name))
            return True
        return False

    def deliberate(self, finding):
        for entry in allowlist.DELIBERATE:
            if entry["file"] == finding.file and entry["name"] == finding.name:
                self.used_allowances.add(("DELIBERATE", entry["file"], entry["name"]))
                return True
        return False

    def unused_allowances(self, checked_files):
        unused = []
        for name in allowlist.NOT_METAFLOW:
            if ("NOT_METAFLOW", name) not in self.used_allowances:
                unused.append(f"allowlist.NOT_METAFLOW[{name!r}] is not used by any article")
        for name in allowlist.FICTIONAL_PARAMETERS:
            if ("FICTIONAL_PARAMETERS", name) not in self.used_allowances:
                unused.append(f"allowlist.FICTIONAL_PARAMETERS[{name!r}] is not used by any article")
        for entry in allowlist.DELIBERATE:
            if entry["file"] in checked_files and ("DELIBERATE", entry["file"], entry["name"]) not in self.used_allowances:
                unused.append(f"allowlist.DELIBERATE entry {entry['file']} {entry['name']!r} matches nothing")
        return unused

    # -- articles ----------------------------------------------------------------------------

    def check_files(self, rel_paths):
        articles = [read_article(self.repo, rel) for rel in rel_paths]
        # Each --help starts Python and loads the flow: run them in parallel, once, level by
        # level (the first level decides which tokens are subcommands).
        commands = api.help_of(())["commands"]
        api.prefetch_help([(t,) for a in articles for line in self._cli_lines(a) for t in line if t in commands])
        api.prefetch_help([p for a in articles for p in self.command_paths(a)])
        findings = []
        for article in articles:
            findings.extend(f for f in self.check_article(article) if not self.deliberate(f))
        return findings

    def check_article(self, article: Article):
        findings = []
        context = self.command_paths(article)
        for block in article.blocks:
            if block.lang in ("python", "py"):
                findings.extend(self.check_python_block(article, block))
            else:
                findings.extend(self.check_text_block(article, block, context))
        for span in article.spans:
            findings.extend(self.check_span(article, span, context))
        findings.extend(self.check_versions(article))
        return sorted(set(findings), key=lambda f: (f.file, f.line, f.where, f.name))

    # -- command lines -----------------------------------------------------------------------

    def command_paths(self, article):
        """Every command path an article names: in command lines and in command-only spans."""
        paths = set()
        for line in self._cli_lines(article):
            path = self._command_path(line)
            if path:
                paths.add(path)
        return paths

    def _cli_lines(self, article):
        for block in article.blocks:
            if block.lang not in ("python", "py"):
                for text in block.lines:
                    if self._flow_command(text) is not None:
                        yield self._flow_command(text)
        for span in article.spans:
            tokens = self._span_cli(span.code)
            if tokens is not None:
                yield tokens
            elif span.code.strip() in api.help_of(())["commands"]:
                yield [span.code.strip()]  # a command named on its own, like `run`

    def _script_is_flow(self, script):
        name = Path(script).name
        matches = [p for p in (self.repo / "examples").rglob(name)]
        if matches:
            return any(re.search(r"class \w+\(FlowSpec\)", p.read_text()) for p in matches)
        if name == "flow.py" or name == "tiny_flow.py":
            return True
        return None  # unknown script

    def _flow_command(self, text):
        """Tokens after `python <flow file>` in a line of shell or YAML, or None."""
        m = re.search(r"(?:^|[\s;&|(`])python3?\s+(?!-)(\S+\.py)\b(.*)$", text)
        if not m:
            return None
        if self._script_is_flow(m.group(1)) is False:
            return None
        rest = re.sub(r"\[[^\]]*\]|<[^>]*>", PLACEHOLDER, m.group(2))
        try:
            tokens = shlex.split(rest, comments=True)
        except ValueError:
            tokens = rest.split("#")[0].split()
        return tokens

    def _span_cli(self, code):
        """Tokens of a command line written in a prose span, or None: `python flow.py ...`,
        `resume --origin-run-id`, `tag add`, `--no-pylint check`."""
        if re.match(r"^python3?\s+\S+\.py\b", code):
            return self._flow_command(code)
        if re.match(r"^\S+\.py\s+\S", code):  # `flow.py check`
            return self._flow_command("python " + code)
        tokens = code.split()
        if len(tokens) < 2:
            return None
        commands = api.help_of(())["commands"]
        if tokens[0] in commands and (any(t.startswith("--") for t in tokens) or not _parses(code)):
            return tokens
        if tokens[0].startswith("--") and any(t in commands for t in tokens if not t.startswith("-")):
            return tokens
        return None

    def _command_path(self, tokens):
        top = api.help_of(())
        path, i = [], 0
        options = top["options"]
        while i < len(tokens):
            t = tokens[i]
            if t == PLACEHOLDER:
                i += 1
                continue
            if t.startswith("-"):
                flag = t.split("=")[0]
                i += 2 if options.get(flag) and "=" not in t else 1
                continue
            if not path and t in top["commands"]:
                path.append(t)
                sub = api.help_of(tuple(path))
                options = sub["options"]
                if not sub["commands"]:
                    break
            elif len(path) == 1:
                if t in api.help_of(tuple(path))["commands"]:
                    path.append(t)
                break
            else:
                break
            i += 1
        return tuple(path)

    def check_command(self, tokens, report):
        """Check `python flow.py <tokens>`; `report(name, message)` records a finding."""
        top = api.help_of(())
        path, options, flow_params_ok = (), top["options"], False
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if t == PLACEHOLDER:
                i += 1
                continue
            if t.startswith("-") and t != "-":
                flag = t.split("=")[0]
                if flag in options:
                    i += 2 if options[flag] and "=" not in t else 1
                    continue
                if flow_params_ok and flag.startswith("--") and self.flow_parameter(flag[2:]):
                    i += 2 if "=" not in t else 1
                    continue
                where = " ".join(path) if path else "(top level)"
                report(f"{' '.join(path) + ' ' if path else ''}{flag}".strip(),
                       f"{where} has no option {flag} in `python flow.py {' '.join(path)} --help`".replace("  ", " "))
                i += 1
                # Its value, probably: do not report it again as a command.
                if i < len(tokens) and not tokens[i].startswith("-") and tokens[i] not in top["commands"] \
                        and "=" not in t:
                    i += 1
                continue
            if not path:
                if t not in top["commands"]:
                    report(t, f"no such command in `python flow.py --help` (commands: {', '.join(sorted(top['commands']))})")
                    return
                path = (t,)
            elif len(path) == 1 and api.help_of(path)["commands"]:
                group = api.help_of(path)
                if t not in group["commands"]:
                    report(f"{path[0]} {t}", f"`{path[0]}` has no subcommand {t} (it has: {', '.join(sorted(group['commands']))})")
                    return
                path = path + (t,)
            else:
                i += 1  # an argument: a step name, a run ID, a pathspec
                continue
            parsed = api.help_of(path)
            if not parsed["ok"]:
                report(" ".join(path), f"`python flow.py {' '.join(path)} --help` failed: {parsed['error']}")
                return
            options = parsed["options"]
            flow_params_ok = path in (("run",), ("argo-workflows", "trigger"), ("step-functions", "trigger"))
            i += 1

    def check_flags(self, flags, paths, report):
        """Flags written without their command: they must belong to one of `paths`."""
        for flag in flags:
            owners = [p for p in paths if api.help_of(p)["ok"] and flag in api.help_of(p)["options"]]
            if owners:
                continue
            if any(p in (("run",), ("argo-workflows", "trigger"), ("step-functions", "trigger")) for p in paths) \
                    and self.flow_parameter(flag[2:]):
                continue
            names = ", ".join(" ".join(p) or "(top level)" for p in sorted(paths))
            report(flag, f"no such option in the --help of {names} (the commands this article names)")

    # -- text blocks (shell, YAML, text) -----------------------------------------------------

    def check_text_block(self, article, block: Block, context):
        findings = []
        for k, text in enumerate(block.lines):
            line = block.article_lines[k] if block.article_lines else 0
            where = f"{block.source}:{block.source_first_line + k}" if block.source else ""

            def report(name, message, line=line, where=where):
                findings.append(Finding(article.path, line, name, message, where))

            if block.lang in ("bash", "sh", "shell", "console", "yaml", "yml", ""):
                tokens = self._flow_command(text)
                if tokens is not None:
                    self.check_command(tokens, report)
                else:
                    m = re.search(r"(?:^|[\s;&|(])python3?\s+(?!-)(\S+\.py)\b", text)
                    if m and self._script_is_flow(m.group(1)) is None and not self.allowed_name(Path(m.group(1)).name):
                        report(m.group(1), "not a flow file under examples/ and not in allowlist.NOT_METAFLOW")
            if block.lang not in ("text", "md", "markdown"):
                for env in ENV_NAME.findall(text):
                    self.check_env(env, report)
        return findings

    def check_env(self, name, report):
        if name not in api.metaflow_env_vars():
            report(name, "the installed Metaflow reads no such setting (no from_conf or environment lookup of it)")

    # -- prose spans ---------------------------------------------------------------------------

    def check_span(self, article, span, context):
        findings = []

        def report(name, message):
            findings.append(Finding(article.path, span.line, name, message))

        code = span.code.strip()
        for env in ENV_NAME.findall(code):
            self.check_env(env, report)
        if FILE_NAME.match(code) or code.startswith(("s3://", "http", "/")):
            return findings
        tokens = self._span_cli(code)
        if tokens is not None:
            self.check_command(tokens, report)
            return findings
        if code.startswith("--"):
            # A flag without its command may belong to the command named earlier on the line,
            # to the top level, or to any command the article names (and their groups).
            flags = [f.split("=")[0] for part in code.split() if part.startswith("--") for f in part.split("/")]
            paths = {()} | set(context) | {p[:1] for p in context}
            line_context = self._line_context(article, span)
            if line_context is not None:
                paths.add(line_context)
            self.check_flags(flags, paths, report)
            return findings
        self.check_python_span(code, report)
        return findings

    def _line_context(self, article, span):
        """The command named by the nearest earlier span on the same line, if any."""
        for other in reversed([s for s in article.spans if s.line == span.line and s.index < span.index]):
            code = other.code.strip()
            tokens = self._span_cli(code)
            if tokens is not None:
                return self._command_path(tokens)
            if code in api.help_of(())["commands"]:
                return (code,)
            parts = code.split()
            if len(parts) == 2 and parts[0] in api.help_of(())["commands"] \
                    and parts[1] in api.help_of((parts[0],))["commands"]:
                return tuple(parts)
        return None

    def check_python_span(self, code, report):
        text = code[1:] if code.startswith(("@", ".")) else code
        try:
            tree = ast.parse(text)
        except SyntaxError:
            return
        body = tree.body
        if len(body) == 1 and isinstance(body[0], ast.Expr) and self._is_pathspec(body[0].value):
            return
        Analyzer(self, report, conventions=True).run(tree)

    @staticmethod
    def _is_pathspec(node):
        """`Flow/123/train` or `feature/Add-CI` parse as arithmetic; they are paths, not code."""
        def parts(n):
            if isinstance(n, ast.BinOp) and isinstance(n.op, (ast.Div, ast.Sub)):
                return parts(n.left) + parts(n.right) + [type(n.op)]
            return [n]
        found = parts(node)
        return ast.Div in found and all(
            isinstance(p, (ast.Name, ast.Constant, ast.Attribute)) or p in (ast.Div, ast.Sub) for p in found)

    # -- Python blocks -------------------------------------------------------------------------

    def check_python_block(self, article, block: Block):
        findings = []
        if block.source:
            # Included code: analyse the whole file, so names bound outside the region are
            # known, and keep what falls inside the region.
            lines = block.context_lines
            first, last = block.region_offset, block.region_offset + len(block.lines)
        else:
            lines, first, last = block.lines, 0, len(block.lines)
        text = "\n".join("" if re.match(r"^\s*[%!]", l) else l for l in lines)
        try:
            tree = ast.parse(text)
        except SyntaxError as error:
            return [Finding(article.path, block.article_lines[0] if block.article_lines else 0,
                            "(syntax)", f"Python block does not parse: {error.msg} at line {error.lineno}")]

        def report_at(node_line):
            def report(name, message):
                index = node_line - 1
                if not first <= index < last:
                    return
                k = index - first
                line = block.article_lines[k] if k < len(block.article_lines) else block.article_lines[-1]
                where = f"{block.source}:{index + 1}" if block.source else ""
                findings.append(Finding(article.path, line, name, message, where))
            return report

        Analyzer(self, report_at, conventions=not block.source, per_line=True).run(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for env in ENV_NAME.findall(node.value):
                    self.check_env(env, report_at(node.lineno))
        return findings

    # -- version claims ------------------------------------------------------------------------

    def check_versions(self, article):
        findings = []
        prose = article.prose
        for k, (number, text) in enumerate(prose):
            claims = VERSION.findall(text)
            if not claims:
                continue
            names = set(re.findall(r"[A-Za-z_][\w]*", text))
            previous = set(re.findall(r"[A-Za-z_][\w]*", prose[k - 1][1])) if k else set()
            for claim in claims:
                if versions.same(claim, api.INSTALLED_VERSION):
                    continue  # a statement about the release the examples are tested with
                entries = versions.entries_for(names) or versions.entries_for(previous)
                if any(versions.same(claim, e["version"]) for e in entries):
                    continue
                if entries:
                    known = "; ".join(f"{', '.join(e['names'])}: {e['version']}" for e in entries)
                    message = f"the version table says {known}"
                else:
                    message = "no entry of the version table (versions.py) names anything on this line"
                findings.append(Finding(article.path, number, claim, message))
        return findings


# -- Python analysis -------------------------------------------------------------------------

class Analyzer:
    """Walks a Python tree, infers which names hold Metaflow objects and checks what is used.

    Types: ("module", m), ("class", cls), ("inst", cls), ("list", cls), ("func", receiver,
    owner, name, function), ("decorator", cls), ("current",), ("data",), or None (unknown or
    not Metaflow: nothing is checked)."""

    def __init__(self, checker, report, conventions, per_line=False):
        self.checker = checker
        self._report = report
        self.per_line = per_line
        self.conventions = conventions
        self.env = {}

    def report(self, node, name, message):
        if self.per_line:
            self._report(getattr(node, "lineno", 1))(name, message)
        else:
            self._report(name, message)

    def run(self, tree):
        self.block(tree.body)

    # statements ---------------------------------------------------------------------------

    def block(self, statements):
        for statement in statements:
            self.statement(statement)

    def statement(self, node):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "metaflow":
                    module = self.import_module(node, alias.name)
                    if alias.asname:
                        self.env[alias.asname] = ("module", module) if module else None
                    else:
                        self.env["metaflow"] = ("module", metaflow)
                else:
                    self.env[(alias.asname or alias.name).split(".")[0]] = None
        elif isinstance(node, ast.ImportFrom):
            if (node.module or "").split(".")[0] == "metaflow" and node.level == 0:
                module = self.import_module(node, node.module)
                for alias in node.names:
                    self.env[alias.asname or alias.name] = self.import_name(node, module, alias.name) if module else None
            else:
                for alias in node.names:
                    self.env[alias.asname or alias.name] = None
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for decorator in node.decorator_list:
                self.expr(decorator)
            self.env[node.name] = None
            saved = dict(self.env)
            arguments = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
            for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
                self.expr(default)
            for arg in arguments + [a for a in (node.args.vararg, node.args.kwarg) if a]:
                self.env[arg.arg] = self.annotation_type(arg.annotation)
            self.block(node.body)
            self.env = saved
            self.env[node.name] = None
        elif isinstance(node, ast.ClassDef):
            for base in node.bases:
                self.expr(base)
            for decorator in node.decorator_list:
                self.expr(decorator)
            for keyword in node.keywords:
                self.expr(keyword.value)
            saved = dict(self.env)
            self.block(node.body)
            self.env = saved
            self.env[node.name] = None
        elif isinstance(node, ast.Assign):
            value = self.expr(node.value)
            for target in node.targets:
                self.bind(target, value)
        elif isinstance(node, ast.AnnAssign):
            value = self.expr(node.value) if node.value else None
            self.bind(node.target, value or self.annotation_type(node.annotation))
        elif isinstance(node, ast.AugAssign):
            self.expr(node.value)
            self.expr(node.target)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                value = self.expr(item.context_expr)
                if item.optional_vars is not None:
                    self.bind(item.optional_vars, value)  # Metaflow's context managers return self
            self.block(node.body)
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            self.bind(node.target, self.element(self.expr(node.iter)))
            self.block(node.body)
            self.block(node.orelse)
        elif isinstance(node, (ast.If, ast.While)):
            self.expr(node.test)
            self.block(node.body)
            self.block(node.orelse)
        elif isinstance(node, ast.Try):
            self.block(node.body)
            for handler in node.handlers:
                if handler.type is not None:
                    self.expr(handler.type)
                if handler.name:
                    self.env[handler.name] = None
                self.block(handler.body)
            self.block(node.orelse)
            self.block(node.finalbody)
        else:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.expr):
                    self.expr(child)
                elif isinstance(child, ast.stmt):
                    self.statement(child)

    def bind(self, target, value):
        if isinstance(target, ast.Name):
            self.env[target.id] = value
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                self.bind(element, None)
        else:
            self.expr(target)

    def annotation_type(self, annotation):
        if annotation is None:
            return None
        if isinstance(annotation, ast.Name) and annotation.id in self.env:
            t = self.env[annotation.id]
            return ("inst", t[1]) if t and t[0] == "class" else None
        return None

    # imports --------------------------------------------------------------------------------

    def import_module(self, node, name):
        try:
            return importlib.import_module(name)
        except ImportError as error:
            self.report(node, f"import {name}", f"does not import in the installed Metaflow: {error}")
            return None

    def import_name(self, node, module, name):
        if hasattr(module, name):
            return self.typed_object(getattr(module, name))
        try:
            return ("module", importlib.import_module(f"{module.__name__}.{name}"))
        except ImportError:
            self.report(node, f"from {module.__name__} import {name}",
                        f"{module.__name__} has no {name!r} in the installed Metaflow {api.INSTALLED_VERSION}")
            return None

    def typed_object(self, obj):
        if obj is metaflow.current:
            return ("current",)
        if inspect.ismodule(obj):
            return ("module", obj)
        if isinstance(obj, type):
            return ("class", obj)
        decorator = self.decorator_class(obj)
        if decorator is not None:
            return ("decorator", decorator)
        if callable(obj):
            return ("func", None, None, getattr(obj, "__name__", "?"), obj)
        return None

    @staticmethod
    def decorator_class(obj):
        """metaflow.trigger, metaflow.project, ... are partials of a decorator class."""
        import functools

        if isinstance(obj, functools.partial) and obj.args and isinstance(obj.args[0], type) \
                and hasattr(obj.args[0], "defaults"):
            return obj.args[0]
        return None

    # expressions ----------------------------------------------------------------------------

    def expr(self, node):
        if node is None:
            return None
        if isinstance(node, ast.Name):
            return self.name(node)
        if isinstance(node, ast.Attribute):
            return self.attribute(node)
        if isinstance(node, ast.Call):
            return self.call(node)
        if isinstance(node, ast.Subscript):
            base = self.expr(node.value)
            self.expr(node.slice)
            return self.element(base)
        if isinstance(node, ast.Await):
            return self.expr(node.value)
        if isinstance(node, (ast.Lambda,)):
            saved = dict(self.env)
            for arg in node.args.args:
                self.env[arg.arg] = None
            self.expr(node.body)
            self.env = saved
            return None
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            saved = dict(self.env)
            for generator in node.generators:
                self.bind(generator.target, self.element(self.expr(generator.iter)))
                for condition in generator.ifs:
                    self.expr(condition)
            for part in ("elt", "key", "value"):
                if hasattr(node, part):
                    self.expr(getattr(node, part))
            self.env = saved
            return None
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                self.expr(child)
            elif isinstance(child, ast.keyword):
                self.expr(child.value)
        return None

    def element(self, t):
        """What indexing or iterating a value gives."""
        if not t:
            return None
        if t[0] == "list":
            return ("inst", t[1])
        if t[0] == "inst":
            child = api.CHILD_TYPES.get(t[1].__name__)
            if child:
                return ("inst", api.documented_classes()[child])
        return None

    def name(self, node):
        name = node.id
        if name in self.env:
            return self.env[name]
        if name == "metaflow":
            return ("module", metaflow)
        if name == "current":
            return ("current",)
        if hasattr(builtins, name):
            return None
        if self.conventions and name in CONVENTIONAL_NAMES:
            return ("inst", api.documented_classes()[CONVENTIONAL_NAMES[name]])
        if is_class_like(name):
            return self.class_like(node, name)
        return None

    def class_like(self, node, name):
        cls = api.documented_classes().get(name)
        if cls is not None:
            return ("class", cls)
        if hasattr(metaflow, name):
            return self.typed_object(getattr(metaflow, name))
        if name in api.source_index():
            module = api.source_index()[name][:-3].replace("/", ".")
            try:
                return ("class", getattr(importlib.import_module(module), name))
            except Exception:  # the class exists in the source; its module needs extras
                return None
        if name in self.checker.project.class_members:
            return ("project", name)
        if name in self.checker.project.defined or self.checker.allowed_name(name):
            return None
        self.report(node, name, "no such class in the installed Metaflow, not defined in examples/, "
                                "and not in allowlist.NOT_METAFLOW")
        return None

    def attribute(self, node):
        base = self.expr(node.value)
        if not base:
            return None
        attr = node.attr
        kind = base[0]
        label = self.label(node.value, base)
        if kind == "module":
            module = base[1]
            if hasattr(module, attr):
                return self.typed_object(getattr(module, attr))
            try:
                return ("module", importlib.import_module(f"{module.__name__}.{attr}"))
            except ImportError:
                self.report(node, f"{module.__name__}.{attr}", f"{module.__name__} has no {attr!r}")
                return None
        if kind == "current":
            if attr not in api.current_attributes():
                self.report(node, f"current.{attr}", "metaflow.current has no such attribute "
                                                     "(neither on its class nor set by Metaflow at run time)")
            return None
        if kind == "data":
            return None  # artifacts: any name
        if kind == "project":
            if attr not in self.checker.project.class_members[base[1]]:
                self.report(node, f"{base[1]}.{attr}", f"the examples define {base[1]} without {attr!r}")
            return None
        if kind in ("class", "inst"):
            cls = base[1]
            if cls.__name__ == "MetaflowData":
                return None
            found = api.member(cls, attr)
            if found is None:
                self.report(node, f"{label}.{attr}", f"{cls.__name__} (and its Metaflow subclasses) "
                                                     f"has no attribute {attr!r} in Metaflow {api.INSTALLED_VERSION}")
                return None
            return self.member_type(cls, attr, found, kind)
        if kind == "list":
            return None
        return None

    def label(self, node, t):
        """How a finding names the receiver: the class name, as a reader would write it."""
        if t and t[0] in ("class", "inst"):
            return t[1].__name__
        if isinstance(node, ast.Name):
            return node.id
        return ast.unparse(node)

    def member_type(self, cls, attr, found, kind):
        klass, value = found
        for key in ((cls.__name__, attr), (klass.__name__, attr)):
            if key in api.MEMBER_TYPES:
                target = api.documented_classes().get(api.MEMBER_TYPES[key])
                if target is not None and isinstance(value, (type(None), property)):
                    return ("inst", target)
                if target is not None:
                    return ("func", cls, klass, attr, value, ("inst", target))
        if value is None:
            return None
        if isinstance(value, property):
            if value.fget and value.fget.__name__ == "data" and "MetaflowData" in str(
                    inspect.signature(value.fget).return_annotation):
                return ("data",)
            resolved = api.resolve_annotation(api.signature(value.fget).return_annotation) if value.fget else None
            return self.wrap(resolved)
        if isinstance(value, (classmethod, staticmethod)):
            return ("func", cls, klass, attr, value.__func__)
        if isinstance(value, type):
            return ("class", value)
        if callable(value):
            return ("func", cls, klass, attr, value)
        return None

    @staticmethod
    def wrap(resolved):
        if resolved is None:
            return None
        if isinstance(resolved, tuple):
            return resolved
        if resolved.__name__ == "MetaflowData":
            return ("data",)
        return ("inst", resolved)

    # calls ----------------------------------------------------------------------------------

    def call(self, node):
        func = node.func
        if isinstance(func, ast.Name) and func.id not in self.env and not hasattr(builtins, func.id) \
                and not is_class_like(func.id) and func.id not in ("metaflow", "current"):
            return self.bare_call(node)
        if self.conventions and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                and func.value.id == "self" and "self" not in self.env:
            # `self.next(...)` in prose: a FlowSpec method (plain `self.x` is an artifact).
            if api.member(metaflow.FlowSpec, func.attr) is None:
                self.report(node, f"FlowSpec.{func.attr}", f"FlowSpec has no method {func.attr!r}")
        target = self.expr(func)
        for arg in node.args:
            self.expr(arg.value if isinstance(arg, ast.Starred) else arg)
        for keyword in node.keywords:
            self.expr(keyword.value)
        if not target:
            return None
        kind = target[0]
        if kind == "class":
            cls = target[1]
            init = cls.__dict__.get("__init__") or getattr(cls, "__init__")
            owner = next((k for k in cls.__mro__ if "__init__" in k.__dict__), cls)
            self.check_arguments(node, [(cls, owner, "__init__", init)], f"{cls.__name__}", bound=True)
            return ("inst", cls)
        if kind == "decorator":
            accepted = set(target[1].defaults)
            for keyword in node.keywords:
                if keyword.arg and keyword.arg not in accepted:
                    self.report(node, f"@{target[1].name}({keyword.arg}=)",
                                f"@{target[1].name} has no attribute {keyword.arg!r} (it has: {', '.join(sorted(accepted))})")
            return None
        if kind == "func":
            receiver, owner, name, function = target[1:5]
            candidates = [(receiver, owner, name, function)]
            if receiver is not None:
                candidates = [(receiver, k, name, inspect.getattr_static(k, name))
                              for k in api.family(receiver) if name in k.__dict__] or candidates
                candidates = [(r, o, n, f.__func__ if isinstance(f, (classmethod, staticmethod)) else f)
                              for r, o, n, f in candidates]
            shown = f"{receiver.__name__}.{name}" if receiver is not None else name
            bound = receiver is not None and not isinstance(inspect.getattr_static(owner, name, None), staticmethod)
            self.check_arguments(node, candidates, shown, bound=bound)
            if len(target) > 5:
                return target[5]
            returned = api.signature(function)
            return self.wrap(api.resolve_annotation(returned.return_annotation)) if returned else None
        return None

    def bare_call(self, node):
        """`get_recursive(..., return_info=True)` in prose: some documented class or function
        must have the method and accept the keywords."""
        for arg in node.args:
            self.expr(arg.value if isinstance(arg, ast.Starred) else arg)
        for keyword in node.keywords:
            self.expr(keyword.value)
        name = node.func.id
        decorator = self.decorator_class(getattr(metaflow, name, None))
        if decorator is not None:  # `@trigger(event=...)` written in prose
            accepted = set(decorator.defaults)
            for keyword in node.keywords:
                if keyword.arg and keyword.arg not in accepted:
                    self.report(node, f"@{name}({keyword.arg}=)",
                                f"@{name} has no attribute {keyword.arg!r} (it has: {', '.join(sorted(accepted))})")
            return None
        candidates = []
        for cls in api.documented_classes().values():
            if name in dir(cls) and not name.startswith("__"):
                value = inspect.getattr_static(cls, name)
                if isinstance(value, (classmethod, staticmethod)):
                    value = value.__func__
                if callable(value) or isinstance(value, property):
                    candidates.append((cls, cls, name, value))
        function = api.documented_functions().get(name)
        if function is not None:
            candidates.append((None, None, name, function))
        if candidates:
            callables = [c for c in candidates if not isinstance(c[3], property)]
            if callables:
                self.check_arguments(node, callables, name, bound=True, bare=True)
            return None
        if name in self.checker.project.defined or self.checker.allowed_name(name):
            return None
        self.report(node, f"{name}()", "no documented Metaflow class or function has this method, it is not "
                                       "defined in examples/, and it is not in allowlist.NOT_METAFLOW")
        return None

    def check_arguments(self, node, candidates, shown, bound, bare=False):
        """Passes when one candidate (the method on the class or on a subclass, or any class
        with a method of that name for a bare call) accepts the arguments."""
        keywords = [k.arg for k in node.keywords if k.arg is not None]
        positional = [a for a in node.args if not isinstance(a, ast.Starred)]
        # `*args`, or `...` for arguments left out in prose: the count is unknown.
        starred = any(isinstance(a, ast.Starred) or (isinstance(a, ast.Constant) and a.value is Ellipsis)
                      for a in node.args)
        results = []
        for receiver, owner, name, function in candidates:
            accepted, limit, unresolved = self.accepted(receiver, owner, name, function, bound, bare)
            bad = [k for k in keywords if accepted is not None and k not in accepted]
            too_many = limit is not None and not starred and len(positional) > limit
            if not bad and not too_many:
                return
            results.append((bad, too_many, limit, unresolved))
        resolved = [r for r in results if not r[3]]
        if not resolved:
            for keyword in results[0][0]:
                self.report(node, f"{shown}({keyword}=)", f"{shown} passes {keyword!r} on as **kwargs, which this "
                                                          "check cannot follow: add the method to "
                                                          "metaflow_api.KWARGS_TO_CLI")
            return
        bad_everywhere = [k for k in keywords if all(k in r[0] for r in resolved)]
        for keyword in bad_everywhere:
            self.report(node, f"{shown}({keyword}=)",
                        f"no keyword argument {keyword!r} in the installed Metaflow's signature"
                        f"{' or command-line options' if self._forwards(candidates) else ''}")
        if not bad_everywhere and all(r[1] for r in resolved):
            self.report(node, f"{shown}()", f"{shown} takes at most {max(r[2] for r in resolved)} positional arguments")

    def _forwards(self, candidates):
        return any((r and (r.__name__, n) in api.KWARGS_TO_CLI) or (o and (o.__name__, n) in api.KWARGS_TO_CLI)
                   for r, o, n, _ in candidates)

    def accepted(self, receiver, owner, name, function, bound, bare):
        """(accepted keyword names or None for any, positional limit or None, unresolved)."""
        sig = api.signature(function)
        if sig is None:
            return None, None, False
        params = list(sig.parameters.values())
        if (bound or bare) and params and params[0].name in ("self", "cls"):
            params = params[1:]
        named = {p.name for p in params if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}
        var_kw = any(p.kind == p.VAR_KEYWORD for p in params)
        var_pos = any(p.kind == p.VAR_POSITIONAL for p in params)
        limit = None if var_pos else len([p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)])
        if not var_kw:
            return named, limit, False
        for key in ((receiver.__name__, name) if receiver else None, (owner.__name__, name) if owner else None):
            if key in api.KWARGS_TO_CLI:
                path, with_params = api.KWARGS_TO_CLI[key]
                accepted = named | api.click_params(path)
                if with_params:
                    accepted |= {p for p in self.checker.project.parameters}
                    accepted |= {p for p in allowlist.FICTIONAL_PARAMETERS}
                return _Accepting(accepted, self.checker if with_params else None), limit, False
        scanned = api.kwargs_read_in_source(api.unwrap(function))
        if scanned:
            return named | scanned, limit, False
        return named, limit, True


class _Accepting(set):
    """Accepted keyword names; a fictional flow Parameter counts as used when accepted."""

    def __init__(self, names, checker):
        super().__init__(names)
        self.checker = checker

    def __contains__(self, name):
        if self.checker is not None and name not in self.checker.project.parameters \
                and name in allowlist.FICTIONAL_PARAMETERS and super().__contains__(name):
            self.checker.used_allowances.add(("FICTIONAL_PARAMETERS", name))
        return super().__contains__(name)
