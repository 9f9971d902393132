"""SalesReportFlow: an expensive first step and a cheap late step you iterate on.

This is the fixed version of the flow in notebook.ipynb (the class is the same as
the one in the notebook's `fix-cell`). Use it for the command-line form of the
pattern:

    python flow.py run
    python flow.py resume --origin-run-id <RUN_ID>
    python flow.py resume summarize --origin-run-id <RUN_ID>
"""

import random
import time

from metaflow import FlowSpec, Parameter, current, step


class SalesReportFlow(FlowSpec):
    num_orders = Parameter("num_orders", default=10000, help="Orders to generate")

    @step
    def start(self):
        # The expensive step. The sleep stands in for a slow query or feature build.
        time.sleep(3)
        rng = random.Random(42)
        regions = ["north", "south", "east", "west"]
        self.orders = [
            {"region": rng.choice(regions), "amount": round(rng.uniform(5, 500), 2)}
            for _ in range(self.num_orders)
        ]
        self.prepared_in_run = current.run_id
        self.next(self.summarize)

    # #region summarize
    @step
    def summarize(self):
        totals = {}
        for order in self.orders:
            totals[order["region"]] = totals.get(order["region"], 0) + order["amount"]
        self.totals = {region: round(total, 2) for region, total in totals.items()}
        self.next(self.end)
    # #endregion summarize

    @step
    def end(self):
        self.top_region = max(self.totals, key=self.totals.get)
        self.resumed_from = current.origin_run_id
        print("top region:", self.top_region, "resumed from:", self.resumed_from)


if __name__ == "__main__":
    SalesReportFlow()
