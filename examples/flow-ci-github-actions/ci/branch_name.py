"""Turn a git branch name into a valid @project branch name.

@project branch names may only contain lowercase letters, digits and
underscores, and must be at most 128 characters long, so a git branch
like `feature/Add-CI` has to be cleaned before it is passed to --branch.

    python ci/branch_name.py feature/Add-CI    # prints feature_add_ci
"""

import re
import sys

MAX_LEN = 128


# #region clean
def clean_branch(git_branch: str) -> str:
    """Lowercase, replace every character outside [a-z0-9_] with '_', cap the length."""
    cleaned = re.sub(r"[^a-z0-9_]", "_", git_branch.strip().lower())
    cleaned = re.sub(r"_+", "_", cleaned).strip("_")[:MAX_LEN]
    if not cleaned:
        raise ValueError("branch name %r has no usable characters" % git_branch)
    return cleaned


# #endregion clean

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python ci/branch_name.py GIT_BRANCH")
    print(clean_branch(sys.argv[1]))
