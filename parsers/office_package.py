"""A macro-enabled file, a template or a slide show opened as the plain Word document or PowerPoint deck it holds.

python-docx and python-pptx open only a main part typed as a plain document or deck; the others hold the same
markup under another content type, so the package is read with that one type renamed. Macros are never run.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import IO

_CONTENT_TYPES = "[Content_Types].xml"
_DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_SAME_BODY = (
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
# Every main part python-docx reads once typed as a plain document (a Flat OPC file names its part so too).
WORD_MAIN_TYPES = (_DOCUMENT_MAIN, *_SAME_BODY)

_DECK_MAIN = b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
_SAME_DECK = (
    b"application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
    b"application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
    b"application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml",
    b"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml",
    b"application/vnd.ms-powerpoint.template.macroEnabled.main+xml",
)
# Every main part python-pptx reads once typed as a plain deck (.ppsx, .potx and their macro forms).
DECK_MAIN_TYPES = (_DECK_MAIN, *_SAME_DECK)


def _retyped(path: Path, others: tuple[bytes, ...], main: bytes) -> str | IO[bytes]:
    """The path itself when the main part has the plain type; else an in-memory copy with that type."""
    with zipfile.ZipFile(path) as z:
        types = z.read(_CONTENT_TYPES) if _CONTENT_TYPES in z.namelist() else b""
        if not any(t in types for t in others):
            return str(path)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in z.infolist():
                data = z.read(info)
                if info.filename == _CONTENT_TYPES:
                    for t in others:
                        data = data.replace(t, main)
                copy.writestr(info, data)
    out.seek(0)
    return out


def word_package(path: Path) -> str | IO[bytes]:
    """The path itself for a plain document; for a .docm, .dotx or .dotm, an in-memory copy typed as one."""
    return _retyped(path, _SAME_BODY, _DOCUMENT_MAIN)


def deck_package(path: Path) -> str | IO[bytes]:
    """The path itself for a plain deck; for a slide show, template or macro-enabled deck, a copy typed as one."""
    return _retyped(path, _SAME_DECK, _DECK_MAIN)
