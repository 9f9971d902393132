"""Hive-style partitions on top of Metaflow's S3 client.

`metaflow.S3` knows keys, not partitions. This module is the part that is automatic
for the reader of the pattern:

- on write, the `column=value/` path of every row is derived from the row's own
  partition columns, rows are grouped into one CSV file per partition, the partition
  columns are left out of the files, and every prefix ends with "/";
- on read, partitions are found by listing one `column=value` level at a time,
  pruned with a filter before the next level is listed, downloaded with prefixes
  that end in "/" (so `region=us` never pulls in `region=us-west`), and the
  partition columns are put back into each row from the object's URL.

Uploads, listings and downloads are `metaflow.S3` calls (`put_files`, `list_paths`,
`get_recursive`); nothing here deletes, copies or locks anything.

    with HiveTable("s3://my-bucket/tables/orders", ("dt", "region")) as table:
        table.write(rows, file_name="part-7.csv")
        us_rows = table.read(where={"region": {"us"}})
"""

import csv
import io
import os
import tempfile

from metaflow import S3


class PartitionError(ValueError):
    """A row or a filter that does not fit the table's partition columns."""


# #region path
def partition_path(values, columns):
    """{'dt': '2024-01-01', 'region': 'us', ...} -> 'dt=2024-01-01/region=us/'

    `values` is a row (or any mapping) holding every partition column. A value
    that would change the layout (empty, or containing "/" or "=") is refused."""
    parts = []
    for column in columns:
        if column not in values:
            raise PartitionError(
                f"row {dict(values)!r} has no value for partition column {column!r} "
                f"(partition columns: {', '.join(columns)})"
            )
        value = str(values[column])
        if not value or "/" in value or "=" in value:
            raise PartitionError(
                f"partition column {column!r} has the value {value!r}: a partition value "
                "must be non-empty and contain neither '/' nor '='"
            )
        parts.append(f"{column}={value}/")
    return "".join(parts)
# #endregion path


# #region parse
def parse_partition(path):
    """'dt=2024-01-01/region=us/part-3.csv' -> {'dt': '2024-01-01', 'region': 'us'}"""
    return dict(seg.split("=", 1) for seg in path.strip("/").split("/") if "=" in seg)
# #endregion parse


def _wanted(value, condition):
    """A condition is a collection of allowed values or a predicate."""
    return condition(value) if callable(condition) else value in condition


class HiveTable:
    """A partitioned CSV table under one S3 root, read and written through metaflow.S3.

    A context manager: it opens `S3(s3root=root)`, whose downloads are deleted when
    the `with` block ends. `columns` are the partition columns, outermost first."""

    def __init__(self, root, columns, **s3_kwargs):
        if not columns:
            raise PartitionError("a HiveTable needs at least one partition column")
        self.root = root.rstrip("/")
        self.columns = tuple(columns)
        self._s3_kwargs = s3_kwargs
        self.s3 = None

    def __enter__(self):
        self.s3 = S3(s3root=self.root, **self._s3_kwargs)
        return self

    def __exit__(self, *exc):
        self.s3.close()

    def _relative(self, url):
        """The part of an s3:// URL below the table root: its Hive path."""
        root = self.root + "/"
        if not url.startswith(root):
            raise ValueError(f"{url} is not under {root}")
        return url[len(root):]

    # #region write
    def write(self, rows, file_name, skip_existing=False):
        """Write rows as one CSV file per partition and return the keys written.

        Each row's partition is derived from its own partition columns, which are
        left out of the file. With `skip_existing`, a partition that already holds
        an object is left alone (a check, then a write: not atomic)."""
        groups = {}
        for row in rows:
            groups.setdefault(partition_path(row, self.columns), []).append(row)
        if skip_existing and groups:
            taken = {obj.prefix for obj in self.s3.list_paths(list(groups))}
            groups = {p: r for p, r in groups.items() if f"{self.root}/{p}" not in taken}
        if not groups:
            return []
        with tempfile.TemporaryDirectory() as tmp:
            uploads = []
            for i, (prefix, group) in enumerate(sorted(groups.items())):
                local = os.path.join(tmp, f"{i}.csv")
                # The partition columns live in the key, not in the file (as in Hive).
                data = [{k: v for k, v in row.items() if k not in self.columns} for row in group]
                with open(local, "w", newline="") as f:
                    writer = csv.DictWriter(f, fieldnames=list(data[0]))
                    writer.writeheader()
                    writer.writerows(data)
                uploads.append((prefix + file_name, local))
            return sorted(key for key, _url in self.s3.put_files(uploads))
    # #endregion write

    # #region partitions
    def partitions(self, where=None):
        """Partition prefixes that pass `where`, e.g. ['dt=2024-01-01/region=us/'].

        `where` maps a partition column to allowed values or to a predicate. Each
        level is listed with list_paths, and pruned before the next one is listed."""
        where = dict(where or {})
        unknown = sorted(set(where) - set(self.columns))
        if unknown:
            raise PartitionError(
                f"cannot filter on {', '.join(map(repr, unknown))}: "
                f"the partition columns are {', '.join(self.columns)}"
            )
        prefixes = [None]  # None lists the table root itself
        for column in self.columns:
            found = []
            for obj in self.s3.list_paths(prefixes):
                if obj.exists:
                    continue  # an object, not a prefix (say, a stray _SUCCESS file)
                path = self._relative(obj.url)  # prefix URLs end with "/"
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
    # #endregion partitions

    # #region read
    def read(self, where=None):
        """Rows of every partition that passes `where`, partition columns restored
        from each object's URL. Every value comes back as a string."""
        prefixes = self.partitions(where)
        if not prefixes:
            return []
        rows = []
        # Every prefix ends with "/", so region=us/ cannot also match region=us-west/.
        for obj in self.s3.get_recursive(prefixes):
            values = parse_partition(self._relative(obj.url))
            for row in csv.DictReader(io.StringIO(obj.text)):
                rows.append({**row, **values})
        return rows
    # #endregion read
