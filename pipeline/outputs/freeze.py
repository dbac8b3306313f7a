"""Same inputs, same bytes: Office files get fixed dates, inside the document and in the ZIP."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

_DATE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def freeze_office_file(path: Path, year: int) -> None:
    """Rewrite a DOCX/XLSX so its stamped dates are the end of the reporting year, not the time of the run."""
    stamp = f"{year}-12-31T00:00:00Z".encode()
    when = (year, 12, 31, 0, 0, 0)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _DATE.sub(rb"\g<1>" + stamp + rb"\g<2>", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=when)
            fixed.compress_type, fixed.external_attr = zipfile.ZIP_DEFLATED, info.external_attr
            dst.writestr(fixed, data)
    os.replace(tmp, path)
