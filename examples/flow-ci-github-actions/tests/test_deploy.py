"""deploy.py passes the production token on every deploy (fresh runners have no cached token)."""

import re

from conftest import EXAMPLE_DIR
from deploy import create_kwargs


def test_token_is_passed_as_authorize():
    assert create_kwargs({"DEPLOY_PRODUCTION_TOKEN": "flow_ci_demo.prod.abc"}) == {
        "authorize": "flow_ci_demo.prod.abc"
    }


def test_no_token_means_no_authorize():
    assert create_kwargs({}) == {}
    assert create_kwargs({"DEPLOY_PRODUCTION_TOKEN": "  "}) == {}


def test_token_never_travels_as_metaflow_production_token():
    # Metaflow reads METAFLOW_PRODUCTION_TOKEN itself (it becomes the process's
    # identity, production:<token>, and goes into the code package), so neither
    # deploy.py nor the workflow may use that name for the secret.
    assert create_kwargs({"METAFLOW_PRODUCTION_TOKEN": "flow_ci_demo.prod.abc"}) == {}
    workflow = (EXAMPLE_DIR / ".github" / "workflows" / "flow-ci.yml").read_text()
    assert not re.search(r"^\s*METAFLOW_PRODUCTION_TOKEN\s*:", workflow, re.MULTILINE)
    assert "DEPLOY_PRODUCTION_TOKEN: ${{ secrets.DEPLOY_PRODUCTION_TOKEN }}" in workflow
