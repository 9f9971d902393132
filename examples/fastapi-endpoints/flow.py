"""ScoreFlow: score a small batch of items and flag the ones above a threshold.

The FastAPI service in app.py reads this flow's artifacts (`threshold`, `scores`,
`flagged`) from the latest successful run and triggers new runs of its deployment.
"""

from metaflow import FlowSpec, Parameter, step

# A stand-in for the data a real flow would load from a table or from S3.
ITEMS = {
    "order-001": [0.2, 0.1, 0.4],
    "order-002": [0.9, 0.8, 0.7],
    "order-003": [0.5, 0.6, 0.4],
    "order-004": [0.05, 0.0, 0.1],
}


# #region flow
class ScoreFlow(FlowSpec):
    threshold = Parameter(
        "threshold",
        help="Items whose score is at least this value are flagged (0 to 1).",
        type=float,
        default=0.5,
    )

    @step
    def start(self):
        # Fail fast on a value the API would also reject: the run then stops
        # here, its `end` step never runs and `Run.data` stays None.
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError("threshold must be between 0 and 1, got %r" % self.threshold)
        self.items = ITEMS
        self.next(self.score)

    @step
    def score(self):
        self.scores = {
            key: round(sum(values) / len(values), 4) for key, values in self.items.items()
        }
        self.next(self.end)

    @step
    def end(self):
        self.flagged = sorted(k for k, s in self.scores.items() if s >= self.threshold)
        print("flagged %d of %d items" % (len(self.flagged), len(self.scores)))
# #endregion flow


if __name__ == "__main__":
    ScoreFlow()
