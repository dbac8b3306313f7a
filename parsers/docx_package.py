"""A macro-enabled document (.docm) or a template (.dotx, .dotm) opened as the Word document it holds.

python-docx opens only a main part typed as a plain document; the others hold the same WordprocessingML
under another content type, so the package is read with that one type renamed. Macros are never run.
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


def word_package(path: Path) -> str | IO[bytes]:
    """The path itself for a plain document; for a .docm, .dotx or .dotm, an in-memory copy typed as one."""
    with zipfile.ZipFile(path) as z:
        types = z.read(_CONTENT_TYPES) if _CONTENT_TYPES in z.namelist() else b""
        if not any(t in types for t in _SAME_BODY):
            return str(path)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in z.infolist():
                data = z.read(info)
                if info.filename == _CONTENT_TYPES:
                    for t in _SAME_BODY:
                        data = data.replace(t, _DOCUMENT_MAIN)
                copy.writestr(info, data)
    out.seek(0)
    return out
