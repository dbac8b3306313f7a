"""Build every document, truth.csv and README.md."""
import os
import shutil
import tempfile

from . import DOCS
from .common import fresh_dir, write_truth
from .readme import write_readme


def check_truth():
    """Sanity checks on the truth data itself."""
    seen = {}
    for d in DOCS:
        members = set()
        for r in d.ROWS:
            key = r["seed"]
            assert (d.MEMBER, key) not in members, (d.FILE, key)
            members.add((d.MEMBER, key))
            if key.startswith("U"):
                assert key not in seen, ("U seed reused", key)
            if key in seen and not key.startswith("U"):
                assert seen[key] == (r["delmal"], r["type"]), ("inconsistent seed", key, d.FILE)
            seen[key] = (r["delmal"], r["type"])
    for d in DOCS:
        assert (d.ROWS == []) == (d.MEMBER == ""), d.FILE


def build_all(out):
    check_truth()
    fresh_dir(out)
    tmp = tempfile.mkdtemp(prefix="h41_")
    try:
        for d in DOCS:
            d.build(out, tmp)
            assert os.path.exists(os.path.join(out, d.FILE)), d.FILE
        write_truth([d for d in DOCS if d.ROWS], os.path.join(out, "truth.csv"))
        write_readme(DOCS, os.path.join(out, "README.md"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
