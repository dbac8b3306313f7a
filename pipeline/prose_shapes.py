"""What a paragraph of a prose report is, by its shape: a block's title, a title over text, a labelled line, a
line of particulars, a plain list line. The rules ProseReader asks before it reads a paragraph."""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from normalise.columns import ColumnMapper, header_key
from normalise.delmal import DelmalMatcher
from normalise.text import clean, fold, words
from parsers.content import Paragraph

from .answer_lines import is_answer_form
from .draft_row import DraftRow
from .item_delmal import own_delmal
from .prose_blocks import (DELMAL_LINE, NumberedTitle, areas_among_delmal, items_inside_accounts, labelled_headings,
                           labelled_items, numbered_titles, section_numbered, titled_headings, worded_delmal_line)
from .prose_items import TypeNamer
from .prose_lines import after_lead, is_sentence, list_line
from .prose_meta import CODE_THEN_WORDS, meta_fields, names_a_kind
from .prose_titles import SENTENCES, TitleOverText

# Labels that make a title line above them a tiltak of its own (a block), not a heading.
_BLOCK_LABELS = ("delmal", "type", "ansvarlig", "samarbeidspartnere")
BARE_CODE_WORDS = 3  # «Delmål 1.1», «DELMÅL 2.3»: a heading that is a code and nothing more
BLOCK_TITLE_WORDS = 25  # a plain (not bold) paragraph is a block's title only when it is short
SUBTITLE_WORDS = 12  # a heading said again in another language, under it
# "Digitalt løft i varehandelen (kurs)", «Samisk på jobben [kurs]»: a title's closing brackets, in lower case, say
# its type.
TYPE_IN_BRACKETS = re.compile(r"\s*[(\[]\s*([a-zæøå][\w/ -]{1,30}?)\s*[)\]]\s*$")
TYPE_OPENING = re.compile(r"^\s*[(\[]\s*([a-zæøå][\w/ -]{1,30}?)\s*[)\]]\s*[.:]?\s*")  # «(kurs). Tolv nye moduler …»


_NUMBERED_LABEL = re.compile(r"^\s*([^\W\d]+)\s+(?:nr\.?\s*)?\d{1,3}\s*:")  # «Tiltak 3:», «Tiltak nr. 3:»


def unnumbered(text: str) -> str:
    """The text with a numbered label opening it written as the label («Tiltak 3: …» as «Tiltak: …»)."""
    return _NUMBERED_LABEL.sub(r"\1:", text, count=1)


def _told(text: str) -> bool:
    """A sentence, or text holding one's end («… i helseforetakene. 140 kandidater tok fagbrev i 2065» from a scan that
    lost the last stop): an account, not a title."""
    return is_sentence(text) or bool(re.search(r"[.!?]\s+[A-ZÆØÅ0-9]", clean(text)))


GROUP_LABEL_WORDS = 8  # «Norsk og kvalifisering for innvandrere»: a group's label, not a tiltak's account


