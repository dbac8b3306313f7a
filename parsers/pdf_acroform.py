"""A filled-in PDF form (AcroForm): the answers live in the form's fields, drawn by the viewer, never in the page's
text. The form is flattened by PDFium, which draws each field's value where the viewer would (making the picture
when the form asks the viewer to, NeedAppearances), into a copy that is read as any PDF is.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

_MAX_FIELDS = 5000  # fields within fields: a form with more is walked no further


def _filled(fields: Any, budget: list[int]) -> bool:
    """Whether any field of the list, or of its kids, holds a value that is not empty."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral

    for ref in resolve1(fields) or ():
        field = resolve1(ref)
        if not isinstance(field, dict) or budget[0] <= 0:
            continue
        budget[0] -= 1
        value = resolve1(field.get("V"))
        # text (UTF-16 with its mark, or PDFDocEncoding), a choice's list, a ticked box's name
        if isinstance(value, bytes) and value.strip(b"\xfe\xff\x00 ") or isinstance(value, (list, str)) and value or (
                isinstance(value, PSLiteral) and value.name not in ("Off", b"Off")):
            return True
        if _filled(field.get("Kids"), budget):
            return True
    return False


@contextmanager
def form_document(path: Path, password: str | None) -> Iterator[Any | None]:
    """The PDF as pdfminer reads its catalog (a form's fields, an XFA form's packets), opened once for both; None when
    it cannot be opened (its reader says why). The file stays open while the document is used."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    try:
        f = open(path, "rb")
    except OSError:
        yield None
        return
    with f:
        try:
            doc = PDFDocument(PDFParser(f), password=password or "")
        except Exception:  # noqa: BLE001 -- pdfminer raises many kinds on a damaged file; the reader reports it
            doc = None
        yield doc


def has_filled_fields(doc: Any | None) -> bool:
    """Whether the PDF (form_document) is a form with something filled in; False for any other PDF."""
    from pdfminer.pdftypes import resolve1

    try:
        form = resolve1(doc.catalog.get("AcroForm")) if doc is not None else None
        return isinstance(form, dict) and _filled(form.get("Fields"), [_MAX_FIELDS])
    except Exception:  # noqa: BLE001 -- pdfminer raises many kinds on a damaged file; the reader reports it
        return False


@contextmanager
def flattened(path: Path, password: str | None) -> Iterator[Path | None]:
    """A copy of the form with its fields' values drawn on its pages, or None when PDFium cannot make one."""
    import pypdfium2 as pdfium

    tmp = Path(tempfile.mkdtemp(prefix="tiltak-form-"))
    try:
        copy = tmp / "form.pdf"
        try:
            pdf = pdfium.PdfDocument(str(path), password=password)
            try:
                pdf.init_forms()  # before the pages load: so their fields are drawn, pictures made where missing
                for n in range(len(pdf)):
                    page = pdf[n]
                    try:
                        if page.flatten() == pdfium.raw.FLATTEN_FAIL:
                            raise ValueError(f"page {n + 1} could not be flattened")
                    finally:
                        page.close()
                pdf.save(str(copy))
            finally:
                pdf.close()
        except (pdfium.PdfiumError, ValueError, OSError):
            yield None
            return
        yield copy
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
