"""Fixtures for parser tests that need system tools: they skip without the tool, except on CI.

On CI (CI=true) a missing tool fails the test, so a build machine without LibreOffice or
Tesseract cannot pass by skipping what it was meant to check.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from parsers import tools
from tests.conftest import require

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DOCX = sorted(ROOT.glob("samples/20*/*.docx"))


@pytest.fixture(scope="session")
def calc(soffice) -> str:
    from parsers.convert import _has_component

    require(_has_component(soffice, "sc"), "LibreOffice Calc is not installed (Debian: libreoffice-calc-nogui)")
    return soffice


@pytest.fixture(scope="session")
def tesseract_nor() -> str:
    found = tools.which("tesseract")
    langs = ""
    if found:
        done = subprocess.run([found, "--list-langs"], capture_output=True, text=True, timeout=30)
        langs = done.stdout + done.stderr
    require(found is not None and "nor" in langs.split(), "Tesseract with Norwegian data (tesseract-ocr-nor) is not installed")
    return found


@pytest.fixture(scope="session")
def lo_convert(soffice, tmp_path_factory):
    """Convert a file with LibreOffice (to make .doc/.odt/.rtf/.xls/.ods inputs); returns the new file."""
    profile = tmp_path_factory.mktemp("lo-profile")

    def convert(source: Path, target: str) -> Path:
        outdir = source.parent / f"lo-{target}"
        subprocess.run(
            [soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
             "--convert-to", target, "--outdir", str(outdir), str(source)],
            check=True, capture_output=True, timeout=180,
        )
        result = outdir / f"{source.stem}.{target}"
        assert result.is_file(), f"LibreOffice did not make {result.name}"
        return result

    return convert


@pytest.fixture(scope="session")
def exported_pdfs(soffice, request, tmp_path_factory) -> dict[str, Path]:
    """Every sample DOCX exported to PDF by LibreOffice, as members make their PDFs, by the DOCX's name: one
    LibreOffice run, kept in pytest's cache between sessions for DOCX files with these very bytes."""
    digest = hashlib.sha256()
    for path in SAMPLE_DOCX:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    cache = getattr(request.config, "cache", None)  # None under -p no:cacheprovider
    folder = cache.mkdir(f"libreoffice-pdf-{digest.hexdigest()[:16]}") if cache else tmp_path_factory.mktemp("lo-pdf")
    missing = [path for path in SAMPLE_DOCX if not (folder / f"{path.stem}.pdf").is_file()]
    if missing:
        out, profile = tmp_path_factory.mktemp("lo-pdf-new"), tmp_path_factory.mktemp("lo-profile-pdf")
        subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                        "--convert-to", "pdf", "--outdir", str(out), *map(str, missing)],
                       check=True, capture_output=True, timeout=600)
        for path in missing:  # renamed in whole, so a killed session leaves no half-written PDF in the cache
            part = folder / f"{path.stem}.pdf.{os.getpid()}.part"  # test workers may export side by side
            shutil.copyfile(out / f"{path.stem}.pdf", part)
            os.replace(part, folder / f"{path.stem}.pdf")
    return {path.name: folder / f"{path.stem}.pdf" for path in SAMPLE_DOCX}


@pytest.fixture
def fake_tool(tmp_path):
    """Write an executable shell script `name` into a folder of its own; returns the folder."""
    folder = tmp_path / "fake-bin"
    folder.mkdir(exist_ok=True)

    def make(name: str, script: str) -> Path:
        path = folder / name
        path.write_text("#!/bin/sh\n" + script)
        path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        return folder

    return make
