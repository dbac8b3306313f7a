"""LibreOffice conversions, as members make their PDFs and as a DOCX comes out of an ODT, with the
timestamps LibreOffice writes pinned so that a rebuild gives the same bytes."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from .ooxml import repack_pinned, save

PDF_DATE = b"D:20220201080000"  # the timezone suffix LibreOffice writes after it is kept
ZERO_HEX = b"0" * 32


def _soffice(src: Path, target: str, out_dir: Path) -> Path:
    """Convert src with a private LibreOffice profile (other runs on the machine keep theirs)."""
    profile = out_dir / "lo-profile"
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--convert-to", target, "--outdir", str(out_dir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    produced = out_dir / (src.stem + "." + target.split(":")[0])
    if not produced.exists():
        raise RuntimeError(f"LibreOffice did not convert {src.name} to {target}")
    return produced


def _pin_pdf(data: bytes) -> bytes:
    """Replace the dates, the file id and the checksum by fixed values of the same length, so the
    cross-reference offsets stay valid."""
    data = re.sub(rb"(/(?:CreationDate|ModDate)\()D:\d{14}", rb"\g<1>" + PDF_DATE, data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + ZERO_HEX + b">", data)
    return re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + ZERO_HEX, data)


def docx_to_pdf(docx: Path, pdf: Path) -> None:
    """Export a DOCX to PDF through LibreOffice, as a member's 'save as PDF' does."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (pdf.stem + ".docx")
        shutil.copyfile(docx, src)
        out = _soffice(src, "pdf", Path(tmp))
        pdf.write_bytes(_pin_pdf(out.read_bytes()))


def export_pdf(doc, pdf: Path) -> None:
    """Save a python-docx document and export it to PDF through LibreOffice."""
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / (pdf.stem + ".docx")
        save(doc, docx)
        docx_to_pdf(docx, pdf)


def export_via_odt(doc, out: Path, stamp: str) -> None:
    """Save a python-docx document and let LibreOffice rewrite it through ODT (see via_odt)."""
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "plain.docx"
        save(doc, docx)
        via_odt(docx, out, stamp)


def via_odt(docx: Path, out: Path, stamp: str) -> None:
    """Round-trip a DOCX through ODT in LibreOffice and save the DOCX LibreOffice writes (its own
    numbering, styles and table XML), with its dates pinned to stamp (W3CDTF)."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        src = tmp_dir / "rapport.docx"
        shutil.copyfile(docx, src)
        odt = _soffice(src, "odt", tmp_dir)
        back_dir = tmp_dir / "back"
        back_dir.mkdir()
        written = _soffice(odt, 'docx:MS Word 2007 XML', back_dir)
        repack_pinned(written.read_bytes(), out, stamp)
