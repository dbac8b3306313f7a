"""Stage: inbox folder -> Document. Lists the reports to read, their formats and content hashes, and gives
every entry it cannot read an outcome of its own.

The inbox is only ever read. Links out of it are not followed; special files are never opened; a file
over the size limit is not hashed; of identical files the one that looks like the original is read.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from parsers.detect import detect

from tiltak_core.outcomes import FileOutcome, Rejection
from tiltak_core.records import Document
from .workbooks import is_review_workbook
from .extract import DocumentResult
from .settings import IGNORE_FILE, Settings
from .unpack import take_out

# Files an office desktop leaves beside documents; never reports.
_ALWAYS_SKIPPED = ("~$*", ".~lock.*", "Thumbs.db", "desktop.ini", ".DS_Store", IGNORE_FILE)
# What a copy's name says of it: "Kopi av x", "x - Kopi", "x (1)", "x - Copy", "VS: videresendt x".
_COPY_NAME = re.compile(r"(?<![^\W\d_])(kopi|copy|videresendt)(?![^\W\d_])|\(\d+\)", re.IGNORECASE)
_NO_ACCESS = "Gi programmet lesetilgang (chmod/eier) og kjør igjen"


@dataclass(frozen=True)
class Listing:
    """What the inbox holds: the files to read, the entries given an outcome here, and the copies."""

    documents: tuple[Document, ...]  # regular files to read, by name (copies among them)
    set_aside: tuple[DocumentResult, ...] = ()  # entries that are not read: their outcome is decided here
    copies: dict[str, str] = field(default_factory=dict)  # a copy's name -> the name of the file read instead
    workbooks: tuple[Document, ...] = ()  # reviewers' workbooks (known by content): never reports
    notes: tuple[str, ...] = ()


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


def document_of(path: Path, relative: str, max_file_bytes: int, size: int | None = None) -> Document:
    """The Document of a regular file (OSError when it cannot be read): its format from its content, and
    its hash unless it is over `max_file_bytes`, when it is refused by its size and never read through."""
    size = path.stat().st_size if size is None else size
    digest = sha256_of(path) if size <= max_file_bytes else ""
    return Document(path, relative, detect(path), digest, size)


def shown(name: str) -> str:
    """A file name as it can be shown and written: bytes that are not UTF-8 become U+FFFD."""
    return os.fsencode(name).decode("utf-8", errors="replace")


def _special(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "et rør (FIFO)"
    if stat.S_ISSOCK(mode):
        return "en socket"
    return "en enhet" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "en spesialfil"


def _unreadable(exc: OSError, what: str = "filen", consequence: str = "") -> Rejection:
    if isinstance(exc, PermissionError):
        return Rejection("unreadable", f"{what} kan ikke leses: programmet har ikke tilgang til den{consequence}",
                         _NO_ACCESS)
    return Rejection("unreadable", f"{what} kan ikke leses ({exc.strerror or exc}){consequence}",
                     "Sjekk at disken eller nettverksmappen er tilgjengelig, og kjør igjen")


class _Walk:
    """One pass over the inbox, collecting documents, set-aside entries and modification times."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.root = settings.inbox
        self.real_root = settings.inbox.resolve()
        self.patterns = _patterns(settings.inbox, settings)
        self.documents: list[Document] = []
        self.workbooks: list[Document] = []
        self.set_aside: list[DocumentResult] = []
        self.mtimes: dict[str, float] = {}
        self.odd_names = 0

    def aside(self, path: Path, relative: str, outcome: FileOutcome, rejection: Rejection) -> None:
        self.set_aside.append(DocumentResult(Document(path, relative, "", "", 0), outcome, rejection=rejection))

    def folder(self, path: Path, prefix: str) -> None:
        try:
            with os.scandir(path) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            self.aside(path, prefix.rstrip("/") or ".", FileOutcome.REJECTED,
                       _unreadable(exc, "mappen", ", så rapportene i den er ikke med"))
            return
        for entry in entries:
            relative = prefix + shown(entry.name)
            if relative != prefix + entry.name:
                self.odd_names += 1
            if not _skipped(relative, self.patterns):
                self.entry(Path(entry.path), relative)

    def entry(self, path: Path, relative: str) -> None:
        try:
            st = path.lstat()
            if stat.S_ISLNK(st.st_mode):
                target = Path(os.path.realpath(path))
                if not target.exists():
                    self.aside(path, relative, FileOutcome.REJECTED, Rejection(
                        "broken_link", f"filen er en lenke til {shown(str(target))}, men den finnes ikke",
                        "Legg selve rapporten i innboksen i stedet for en lenke"))
                    return
                if not target.is_relative_to(self.real_root):
                    self.aside(path, relative, FileOutcome.OUTSIDE, Rejection(
                        "outside_inbox", f"lenken peker ut av innboksen, til {shown(str(target))}, og følges ikke",
                        "Kopier rapporten inn i innboksen hvis den skal være med"))
                    return
                if target.is_dir():
                    return  # a folder of the inbox: its files are listed where they are
                st = path.stat()
        except OSError as exc:
            self.aside(path, relative, FileOutcome.REJECTED, _unreadable(exc))
            return
        if stat.S_ISDIR(st.st_mode):
            self.folder(path, relative + "/")
        elif stat.S_ISREG(st.st_mode):
            self.file(path, relative, st)
        else:
            self.aside(path, relative, FileOutcome.REJECTED, Rejection(
                "special_file", f"ikke en vanlig fil, men {_special(st.st_mode)}, som ikke åpnes",
                "Legg rapporten i innboksen som en vanlig fil"))

    def file(self, path: Path, relative: str, st: os.stat_result) -> None:
        try:
            document = document_of(path, relative, self.settings.limits.max_file_bytes, st.st_size)
        except OSError as exc:
            self.aside(path, relative, FileOutcome.REJECTED, _unreadable(exc))
            return
        if not document.sha256:
            self.documents.append(document)
            return
        if document.format == "xlsx" and is_review_workbook(path):
            self.workbooks.append(document)
            return
        self.documents.append(document)
        self.mtimes[relative] = st.st_mtime


