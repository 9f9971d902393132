"""Read a Hive-style partitioned table back from S3, pruning partitions by key.

    python reader.py s3://my-bucket/tables/orders --region us --dt 2024-01-01

Works anywhere Metaflow's S3 client does: a notebook, a script, another flow.
It needs the table root and the partition columns, not the flow's code.
"""

import argparse

from hive import HiveTable

# The partition columns, outermost first. They are part of the table's schema.
PARTITION_COLUMNS = ("dt", "region")


# #region read
def read_table(table_root, where=None):
    """Rows of every partition that passes `where`, sorted, with dt and region
    restored from the keys (the CSV files do not contain them)."""
    with HiveTable(table_root, PARTITION_COLUMNS) as table:
        rows = table.read(where)  # read inside the with block: downloads are deleted on exit
    return sorted(rows, key=lambda r: (r["dt"], r["region"], r["order_id"]))
# #endregion read


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("table_root", help="s3:// URL of the table")
    for column in PARTITION_COLUMNS:
        parser.add_argument(f"--{column}", action="append", help=f"keep only this {column}")
    args = parser.parse_args(argv)
    where = {c: set(getattr(args, c)) for c in PARTITION_COLUMNS if getattr(args, c)}
    totals = {}
    for row in read_table(args.table_root, where):
        part = (row["dt"], row["region"])
        totals[part] = totals.get(part, 0) + int(row["amount"])
    for (dt, region), total in sorted(totals.items()):
        print(f"dt={dt} region={region} orders_total={total}")
    return totals


if __name__ == "__main__":
    main()
