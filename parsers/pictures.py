"""Pictures pasted into a Word, PowerPoint or Excel file, read with OCR: a screenshot of a table is the report.

A member may paste its table as a picture (a screenshot from its case system, a copied Excel range); the
file's text then holds no tiltak. Only pictures big enough to hold a table are read, at most MAX_PICTURES of
them, in the order the package stores them; logos and icons are left.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from .archive import in_order
from .content import Block, Content
from .ocr import parse_image
from .registry import ParseOptions

# A table of a few rows, as a screenshot: wider and taller than a logo or a signature.
MIN_WIDTH, MIN_HEIGHT = 500, 100
MAX_PICTURES = 6
_MEDIA = re.compile(r"^(?:word|ppt|xl)/media/[^/]+\.(?:png|jpe?g|tiff?|bmp|gif)$", re.IGNORECASE)


def _big_enough(data: bytes) -> bool:
    try:
        with Image.open(io.BytesIO(data)) as picture:
            width, height = picture.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return False
    return width >= MIN_WIDTH and height >= MIN_HEIGHT


def pictures_read(path: Path, source_file: str, options: ParseOptions) -> Content | None:
    """The text of the big pictures in an Office package, read with OCR; None when it has none."""
    try:
        with zipfile.ZipFile(path) as z:
            names = sorted((i.filename for i in z.infolist() if _MEDIA.match(i.filename)
                            and i.file_size <= options.max_unpacked_bytes), key=in_order)
            pictures = [(n, data) for n in names if _big_enough(data := z.read(n))][:MAX_PICTURES]
    except Exception:  # noqa: BLE001 -- the file was read already; a picture zipfile cannot give is left unread
        return None
    if not pictures:
        return None
    blocks: list[Block] = []
    reliability = 1.0
    with tempfile.TemporaryDirectory(prefix="tiltak-bilder-") as tmp:
        for n, (name, data) in enumerate(pictures):
            picture = Path(tmp) / f"{n}{Path(name).suffix.lower()}"
            picture.write_bytes(data)
            read = parse_image(picture, source_file, options)
            blocks.extend(read.blocks)
            reliability = min(reliability, read.reliability)
    return Content(tuple(blocks), reliability=reliability, warnings=(
        f"{source_file}: teksten har ingen tiltak, så {len(pictures)} bilde(r) i filen er lest med OCR; kontroller "
        "radene mot bildet",))


def with_pictures(content: Content, pictures: Content) -> Content:
    """The file's own blocks, then the pictures' blocks, trusted no more than the OCR that read them."""
    return replace(content, blocks=(*content.blocks, *pictures.blocks), warnings=(*content.warnings, *pictures.warnings),
                   reliability=min(content.reliability, pictures.reliability))
