"""hive.py: what the helper does for you, checked against moto.

Each test writes under its own table root, so tests do not see each other."""

import uuid

import boto3
import pytest

from conftest import BUCKET, ENDPOINT
from hive import HiveTable, PartitionError, parse_partition, partition_path

COLUMNS = ("dt", "region")


def rows_for(dt, region, *amounts):
    return [
        {"order_id": f"{region}-{i}", "dt": dt, "region": region, "amount": a}
        for i, a in enumerate(amounts)
    ]


@pytest.fixture
def root(s3_server):
    return f"s3://{BUCKET}/hive/{uuid.uuid4().hex}"


def bucket_keys(root):
    prefix = root.split(f"s3://{BUCKET}/", 1)[1] + "/"
    s3 = boto3.client("s3", endpoint_url=ENDPOINT)
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix)
    return sorted(o["Key"][len(prefix):] for page in pages for o in page.get("Contents", []))


def test_partition_path_comes_from_the_row():
    row = {"amount": 5, "region": "us-west", "dt": "2024-01-01"}
    assert partition_path(row, COLUMNS) == "dt=2024-01-01/region=us-west/"
    assert partition_path(row, ("region",)) == "region=us-west/"


@pytest.mark.parametrize(
    "row, message",
    [
        ({"dt": "2024-01-01"}, "has no value for partition column 'region' (partition columns: dt, region)"),
        ({"dt": "2024/01/01", "region": "us"}, "partition column 'dt' has the value '2024/01/01'"),
        ({"dt": "2024-01-01", "region": "a=b"}, "partition column 'region' has the value 'a=b'"),
        ({"dt": "", "region": "us"}, "partition column 'dt' has the value ''"),
    ],
)
def test_partition_path_refuses_values_that_break_the_layout(row, message):
    with pytest.raises(PartitionError) as error:
        partition_path(row, COLUMNS)
    assert message in str(error.value)


def test_parse_partition():
    assert parse_partition("dt=2024-01-01/region=us-west/part-4.csv") == {
        "dt": "2024-01-01",
        "region": "us-west",
    }
    assert parse_partition("_SUCCESS") == {}


def test_write_derives_keys_and_leaves_partition_columns_out_of_the_files(root):
    rows = rows_for("2024-01-01", "us", 10, 20) + rows_for("2024-01-01", "us-west", 30)
    with HiveTable(root, COLUMNS) as table:
        written = table.write(rows, file_name="part-7.csv")
    assert written == [
        "dt=2024-01-01/region=us-west/part-7.csv",
        "dt=2024-01-01/region=us/part-7.csv",
    ]
    assert bucket_keys(root) == written
    body = boto3.client("s3", endpoint_url=ENDPOINT).get_object(
        Bucket=BUCKET, Key=root.split(f"s3://{BUCKET}/", 1)[1] + "/" + written[1]
    )["Body"].read().decode()
    assert body.splitlines() == ["order_id,amount", "us-0,10", "us-1,20"]


def test_read_of_region_us_never_returns_region_us_west(root):
    # The trap: "region=us" is a string prefix of "region=us-west".
    with HiveTable(root, COLUMNS) as table:
        table.write(rows_for("2024-01-01", "us", 1) + rows_for("2024-01-01", "us-west", 2), "part-1.csv")
        # The raw client, given the prefix without "/", matches both partitions ...
        loose = table.s3.get_recursive(["dt=2024-01-01/region=us"])
        assert sorted(o.url.rsplit("/", 2)[1] for o in loose) == ["region=us", "region=us-west"]
        # ... HiveTable matches values exactly and downloads with "/"-terminated prefixes.
        assert table.partitions({"region": {"us"}}) == ["dt=2024-01-01/region=us/"]
        assert table.read({"region": {"us"}}) == [
            {"order_id": "us-0", "amount": "1", "dt": "2024-01-01", "region": "us"}
        ]
        # A predicate sees the value, so asking for a prefix match is explicit.
        assert len(table.read({"region": lambda r: r.startswith("us")})) == 2


def test_read_prunes_each_level_and_ignores_stray_objects(root):
    with HiveTable(root, COLUMNS) as table:
        table.write(rows_for("2024-01-01", "eu", 1) + rows_for("2024-01-02", "eu", 2), "part-1.csv")
        table.s3.put_many([("_SUCCESS", ""), ("notes/readme.txt", "not a partition")])
        assert table.partitions() == ["dt=2024-01-01/region=eu/", "dt=2024-01-02/region=eu/"]
        assert [r["dt"] for r in table.read({"dt": {"2024-01-02"}})] == ["2024-01-02"]
        assert table.read({"dt": {"2030-01-01"}}) == []


def test_skip_existing_leaves_written_partitions_alone(root):
    with HiveTable(root, COLUMNS) as table:
        table.write(rows_for("2024-01-01", "us", 1), "part-1.csv")
        again = rows_for("2024-01-01", "us", 99) + rows_for("2024-01-01", "eu", 5)
        assert table.write(again, "part-2.csv", skip_existing=True) == ["dt=2024-01-01/region=eu/part-2.csv"]
        assert [r["amount"] for r in table.read({"region": {"us"}})] == ["1"]
        # Without skip_existing, a second file lands next to the first one.
        table.write(again, "part-3.csv")
    assert "dt=2024-01-01/region=us/part-3.csv" in bucket_keys(root)


def test_filter_on_a_column_that_is_not_a_partition_column_is_an_error(root):
    with HiveTable(root, COLUMNS) as table:
        with pytest.raises(PartitionError) as error:
            table.partitions({"country": {"us"}})
    assert str(error.value) == "cannot filter on 'country': the partition columns are dt, region"
