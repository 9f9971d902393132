"""Run OrdersPartitionFlow for real (local metadata and datastore, moto S3) and
check exactly what landed in the bucket."""

import json

import boto3
from conftest import BUCKET, ENDPOINT, TABLE_ROOT


def bucket_keys(prefix):
    """Every key under a prefix, read with plain boto3 (independent of Metaflow)."""
    s3 = boto3.client("s3", endpoint_url=ENDPOINT)
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix)
    return sorted(o["Key"] for page in pages for o in page.get("Contents", []))


def test_first_run_writes_one_part_per_region(runs):
    first, _, _ = runs
    # Local metadata numbers tasks 1, 2, 3... within a run: start is 1, the
    # foreach tasks (one per region, in order) are 2, 3 and 4.
    assert first.data.written == [
        "dt=2024-01-01/region=eu/part-2.csv",
        "dt=2024-01-01/region=us-west/part-4.csv",
        "dt=2024-01-01/region=us/part-3.csv",
    ]
    task_keys = sorted(
        f"dt=2024-01-01/region={t.data.region}/part-{t.id}.csv" for t in first["write_partition"]
    )
    assert task_keys == first.data.written


def test_bucket_holds_exactly_the_written_keys(runs):
    first, second, _ = runs
    assert second.data.written == [
        "dt=2024-01-02/region=eu/part-2.csv",
        "dt=2024-01-02/region=us-west/part-4.csv",
        "dt=2024-01-02/region=us/part-3.csv",
    ]
    assert bucket_keys("tables/orders/") == sorted(
        "tables/orders/" + k for k in first.data.written + second.data.written
    )


def test_part_file_content(runs):
    s3 = boto3.client("s3", endpoint_url=ENDPOINT)
    body = s3.get_object(Bucket=BUCKET, Key="tables/orders/dt=2024-01-01/region=us/part-3.csv")
    assert body["Body"].read().decode().splitlines() == [
        "order_id,amount",  # no dt or region column: those live in the key
        "2024-01-01-001,20",
        "2024-01-01-004,50",
        "2024-01-01-007,80",
    ]


def test_rerun_of_a_day_writes_nothing(runs):
    _, _, rerun = runs
    assert rerun.successful
    assert rerun.data.written == []
    assert len(bucket_keys("tables/orders/dt=2024-01-01/")) == 3


def test_manifest_lands_under_the_run_prefix(runs):
    first, _, _ = runs
    # S3(run=self) -> METAFLOW_DATATOOLS_S3ROOT / flow name / run id
    key = f"mfdata/OrdersPartitionFlow/{first.id}/manifest.json"
    assert first.data.manifest_url == f"s3://{BUCKET}/{key}"
    body = boto3.client("s3", endpoint_url=ENDPOINT).get_object(Bucket=BUCKET, Key=key)
    manifest = json.loads(body["Body"].read())
    assert manifest == {
        "table_root": TABLE_ROOT,
        "dt": "2024-01-01",
        "written": first.data.written,
    }
