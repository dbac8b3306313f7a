"""A PDF's layers (optional content) that a viewer hides when the file opens: their text is not the page's.

A bilingual report may lay its two languages on top of each other as layers, one shown and one hidden; read blind
to layers, the two mix word by word. The layers the default view switches off are read from the catalog (pdfminer);
pdfium tells, for each object drawn, the layers its marked content names.
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2.raw as raw

_MAX_LAYERS = 1000


def layer_key(name: str) -> str:
    """A layer's name reduced to its ASCII letters and digits: pdfium and pdfminer decode a name's other characters
    differently («Dárogiella» comes from pdfium as «Drogiella»)."""
    return "".join(c for c in name if c.isascii() and c.isalnum()).lower()


def _name(value: Any) -> str:
    from pdfminer.utils import decode_text

    return decode_text(value) if isinstance(value, bytes) else str(value or "")


def hidden_layers(doc: Any | None) -> tuple[frozenset[str], tuple[str, ...]]:
    """(the keys of the layers the default view hides, their names as written); empty for a PDF without layers. A
    key that a shown layer shares is left out: its objects cannot be told apart, and text is never dropped on a guess."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral

    try:
        props = resolve1(doc.catalog.get("OCProperties")) if doc is not None else None
        if not isinstance(props, dict):
            return frozenset(), ()
        view = resolve1(props.get("D")) or {}
        off_refs = {getattr(r, "objid", None) for r in (resolve1(view.get("OFF")) or ())}
        on_refs = {getattr(r, "objid", None) for r in (resolve1(view.get("ON")) or ())}
        base = view.get("BaseState")
        base_off = isinstance(base, PSLiteral) and base.name in ("OFF", b"OFF")
        hidden: list[str] = []
        shown: list[str] = []
        for ref in (resolve1(props.get("OCGs")) or ())[:_MAX_LAYERS]:
            group = resolve1(ref)
            if not isinstance(group, dict):
                continue
            objid = getattr(ref, "objid", None)
            off = objid in off_refs or base_off and objid not in on_refs
            (hidden if off else shown).append(_name(group.get("Name")))
    except Exception:  # noqa: BLE001 -- pdfminer raises many kinds on a damaged file; then no layer is hidden
        return frozenset(), ()
    keys = {layer_key(n) for n in hidden} - {layer_key(n) for n in shown} - {""}
    return frozenset(keys), tuple(n for n in hidden if layer_key(n) in keys)


def _utf16(fn: Any, *args: Any) -> str:
    size = ctypes.c_ulong(0)
    if not fn(*args, None, 0, ctypes.byref(size)) or size.value < 2:
        return ""
    buffer = (ctypes.c_ushort * (size.value // 2 + 1))()
    fn(*args, buffer, size.value, ctypes.byref(size))
    return bytes(buffer)[:size.value].decode("utf-16-le", errors="replace").rstrip("\0")


def on_hidden_layer(obj: Any, hidden: frozenset[str]) -> bool:
    """Whether a page object is drawn in marked content of a layer in `hidden` (the keys of hidden_layers)."""
    if not hidden:
        return False
    if isinstance(obj, int):  # the text page's fast lookup gives the object as an address
        obj = ctypes.cast(ctypes.c_void_p(obj), raw.FPDF_PAGEOBJECT)
    for i in range(raw.FPDFPageObj_CountMarks(obj)):
        mark = raw.FPDFPageObj_GetMark(obj, i)
        if mark and _utf16(raw.FPDFPageObjMark_GetName, mark) == "OC" and \
                layer_key(_utf16(raw.FPDFPageObjMark_GetParamStringValue, mark, b"Name")) in hidden:
            return True
    return False
