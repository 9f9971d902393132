"""A FastAPI service in front of ScoreFlow.

GET  /results/latest   -> artifacts of the latest successful run (Client API)
GET  /runs/{run_id}    -> artifacts of one run; 409 until its `end` step has succeeded
POST /runs             -> trigger the deployed flow on Argo Workflows (Deployer API)

Metaflow's Client and Deployer calls block, so every endpoint is a plain `def`:
FastAPI runs those in its threadpool instead of on the event loop.
"""

import os
from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from fastapi import Depends, FastAPI, HTTPException, Path
from pydantic import BaseModel, ConfigDict, Field

from metaflow import DeployedFlow, Flow, Run, namespace
from metaflow.exception import MetaflowNamespaceMismatch, MetaflowNotFound


# #region settings
@dataclass(frozen=True)
class Settings:
    flow_name: str
    # None reads runs from every namespace; "production:<token>" only the deployment's runs.
    namespace: Optional[str]
    # The Argo Workflows template name that `argo-workflows create` printed.
    deployment: str


def get_settings() -> Settings:
    return Settings(
        flow_name=os.environ.get("SCORE_API_FLOW", "ScoreFlow"),
        namespace=os.environ.get("SCORE_API_NAMESPACE") or None,
        deployment=os.environ.get("SCORE_API_DEPLOYMENT", "scoreflow"),
    )
# #endregion settings


# #region models
class Results(BaseModel):
    pathspec: str
    finished_at: Optional[datetime]
    threshold: float
    scores: dict[str, float]
    flagged: list[str]


class TriggerRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    threshold: float = Field(ge=0.0, le=1.0, description="Flag items scoring at least this.")


class TriggerResponse(BaseModel):
    deployment: str
    pathspec: str
    run_id: str
# #endregion models


app = FastAPI(title="ScoreFlow API")


# #region results
def failed_step(run: Run) -> Optional[str]:
    """The name of a step with a failed task, if any. A failed task records an
    exception; its `finished` is False, the same as a task that is still running."""
    for step in run:
        if any(task.exception is not None for task in step):
            return step.id
    return None


def results_of(run: Run) -> Results:
    # Decide from the run's state, not from `run.data`: `data` is None until the
    # `end` task starts, and while `end` runs it is an empty container whose
    # artifacts raise AttributeError. `successful` is True only once `end` succeeded.
    if not run.successful:
        failed = failed_step(run)
        if failed:
            detail = f"Run {run.pathspec} failed in step {failed!r}: it has no results."
        else:
            detail = (f"Run {run.pathspec} is still running: its results are available "
                      "once its end step has finished.")
        raise HTTPException(status_code=409, detail=detail)
    data = run.data
    return Results(
        pathspec=run.pathspec,
        finished_at=run.finished_at,
        threshold=data.threshold,
        scores=data.scores,
        flagged=data.flagged,
    )


@app.get("/results/latest", response_model=Results)
def latest_results(settings: Settings = Depends(get_settings)) -> Results:
    namespace(settings.namespace)  # process-wide: keep it the same for every request
    try:
        run = Flow(settings.flow_name).latest_successful_run
    except (MetaflowNotFound, MetaflowNamespaceMismatch):
        run = None
    if run is None:
        raise HTTPException(404, f"No successful run of {settings.flow_name} found.")
    return results_of(run)


@app.get("/runs/{run_id}", response_model=Results)
def run_results(
    run_id: str = Path(pattern=r"^[A-Za-z0-9_.-]+$"),
    settings: Settings = Depends(get_settings),
) -> Results:
    namespace(settings.namespace)
    try:
        run = Run(f"{settings.flow_name}/{run_id}")
    except (MetaflowNotFound, MetaflowNamespaceMismatch):
        # A triggered run shows up here only once its start step has begun.
        raise HTTPException(404, f"Run {settings.flow_name}/{run_id} not found.")
    return results_of(run)
# #endregion results


# #region trigger
def get_deployed_flow(settings: Settings = Depends(get_settings)) -> DeployedFlow:
    # Reads the WorkflowTemplate from Kubernetes: needs kube access and Metaflow config.
    try:
        return DeployedFlow.from_deployment(settings.deployment)
    except Exception as exc:  # no template, no cluster access, no config, ...
        raise HTTPException(503, f"Deployment {settings.deployment!r} is not available: {exc}")


@app.post("/runs", status_code=202, response_model=TriggerResponse)
def trigger_run(
    request: TriggerRequest,
    deployed: DeployedFlow = Depends(get_deployed_flow),
) -> TriggerResponse:
    try:
        # Blocks while `argo-workflows trigger` runs in a subprocess.
        triggered = deployed.trigger(**request.model_dump())
    except Exception as exc:
        raise HTTPException(502, f"Triggering {deployed.name} failed: {exc}")
    return TriggerResponse(
        deployment=triggered.name,
        pathspec=triggered.pathspec,
        run_id=triggered.pathspec.split("/")[-1],
    )
# #endregion trigger
