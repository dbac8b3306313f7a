"""Rendering Word files with LibreOffice and poppler, as the secretariat's machines would show them."""

from __future__ import annotations

import os
import shutil
import subprocess
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


@pytest.fixture
def render(tmp_path):
    """render(docx) -> the PNG of each page, via soffice (PDF) and pdftoppm; a private LibreOffice profile
    per test, so parallel runs do not clash over a shared one."""

    def render(document: Path) -> list[Path]:
        soffice = require("soffice", "libreoffice-writer-nogui")
        pdftoppm = require("pdftoppm", "poppler-utils")
        out = tmp_path / f"render-{document.stem}"
        out.mkdir()
        profile = (tmp_path / f"lo-profile-{document.stem}").as_uri()
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), str(document)], check=True, capture_output=True, timeout=300)
        pdf = out / f"{document.stem}.pdf"
        assert pdf.is_file() and pdf.stat().st_size > 1000, f"LibreOffice made no PDF of {document.name}"
        subprocess.run([pdftoppm, "-r", "40", "-png", str(pdf), str(out / "page")], check=True, capture_output=True,
                       timeout=300)
        pages = sorted(out.glob("page*.png"))
        assert all(p.stat().st_size > 500 for p in pages)
        return pages

    return render