def _original_first(names: list[str], mtimes: dict[str, float]) -> list[str]:
    """Identical files, the one to read first: a name without copy words, else the oldest, else the first by name."""
    return sorted(names, key=lambda n: (bool(_COPY_NAME.search(n.rsplit("/", 1)[-1])), mtimes.get(n, 0.0), n))


def list_documents(settings: Settings, scratch: Path | None = None) -> Listing:
    """Every entry under the inbox, sorted by name, hidden and excluded files left out; with a `scratch` folder,
    the files in ZIP archives and attached to e-mails as well, taken out into it."""
    walk = _Walk(settings)
    walk.folder(settings.inbox, "")
    documents, set_aside, notes = walk.documents, walk.set_aside, list[str]()
    if scratch is not None:
        limit = settings.limits.max_file_bytes
        taken = take_out(tuple(documents), scratch, settings.parse_options(),
                         lambda path, name: document_of(path, name, limit))
        inbox = {d.source_file for d in documents}
        # Of a file both in the inbox and in an archive or e-mail, the one in the inbox is read.
        walk.mtimes.update((d.source_file, float("inf")) for d in taken.documents if d.source_file not in inbox)
        documents = [d for d in taken.documents if d.source_file in inbox or not _skipped(d.source_file, walk.patterns)]
        set_aside = [*set_aside, *taken.outcomes]
        notes.extend(taken.notes)
    same: dict[str, list[str]] = {}
    for d in documents:
        if d.sha256:
            same.setdefault(d.sha256, []).append(d.source_file)
    copies = {}
    for names in same.values():
        original, *others = _original_first(names, walk.mtimes)
        copies.update(dict.fromkeys(others, original))
    if walk.odd_names:
        notes.append(f"{walk.odd_names} filnavn i innboksen er ikke gyldig UTF-8; tegnene som ikke kan leses, vises "
                     "som «\ufffd»")
    return Listing(tuple(sorted(documents, key=lambda d: d.source_file)), tuple(set_aside), copies,
                   tuple(walk.workbooks), tuple(notes))
