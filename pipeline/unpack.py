"""Stage: the files a ZIP archive, a saved e-mail or a PDF holds, taken out into the run's own folder and listed as
reports.

Nothing is written into the inbox: each file goes to a folder the run made and removes. A file taken out is
named by where it came from («rapporter.zip/LO/rapport.pdf», «LO.eml/Rapport 2071.docx») and read like any other.
An archive gets the outcome «pakket ut»; an e-mail or a PDF is read as well, knowing its attachments are read
(extract.py calls it a cover letter when its own text holds no tiltak).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Callable

from parsers.bundle import Packed, Unpacked, has_attachments, mail_attachments, pdf_attachments, zip_files
from parsers.detect import FORMAT_OF_SUFFIX
from parsers.sevenzip import sevenzip_files
from parsers.smime import p7m_content
from parsers.tar import tar_files
from parsers.registry import ParseOptions
from tiltak_core.errors import ReportError
from tiltak_core.outcomes import FileOutcome, Rejection
from tiltak_core.records import Document

from .extract import DocumentResult

# An archive in an e-mail in an archive is read; deeper than this, nobody sends a report.
MAX_DEPTH = 3
# Files taken out of one inbox in all: past this, the rest is left with a note.
MAX_FILES = 2_000
# Containers whose files are all there is to read: each gets the outcome «pakket ut», or is refused.
_ARCHIVES = ("zip", "asic", "sevenzip", "tar", "p7m")
_ARCHIVE_NAMES = {"sevenzip": "7z-arkivet", "tar": "tar-arkivet"}  # how a message names an archive (else a ZIP)
# Messages, read as well as their attachments: a saved e-mail, Outlook's and Apple Mail's own files of one.
_MAILS = ("eml", "emlx", "msg")


@dataclass(frozen=True)
class Taken:
    """What the inbox's archives and e-mails held: the files to read (the e-mails among them, knowing their
    attachments), and the archives' outcomes."""

    documents: tuple[Document, ...] = ()
    outcomes: tuple[DocumentResult, ...] = ()
    notes: tuple[str, ...] = ()  # what an e-mail held that was not taken out


Describe = Callable[[Path, str], Document]


def _holds_files(document: Document) -> bool:
    # A plain ZIP named «.docx» is a damaged or mislabelled report, said so by its reader, not an archive of reports.
    named = FORMAT_OF_SUFFIX.get(PurePosixPath(document.source_file).suffix.lower())
    if document.format == "pdf":
        return has_attachments(document.path)
    return document.format in (*_MAILS, "asic", "sevenzip", "tar", "p7m") or document.format == "zip" and named in (None, "zip")


def _open(document: Document, options: ParseOptions) -> Unpacked | None:
    if document.format in ("zip", "asic"):
        # A signed container (ASiC-E) holds the documents signed beside its signatures (META-INF), which are no report.
        return zip_files(document.path, document.source_file, options, signed=document.format == "asic")
    if document.format == "sevenzip":
        return sevenzip_files(document.path, document.source_file, options)
    if document.format == "tar":
        return tar_files(document.path, document.source_file, options)
    if document.format == "p7m":  # a signed file: the one file inside its signature
        return Unpacked((Packed(*p7m_content(document.path, document.source_file)),))
    if document.format == "eml":
        return mail_attachments(document.path, document.source_file, options)
    if document.format == "pdf":
        return pdf_attachments(document.path, document.source_file, options)
    if document.format in ("msg", "emlx"):
        # The mail reader loads the web page's: only when a message comes.
        from parsers.emlx import as_eml as emlx_eml
        from parsers.outlook import as_eml as msg_eml

        with (msg_eml if document.format == "msg" else emlx_eml)(document.path, document.source_file) as eml:
            return mail_attachments(eml, document.source_file, options)  # its attachments taken out as an e-mail's are
    return None


NOTE_BYTES = 4096  # «LESMEG.txt»: a few lines saying what the archive holds, not a report of its own


def _notes_beside(inner: list[Document]) -> list[Document]:
    """The short plain-text files packed beside documents of another kind: each is read as their cover letter, a
    report only where its own lines hold tiltak. (A vault of notes, all plain text, is notes: each is read as a report.)"""
    if all(d.format == "text" for d in inner):
        return []
    return [d for d in inner if d.format == "text" and d.path.stat().st_size <= NOTE_BYTES]


def _left_note(container: Document, left: tuple[str, ...]) -> tuple[str, ...]:
    if not left:
        return ()
    return (f"{container.source_file}: {len(left)} fil(er) ble ikke tatt ut og lest: {', '.join(left[:5])}"
            f"{' …' if len(left) > 5 else ''}; lagre dem i innboksen for seg om de hører til rapporten",)


def take_out(documents: tuple[Document, ...], scratch: Path, options: ParseOptions, describe: Describe) -> Taken:
    """Every document of `documents` and every file in their archives and e-mails, these written under `scratch`
    and described by `describe(path, name)`; archives are not among them but have their outcome."""
    queue = [(d, 1) for d in documents if _holds_files(d)]
    found: list[Document] = []
    outcomes: list[DocumentResult] = []
    attached: dict[str, tuple[str, ...]] = {}
    notes: list[str] = []
    while queue:
        container, depth = queue.pop(0)
        try:
            unpacked = _open(container, options)
        except ReportError as exc:
            if container.format in _ARCHIVES:
                outcomes.append(DocumentResult(container, FileOutcome.REJECTED, rejection=exc.rejection))
            continue  # an e-mail is still read; its reader says what is wrong with it
        assert unpacked is not None
        left = list(unpacked.left)
        inner: list[Document] = []
        for packed in unpacked.files:
            name = f"{container.source_file}/{packed.name}"
            if depth > MAX_DEPTH or len(found) + len(inner) >= MAX_FILES:
                left.append(f"«{packed.name}» (for mange filer inni hverandre)")
                continue
            folder = scratch / f"{len(found) + len(inner):05d}"
            folder.mkdir()
            path = folder / PurePosixPath(packed.name).name
            path.write_bytes(packed.data)
            document = replace(describe(path, name), letter=unpacked.letter or container.letter)
            inner.append(document)
            if _holds_files(document):
                queue.append((document, depth + 1))
        found.extend(inner)
        left_note = _left_note(container, tuple(left))
        if container.format in (*_MAILS, "pdf"):  # read as well, its attachments beside it
            attached[container.source_file] = tuple(d.source_file for d in inner)
            notes.extend(left_note)
        elif inner:
            outcomes.append(DocumentResult(container, FileOutcome.UNPACKED, warnings=left_note))
            for note in _notes_beside(inner):
                attached[note.source_file] = tuple(d.source_file for d in inner if d is not note)
        else:
            outcomes.append(DocumentResult(container, FileOutcome.REJECTED, warnings=left_note, rejection=Rejection(
                "empty_archive", f"{_ARCHIVE_NAMES.get(container.format, 'ZIP-arkivet')} inneholder ingen filer som kan leses",
                "Be medlemmet sende rapporten på nytt, gjerne uten å pakke den")))
    unpacked_names = {r.document.source_file for r in outcomes}
    every = [replace(d, attached=attached.get(d.source_file, ())) for d in (*documents, *found)]
    return Taken(tuple(d for d in every if d.source_file not in unpacked_names), tuple(outcomes), tuple(notes))
