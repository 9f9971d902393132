"""Every Metaflow name on the site exists in the installed Metaflow (see checker.py)."""

import pytest

import allowlist
import metaflow_api as api
import versions
from checker import REPO, Checker, Finding

CONTENT = sorted(str(p.relative_to(REPO)) for p in (REPO / "content").rglob("*.md"))
FIXTURE = "tests/fixtures/api-names/invented.md"


@pytest.fixture(scope="session")
def site():
    checker = Checker()
    return checker, checker.check_files(CONTENT)


def test_every_metaflow_name_in_the_articles_exists(site):
    _, findings = site
    assert len(CONTENT) > 10
    assert [str(f) for f in findings] == []


def test_every_allow_list_entry_is_still_needed(site):
    checker, _ = site
    assert checker.unused_allowances(CONTENT) == []


def test_invented_names_fail_with_file_line_and_name():
    findings = Checker().check_files([FIXTURE])
    assert [(f.line, f.where, f.name) for f in findings] == [
        (5, "", "S3.delete"),
        (7, "", "Runner.check"),
        (10, "", "from metaflow import ArgoEvent"),
        (11, "", "S3(s3prefix=)"),
        (12, "", "S3.get_all(recursive=)"),
        (18, "", "resume --namespace"),
        (21, "", "resume --namespace"),
        (22, "", "argo-workflows create --authorise"),
        (22, "", "argo-workflows publish"),
        (24, "", "ExecutingRun.exit_code"),
        (24, "", "Runner.run(max_worker=)"),
        (26, "", "DeployedFlow.from_deployment(namespace=)"),
        (26, "", "get_recursive(recursive=)"),
        (28, "", "--made-up-flag"),
        (28, "", "@trigger(queue=)"),
        (28, "", "MetaflowDeployError"),
        (28, "", "current.flow_id"),
        (30, "", "METAFLOW_RESUME_NAMESPACE"),
        (32, "", "2.11.0"),
        # Only the region the article includes is checked: s3.copy above it is not reported.
        (34, "tests/fixtures/api-names/invented_include.py:14", "S3.move"),
    ]
    assert all(f.file == FIXTURE for f in findings)
    assert str(findings[0]) == (
        f"{FIXTURE}:5: S3.delete: S3 (and its Metaflow subclasses) has no attribute 'delete' "
        f"in Metaflow {api.INSTALLED_VERSION}"
    )


def test_deliberate_wrong_names_are_allowed_only_where_listed():
    # The same wrong command in another file is reported.
    entry = next(e for e in allowlist.DELIBERATE if e["name"] == "check --no-pylint")
    assert entry["file"] != FIXTURE
    checker = Checker()
    assert checker.deliberate(Finding(entry["file"], 1, "check --no-pylint", ""))
    assert not checker.deliberate(Finding(FIXTURE, 1, "check --no-pylint", ""))


def test_help_output_of_the_tiny_flow_is_parsed():
    top = api.help_of(())
    assert top["ok"]
    assert {"run", "resume", "check", "spin", "argo-workflows", "tag", "card"} <= top["commands"]
    assert top["options"]["--no-pylint"] is False  # a flag
    assert top["options"]["--branch"] is True  # takes a value (@project adds it)
    create = api.help_of(("argo-workflows", "create"))
    assert create["options"]["--authorize"] is True
    assert create["options"]["--generate-new-token"] is False
    assert "--new-token" in create["options"] and "--given-token" not in create["options"]


def test_keyword_names_come_from_metaflows_own_click_commands():
    # The names Runner and Deployer accept are the click parameter names, not the flags.
    assert {"authorize", "given_token", "generate_new_token", "only_json"} <= api.click_params(
        ("argo-workflows", "create")
    )
    assert {"tags", "max_workers", "user_namespace", "decospecs"} <= api.click_params(("run",))
    assert {"origin_run_id", "step_to_rerun"} <= api.click_params(("resume",))
    assert "namespace" not in api.click_params(("resume",))


@pytest.mark.parametrize("entry", versions.VERSIONS, ids=lambda e: e["names"][0])
def test_version_table_entry_holds_for_the_installed_metaflow(entry):
    assert entry["names"] and entry["what"] and entry["pattern"]
    assert entry["check"](), f"{entry['what']} is not in Metaflow {api.INSTALLED_VERSION}"
    assert versions.parts(entry["version"]) <= versions.parts(api.INSTALLED_VERSION)


def test_version_comparison():
    assert versions.same("2.13", "2.13.0")
    assert not versions.same("2.13", "2.13.1")
    assert versions.entries_for({"wait_for_completion"})[0]["version"] == "2.13"
