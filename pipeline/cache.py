"""Per-document results and the last consolidation, cached as checked JSON in a folder marked as tiltak's.

A re-run after one report is added or replaced parses only that one. The fingerprint covers the
code that reads and matches a document (its packages whole), the libraries' versions, the catalogue
and the parse options, so a change to any of them reads everything anew. The cache deletes only its
own entries inside a folder carrying its marker; an entry that fails its checksum or version check is dropped and its document read again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from .atomic import write_replacing
from .codehash import code_fingerprint, program_version

if TYPE_CHECKING:
    from .settings import Settings

# The code whose output is cached: these packages whole, and the pipeline modules the stage runner
# imports (found by reading the imports, so a module added to either counts).
PARSING_PACKAGES = ("tiltak_core", "parsers", "normalise")
PARSING_ENTRY = "pipeline.work"

MARKER = "tiltak-hurtigbuffer.txt"
_MARKER_TEXT = (
    "tiltak-hurtigbuffer 1\n"
    "Denne mappen er hurtigbufferen til tiltak: leste rapporter, lagret for å spare tid.\n"
    "tiltak sletter bare sine egne oppføringer her. Mappen kan slettes når som helst.\n"
)
DOCUMENTS, RUNS = "dokumenter", "kjoringer"
_FINGERPRINT = re.compile(r"^[0-9a-f]{20}$")
_DIGEST = re.compile(r"^[0-9a-f]{64}\.json$")
ENTRY_FORMAT = 1


def fingerprint(settings: "Settings", root: Path | None = None) -> str:
    """What a document's result depends on besides its bytes and name: the code that reads and matches it,
    with its data files and the versions of the libraries it uses, the catalogue and the parse options.
    The code's digest is remembered in the cache folder `root` when there is one."""
    digest = hashlib.sha256(code_fingerprint(PARSING_PACKAGES, (PARSING_ENTRY,), memo=root).encode())
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
    return Path(platformdirs.user_cache_dir("tiltak")) / "hurtigbuffer"


class CacheRefused(Exception):
    """A cache folder the run will not use; the message says why and what to do, in Norwegian."""


def _private_folder(path: Path) -> None:
    """Create `path` and any missing parents, each readable by its owner only (whatever the umask)."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)


def _checked(root: Path) -> None:
    """Refuse a folder others could plant entries in, or one that is not the cache's own."""
    st = root.stat()
    if not stat.S_ISDIR(st.st_mode):
        raise CacheRefused(f"hurtigbufferen {root} er ikke en mappe; velg en annen med --cache-dir")
    if hasattr(os, "geteuid") and st.st_uid != os.geteuid():
        raise CacheRefused(f"hurtigbufferen {root} har en annen eier enn deg, så den brukes ikke; velg en egen "
                           "mappe med --cache-dir")
    if st.st_mode & 0o022:
        raise CacheRefused(f"hurtigbufferen {root} kan skrives i av andre, så den brukes ikke; kjør "
                           f"«chmod go-w {root}» eller velg en annen mappe med --cache-dir")
    marker = root / MARKER
    if marker.is_file() and not marker.is_symlink():
        with open(marker, encoding="utf-8", errors="replace") as f:
            if f.readline() == _MARKER_TEXT.splitlines(keepends=True)[0]:
                return
    if any(root.iterdir()):
        raise CacheRefused(f"{root} er ikke merket som tiltak sin hurtigbuffer og har annet innhold, så tiltak "
                           "verken bruker eller sletter noe der; velg en ny eller tom mappe med --cache-dir")
    fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(_MARKER_TEXT)


def open_cache(settings: "Settings") -> tuple[Path | None, str]:
    """The cache folder to use (created private and marked if new) or None, and a note when it is not used."""
    if not settings.cache:
        return None, ""
    root = Path(settings.cache_dir or default_cache_dir()).absolute()
    try:
        if root.resolve().is_relative_to(settings.inbox.resolve()):
            raise CacheRefused(f"hurtigbufferen {root} ligger inne i innboksen, som aldri skal endres; velg en "
                               "annen mappe med --cache-dir")
        if not root.exists():
            _private_folder(root)
        _checked(root)
    except CacheRefused as refused:
        return None, f"{refused}. Rapportene ble lest uten hurtigbuffer"
    except OSError as exc:
        return None, (f"hurtigbufferen {root} kan ikke brukes ({exc.strerror or exc}); rapportene ble lest uten "
                      "hurtigbuffer")
    return root, ""


