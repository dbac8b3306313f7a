"""A dynamic XFA form (Adobe LiveCycle, «Please wait…» on its one page): what was filled in lives in the form's data
packet, not on the page. The data is read as an export's tree is (parsers.tree), each coded choice («3») as the text
the form showed for it («Råd/utvalg/nettverk»).
"""

from __future__ import annotations

from typing import Any

import defusedxml.ElementTree as SafeTree

from .content import Content
from .tree import content_of_element

_DATA = "{http://www.xfa.org/schema/xfa-data/1.0/}data"


def _packets(doc: Any) -> tuple[dict[str, bytes], str]:
    """The XFA packets of a PDF (pdfminer's document) that asks to be rendered from them (NeedsRendering), by name, and
    the title its properties give; ({}, "") for any other PDF."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    if resolve1(doc.catalog.get("NeedsRendering")) is not True:
        return {}, ""
    form = resolve1(doc.catalog.get("AcroForm")) or {}
    xfa = resolve1(form.get("XFA")) if isinstance(form, dict) else None
    if not isinstance(xfa, list):
        return {}, ""
    titles = [resolve1(info.get("Title")) for info in doc.info]
    title = next((decode_text(t) if isinstance(t, bytes) else str(t) for t in titles if t), "")
    return {(n.decode("latin-1") if isinstance(n, bytes) else str(n)): resolve1(s).get_data()
            for n, s in zip(xfa[::2], xfa[1::2])}, title.strip()


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _choices(template: bytes) -> dict[str, dict[str, str]]:
    """Per field name, its drop-down's saved values and the texts shown for them (two <items> lists, one saved)."""
    found: dict[str, dict[str, str]] = {}
    for field in SafeTree.fromstring(template).iter():
        if _local(field.tag) != "field" or not field.get("name"):
            continue
        lists = [item for item in field if _local(item.tag) == "items"]
        shown = next((i for i in lists if i.get("save") != "1"), None)
        saved = next((i for i in lists if i.get("save") == "1"), None)
        if shown is not None and saved is not None:
            found[field.get("name", "")] = {(v.text or "").strip(): (t.text or "").strip() for v, t in zip(saved, shown)}
    return found


def xfa_form(doc: Any | None) -> Content | None:
    """The filled-in data of a dynamic XFA form (pdf_acroform.form_document) as content, or None when the PDF is none
    (or its data is unreadable: its pages are read then, and say what they say)."""
    if doc is None:
        return None
    try:
        packets, title = _packets(doc)
        if "datasets" not in packets:
            return None
        data = next((d for d in SafeTree.fromstring(packets["datasets"]).iter(_DATA)), None)
        if data is None or len(data) == 0:
            return None
        choices = _choices(packets["template"]) if "template" in packets else {}
    except Exception:  # noqa: BLE001 -- pdfminer and the XML parser raise many kinds on a damaged form
        return None
    for el in data.iter():
        shown: Any = choices.get(_local(el.tag), {}).get((el.text or "").strip())
        if shown:
            el.text = shown
    root = data[0] if len(data) == 1 else data
    content = content_of_element(root)
    return Content(blocks=content.blocks, pages=None, title=title or content.title,
                   warnings=content.warnings, converted_from="skjemadata (XFA)")
