"""Write one day of orders to S3 as a Hive-style partitioned CSV table.

Layout (the table is shared by every run; each run adds one dt= partition):

    <table_root>/dt=<date>/region=<region>/part-<task_id>.csv

hive.py derives each row's dt=/region= path from the row itself; the flow only
decides which task writes which rows.

Run it (an S3 bucket, or an S3-compatible endpoint via METAFLOW_S3_ENDPOINT_URL):

    python flow.py run --table_root s3://my-bucket/tables/orders --dt 2024-01-01
"""

import json

from metaflow import S3, FlowSpec, Parameter, current, step

from hive import HiveTable

# The table's partition columns, outermost first (reader.py declares the same).
PARTITION_COLUMNS = ("dt", "region")
REGIONS = ("eu", "us", "us-west")


def make_orders(dt):
    """Stand-in for the real source (a query, an API): nine orders for one day."""
    return [
        {
            "order_id": f"{dt}-{i:03d}",
            "dt": dt,
            "region": REGIONS[i % len(REGIONS)],
            "amount": 10 * (i + 1),
        }
        for i in range(9)
    ]


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
        # One foreach task per region: each task owns the rows of one partition.
        self.regions = sorted({o["region"] for o in self.orders})
        self.next(self.write_partition, foreach="regions")
    # #endregion fan-out

    @step
    def write_partition(self):
        self.region = self.input
        rows = [o for o in self.orders if o["region"] == self.region]
        # #region write
        with HiveTable(self.table_root, PARTITION_COLUMNS) as table:
            # The key comes from the rows: dt=<dt>/region=<region>/part-<task_id>.csv.
            # One file name per task, so tasks of a run never collide; a partition an
            # earlier run already wrote is left alone (see the article's pitfalls).
            self.written = table.write(
                rows, file_name=f"part-{current.task_id}.csv", skip_existing=True
            )
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
