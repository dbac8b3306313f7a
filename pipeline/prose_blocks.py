"""List items that open a block: a memo's numbered titles, each with text and a line of labels under it.

«1. Kompetanseforum» / «Forumet la fram …» / «Mål: …. Kategori: nettverk.»: the item is the tiltak, the text
its description, the labels its fields, though no heading above names a delmål: the item's own labels do.
"""

from __future__ import annotations

from typing import Callable, Sequence

from normalise.text import clean
from parsers.content import Paragraph

from .prose_items import is_sentence, own_delmal

BLOCK_LINES = 3  # lines of text and labels that may stand between an item and its labelled line


def labelled_items(paragraphs: Sequence[Paragraph], labels: Callable[[Paragraph | None], dict]) -> frozenset[tuple]:
    """(page, line) of every list item whose own lines, before the next item or heading, name its delmål by a
    label or a line of particulars («Delmål 1.4 · Råd/utvalg · Ansvar: KS»)."""
    found = set()
    for n, p in enumerate(paragraphs):
        if p.kind not in ("bullet", "numbered"):
            continue
        for q in paragraphs[n + 1 : n + 1 + BLOCK_LINES]:
            if q.kind != "text":
                break
            if "delmal" in labels(q):
                found.add((p.page, p.line))
                break
    return frozenset(found)


def titled_headings(paragraphs: Sequence[Paragraph], gives_delmal: Callable[[str], bool]) -> frozenset[tuple]:
    """(page, line) of every heading that gives its own delmål in brackets («Kursbank for frivillige lag (Delmål
    II.5, prosjekt)») over sentences and no list: a tiltak's title. Over a list it heads a section of tiltak."""
    found = set()
    for n, p in enumerate(paragraphs):
        if p.kind != "heading" or not gives_delmal(p.text):
            continue
        under = []
        for q in paragraphs[n + 1 :]:
            if q.kind == "heading":
                break
            under.append(q)
        # The text under a title is sentences; short lines without a full stop, or paragraphs each opening with a
        # bold title, are tiltak under a section heading.
        first = under[0].text if under else ""
        sentence = is_sentence(first) or first[:1].isdigit() and first.rstrip().endswith((".", "!", "?"))
        if under and under[0].kind == "text" and not under[0].lead and sentence and not any(
                q.kind in ("bullet", "numbered") for q in under):
            found.add((p.page, p.line))
    return frozenset(found)


def title_fields(title: str, lead: str, rest: str, codes_in: Callable[[str], list[str]]) -> dict[str, str]:
    """A block's title as the tiltak: a bold lead over plain text («**Title .** What was done.») is the tiltak and
    the `rest` after it the description; a closing «(1,3)» is its own delmål, not the heading's."""
    fields = {"tiltak": title}
    if lead:
        fields = {"tiltak": lead.rstrip(" .:"), "beskrivelse": clean(rest).lstrip(" .:–-")}
    own = own_delmal(fields["tiltak"])
    if own and not own.rest and codes_in(own.delmal):
        fields.update(tiltak=clean(own.text), delmal=own.delmal)
    return fields
