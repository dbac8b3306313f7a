"""The prose reader's rows for list items: an item under a delmål's heading is a tiltak, its labels fill its fields,
a sub-item details the item above, and an item may give its own delmål."""

from __future__ import annotations

import re

from dataclasses import replace
from typing import Callable

from normalise.columns import ColumnMapper
from normalise.delmal import DelmalMatcher
from normalise.text import clean
from parsers.content import Paragraph

from .draft_row import DraftRow
from .item_delmal import OwnDelmal, item_delmal
from .prose_blocks import fill, sub_item_fields
from .prose_items import TypeNamer, item_parts, own_item_fields
from .prose_lines import closes_letter, is_sentence, title_line
from .prose_meta import code_and_type, item_labels, particular_labels
from .prose_shapes import CODE_THEN_WORDS
from .prose_title_rows import NUMBER
from .prose_titles import TITLE_WORDS
from .year import MONTHS


_SEASONS = ("våren", "hausten", "høsten", "sommaren", "sommeren", "vinteren")
# «12. desember 2079 –», «Våren 2081 –», «Januar –»: a timeline's date before the name an entry leads with.
_DATE_LEAD = re.compile(rf"^\s*(?:\d{{1,2}}\.\s*)?(?:{'|'.join((*MONTHS, *_SEASONS))})(?:\s+\d{{4}})?\s*[–—-]\s+",
                        re.IGNORECASE)


def undated(p: Paragraph) -> Paragraph:
    """The entry without the date its lead opens with, when a name follows in the lead: the name is the title."""
    date = _DATE_LEAD.match(p.lead or "")
    if date is None or not p.lead[date.end():].strip() or not p.text.startswith(p.lead[: date.end()].rstrip()):
        return p
    return replace(p, text=p.text[date.end():].lstrip(), lead=p.lead[date.end():])


class ItemRows:
    """Rows the prose reader makes of list items; they read and change its state."""

    delmal: DelmalMatcher
    types: TypeNamer
    mapper: ColumnMapper
    section: str | None
    last_item: DraftRow | None
    item_level: int
    orphans: int
    heading: Paragraph | None
    stray: list[tuple[Paragraph, Paragraph]]
    _links: tuple[str, ...]
    _delmal_words: tuple[str, ...]
    _closing: tuple[str, ...]
    _row: Callable[..., DraftRow]
    meta: Callable[..., dict[str, str]]
    _names_delmal_in_words: Callable[[str | None], bool]

    def _title_with_code(self, p: Paragraph) -> dict[str, str]:
        """A short title followed on its line by its delmål's label and code (and maybe more labels); {} else."""
        head, labelled = self.mapper.split_labels(p.text)
        if not head or is_sentence(head) or len(head.split()) > TITLE_WORDS or not labelled.get("delmal") or not (
                self.delmal.match(labelled["delmal"]).value):
            return {}
        return {"delmal": labelled["delmal"], **labelled, "tiltak": NUMBER.sub("", head).strip(" .:")}  # «Tiltak 3: …»

    def _sub_item(self, text: str) -> dict[str, str]:
        """What a sub-item says of the item above: a line of its particulars («Delmål 2.4 – prosjekt», «delmål 1.4,
        råd/utvalg»: the code and the type), its labels, its delmål, or more of its account."""
        said = self.meta(text) or sub_item_fields(
            text, self.mapper.split_labels)
        return {**said, **code_and_type(said.get("delmal", ""), self.types)}

    def _titles_account(self, p: Paragraph, following: Paragraph | None) -> bool:
        """A name on a line of its own over a paragraph that cites the delmål it serves («… (jf. delmål 2.5)»)."""
        return p.kind == "text" and following is not None and following.kind == "text" and title_line(p.text) and (
            not closes_letter(p, self._closing)) and self.gives_delmal(following.text) is not None

    def gives_delmal(self, text: str) -> OwnDelmal | None:
        """The delmål an item's text gives itself, in this report's words for linking one; None if it gives none."""
        return item_delmal(text, self._links, self._delmal_words, self.delmal)

    def _item(self, p: Paragraph, how: str = "punkt under") -> DraftRow | None:
        p = undated(p)
        under = self.last_item is not None and p.level > self.item_level  # a sub-item of the item above
        coded = CODE_THEN_WORDS.fullmatch(clean(p.text)) if self.section is not None and not under else None
        if coded and coded["rest"] and not self.delmal.is_delmal_name(coded["rest"]):
            # «• Delmål 2.4 – Kurs i varehandel (kurs): …» among items under another delmål: its own code, then its title.
            row = self._item(replace(p, text=coded["rest"], lead=p.lead if p.lead in coded["rest"] else ""), how)
            if row is not None:
                row.fields["delmal"] = clean(p.text)[: coded.start("rest")].rstrip(" -–:")
            return row
        own = self.gives_delmal(p.text)
        if own:
            # "Karrieredag for elever (delmål 1.3, arrangement).": the item says its delmål itself.
            fields, titled = own_item_fields(own, p.lead, self.types, lambda t: particular_labels(t, self.mapper))
            return self._row(p, fields, ["punkt som oppgir sitt eget delmål", *([titled.how] if titled and titled.how else [])],
                             doubt=titled.doubt if titled else "")
        head, labelled = item_labels(p.text, self.mapper)
        if not head and self.last_item is not None:
            # «• Ansvar: KS» under a title (a slide's, under no delmål): its labels, not a tiltak of their own.
            fields = self.last_item.fields  # «• Delmål: 1.3» under it: its code says more than an område's heading
            # «• Strategien: bedre kunnskap om …» in words: the item's own, more than the heading it inherited.
            inherited = clean(fields.get("delmal")) == clean(self.section)
            fields.update((k, v) for k, v in labelled.items() if not clean(fields.get(k)) or k == "delmal" and not (
                self.delmal.codes_in(fields[k])) and (self.delmal.codes_in(v) or inherited))
            return None
        if self.section is None and not (head and labelled.get("delmal")):
            # (An item whose own label gives its goal, «Veiledningsløftet i nord Delmål: 1.3 Type: Prosjekt», is read; so
            # is one whose «Strategimål: …» says it in words no delmål's text is close enough to: its delmål is asked.)
            self.orphans += 1
            if self.heading is not None:
                self.stray.append((p, self.heading))
            return None
        if under and self.last_item is not None:
            # A sub-item details the item above it, not counted as a tiltak: «Delmål 2.4 – prosjekt» gives its
            # delmål (where the heading gave none by code) and type, «Ansvarleg: …» its fields, any other its account.
            fill(self.last_item.fields, self._sub_item(p.text), self.delmal.codes_in)
            return None
        if not head:
            return None
        parts = item_parts(head, self.types, p.lead)
        fields = {"delmal": self.section or "", **labelled, "tiltak": parts.tiltak}
        if parts.type and not clean(fields.get("type")):
            fields["type"] = parts.type
        if parts.beskrivelse:
            fields["beskrivelse"] = clean(f"{parts.beskrivelse} {fields.get('beskrivelse', '')}")
        return self._row(p, fields, [f"{how} «{clean(self.section)[:60]}»", *([parts.how] if parts.how else [])],
                         doubt=parts.doubt, structured=bool(labelled) or self._names_delmal_in_words(self.section))
