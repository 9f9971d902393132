"""Read a Hive-style partitioned table back from S3, pruning partitions by key.

    python reader.py s3://my-bucket/tables/orders --region us --dt 2024-01-01

Works anywhere Metaflow's S3 client does: a notebook, a script, another flow.
"""

import argparse
import csv
import io

from metaflow import S3

# The partition columns, outermost first. They are part of the table's schema.
PARTITION_COLUMNS = ("dt", "region")


# #region parse
def parse_partition(path):
    """'dt=2024-01-01/region=us/part-3.csv' -> {'dt': '2024-01-01', 'region': 'us'}"""
    return dict(seg.split("=", 1) for seg in path.strip("/").split("/") if "=" in seg)
# #endregion parse


def relative_to(url, table_root):
    """The part of an s3:// URL below table_root: the Hive path of an object or prefix."""
    root = table_root.rstrip("/") + "/"
    if not url.startswith(root):
        raise ValueError(f"{url} is not under {root}")
    return url[len(root):]


def _wanted(value, condition):
    """A condition is a collection of allowed values or a predicate."""
    return condition(value) if callable(condition) else value in condition


# #region discover
def list_partitions(s3, table_root, where=None):
    """Walk the key=value levels with list_paths, one level per partition column,
    pruning with `where` on the way down. Returns partition prefixes relative to
    table_root, each ending with "/", e.g. "dt=2024-01-01/region=us/"."""
    where = where or {}
    prefixes = [None]  # None lists the table root itself
    for column in PARTITION_COLUMNS:
        found = []
        for obj in s3.list_paths(prefixes):
            if obj.exists:
                continue  # an object, not a prefix (say, a stray _SUCCESS file)
            path = relative_to(obj.url, table_root)  # prefix URLs end with "/"
            value = parse_partition(path).get(column)
            if value is None:
                continue  # a folder that is not a column=value level
            if column in where and not _wanted(value, where[column]):
                continue  # pruned: nothing below this prefix is listed or read
            found.append(path)
        prefixes = sorted(found)
        if not prefixes:
            break
    return prefixes
# #endregion discover


# #region read
def read_table(table_root, where=None):
    """Rows of every partition that passes `where`, with the partition columns
    put back from the keys (the CSV files do not contain them)."""
    rows = []
    with S3(s3root=table_root) as s3:
        prefixes = list_partitions(s3, table_root, where)
        if not prefixes:
            return rows
        # Every prefix ends with "/", so region=us/ cannot also match region=us-west/.
        for obj in s3.get_recursive(prefixes):
            values = parse_partition(relative_to(obj.url, table_root))
            for row in csv.DictReader(io.StringIO(obj.text)):
                rows.append({**values, **row})
    # Read .text inside the with block: the downloaded files are deleted on exit.
    return sorted(rows, key=lambda r: (r["dt"], r["region"], r["order_id"]))
# #endregion read


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("table_root", help="s3:// URL of the table")
    for column in PARTITION_COLUMNS:
        parser.add_argument(f"--{column}", action="append", help=f"keep only this {column}")
    args = parser.parse_args(argv)
    where = {c: set(getattr(args, c)) for c in PARTITION_COLUMNS if getattr(args, c)}
    rows = read_table(args.table_root, where)
    totals = {}
    for row in rows:
        part = (row["dt"], row["region"])
        totals[part] = totals.get(part, 0) + int(row["amount"])
    for (dt, region), total in sorted(totals.items()):
        print(f"dt={dt} region={region} orders_total={total}")
    return totals


if __name__ == "__main__":
    main()