class _Damaged(Exception):
    """An entry that fails to load or verify."""


def _read_entry(path: Path, header: dict[str, str]) -> object | None:
    """The data an entry holds, if it is there; _Damaged if it fails to parse or to match `header` and its checksum."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise _Damaged(str(exc)) from exc
    try:
        entry = json.loads(text)
        if not isinstance(entry, dict) or any(entry.get(k) != v for k, v in header.items()):
            raise _Damaged("another program version, or not an entry")
        payload = entry.get("payload")
        if not isinstance(payload, str) or hashlib.sha256(payload.encode()).hexdigest() != entry.get("checksum"):
            raise _Damaged("checksum")
        return json.loads(payload)
    except ValueError as exc:
        raise _Damaged(str(exc)) from exc


def _write_entry(path: Path, header: dict[str, str], data: object) -> None:
    """Write an entry atomically (a private file, renamed into place); a cache that cannot be written only costs time."""
    # ASCII: a path whose name is not UTF-8 (kept with surrogate escapes) is stored as it is.
    payload = json.dumps(data, separators=(",", ":"))
    text = json.dumps({**header, "checksum": hashlib.sha256(payload.encode()).hexdigest(), "payload": payload},
                      ensure_ascii=False)
    try:
        _private_folder(path.parent)
        write_replacing(path, text)
    except OSError:
        pass


class DocumentCache:
    """One checked JSON entry per (content, name) under a folder for the current fingerprint."""

    def __init__(self, root: Path, fingerprint: str) -> None:
        self.base = root / DOCUMENTS
        self.folder = self.base / fingerprint[:20]
        self.header = {"format": str(ENTRY_FORMAT), "program": program_version(), "fingerprint": fingerprint}
        self.notes: list[str] = []

    def prune(self) -> None:
        """Entries of other program versions are dead weight: remove their folders, and only those."""
        if not self.base.is_dir():
            return
        for other in self.base.iterdir():
            if _FINGERPRINT.match(other.name) and other.is_dir() and not other.is_symlink() and other != self.folder:
                shutil.rmtree(other, ignore_errors=True)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, label: str) -> object | None:
        """The data stored under `key`; None when there is none or it was damaged (then dropped, with a note)."""
        try:
            return _read_entry(self._path(key), {**self.header, "key": key})
        except _Damaged:
            self.drop(key, label)
            return None

    def drop(self, key: str, label: str) -> None:
        self._path(key).unlink(missing_ok=True)
        self.notes.append(f"hurtigbufferen for {label} var skadet eller ugyldig og ble forkastet; filen ble lest på nytt")

    def put(self, key: str, data: object) -> None:
        _write_entry(self._path(key), {**self.header, "key": key}, data)


class RunCache:
    """The consolidated register of the last run over an inbox, by the run's state digest: a run over
    unchanged inputs takes it from here instead of deduplicating again."""

    def __init__(self, root: Path) -> None:
        self.folder = root / RUNS
        self.header = {"format": str(ENTRY_FORMAT), "program": program_version()}

    def get(self, state: str) -> object | None:
        try:
            return _read_entry(self.folder / f"{state}.json", {**self.header, "key": state})
        except _Damaged:
            (self.folder / f"{state}.json").unlink(missing_ok=True)
            return None

    def put(self, state: str, value: object) -> None:
        """Store under `state`; earlier entries are dropped (only the last run's state is ever asked for)."""
        if self.folder.is_dir():
            for old in self.folder.iterdir():
                if _DIGEST.match(old.name) and old.stem != state:
                    old.unlink(missing_ok=True)
        _write_entry(self.folder / f"{state}.json", {**self.header, "key": state}, value)
