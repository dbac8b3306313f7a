"""LibreOffice conversions (one call per target format) and the simulated scan."""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageFilter


def soffice_convert(sources: list[Path], target: str, out_dir: Path) -> None:
    """Convert all sources to one target format in a single LibreOffice run."""
    if not sources:
        return
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(out_dir),
                *map(str, sources),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=300,
        )


def scan(pdf: Path, target: Path, seed: int = 2025) -> None:
    """Render the first page, tilt it, add paper grain and specks, save as image-only PDF."""
    with tempfile.TemporaryDirectory() as tmp:
        prefix = Path(tmp) / "page"
        subprocess.run(
            ["pdftoppm", "-r", "200", "-gray", "-png", "-f", "1", "-l", "1", str(pdf), str(prefix)],
            check=True,
        )
        page = Image.open(next(Path(tmp).glob("page*.png"))).convert("L")
        page = page.rotate(-0.9, resample=Image.BICUBIC, expand=True, fillcolor=238)
        rng = random.Random(seed)
        pixels = page.load()
        width, height = page.size
        for _ in range(9000):
            x, y = rng.randrange(width), rng.randrange(height)
            pixels[x, y] = rng.choice((90, 140, 180))
        page = page.filter(ImageFilter.GaussianBlur(0.6))
        page = page.point(lambda v: min(255, int(v * 0.93 + 12)))
        page.save(target, "PDF", resolution=200.0)


def move(source: Path, target: Path) -> None:
    shutil.move(str(source), str(target))
