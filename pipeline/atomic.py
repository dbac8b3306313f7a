"""Files replaced whole: written beside their place and renamed into it, so a reader sees the old or the new."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_replacing(path: Path, text: str) -> None:
    """Write `text` into a private temporary file in `path`'s folder, then rename it onto `path`; the
    temporary file is removed if anything fails (the error is the caller's to judge)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