class ShapeRules:
    """The shape tests of the prose reader; they read its state (the section, the item above) and change none of it."""

    mapper: ColumnMapper
    delmal: DelmalMatcher
    types: TypeNamer
    section: str | None
    section_level: int | None
    section_names_delmal: bool
    type_heading: Paragraph | None
    titled_here: bool
    plain_items: bool
    last_item: DraftRow | None
    block_item: DraftRow | None
    labelled_slide: DraftRow | None
    titles: TitleOverText
    title: str
    answer_form: bool
    labelled_items: frozenset[tuple]
    titled_headings: frozenset[tuple]
    items_in_accounts: frozenset[tuple]
    areas: frozenset[tuple]
    labelled_headings: frozenset[tuple]
    numbered_titles: dict[tuple, NumberedTitle]
    sections: frozenset[tuple]
    label_leads: frozenset[str]
    _previous: Paragraph | None
    _closing: tuple[str, ...]
    _delmal_words: tuple[str, ...]
    _status_labels: frozenset[str]
    subtitles: frozenset[tuple]

    def _status_line(self, p: Paragraph) -> tuple[str, str] | None:
        """(label, value) of a line giving a status, year or period («Status: Planlagt 2075», «År: 2074», «Periode:
        2081–2083»): the labels of the vocabulary's `year_columns` and `period_columns`. («Resultat: …», «Merknad: …»
        say more of the measure: its description; «Dato: 5. mars» under a report's title dates the letter.)"""
        label, colon, value = p.text.partition(":")
        return (clean(label), clean(value)) if colon and clean(value) and header_key(label) in self._status_labels else None

    def survey(self, paragraphs: Sequence[Paragraph], title: str) -> None:
        """What the reader learns of the document's paragraphs before it reads them one by one: the shapes whose
        reading depends on the lines after them."""
        # «**Hva vi gjorde:** …», «**Hvorfor det er viktig:** …» under each tiltak's heading: a bold opening the report
        # repeats is its own label, for more of the account, not a title; a tiltak's title is its own.
        leads = Counter(fold(p.lead.rstrip(" .:")) for p in paragraphs if p.kind == "text" and p.lead.strip(" .:"))
        self.label_leads = frozenset(lead for lead, n in leads.items() if n >= 2)

        def labelled(q: Paragraph | None) -> dict[str, str]:
            said = self.labels(q) or self.particulars(q)
            if not said and q is not None and q.kind == "text" and fold(q.lead.rstrip(" .:")) in self.label_leads:
                return {"beskrivelse": after_lead(q)}  # a repeated bold label no field is named by: the account
            if not said and q is not None and (status := self._status_line(q)):
                return {"status": status[1]}  # «Status: Pågår» among a block's lines is one of them, if no field
            return said

        self.title = title
        self.subtitles = self._subtitles(paragraphs)
        self.answer_form = is_answer_form(paragraphs, self.mapper)
        self.labelled_items = labelled_items(paragraphs, labelled)
        self.sections = section_numbered(paragraphs, self.delmal.names_omrade)
        self.labelled_headings = labelled_headings(
            paragraphs, labelled, self.delmal.names_omrade,
            lambda heading, line: not self.delmal.codes_in(heading) and (
                self.delmal.paraphrases(line) or self.delmal.is_delmal_name(line)),
            self.delmal.names_delmal_cell, self.sections, lambda t: self.mapper.is_note_row([t]))
        self.titled_headings = titled_headings(
            paragraphs, lambda t: bool((own := own_delmal(t)) and self.delmal.codes_in(own.delmal)),
            # A type beside the code («[2.1 · Kurs]») makes the heading a tiltak's, though its words name the delmål.
            lambda t: self.delmal.names_delmal(t, heading=True) and not ((own := own_delmal(t)) and own.type))
        self.items_in_accounts = items_inside_accounts(paragraphs)
        self.areas = areas_among_delmal(paragraphs, lambda t: self.delmal.names_delmal(t, heading=True))
        self.numbered_titles = numbered_titles(paragraphs, self.delmal.codes_in, self.delmal.names_by_words,
                                               self.delmal.names_omrade)

    def names_a_kind(self, text: str) -> bool:
        """A heading of a kind's words only (prose_meta.names_a_kind), not the report's own title."""
        return clean(text) != self.title and names_a_kind(text, self.types)

    def _names_delmal_only(self, text: str) -> bool:
        """«Delmål 2.1 Digital kompetanse i arbeidsstyrken», «2.1»: a delmål's code, and its name or nothing after it."""
        line = CODE_THEN_WORDS.fullmatch(clean(text))
        codes = self.delmal.codes_in(text)
        return line is not None and bool(codes) and (not line["rest"] or self.delmal.is_delmal_name(line["rest"]))

    def labels_a_delmal(self, text: str) -> bool:
        """«1.1 Kunnskap om kompetansebehov (KBU)»: a delmål's code and a short label of it in the report's own words,
        no sentence; over items a level below, the group they stand in."""
        line = CODE_THEN_WORDS.fullmatch(clean(text))
        return line is not None and bool(self.delmal.codes_in(text)) and len(line["rest"].split()) <= GROUP_LABEL_WORDS \
            and not clean(line["rest"]).endswith((".", "!", "?"))

    def gives_slide_delmal(self, p: Paragraph, following: Paragraph | None = None) -> bool:
        """Whether a line under a labelled heading gives its title's delmål: «Delmål 1.1 – Kompetansebehovsutvalget»,
        or the first or the slide's last line, no sentence, in the delmål's own or other words («Digital kompetanse i
        hele arbeidsstyrken»)."""
        slide = self.labelled_slide
        if p.kind != "text" or slide is None or slide is not self.last_item or clean(slide.fields.get("delmal")) or self.labels(p):
            return False
        if set(self.particulars(p)) - {"delmal"}:
            return False  # «Delmål 1.3 – Kurs – Ansvar: KS»: a line of particulars, read as one
        first = self._previous is not None and self._previous.kind == "heading"
        last = p.page is not None and (following is None or following.page != p.page)
        return bool(DELMAL_LINE.match(p.text) and self.delmal.codes_in(p.text)) or (
            first and worded_delmal_line(p, self.delmal.paraphrases)) or (
            last and worded_delmal_line(p, self.delmal.names_delmal_cell))

    def labels(self, p: Paragraph | None) -> dict[str, str]:
        """The fields a paragraph of labels only gives ('Delmål: 3.6 …  Kategori: Kurs'), else {}."""
        # «Tiltak 3: Title  Delmål: 2.2»: a numbered label is its label («Tiltak:»).
        text = unnumbered(p.text) if p and p.kind in ("text", "bullet") else ""
        head, labelled = self.mapper.split_labels(text) if text else ("", {})
        return {} if head else labelled

    def labels_item(self, p: Paragraph) -> bool:
        """A line of labels under an item, naming its delmål as a section's lead-in would («Forbund: NSF · Strategien:
        innsatsområde 2, delmål 2 · Form: kurs», round 73): the item's fields, no section."""
        return p.kind != "heading" and self.last_item is not None and len(self.labels(p)) >= 2

    def empty_label(self, p: Paragraph) -> bool:
        """«Beskrivelse:» alone on its line: a label whose answer is the paragraph under it."""
        text = p.text.rstrip()
        if not text.endswith(":") or p.kind not in ("text", "heading"):
            return False
        head, labelled = self.mapper.split_labels(f"{text} x")
        return not head and list(labelled.values()) == ["x"]

    def particulars(self, p: Paragraph | None) -> dict[str, str]:
        """The fields a line of particulars gives («Delmål 1.4 · Råd/utvalg · Ansvar: KS»), else {}."""
        return self.meta(p.text, tags=True, dashes=True) if p and p.kind == "text" else {}

    def meta(self, text: str, tags: bool = False, dashes: bool = False) -> dict[str, str]:
        """The fields a line of particulars gives, whatever kind of paragraph it stands in (see meta_fields)."""
        return meta_fields(text, self.mapper, self.delmal.codes_in, self.types, self.delmal.is_delmal_name, tags,
                           self.delmal.paraphrases, dashes)

    def _closing_labels(self, p: Paragraph) -> dict[str, str]:
        """«Strategikobling: delmål 1.4 · Ansvarlig: KS» under a heading and its text: labels naming the delmål that
        close the title as a line of particulars does; {} for any other line."""
        under_text = self.titles.title is not None and bool(self.titles.texts) and self._previous is not None and (
            self._previous.text == self.titles.texts[-1])  # straight under the title's text, no form's line between
        labels = self.labels(p) if under_text else {}
        return labels if "delmal" in labels and "tiltak" not in labels else {}

    def _subtitles(self, paragraphs: Sequence[Paragraph]) -> frozenset[tuple]:
        """(page, line) of the short lines set under each block's heading, over its labels: the heading in another
        language («Kartlegging av kompetansebehov i reindriften» over «Boazodoalu gealbodárbbuid kárten», then
        «Strategimål: 2.2»). Only where the report sets most of its headings of that rank so: under a single
        heading («Egne tiltak») the line is a block's own title."""
        found: dict[int, list[tuple]] = {}
        labelled: Counter[int] = Counter()
        for n, p in enumerate(paragraphs[:-2]):
            q, r = paragraphs[n + 1], paragraphs[n + 2]
            if p.kind == "heading" and q.kind == "text" and not q.lead and not is_sentence(q.text) and (
                    len(q.text.split()) <= SUBTITLE_WORDS and not self.labels(q)) and not (
                    self.particulars(q) or self.delmal.codes_in(q.text) or self.delmal.paraphrases(q.text)):
                found.setdefault(p.level, []).append((q.page, q.line))
                labelled[p.level] += bool(self.labels(r))
        # (One set so without labels under it, «Kompetansepluss i samiske områder» over its subtitle and account, is
        # a tiltak all the same, its delmål not given: read and asked, not passed over.)
        ranks = Counter(p.level for p in paragraphs if p.kind == "heading")
        themes = self._theme_headings(paragraphs)
        return frozenset(key for level, keys in found.items() if labelled[level] >= 2 and 2 * len(keys) >= ranks[level] - 1
                         for key in keys) | frozenset(key for level, keys in themes.items()
                                                      if 2 * len(keys) >= ranks[level] - 1 for key in keys)

    def _theme_headings(self, paragraphs: Sequence[Paragraph]) -> dict[int, list[tuple]]:
        """(page, line) of the smaller headings set right under each heading of a rank, by that rank, where the same
        one stands under two different ones («Rekruttering av fagarbeidere» under two slides' titles): the deck's
        themes, which say what the title is about; the title names the tiltak (round 64)."""
        # («Navn på tiltaket» under each «Tiltak 1 av 6» of a form, «Kort fortalt» on a fact sheet: a field's label.)
        pairs = [(p, q) for p, q in zip(paragraphs, paragraphs[1:])
                 if p.kind == q.kind == "heading" and q.level > p.level and ":" not in q.text
                 and not self.mapper.field_of(q.text)[0]]
        themes: dict[int, list[tuple]] = {}
        for level in {p.level for p, _ in pairs}:
            under = [(p, q) for p, q in pairs if p.level == level]
            said = Counter(fold(q.text) for _, q in under)
            # One sub-heading under every title («Kort fortalt», «Navn på tiltaket») is a label the template repeats.
            if len(under) >= 3 and any(n >= 2 for n in said.values()) and len(said) >= 2 and (
                    len({fold(p.text) for p, _ in under}) == len(under)):
                themes[level] = [(q.page, q.line) for _, q in under]
        return themes

    def within_chapter(self, p: Paragraph) -> bool:
        """Whether a heading stands below the heading that named the current delmål, inside its chapter."""
        return self.section_names_delmal and self.section_level is not None and p.level > self.section_level

    def _is_block_title(self, p: Paragraph, following: Paragraph | None) -> bool:
        """A title line whose next paragraph is labelled lines that say what the tiltak is."""
        # «**Medlemskap i …** Fagskolerådet har to faste medlemer …»: a bold run-in title is the title, however long
        # the account after it.
        if p.kind == "text" and (len((p.lead or p.text).split()) > BLOCK_TITLE_WORDS or p.text.rstrip().endswith(":")):
            return False
        if p.kind == "text" and not p.lead and len(SENTENCES.split(clean(p.text))) > 1:
            return False  # «Tabellen viser tiltak i 2094 … Kolonnen «Med» viser …»: an introduction, no title
        if (p.page, p.line) in self.subtitles:
            return False  # the heading over it is the title; it says the title again
        if self.labels(p) or p.lead and fold(p.lead.rstrip(" .:")) in self.label_leads or self._status_line(p):
            return False  # a labelled line itself ("Tiltak: …", a bold label the report repeats, «Status: …») is no title
        if p.kind == "text" and not p.lead and _told(p.text) and self._previous is not None and (
                self._previous.kind == "heading" and self.titles.title is self._previous):
            return False  # a heading's text: the heading is the title its labelled line completes
        labels = self.labels(following)
        if "tiltak" in labels:
            return False  # «Side 1 av 2» over «Tiltak 3: Title  Delmål: 2.2»: the labels name their own tiltak
        said = sum(1 for f in _BLOCK_LABELS if f in labels)
        block = self.block_item
        if p.kind == "text" and block is not None and block is self.last_item and not any(
                clean(block.fields.get(f)) for f in labels if f != "type" or self.type_heading is None):
            # Inside a block whose labels come before and after its description ("Delmål: …", text,
            # "Ansvarleg: …"), the labels under the text go on filling the block: the text describes it. (A type
            # the heading over a group of tiltak gave it is no label of its own.)
            return False
        if p.kind == "heading":
            # A title in bold or a heading style: one labelled line under it (Word puts each on its own) will do.
            return said >= 1
        return p.kind == "text" and ("delmal" in labels or said >= 2)

    def _is_lead_title(self, p: Paragraph) -> bool:
        """A paragraph that opens with a short bold title and goes on in plain text: one tiltak, titled."""
        lead = p.lead.rstrip(" .:")
        return bool(lead) and len(lead.split()) <= BLOCK_TITLE_WORDS and not self.labels(p) and (
            not self.mapper.split_labels(lead)[1]) and fold(lead) not in self.label_leads

    def _title_only(self, p: Paragraph) -> bool:
        """A bold title alone on its line, or with only its type in brackets: the next tiltak, not a description."""
        rest = after_lead(p)
        return self._is_lead_title(p) and (not rest.strip() or bool(TYPE_IN_BRACKETS.fullmatch(rest)))

    def _opens_next_title(self, p: Paragraph, described: bool) -> bool:
        """Under a delmål's heading, a bold title after the block's own text opens the next tiltak («**Arbeidslivsdagen
        for masterstudenter** Akademikerne arrangerte …» under a titled tiltak's account); so does one under an
        område's heading, its type maybe in brackets after it («**Fagskoledagen 2065** (arrangement). Åpne dager …»).
        «**Resultat:** rapporten kom i mai» goes on describing it."""
        if not (self.section_names_delmal or self.section is not None and p.lead):
            return False
        rest = TYPE_OPENING.sub("", after_lead(p)).lstrip()
        return self._title_only(p) or described and self._is_lead_title(p) and not (
            p.lead.rstrip().endswith(":") or not rest[:1].isupper())

    def _is_titled(self, p: Paragraph, following: Paragraph | None) -> bool:
        """A heading ranked under the heading that named the delmål, right under a bare «DELMÅL 1.1» (a slide's small
        type over its title) or of a bare code's rank after such a title, with plain text under it, is a tiltak's
        title: unless it names a delmål itself by code or by the delmål's own words."""
        coded = bool(self.delmal.codes_in(self.section or ""))
        bare = len(words(self.section)) <= BARE_CODE_WORDS and coded
        # Right under a coded delmål line, whatever their ranks: «DM 2.1 · DIGITAL KOMPETANSE» set small over the
        # title it heads, as a newsletter's kicker is.
        under = coded and self._previous is not None and self._previous.text == self.section or (
            bare and p.level == self.section_level and self.titled_here)
        # A heading whose own labelled lines close its text gives its own delmål, whatever the section's.
        return (p.kind == "heading" and self.section_names_delmal and self.section_level is not None
                and (p.page, p.line) not in self.labelled_headings
                and (p.level > self.section_level or under) and following is not None and following.kind == "text"
                and not following.lead and not self.labels(following) and not self.delmal.codes_in(p.text)
                and not self.delmal.names_omrade(p.text)
                and not (self.delmal.names_by_words(p.text) and self._another_delmal(p.text)))

    def _another_delmal(self, text: str) -> bool:
        """«Kompetansebehovsutvalget (KBU)» under «Delmål 1.1 Kompetansebehovsutvalget» names its own section's
        delmål: a title; words of another delmål open a new section."""
        return self.delmal.match(text).value != self.delmal.match(self.section or "").value

    def _plain_item(self, p: Paragraph, following: Paragraph | None) -> bool:
        """Plain lines under a heading that names a delmål, two or more in a row: a list typed without bullet
        marks (a fact box, a pasted list). Not once the heading's items are bullets."""
        return self.section_names_delmal and (self.last_item is None or self.plain_items) and list_line(
            p, self._closing) and (self.plain_items or list_line(following, self._closing))

    def _names_delmal_in_words(self, text: str | None) -> bool:
        """A heading that says "delmål" or words like a delmål's, not merely a number like "2.1"."""
        return any(re.search(rf"\b{re.escape(w)}\b", fold(text)) for w in self._delmal_words) or bool(
            text and self.delmal.names_by_words(text))
