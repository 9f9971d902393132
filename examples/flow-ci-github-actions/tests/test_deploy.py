"""deploy.py passes the production token on every deploy (fresh runners have no cached token)."""

from deploy import create_kwargs


def test_token_is_passed_as_authorize():
    assert create_kwargs({"METAFLOW_PRODUCTION_TOKEN": "flow_ci_demo.prod.abc"}) == {
        "authorize": "flow_ci_demo.prod.abc"
    }


def test_no_token_means_no_authorize():
    assert create_kwargs({}) == {}
    assert create_kwargs({"METAFLOW_PRODUCTION_TOKEN": "  "}) == {}
