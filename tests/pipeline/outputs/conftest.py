"""Rendering Word files with LibreOffice and poppler, as the secretariat's machines would show them."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest


def require(tool: str, package: str) -> str:
    """The tool's path; skipped with the reason when it is missing, but a failure on CI, which installs it."""
    path = shutil.which(tool)
    if path:
        return path
    if os.environ.get("CI") == "true":
        pytest.fail(f"{tool} is missing on CI: .ci/system-deps should have installed {package}")
    pytest.skip(f"{tool} is not installed (Debian package {package}; sudo make system-deps)")


@dataclass(frozen=True)
class Pdf:
    """What a reader sees of a PDF LibreOffice made: page sizes (points), language, outline, author, text."""

    sizes: tuple[tuple[int, int], ...]
    language: str
    outline: tuple[tuple[int, str], ...]
    author: str
    text: str


def _read_pdf(path: Path) -> Pdf:
    import pdfplumber
    from pdfminer.pdfdocument import PDFNoOutlines

    with pdfplumber.open(path) as pdf:
        sizes = tuple((round(p.width), round(p.height)) for p in pdf.pages)
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
        document = pdf.doc
        try:
            outline = tuple((level, title) for level, title, *_ in document.get_outlines())
        except PDFNoOutlines:
            outline = ()
        info = pdf.metadata
    language = document.catalog.get("Lang", b"")
    return Pdf(sizes, language.decode() if isinstance(language, bytes) else str(language), outline,
               str(info.get("Author", "")), text)


@pytest.fixture
def read_pdf():
    """read_pdf(pdf) -> Pdf."""
    return _read_pdf


@pytest.fixture
def to_pdf(tmp_path):
    """to_pdf(document) -> the PDF LibreOffice makes of it, as printing or exporting would; a private
    LibreOffice profile per test, so parallel runs do not clash over a shared one."""

    def to_pdf(document: Path) -> Path:
        soffice = require("soffice", "libreoffice-writer-nogui")
        out = tmp_path / f"render-{document.stem}"
        out.mkdir()
        profile = (tmp_path / f"lo-profile-{document.stem}").as_uri()
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), str(document)], check=True, capture_output=True, timeout=300)
        pdf = out / f"{document.stem}.pdf"
        assert pdf.is_file() and pdf.stat().st_size > 1000, f"LibreOffice made no PDF of {document.name}"
        return pdf

    return to_pdf


@pytest.fixture
def render(to_pdf):
    """render(docx) -> the PNG of each page, via soffice (PDF) and pdftoppm."""

    def render(document: Path) -> list[Path]:
        pdf = to_pdf(document)
        pdftoppm = require("pdftoppm", "poppler-utils")
        subprocess.run([pdftoppm, "-r", "40", "-png", str(pdf), str(pdf.parent / "page")], check=True,
                       capture_output=True, timeout=300)
        pages = sorted(pdf.parent.glob("page*.png"))
        assert all(p.stat().st_size > 500 for p in pages)
        return pages

    return render
