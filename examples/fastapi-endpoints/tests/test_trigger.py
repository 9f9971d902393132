"""The trigger side. Argo Workflows cannot run here, so a fake DeployedFlow is injected."""

import pytest
from fastapi.testclient import TestClient

import app as score_api
from app import Settings, app, get_deployed_flow, get_settings


# #region fake
class FakeTriggeredRun:
    """The two attributes of metaflow's TriggeredRun that the endpoint reads."""

    def __init__(self, name, pathspec):
        self.name = name
        self.pathspec = pathspec


class FakeDeployedFlow:
    def __init__(self, name="scoreflow", fail=False):
        self.name = name
        self.flow_name = "ScoreFlow"
        self.fail = fail
        self.calls = []

    def trigger(self, **params):
        self.calls.append(params)
        if self.fail:
            raise Exception("Error triggering scoreflow on argo-workflows for ScoreFlow")
        return FakeTriggeredRun(self.name, "ScoreFlow/argo-scoreflow-7xk2p")


@pytest.fixture
def fake():
    return FakeDeployedFlow()


@pytest.fixture
def client(fake):
    app.dependency_overrides[get_deployed_flow] = lambda: fake
    with TestClient(app) as test_client:
        yield test_client
    app.dependency_overrides.clear()
# #endregion fake


def test_trigger_passes_parameters_and_returns_the_run(client, fake):
    response = client.post("/runs", json={"threshold": 0.3})
    assert response.status_code == 202
    assert response.json() == {
        "deployment": "scoreflow",
        "pathspec": "ScoreFlow/argo-scoreflow-7xk2p",
        "run_id": "argo-scoreflow-7xk2p",
    }
    assert fake.calls == [{"threshold": 0.3}]


@pytest.mark.parametrize(
    "body",
    [
        {},  # threshold is required
        {"threshold": "high"},  # not a number
        {"threshold": 1.5},  # out of range
        {"threshold": -0.1},
        {"threshold": 0.3, "max_workers": 4},  # unknown field
    ],
)
def test_bad_input_is_a_422_and_triggers_nothing(client, fake, body):
    response = client.post("/runs", json=body)
    assert response.status_code == 422
    assert fake.calls == []


def test_trigger_failure_is_a_502(fake):
    failing = FakeDeployedFlow(fail=True)
    app.dependency_overrides[get_deployed_flow] = lambda: failing
    try:
        with TestClient(app) as test_client:
            response = test_client.post("/runs", json={"threshold": 0.3})
    finally:
        app.dependency_overrides.clear()
    assert response.status_code == 502
    assert "Error triggering scoreflow" in response.json()["detail"]
    assert failing.calls == [{"threshold": 0.3}]


def test_default_dependency_looks_up_the_configured_deployment(monkeypatch):
    looked_up = []

    def from_deployment(identifier, metadata=None):
        looked_up.append(identifier)
        return FakeDeployedFlow(name=identifier)

    monkeypatch.setattr(score_api.DeployedFlow, "from_deployment", from_deployment)
    app.dependency_overrides[get_settings] = lambda: Settings(
        flow_name="ScoreFlow", namespace=None, deployment="scores.prod.scoreflow"
    )
    try:
        with TestClient(app) as test_client:
            response = test_client.post("/runs", json={"threshold": 0.9})
    finally:
        app.dependency_overrides.clear()
    assert looked_up == ["scores.prod.scoreflow"]
    assert response.status_code == 202
    assert response.json()["deployment"] == "scores.prod.scoreflow"


def test_unreachable_deployment_is_a_503(monkeypatch):
    from metaflow.exception import MetaflowException

    def from_deployment(identifier, metadata=None):
        raise MetaflowException("No deployed flow found for: %s" % identifier)

    monkeypatch.setattr(score_api.DeployedFlow, "from_deployment", from_deployment)
    with TestClient(app) as test_client:
        response = test_client.post("/runs", json={"threshold": 0.9})
    assert response.status_code == 503
    assert "No deployed flow found for: scoreflow" in response.json()["detail"]
