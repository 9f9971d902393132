"""The read side: real local runs read back through the Client API."""

import pytest
from fastapi.testclient import TestClient

import app as score_api
from app import Settings, app, get_settings


@pytest.fixture
def client():
    with TestClient(app) as test_client:
        yield test_client
    app.dependency_overrides.clear()


def test_local_runs_have_the_expected_outcome(local_runs):
    status, run = local_runs["first"]
    assert status == "successful" and run.successful
    status, run = local_runs["failed"]
    assert status == "failed"
    assert run.successful is False
    assert run.data is None  # `end` never ran: this is what the API has to handle


def test_latest_results_come_from_the_latest_successful_run(client, local_runs):
    _, second = local_runs["second"]
    response = client.get("/results/latest")
    assert response.status_code == 200
    body = response.json()
    # The failed run is newer, but it is not successful, so it is skipped.
    assert body["pathspec"] == second.pathspec
    assert body["threshold"] == 0.75
    assert body["flagged"] == ["order-002"]
    assert body["scores"] == {
        "order-001": 0.2333,
        "order-002": 0.8,
        "order-003": 0.5,
        "order-004": 0.05,
    }
    assert body["finished_at"] is not None


def test_one_run_by_id(client, local_runs):
    _, first = local_runs["first"]
    response = client.get(f"/runs/{first.id}")
    assert response.status_code == 200
    assert response.json()["threshold"] == 0.5
    assert response.json()["flagged"] == ["order-002", "order-003"]


def test_failed_run_is_a_409_that_names_the_failed_step(client, local_runs):
    _, failed = local_runs["failed"]
    response = client.get(f"/runs/{failed.id}")
    assert response.status_code == 409
    assert response.json()["detail"] == (
        f"Run {failed.pathspec} failed in step 'start': it has no results."
    )


def test_unknown_run_is_a_404(client, local_runs):
    response = client.get("/runs/123")
    assert response.status_code == 404


def test_bad_run_id_is_a_422(client):
    assert client.get("/runs/not a run id!").status_code == 422


def test_unknown_flow_is_a_404(client, local_runs):
    app.dependency_overrides[get_settings] = lambda: Settings(
        flow_name="NoSuchFlow", namespace=None, deployment="scoreflow"
    )
    response = client.get("/results/latest")
    assert response.status_code == 404
    assert "NoSuchFlow" in response.json()["detail"]


def test_namespace_setting_is_applied(client, local_runs):
    # Local runs live in the user:tester namespace; a production namespace does not see them.
    app.dependency_overrides[get_settings] = lambda: Settings(
        flow_name="ScoreFlow", namespace="production:scoreflow-0-none", deployment="scoreflow"
    )
    assert client.get("/results/latest").status_code == 404
    app.dependency_overrides[get_settings] = lambda: Settings(
        flow_name="ScoreFlow", namespace="user:tester", deployment="scoreflow"
    )
    assert client.get("/results/latest").json()["threshold"] == 0.75


def test_endpoints_are_plain_functions():
    # Blocking Metaflow calls must not run on the event loop.
    import inspect

    for endpoint in (score_api.latest_results, score_api.run_results, score_api.trigger_run):
        assert not inspect.iscoroutinefunction(endpoint)
