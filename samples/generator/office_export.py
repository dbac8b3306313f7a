"""PDFs exported from Word files through LibreOffice, as members make them (`soffice --convert-to pdf`).

LibreOffice stamps the export with the time (CreationDate), a random document id and a checksum of
both; they are rewritten in place with values of the same length taken from the report's stamp, so
the byte offsets of the PDF stay valid and a rebuild gives the same bytes.
"""

from __future__ import annotations

import atexit
import hashlib
import re
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from .model import Stamp

_CREATED = re.compile(rb"/CreationDate\(D:\d{14}")
_ID = re.compile(rb"<[0-9A-F]{32}>")
_CHECKSUM = re.compile(rb"/DocChecksum /[0-9A-F]{32}")


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise RuntimeError("LibreOffice (soffice) is needed to build this round: apt-get install libreoffice-writer")
    return found


@cache
def _profile() -> Path:
    """One LibreOffice user profile for the whole build (a fresh one takes seconds to make)."""
    folder = Path(tempfile.mkdtemp(prefix="tiltak-lo-profile-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


_REPORTLAB_DATE = re.compile(rb"/(CreationDate|ModDate) \(D:20000101000000")


def dated(path: Path, stamp: Stamp) -> None:
    """A reportlab PDF built with invariant=1 dated 2000-01-01: give it the stamp's day instead, in place
    (same length), as a member's PDF carries the day it was saved."""
    digits = stamp.day.strftime("%Y%m%d").encode() + b"143000"
    path.write_bytes(_REPORTLAB_DATE.sub(lambda m: b"/" + m.group(1) + b" (D:" + digits, path.read_bytes()))


def fixed_stamps(data: bytes, stamp: Stamp, name: str) -> bytes:
    """The export's time, id and checksum replaced by same-length values from the stamp."""
    digits = stamp.day.strftime("%Y%m%d").encode() + b"143000"
    data = _CREATED.sub(b"/CreationDate(D:" + digits, data)
    ident = hashlib.md5(f"{name}|{stamp.ref}".encode()).hexdigest().upper().encode()
    data = _ID.sub(b"<" + ident + b">", data)
    return _CHECKSUM.sub(b"/DocChecksum /" + ident, data)


def export_pdf(docx: Path, pdf: Path, stamp: Stamp) -> None:
    """Convert docx to pdf with LibreOffice headless; the result is deterministic."""
    with tempfile.TemporaryDirectory(prefix="tiltak-lo-") as tmp:
        subprocess.run(
            [soffice(), "--headless", "--norestore", f"-env:UserInstallation={_profile().as_uri()}",
             "--convert-to", "pdf", "--outdir", tmp, str(docx)],
            check=True, capture_output=True, timeout=180,
        )
        made = Path(tmp) / f"{docx.stem}.pdf"
        if not made.is_file():
            raise RuntimeError(f"LibreOffice made no PDF of {docx.name}")
        pdf.write_bytes(fixed_stamps(made.read_bytes(), stamp, pdf.name))
