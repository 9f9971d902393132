"""Write one day of orders to S3 as a Hive-style partitioned CSV table.

Layout (the table is shared by every run; each run adds one dt= partition):

    <table_root>/dt=<date>/region=<region>/part-<task_id>.csv

Run it (an S3 bucket, or an S3-compatible endpoint via METAFLOW_S3_ENDPOINT_URL):

    python flow.py run --table_root s3://my-bucket/tables/orders --dt 2024-01-01
"""

import csv
import json
import os
import tempfile

from metaflow import S3, FlowSpec, Parameter, current, step

REGIONS = ("eu", "us", "us-west")


def make_orders(dt):
    """Stand-in for the real source (a query, an API): nine orders for one day."""
    return [
        {
            "order_id": f"{dt}-{i:03d}",
            "region": REGIONS[i % len(REGIONS)],
            "amount": 10 * (i + 1),
        }
        for i in range(9)
    ]


def write_csv(rows, directory):
    """Write rows to a local CSV file. Partition columns are NOT stored in the file:
    they live in the key (dt=.../region=...), as in Hive."""
    path = os.path.join(directory, "part.csv")
    with open(path, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["order_id", "amount"])
        writer.writeheader()
        for row in rows:
            writer.writerow({"order_id": row["order_id"], "amount": row["amount"]})
    return path


class OrdersPartitionFlow(FlowSpec):
    # #region params
    table_root = Parameter(
        "table_root",
        required=True,
        help="s3:// URL of the partitioned table, shared by every run",
    )
    dt = Parameter("dt", default="2024-01-01", help="The date partition to write")
    # #endregion params

    # #region fan-out
    @step
    def start(self):
        self.orders = make_orders(self.dt)
        # One foreach task per partition value: each task owns one prefix.
        self.regions = sorted({o["region"] for o in self.orders})
        self.next(self.write_partition, foreach="regions")
    # #endregion fan-out

    @step
    def write_partition(self):
        self.region = self.input
        rows = [o for o in self.orders if o["region"] == self.region]
        # #region write
        prefix = f"dt={self.dt}/region={self.region}/"  # always end a partition with "/"
        key = f"{prefix}part-{current.task_id}.csv"  # one object per task: tasks of a run never collide
        with S3(s3root=self.table_root) as s3:
            if s3.list_paths([prefix]):
                # An earlier run already wrote this partition: leave it as it is.
                # (A check then a write: not atomic, see the article's pitfalls.)
                self.written = []
            else:
                with tempfile.TemporaryDirectory() as tmp:
                    local_csv = write_csv(rows, tmp)
                    uploaded = s3.put_files([(key, local_csv)])
                self.written = [k for k, _url in uploaded]
        # #endregion write
        self.next(self.join)

    # #region manifest
    @step
    def join(self, inputs):
        self.written = sorted(k for inp in inputs for k in inp.written)
        # run=self: s3://<METAFLOW_DATATOOLS_S3ROOT>/OrdersPartitionFlow/<run_id>/
        # a private, per-run location, unlike the shared table above.
        with S3(run=self) as s3:
            self.manifest_url = s3.put(
                "manifest.json",
                json.dumps({"table_root": self.table_root, "dt": self.dt, "written": self.written}),
            )
        self.next(self.end)
    # #endregion manifest

    @step
    def end(self):
        print(f"wrote {len(self.written)} objects under {self.table_root}")
        for key in self.written:
            print("  ", key)


if __name__ == "__main__":
    OrdersPartitionFlow()
