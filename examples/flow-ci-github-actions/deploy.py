"""Deploy flow.py to Argo Workflows on the @project production branch.

The CI deploy job runs this after the tests pass on main. It needs a runner
that is configured for your Metaflow deployment (config.json in METAFLOW_HOME,
cloud credentials, access to the Kubernetes cluster).

A fresh CI runner has no cached production token, so the token is passed on
every deploy through DEPLOY_PRODUCTION_TOKEN. Not METAFLOW_PRODUCTION_TOKEN:
Metaflow reads that variable itself, and in the deploying process it would
become the user identity (production:<token> instead of user:ci) and be
written into the code package.
"""

import os

from metaflow import Deployer


# #region deploy
def create_kwargs(environ=os.environ) -> dict:
    """Arguments for create(): authorize with the production token when one is set."""
    token = environ.get("DEPLOY_PRODUCTION_TOKEN", "").strip()
    return {"authorize": token} if token else {}


def main() -> None:
    kwargs = create_kwargs()
    if not kwargs:
        print("DEPLOY_PRODUCTION_TOKEN is not set: deploying without --authorize")
    # production=True is the top-level --production option that @project adds.
    deployer = Deployer("flow.py", production=True, pylint=False)
    deployed = deployer.argo_workflows().create(**kwargs)
    print("Deployed %s" % deployed.name)


# #endregion deploy

if __name__ == "__main__":
    main()
