"""reader.py: partition discovery, pruning and reading, on the table the flow wrote."""

from metaflow import S3

from conftest import TABLE_ROOT
from reader import list_partitions, main, parse_partition, read_table


def test_parse_partition():
    assert parse_partition("dt=2024-01-01/region=us-west/part-4.csv") == {
        "dt": "2024-01-01",
        "region": "us-west",
    }
    assert parse_partition("dt=2024-01-01/") == {"dt": "2024-01-01"}
    assert parse_partition("_SUCCESS") == {}


def test_list_partitions_finds_every_partition(runs):
    with S3(s3root=TABLE_ROOT) as s3:
        assert list_partitions(s3, TABLE_ROOT) == [
            "dt=2024-01-01/region=eu/",
            "dt=2024-01-01/region=us-west/",
            "dt=2024-01-01/region=us/",
            "dt=2024-01-02/region=eu/",
            "dt=2024-01-02/region=us-west/",
            "dt=2024-01-02/region=us/",
        ]


def test_list_partitions_prunes_with_where(runs):
    with S3(s3root=TABLE_ROOT) as s3:
        assert list_partitions(s3, TABLE_ROOT, {"region": {"us"}}) == [
            "dt=2024-01-01/region=us/",
            "dt=2024-01-02/region=us/",
        ]
        after_new_year = {"dt": lambda d: d > "2024-01-01", "region": {"eu", "us-west"}}
        assert list_partitions(s3, TABLE_ROOT, after_new_year) == [
            "dt=2024-01-02/region=eu/",
            "dt=2024-01-02/region=us-west/",
        ]
        assert list_partitions(s3, TABLE_ROOT, {"dt": {"1999-12-31"}}) == []


def test_read_table_filters_and_restores_partition_columns(runs):
    rows = read_table(TABLE_ROOT, {"dt": {"2024-01-01"}, "region": {"us"}})
    # region=us only: the us-west partition is not read, thanks to the trailing "/".
    assert rows == [
        {"dt": "2024-01-01", "region": "us", "order_id": "2024-01-01-001", "amount": "20"},
        {"dt": "2024-01-01", "region": "us", "order_id": "2024-01-01-004", "amount": "50"},
        {"dt": "2024-01-01", "region": "us", "order_id": "2024-01-01-007", "amount": "80"},
    ]
    assert read_table(TABLE_ROOT, {"region": {"nowhere"}}) == []


def test_cli_totals(runs, capsys):
    totals = main([TABLE_ROOT, "--dt", "2024-01-02"])
    assert totals == {
        ("2024-01-02", "eu"): 10 + 40 + 70,
        ("2024-01-02", "us"): 20 + 50 + 80,
        ("2024-01-02", "us-west"): 30 + 60 + 90,
    }
    assert "dt=2024-01-02 region=us orders_total=150" in capsys.readouterr().out
