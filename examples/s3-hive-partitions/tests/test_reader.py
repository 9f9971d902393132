"""reader.py and HiveTable's discovery, on the table the flow wrote."""

import flow
import reader
from conftest import TABLE_ROOT
from hive import HiveTable
from reader import main, read_table


def test_flow_and_reader_agree_on_the_partition_columns():
    assert flow.PARTITION_COLUMNS == reader.PARTITION_COLUMNS == ("dt", "region")


def test_partitions_finds_every_partition(runs):
    with HiveTable(TABLE_ROOT, reader.PARTITION_COLUMNS) as table:
        assert table.partitions() == [
            "dt=2024-01-01/region=eu/",
            "dt=2024-01-01/region=us-west/",
            "dt=2024-01-01/region=us/",
            "dt=2024-01-02/region=eu/",
            "dt=2024-01-02/region=us-west/",
            "dt=2024-01-02/region=us/",
        ]


def test_partitions_prunes_with_where(runs):
    with HiveTable(TABLE_ROOT, reader.PARTITION_COLUMNS) as table:
        assert table.partitions({"region": {"us"}}) == [
            "dt=2024-01-01/region=us/",
            "dt=2024-01-02/region=us/",
        ]
        after_new_year = {"dt": lambda d: d > "2024-01-01", "region": {"eu", "us-west"}}
        assert table.partitions(after_new_year) == [
            "dt=2024-01-02/region=eu/",
            "dt=2024-01-02/region=us-west/",
        ]
        assert table.partitions({"dt": {"1999-12-31"}}) == []


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
