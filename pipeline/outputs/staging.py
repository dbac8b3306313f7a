"""Outputs are written into a staging folder and moved into place only when the whole run succeeds."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ..errors import OutputError


class Staging:
    """`with Staging(out) as stage:` write into `stage.path`; on success each file replaces its old version
    atomically; on any error (or Ctrl-C) the staging folder goes and the previous outputs stay."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.path: Path | None = None
        self.written: list[Path] = []

    def __enter__(self) -> "Staging":
        try:
            self.out.mkdir(parents=True, exist_ok=True)
            # Inside the output folder, so the final moves are renames on one file system.
            self.path = Path(tempfile.mkdtemp(prefix=".tiltak-staging-", dir=self.out))
        except OSError as exc:
            raise OutputError(f"{self.out}: the output folder cannot be written ({exc.strerror})") from exc
        return self

    def file(self, name: str) -> Path:
        assert self.path is not None
        return self.path / name

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.path is not None
        try:
            if exc_type is None:
                for staged in sorted(self.path.iterdir()):
                    target = self.out / staged.name
                    if staged.is_dir():
                        if target.exists():
                            shutil.rmtree(target)
                        staged.rename(target)
                    else:
                        os.replace(staged, target)
                    self.written.append(target)
        finally:
            shutil.rmtree(self.path, ignore_errors=True)
