"""Rows a title makes with what stands under it: a heading over its text, over a line linking it to its delmål, or
over a line of its particulars."""

from __future__ import annotations

import re
from typing import Callable

from normalise.delmal import DelmalMatcher
from normalise.text import clean
from parsers.content import Paragraph

from .draft_row import DraftRow
from .prose_shapes import TYPE_IN_BRACKETS
from .prose_titles import Linked, Titled, TitleOverText

# «4. », «Tiltak 1: », «1.2.1 » (the delmål's code and the tiltak's number under it): the order, not the title.
NUMBER = re.compile(r"^\s*(?:(?:tiltak\s+(?:nr\.?\s*)?)?\d{1,2}\s?[.):]|\d{1,2}\.\d{1,2}\.\d{1,2}\.?)\s+", re.IGNORECASE)


class TitleRows:
    """The prose reader's rows for titles over text; they read and change its state."""

    source_file: str
    delmal: DelmalMatcher
    section: str | None
    last_item: DraftRow | None
    block_item: DraftRow | None
    structured: bool
    titled_here: bool
    titles: TitleOverText
    stray: list[tuple[Paragraph, Paragraph]]
    slide: DraftRow | None
    _heading_title: DraftRow | None
    _row: Callable[..., DraftRow]
    set_section: Callable[..., None]

    def _titled(self, p: Paragraph, code: str = "", structured: bool = True) -> DraftRow:
        """The title is the tiltak (its type in closing brackets); the text under it describes it. Its delmål is
        the `code` it opened with, else the heading's it stands under."""
        title = NUMBER.sub("", p.text).rstrip(" .")  # «4. Tillitsvalgtkurs …»: the number orders the list
        own_type = TYPE_IN_BRACKETS.search(title)
        fields = {"delmal": code or self.section or "", "tiltak": title[: own_type.start()] if own_type else title}
        if own_type:
            fields["type"] = own_type.group(1)
        self.block_item = self._row(p, fields, [f"tittel under «{clean(self.section)[:60]}», beskrevet i teksten under"],
                                    structured=structured)
        self._heading_title = self.block_item if p.kind == "heading" else None
        self.titled_here = True
        return self.block_item

    def _titled_text(self, titled: Titled) -> DraftRow:
        """A heading over text closing with «(Delmål 2.4)»: the heading is the tiltak, the text its description."""
        self.last_item = titled.row(self.source_file, NUMBER.sub("", titled.title.text).rstrip(" .:"))
        self.block_item, self.structured = None, True
        return self.last_item

    def _delmal_line(self, linked: Linked) -> DraftRow | None:
        """«Knyttes til delmålet om …» under a title and its text, or closing that text: the title is the tiltak of
        that delmål; under a list item, the line gives the item its delmål. Either way it heads nothing below it."""
        self.titles.texts += [linked.text] if linked.text else []
        titled = self.titles.close(linked.sentence)
        row = self._titled_text(titled) if titled else None
        if titled:
            # A bold-titled paragraph under a heading naming no delmål was a stray until this line placed it.
            self.stray = [(q, h) for q, h in self.stray if (q.page, q.line) != (titled.title.page, titled.title.line)]
        item = self.last_item
        if row is None and item is not None and not self.delmal.codes_in(item.fields.get("delmal", "")):
            item.fields["delmal"] = linked.sentence
            item.evidence.append("linjen under tiltaket sier hvilket delmål det hører til")
        self.set_section(None)
        self.last_item = row or item  # a line of labels may still follow it
        return row

    def _meta_line(self, meta: dict[str, str]) -> DraftRow | None:
        """The title above (with the text between) is the tiltak a line of particulars describes; else the line fills
        the item above it, its own delmål before the heading's."""
        titled = self.titles.close(meta["delmal"])
        row = self._titled_text(titled) if titled else None
        item = row or self.last_item
        if item is not None:
            item.fields.update(meta)
            item.evidence.append("linjen under tiltaket oppgir delmål, type og andre felt, skilt med «·», «|» eller ledetekster")
            if not item.fields.get("beskrivelse"):
                self.block_item = item  # the particulars stand over the text that describes the tiltak
                if row is not None or item is self._heading_title:
                    self.slide = item  # a heading's title and its particulars: the bullets under them describe it
        return row
