"""Stage: inbox folder -> Document. Lists the reports to read, their formats and content hashes.

The inbox is only ever read.
"""

from __future__ import annotations

import fnmatch
import hashlib
from pathlib import Path

from parsers.detect import detect

from tiltak_core.records import Document
from .settings import DECISIONS_PATTERN, IGNORE_FILE, Settings

# Files an office desktop leaves beside documents; never reports.
_ALWAYS_SKIPPED = ("~$*", ".~lock.*", "Thumbs.db", "desktop.ini", ".DS_Store", DECISIONS_PATTERN, IGNORE_FILE)


def _patterns(inbox: Path, settings: Settings) -> list[str]:
    patterns = list(_ALWAYS_SKIPPED) + list(settings.exclude)
    ignore = inbox / IGNORE_FILE
    if ignore.is_file():
        for line in ignore.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                patterns.append(line)
    return patterns


def _skipped(relative: str, patterns: list[str]) -> bool:
    name = relative.rsplit("/", 1)[-1]
    if any(part.startswith(".") for part in relative.split("/")):
        return True
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(relative, p) for p in patterns)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def list_documents(settings: Settings) -> list[Document]:
    """Every report file under the inbox, sorted by name, hidden and excluded files left out."""
    inbox = settings.inbox
    patterns = _patterns(inbox, settings)
    documents = []
    for path in sorted(p for p in inbox.rglob("*") if p.is_file()):
        relative = path.relative_to(inbox).as_posix()
        if _skipped(relative, patterns):
            continue
        documents.append(
            Document(path=path, source_file=relative, format=detect(path), sha256=sha256_of(path), size=path.stat().st_size)
        )
    return documents
