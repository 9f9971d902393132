"""ci/branch_name.py turns git branch names into valid @project branch names."""

import re

import pytest

from ci.branch_name import MAX_LEN, clean_branch


@pytest.mark.parametrize(
    "git_branch, expected",
    [
        ("main", "main"),
        ("feature/Add-CI", "feature_add_ci"),
        ("dependabot/pip/metaflow-2.19.38", "dependabot_pip_metaflow_2_19_38"),
        ("  fix--double__dash  ", "fix_double_dash"),
    ],
)
def test_clean_branch(git_branch, expected):
    assert clean_branch(git_branch) == expected


def test_result_is_always_a_valid_project_branch():
    cleaned = clean_branch("Ünïcode/" + "x" * 300)
    assert re.fullmatch(r"[a-z0-9_]+", cleaned)
    assert len(cleaned) == MAX_LEN


def test_empty_name_is_rejected():
    with pytest.raises(ValueError):
        clean_branch("///")
