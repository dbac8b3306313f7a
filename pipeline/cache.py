"""Per-document results cached by content hash and the program's fingerprint.

A re-run after one report is added or replaced parses only that one. The fingerprint covers the
code that reads and matches a document, the catalogue and the parse options, so a change to any
of them reads everything anew.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from dataclasses import replace
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from tiltak_core.records import Document

if TYPE_CHECKING:
    from .settings import Settings
    from .work import Processed

# The code whose output is cached: a change to any of it invalidates every entry.
_CODE_PACKAGES = ("tiltak_core", "parsers", "normalise")
_CODE_MODULES = ("extract.py", "rows.py", "prose.py", "match.py", "work.py", "year.py")


def _version() -> str:
    try:
        return metadata.version("tiltak")
    except metadata.PackageNotFoundError:
        return "0"


def code_fingerprint(packages: tuple[str, ...] = _CODE_PACKAGES, modules: tuple[str, ...] = _CODE_MODULES) -> str:
    """Hash of the program's code and data files in `packages`, and the pipeline `modules` named."""
    digest = hashlib.sha256(_version().encode())
    for package in packages:
        root = Path(str(resources.files(package)))
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".toml", ".csv", ".j2", ".js", ".css") and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode() + path.read_bytes())
    here = Path(__file__).parent
    for name in modules:
        digest.update(name.encode() + (here / name).read_bytes())
    return digest.hexdigest()


def fingerprint(settings: "Settings") -> str:
    """What a document's result depends on besides its bytes and name."""
    digest = hashlib.sha256(code_fingerprint().encode())
    if settings.catalogue is not None:
        digest.update(Path(settings.catalogue).read_bytes())
    options = settings.parse_options()
    digest.update(repr((options.pdf_tables, options.max_pages, options.max_unpacked_bytes, options.ocr_language,
                        settings.limits.max_file_bytes)).encode())
    if settings.password:
        # The password changes what an encrypted report yields; only its hash is kept.
        digest.update(hashlib.sha256(settings.password.encode()).digest())
    return digest.hexdigest()


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("tiltak")) / "dokumenter"


def _load(path: Path) -> object | None:
    """What a cache file holds; None when it is missing or was written by another program version."""
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        return None


def _store(path: Path, value: object) -> None:
    """Write a cache file atomically; a cache that cannot be written only costs time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass


class RunCache:
    """The consolidated register of the last run over an inbox, by the run's state digest: a run over
    unchanged inputs takes it from here instead of deduplicating again."""

    def __init__(self, root: Path) -> None:
        self.folder = root.parent / "kjoringer"

    def get(self, state: str) -> object | None:
        return _load(self.folder / f"{state}.pickle")

    def put(self, state: str, value: object) -> None:
        """Store under `state`; earlier entries are dropped (only the last run's state is ever asked for)."""
        for old in self.folder.glob("*.pickle"):
            if old.stem != state:
                old.unlink(missing_ok=True)
        _store(self.folder / f"{state}.pickle", value)


class DocumentCache:
    """One pickle per (content, name) under a folder for the current fingerprint."""

    def __init__(self, root: Path, fingerprint: str) -> None:
        self.root = root
        self.folder = root / fingerprint[:20]

    def prune(self) -> None:
        """Entries of other program versions are dead weight: remove them."""
        if self.root.is_dir():
            for other in self.root.iterdir():
                if other.is_dir() and other != self.folder:
                    shutil.rmtree(other, ignore_errors=True)

    def _path(self, document: Document) -> Path:
        key = hashlib.sha256(f"{document.sha256}|{document.source_file}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, document: Document) -> "Processed | None":
        processed = _load(self._path(document))
        if processed is None:
            return None
        # Same bytes and name, maybe in another inbox: the result holds for the file as it is now.
        result = replace(processed.result, document=document)
        return replace(processed, result=result, cached=True)

    def put(self, document: Document, processed: "Processed") -> None:
        _store(self._path(document), processed)
