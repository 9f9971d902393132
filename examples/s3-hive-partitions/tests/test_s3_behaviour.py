"""The S3 client behaviours the pattern relies on, checked against moto.
Each test writes under its own table root, so tests do not see each other."""

import os
import uuid

import pytest
from metaflow import S3
from metaflow.plugins.datatools.s3 import MetaflowS3URLException

from conftest import BUCKET


@pytest.fixture
def table(s3_server):
    """A fresh table root with three partitions for one day, plus a stray file."""
    root = f"s3://{BUCKET}/scratch/{uuid.uuid4().hex}"
    with S3(s3root=root) as s3:
        s3.put_many(
            [
                ("dt=2024-01-01/region=eu/part-1.csv", "eu"),
                ("dt=2024-01-01/region=us/part-2.csv", "us"),
                ("dt=2024-01-01/region=us-west/part-3.csv", "us-west"),
                ("_SUCCESS", ""),
            ]
        )
    return root


def test_list_paths_returns_one_level(table):
    with S3(s3root=table) as s3:
        top = s3.list_paths()
        assert sorted((o.key, o.exists) for o in top) == [("_SUCCESS", True), ("dt=2024-01-01", False)]
        # A prefix has no trailing "/" in .key, but its .url ends with one.
        prefix = next(o for o in top if not o.exists)
        assert prefix.url == f"{table}/dt=2024-01-01/"
        # Keys are relative to the prefix you asked for.
        regions = s3.list_paths(["dt=2024-01-01"])
        assert sorted(o.key for o in regions) == ["region=eu", "region=us", "region=us-west"]
        assert s3.list_paths(["dt=2099-01-01/"]) == []  # a missing prefix is just empty


def test_listing_adds_the_slash_for_you(table):
    with S3(s3root=table) as s3:
        listed = s3.list_recursive(["dt=2024-01-01/region=us"])
        assert [o.url for o in listed] == [f"{table}/dt=2024-01-01/region=us/part-2.csv"]


def test_get_recursive_without_trailing_slash_matches_sibling_partitions(table):
    # #region pitfall
    with S3(s3root=table) as s3:
        loose = s3.get_recursive(["dt=2024-01-01/region=us"])  # a raw prefix match
        exact = s3.get_recursive(["dt=2024-01-01/region=us/"])  # one partition
        assert sorted(o.text for o in loose) == ["us", "us-west"]
        assert [o.text for o in exact] == ["us"]
    # #endregion pitfall


def test_keys_are_relative_and_urls_are_absolute(table):
    with S3(s3root=table) as s3:
        loose = {o.text: o for o in s3.get_recursive(["dt=2024-01-01/region=us"])}
        # Without return_info, .key is cut from the prefix you passed: for the
        # sibling partition that leaves a meaningless "west/part-3.csv".
        assert loose["us-west"].key == "west/part-3.csv"
        assert loose["us-west"].url == f"{table}/dt=2024-01-01/region=us-west/part-3.csv"
        # With return_info=True the key is relative to s3root instead.
        [info] = s3.get_recursive(["dt=2024-01-01/region=us/"], return_info=True)
        assert info.key == "dt=2024-01-01/region=us/part-2.csv"
        # With a root set, absolute URLs are refused.
        with pytest.raises(MetaflowS3URLException):
            s3.get(f"{table}/dt=2024-01-01/region=us/part-2.csv")


def test_put_with_overwrite_false_keeps_the_old_object(table):
    key = "dt=2024-01-01/region=us/part-2.csv"
    with S3(s3root=table) as s3:
        url = s3.put(key, "replaced", overwrite=False)
        assert url == f"{table}/{key}"  # returns the URL even though nothing was written
        assert s3.get(key).text == "us"
        # put_many reports only what it uploaded.
        uploaded = s3.put_many(
            [(key, "replaced"), ("dt=2024-01-01/region=us/part-9.csv", "new")], overwrite=False
        )
        assert uploaded == [("dt=2024-01-01/region=us/part-9.csv", f"{table}/dt=2024-01-01/region=us/part-9.csv")]
        assert s3.get(key).text == "us"
        # The default, overwrite=True, replaces it.
        s3.put(key, "replaced")
        assert s3.get(key).text == "replaced"


def test_no_delete_copy_or_move(s3_server):
    with S3(s3root=f"s3://{BUCKET}/scratch") as s3:
        assert not any(hasattr(s3, name) for name in ("delete", "copy", "move"))


def test_after_close_path_points_at_a_deleted_file(table):
    with S3(s3root=table) as s3:
        obj = s3.get("dt=2024-01-01/region=us/part-2.csv")
        assert obj.text == "us"
    # Leaving the block deleted the download: .path still answers, the file is gone.
    assert obj.path and not os.path.exists(obj.path)
    for read in (lambda: obj.blob, lambda: obj.text):
        with pytest.raises(FileNotFoundError):
            read()


def test_keys_without_a_root(table):
    url = f"{table}/dt=2024-01-01/region=us/part-2.csv"
    with S3() as s3:
        # Single and batch gets and infos: the key is the whole URL.
        assert s3.get(url).key == url
        assert s3.info(url).key == url
        assert [o.key for o in s3.get_many([url])] == [url]
        # Listings and get_recursive: still relative to the prefix you asked for.
        assert sorted(o.key for o in s3.list_paths([f"{table}/dt=2024-01-01"])) == [
            "region=eu", "region=us", "region=us-west",
        ]
        assert [o.key for o in s3.list_recursive([f"{table}/dt=2024-01-01/region=us/"])] == ["part-2.csv"]
        assert [o.key for o in s3.get_recursive([f"{table}/dt=2024-01-01/region=us/"])] == ["part-2.csv"]
        # get_recursive with return_info=True: relative to the root, so the whole URL here.
        assert [o.key for o in s3.get_recursive([f"{table}/dt=2024-01-01/region=us/"], return_info=True)] == [url]
