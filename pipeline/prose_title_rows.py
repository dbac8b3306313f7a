"""Rows a title makes with what stands under it: a heading over its text, over a line linking it to its delmål, or
over a line of its particulars."""

from __future__ import annotations

import re
from typing import Callable

from normalise.columns import ColumnMapper
from normalise.delmal import DelmalMatcher
from normalise.text import clean
from parsers.content import Paragraph

from .draft_row import DraftRow
from .prose_items import TypeNamer
from .prose_lines import after_lead
from .prose_meta import partners_told
from .prose_shapes import TYPE_IN_BRACKETS, TYPE_OPENING
from .prose_titles import Linked, Titled, TitleOverText

# «(Utvalg)» after a bold title: its type, a capitalised word the types' reader knows.
_NAMED_TYPE = re.compile(r"\s*\(\s*([A-ZÆØÅ][a-zæøå/ -]{2,30}?)\s*\)\s*[.:]?\s*")
# «4. », «Tiltak 1: », «1.2.1 » (the delmål's code and the tiltak's number under it): the order, not the title.
# «Melding om tiltak i 2074: Fagbrev på jobb i Vestland»: a merged letter's caption over each measure's name.
# «Doaibmabidju 1 / Tiltak 1: …» in a bilingual report: the number in both languages.
NUMBER = re.compile(r"^\s*(?:(?:[^\W\d]{3,20}\s+\d{1,2}\s*/\s*)?tiltak\s+(?:nr\.?\s*)?\d{1,2}\s?[.):–-]|\d{1,2}\s?[.):]|\d{1,2}\.\d{1,2}\.\d{1,2}\.?"
                    r"|(?:melding|innmelding|rapportering|rapport)\s+(?:om|av|på)\s+tiltak(?:et)?(?:\s+i\s+\d{4})?\s*:)\s+",
                    re.IGNORECASE)  # «Tiltak 2 - Fagbrev på jobb» in a memo: the number and its dash


class TitleRows:
    """The prose reader's rows for titles over text; they read and change its state."""

    source_file: str
    delmal: DelmalMatcher
    types: TypeNamer
    mapper: ColumnMapper
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
    heading_owner_of: Callable[[Paragraph], str]
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
        """A heading over text closing with «(Delmål 2.4)»: the heading is the tiltak, the text its description; what
        the bracket says after the code is the tiltak's type («nettverk») or labelled fields («ansvar: …»)."""
        self.last_item = titled.row(self.source_file, NUMBER.sub("", titled.title.text).rstrip(" .:"))
        self.last_item.heading_owner = self.heading_owner_of(titled.title)
        vocabulary = self.mapper.vocabulary
        told, partners = partners_told(titled.beskrivelse, vocabulary.partner_sentences, vocabulary.no_partner_sentences)
        if partners is not None:
            self.last_item.fields.update(beskrivelse=told, samarbeidspartnere=partners)
        for part in titled.particulars:
            head, labelled = self.mapper.split_labels(part)
            if labelled and not head:
                self.last_item.fields.update((k, v) for k, v in labelled.items() if k not in ("tiltak", "delmal"))
            elif "type" not in self.last_item.fields and self.types.given(part) is not None:
                self.last_item.fields["type"] = part
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
            told = clean(item.fields.get("beskrivelse"))
            item.fields.update(meta)
            if told and meta.get("beskrivelse") and told not in meta["beskrivelse"]:
                item.fields["beskrivelse"] = clean(f"{told} {meta['beskrivelse']}")  # the line says more of it, after
            item.evidence.append("linjen under tiltaket oppgir delmål, type og andre felt, skilt med «·», «|» eller ledetekster")
            if not item.fields.get("beskrivelse"):
                self.block_item = item  # the particulars stand over the text that describes the tiltak
                if row is not None or item is self._heading_title:
                    self.slide = item  # a heading's title and its particulars: the bullets under them describe it
        return row

    def _lead_item(self, p: Paragraph) -> DraftRow:
        """The bold title is the tiltak; labels in the text after it fill the fields, the rest describes it.
        A title with nothing after it but its type in brackets is described by the paragraphs under it."""
        rest = after_lead(p)
        # «**1.1.1 Kompetansebehovsutvalet (KBU)** (Utvalg)»: after the bold title, its type in brackets, in lower case
        # or a capitalised word that names a type.
        own_type = TYPE_IN_BRACKETS.fullmatch(rest) or (
            (named := _NAMED_TYPE.fullmatch(rest)) is not None and self.types.given(named.group(1)) is not None and named)
        account = "" if own_type else rest
        if not own_type and (opening := TYPE_OPENING.match(rest)) and self.types.given(opening.group(1)) is not None:
            own_type, account = opening, rest[opening.end():]  # «**Fagskoledagen 2065** (arrangement). Åpne dager …»
        head, labelled = self.mapper.split_labels(account)
        fields = {"delmal": self.section or "", **labelled, "tiltak": NUMBER.sub("", p.lead).rstrip(" .:")}
        if own_type:
            fields["type"] = own_type.group(1)
        if head.strip(" .:"):
            # «Title – what was done»: the dash or colon between them belongs to neither.
            fields["beskrivelse"] = clean(f"{head.strip(' (').lstrip('–—-:. ')} {fields.get('beskrivelse', '')}")
        row = self._row(p, fields, [f"avsnitt med uthevet tittel under «{clean(self.section)[:60]}»: tittelen er "
                                    "tiltaket, teksten etter beskrivelsen"])
        self.block_item = row if not head.strip(" .:") else None
        return row
