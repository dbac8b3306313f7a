"""The PDF parser registered for the format: the text layer when the PDF has one, else OCR.

The text layer is read by pdf_reader; a PDF whose pages are only pictures goes to parsers.ocr,
which reads its searchable result with pdf_reader too.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .content import Content
from .pdf_acroform import flattened, form_document, has_filled_fields
from .pdf_assemble import assemble
from .pdf_form_labels import form_by_labels
from .pdf_layers import hidden_layers
from .pdf_outline import outline, unprinted_pages, with_outline
from .pdf_xfa import xfa_form
from .pdf_reader import read_records
from .registry import ParseOptions, register


@register("pdf")
def parse_pdf(path: Path, source_file: str, options: ParseOptions) -> Content:
    """Blocks of a PDF in reading order; a scan without text is read with OCR (see parsers.ocr).

    Raises EncryptedFile, DamagedFile or TooLarge for bad input, ToolMissing for a scan without Tesseract.
    """
    with form_document(Path(path), options.password) as doc:
        form = xfa_form(doc)
        filled = form is None and has_filled_fields(doc)
        layers = hidden_layers(doc)
        labelled = form_by_labels(doc, Path(path), options.password) if filled else None
    if form is not None:
        return form  # a dynamic form's page only asks to be rendered; what was filled in is its data
    if labelled is not None:
        return labelled  # its fields beside their printed labels, a record per block (pdf_form_labels)
    if filled:
        with flattened(Path(path), options.password) as drawn:
            if drawn is not None:
                return _parse_text_layer(drawn, Path(path), source_file, options, layers)
            content = _parse_text_layer(Path(path), Path(path), source_file, options, layers)
            return replace(content, warnings=content.warnings + (
                f"{source_file}: skjemafeltene i PDF-en kunne ikke leses, bare teksten på sidene; åpne skjemaet og "
                "skriv det ut til PDF (Skriv ut > Lagre som PDF), eller be om svarene som Word",))
    return _parse_text_layer(Path(path), Path(path), source_file, options, layers)


def _parse_text_layer(path: Path, original: Path, source_file: str, options: ParseOptions,
                      layers: tuple[frozenset[str], tuple[str, ...]] = (frozenset(), ())) -> Content:
    """parse_pdf of a PDF whose text is on its pages: `path` (a filled form's flattened copy) read, its bookmarks
    from `original`; the `layers` the file opens with hidden (pdf_layers.hidden_layers) left out, and said so."""
    records, warnings = read_records(Path(path), source_file, options, hidden=layers[0])
    if layers[1]:
        names = ", ".join(f"«{n}»" for n in layers[1])
        warnings.append(f"PDF-en har lag som er skjult når den åpnes ({names}); teksten i dem er ikke lest. Vis lagene "
                        "i et PDF-program hvis tiltakene står der")
    if not any(r.words or r.tables for r in records) and any(r.scanned for r in records):
        from . import ocr  # its image libraries (numpy, OpenCV) load in a third of a second: only scans need them

        return ocr.ocr_pdf(Path(path), source_file, options)
    scanned = [str(r.number) for r in records if r.scanned]
    if scanned and len(scanned) < len(records):
        warnings.append(f"{'side' if len(scanned) == 1 else 'sidene'} {', '.join(scanned)} er skannet uten tekst "
                        "og ble ikke lest; be om en PDF med tekst, eller om de sidene som egen fil")
    marks = outline(original, options.password)
    fresh = unprinted_pages(marks, {r.number: " ".join(w.text for w in r.words) for r in records}) if marks else frozenset()
    return with_outline(assemble(records, warnings, fresh), marks)
