"""Prose reports: a heading or lead-in that names a delmål applies to the list items under it. Each bullet or
numbered item is one tiltak, its labels («Type tiltak: FoU.») fill the other fields; a block (a title line, then
labelled lines «Delmål: …», «Kategori: …») is one tiltak too, and the plain text under it is its description.
Key/value tables («Tiltak | …», «Ansvarlig | …») are read in `pipeline.prose_forms`."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from normalise.columns import ColumnMapper, header_key
from normalise.delmal import DelmalMatcher
from normalise.text import clean, fold, ticked
from parsers.content import Paragraph

from .answer_lines import AnswerLines
from .draft_row import PROSE_CONFIDENCE, DraftRow
from .heading_owner import heading_owner
from .item_delmal import own_delmal
from .prose_items import TypeNamer, type_line, typed_or_described
from .prose_openings import describes_item, titled_paragraph
from .prose_lines import after_description, after_lead, closes_letter, is_sentence, kept_as_note, list_line, signs_off
from .prose_blocks import NumberedTitle, fill, is_sub_item, title_fields, unnumbered
from .row_fields import lead_of_partners
from .prose_meta import CHAPTER, bold_title, closing_particulars, code_and_type
from .prose_shapes import ShapeRules
from .prose_title_rows import NUMBER, TitleRows
from .prose_item_rows import ItemRows
from .prose_titles import TitleOverText, coded_title, heads_title_below, linked_delmal, titles_text_below
from tiltak_core.records import Provenance


class ProseReader(ShapeRules, TitleRows, ItemRows):
    """Follows headings and lead-ins through a document and turns list items into rows."""

    def __init__(self, source_file: str, mapper: ColumnMapper, delmal: DelmalMatcher, types: TypeNamer) -> None:
        self.source_file = source_file
        self.mapper = mapper
        self.delmal = delmal
        self.types = types
        self._status_labels = frozenset(header_key(k) for k in (  # see _status_line
            *mapper.vocabulary.year_columns, *mapper.vocabulary.period_columns))
        self.title = ""  # the document's own title (set by the row reader): a heading that repeats it names no delmål
        self.section: str | None = None  # the heading or lead-in the current items stand under
        self.last_item: DraftRow | None = None
        self.block_item: DraftRow | None = None  # a block's tiltak: the plain text under it describes it
        self._block_list_item: Paragraph | None = None  # the list item that opened the block, if one did
        self.item_level = 0
        self.orphans = 0  # list items under no delmål or område heading: intro lists, not tiltak
        self.structured = False  # an item stood under a heading naming a delmål in words, or carried labels
        self.section_names_delmal = False  # the section's heading names a delmål (not only an område)
        self.plain_items = False  # the items under the current heading are plain lines, a list without marks
        self.heading: Paragraph | None = None  # the last heading, whether it names a delmål or not
        self.names_org: Callable[[str], bool] = lambda _: False  # a name the catalogue knows (set by the row reader)
        self._unit_words = tuple(fold(w) for w in mapper.vocabulary.unit_words)
        self._outline: list[Paragraph] = []  # the last heading and the headings over it, one per level
        self.delmal_levels: set[int] = set()  # the levels of the headings that named a delmål
        self.section_level: int | None = None  # the level of the heading that named the current delmål
        self.titled_here = False  # a title over its text stood in the current section
        # Items under a heading that names no delmål, with that heading: tiltak the run could not place
        # when the heading stands at a level the report gives its delmål (see pipeline.coverage.stray_items).
        self.stray: list[tuple[Paragraph, Paragraph]] = []
        self._plain_stray = False  # the paragraph before was a plain list line under such a heading
        self._body = False  # a sentence or a delmål heading has been read: the letterhead is past
        self.warnings: list[str] = []
        self._item_above: DraftRow | None = None  # the list item the paragraph before opened
        self._previous: Paragraph | None = None  # the paragraph read before this one
        self.unsure: list[str] = []  # items read whole whose shape says they may hold a title and more (for review)
        self._delmal_words = tuple(fold(w) for w in mapper.vocabulary.delmal_words)
        self._closing = tuple(fold(w) for w in mapper.vocabulary.closing_words)
        self._other_lead_ins = tuple(fold(w) for w in mapper.vocabulary.other_lead_ins)
        self._answer_labels = mapper.vocabulary.answer_labels
        self._links = tuple(fold(f"{s} {w}").strip() for s in ("", *mapper.vocabulary.delmal_link_subjects)
                            for w in mapper.vocabulary.delmal_links)  # «Dette følger opp delmål 1.4.»: subject too
        self.answer_form = False  # the document is a form's receipt: label lines answered on the line under
        self.answers = AnswerLines(source_file, mapper)
        self.titles = TitleOverText()  # a heading naming no delmål, over text that may close with one
        self.labelled_items: frozenset[tuple] = frozenset()  # items whose own labels name the delmål (set by rows)
        self.titled_headings: frozenset[tuple] = frozenset()  # headings that are a tiltak's title (set by rows)
        self.items_in_accounts: frozenset[tuple] = frozenset()  # list items between paragraphs of text (set by rows)
        self.areas: frozenset[tuple] = frozenset()  # headings of areas in the report's own words (set by rows)
        self.labelled_headings: frozenset[tuple] = frozenset()  # headings over a tiltak's labelled lines (set by rows)
        self.numbered_titles: dict[tuple, NumberedTitle] = {}  # «1.4 Title» headings under an område (set by rows)
        self.sections: frozenset[tuple] = frozenset()  # «1.2 Title» headings under chapter «1 …» (set by rows)
        self.label_leads: frozenset[str] = frozenset()  # bold openings the report repeats: labels (set by rows)
        self._next_title_particulars: dict[str, str] = {}  # a slide's particulars over the title that follows
        self._particulars_over_titles: bool | None = None  # a title's particulars stand over it (None: not yet seen)
        self.slide: DraftRow | None = None  # a slide's title, whose bullets describe it
        self.labelled_slide: DraftRow | None = None  # a heading over labelled lines: a line under it may give its delmål
        self._heading_title: DraftRow | None = None  # the last tiltak titled by a heading
        self.type_heading: Paragraph | None = None  # a heading naming a kind of tiltak, over tiltak of that kind

    def set_section(self, text: str | None, names_delmal: bool = False) -> None:
        self.section, self.last_item, self.block_item = text, None, None
        self.section_level, self.titled_here = None, False
        self.section_names_delmal, self.plain_items = names_delmal, False

    def _row(self, p: Paragraph, fields: dict[str, str], evidence: list[str], doubt: str = "",
             structured: bool = True) -> DraftRow:
        """A new row read from `p`, now the last item; one whose shape leaves a doubt is listed for review.
        `structured`: its shape is a sign of a report of tiltak."""
        self.last_item = DraftRow(Provenance(self.source_file, page=p.page, line=p.line), fields, {}, PROSE_CONFIDENCE,
                                  evidence, doubt=doubt, heading_owner=self.heading_owner_of(p))
        if doubt:
            self.unsure.append(self.last_item.provenance.locator)
        self.item_level = p.level
        self.structured = self.structured or structured
        return self.last_item

    def heading_owner_of(self, p: Paragraph, heading: Paragraph | None = None) -> str:
        """The organisation the heading over `p` (the current one, unless `heading` is given) names; '' if none."""
        return heading_owner(p, heading or self.heading, self._outline, self.names_org, self._unit_words)

    def read(self, p: Paragraph, following: Paragraph | None = None) -> DraftRow | None:
        """A new row for a list item or a block's title; None for headings, text and stray items."""
        if p.kind == "heading" and self.labels(replace(p, kind="text")) and self.block_item is not None:
            # «Delmål: 2.4» read large by OCR under a block's title: a line of its labels, not a section. (A line of
            # particulars set large, «DM 1.4 | Råd/nettverk», was made text before reading: particulars_as_text.)
            p = replace(p, kind="text")
        if self.block_item is not None and self.block_item is self.last_item and self.empty_label(p):
            return None  # «Beskrivelse:» over the text that answers it: the text describes the block anyway
        above, self._item_above = self._item_above, None
        if p.kind == "heading":
            self.titles.open(None)  # a heading ends the text under the last; _read opens one that may be a title
            self.slide = None
        said, meta = closing_particulars(p.text, lambda t: self.particulars(replace(p, text=t))) if above else ("", {})
        if above is not None and not self.answer_form and (meta or describes_item(
                p, following, lambda q: self.labels(q) or self.particulars(q)) and not (
                self.delmal.codes_in(p.text) or self._names_delmal_in_words(p.text))):
            above.fields.update(meta)  # «… Delmål 2.1 · Kurs · med HK» closing the account: the item's own
            above.fields["beskrivelse"] = clean(f"{above.fields.get('beskrivelse', '')} {said if meta else p.text}")
            return None
        row = self._read(p, following)
        if row is not None and self.type_heading is not None and not clean(row.fields.get("type")):
            # «4 Utviklingsprosjekter» over the tiltak of that kind: the heading gives each its type.
            row.fields["type"] = CHAPTER.sub("", self.type_heading.text)
            row.evidence.append(f"typen er overskriften «{clean(self.type_heading.text)[:40]}» over tiltaket")
        if row is not None and p.kind in ("bullet", "numbered"):
            self._item_above = row
        self._previous = p
        return row

    def _read(self, p: Paragraph, following: Paragraph | None) -> DraftRow | None:
        if self.answer_form and self.answers.takes(p):
            row = self.answers.read(p, self.section or "")
            if row is not None:
                self.last_item = self.block_item = row
                self.structured = True
            return row
        if (slide := self.labelled_slide) is not None and self.gives_slide_delmal(p, following):
            slide.fields["delmal"] = p.text
            if not clean(slide.fields.get("type")):
                slide.fields.update(code_and_type(p.text, self.types))  # «Delmål 2.5 – Kurs»: its type after a dash
            return None
        if p.kind in ("bullet", "numbered") and self.slide is not None and self.slide is self.last_item:
            fields = self.slide.fields  # a slide's bullets under its title say what the tiltak is
            head, labelled = self.mapper.split_labels(p.text)
            if labelled and not head:  # «Sammen med: helseforetakene»: a field of it
                fields.update((name, value) for name, value in labelled.items() if not clean(fields.get(name)))
                return None
            if not clean(fields.get("delmal")) and (self.delmal.codes_in(p.text) or self.delmal.names_omrade(p.text) or (
                    not is_sentence(p.text) and self.delmal.is_delmal_name(p.text) or self.delmal.paraphrases(p.text))):
                fields["delmal"] = p.text  # «Innsatsområde 2 – læring i arbeidslivet (delmål 2.5)», «Karriereveiledning»
                return None
            typed_or_described(fields, p.text, self.types)  # «Program», a card's tag beside its delmål's, is its type
            return None
        if p.kind in ("bullet", "numbered") and self._block_list_item is not None and self.block_item is self.last_item \
                and self.block_item is not None and is_sub_item(p, self._block_list_item):
            fill(self.block_item.fields, self._sub_item(p.text), self.delmal.codes_in)
            return None
        if p.kind in ("bullet", "numbered") and self.block_item is not None and self.block_item is self.last_item and (
                labelled := self.labels(p)):
            # «### Title» over «- Delmål: 2.1», «- Type: kurs» and its account: the block's labels set as a list.
            self.block_item.fields.update(labelled)
            return None
        if p.kind in ("bullet", "numbered") and (p.page, p.line) in self.items_in_accounts and (
                self._heading_title is not None and self._heading_title is self.block_item is self.last_item) and (
                clean(self.block_item.fields.get("beskrivelse"))):
            # «• Ingeniørbehovet i fylkene …» among the paragraphs under a heading that titles a tiltak: its account.
            self.block_item.fields["beskrivelse"] = clean(f"{self.block_item.fields['beskrivelse']} {p.text}")
            return None
        if p.kind in ("bullet", "numbered"):
            self.block_item = None
            listed = self._previous is not None and self._previous.kind == p.kind and self._names_delmal_only(self._previous.text)
            grouping = following is not None and following.kind == p.kind and following.level > p.level and (
                self.labels_a_delmal(p.text))  # «• 2.1 Digital kompetanse» over items a level below it
            if (following is not None and following.kind == p.kind or listed) and self._names_delmal_only(p.text) or grouping:
                # «• Delmål 1.3 Karriereveiledning» over «• Title (type): account»: a list of two levels read flat;
                # the last of a list of the strategy's delmål is no tiltak either.
                self.set_section(p.text, names_delmal=True)
                return None
            if self.section is None and (p.page, p.line) in self.labelled_items:
                # The heading over the list is the report's, not a tiltak its item's labels close.
                self.titles.open(None)
                return self._block(p)
            if self.section is None and p.kind == "numbered" and not is_sentence(p.text) and following is not None and (
                    following.kind == "text" and not following.lead):
                # «1. Medlemskap i NFK» over «Kompetanseforbundet er medlem …» and «Dette hører til delmål 1.3 …» (a
                # board memo, round 58): a numbered title over its text, which may close with the delmål it links.
                self.titles.open(replace(p, kind="heading"))
            return self._item(p)
        if following is not None and p.kind == "heading" and (following.page, following.line) in self.subtitles:
            self.set_section(None)
            return self._block(p, how="overskrift over sin undertittel og merkede linjer")
        if (p.page, p.line) in self.subtitles:
            return None  # the heading in another language: the block's title is the heading
        if p.kind == "text" and (coded := self._title_with_code(p)):
            # «Kompetansepluss i samiske områder Delmål: 3.2» on a scanned page, its lines under it labelled: a title
            # and its code on one line, the block's first.
            return self._block(p, coded, "tittel og delmål på én linje, med merkede linjer under")
        if self._is_block_title(p, following):
            return self._block(p)
        if self._is_titled(p, following):
            return self._titled(p)
        own = self.labels(p)
        if "tiltak" in own:
            # "Tiltak: …" on a line of its own opens a form written as paragraphs; its other labels fill it. A
            # heading over it is the document's or a section's: no line of particulars below closes it as a tiltak.
            self.titles.open(None)
            return self._block(p, bold_title(own, p.lead, p.text))
        linked = linked_delmal(p.text, self._links) if p.kind == "text" and not p.lead else None
        if linked and (not linked.text or self.titles.title is not None) and self.delmal.match(linked.sentence).value:
            return self._delmal_line(linked)
        meta = self.particulars(p) or self._closing_labels(p)
        block = self.block_item
        if block is not None and block is self.last_item and "delmal" in meta and self._previous is not None and (
                self._previous.kind == "heading" and block.provenance.line == self._previous.line) and (
                not self.delmal.codes_in(block.fields.get("delmal", ""))):
            # «Delmål 1.1 – rådsarbeid» right under a block's heading, over its labels and its account: its delmål and
            # type, not a title of the text below.
            fill(block.fields, meta, self.delmal.codes_in)
            block.evidence.append("linjen under tittelen oppgir delmål og type")
            self.slide = block  # a heading's title and its particulars: bullets under them describe it
            return None
        if meta and self._particulars_over_titles is None:
            # The first line of particulars says the document's order: over each title (a slide's, first on its
            # page) or under it, closing the title and its text.
            closing = self._previous is not None and bool(self.labels(self._previous))
            self._particulars_over_titles = heads_title_below(p, following, self._previous, closing)
        if meta and self._particulars_over_titles and following is not None and following.kind == "heading":
            self._next_title_particulars = meta
            return None
        item = self.last_item
        bare = item is not None and item is self.block_item and not item.fields.get("beskrivelse")
        item_coded = item is not None and bool(self.delmal.codes_in(f"{self.section} {item.fields.get('delmal')}"))
        if meta and self.titles.takes(meta, following, item is not None, bare, item_coded):
            return self._meta_line(meta)
        if titles_text_below(p, following):
            self.titles.open(replace(p, kind="heading", text=clean(p.text).rstrip(" :")))
            return None
        titled = self.titles.add(p) if p.kind != "heading" else None
        if titled and self.delmal.codes_in(titled.delmal):
            return self._titled_text(titled)
        if p.kind == "text" and not self.section_names_delmal and self._is_lead_title(p):
            self.titles.open_lead(p, p.lead.rstrip(" .:"), clean(after_lead(p)).lstrip(" .:–-"))
        if closes_letter(p, self._closing):
            # "Med vennlig hilsen": what follows is the signature, and no list goes on past it.
            self.block_item, self.section_names_delmal, self.heading = None, False, None
        heading = p.kind == "heading"
        if heading:
            while self._outline and self._outline[-1].level >= p.level:
                self._outline.pop()
            self._outline.append(p)
            self.heading = p
            if self.type_heading is not None and p.level <= self.type_heading.level:
                self.type_heading = None
        if heading and p.level and following is not None and following.kind == "heading" and following.level > p.level \
                and (p.page, p.line) not in self.labelled_headings and self.names_a_kind(p.text):
            # «1 Råd, utvalg og nettverk» over a tiltak's title: the report groups its tiltak by kind; no delmål's
            # section; within a delmål's chapter, a group of its measures.
            self.type_heading = p
            if not self.within_chapter(p):
                self.set_section(None)
            return None
        if heading and self._next_title_particulars:
            fields, self._next_title_particulars = {**self._next_title_particulars, "tiltak": clean(p.text)}, {}
            self.slide = self._block(p, fields, "tittel med en linje over som oppgir delmål og type")
            return self.slide
        if heading and (p.page, p.line) in self.labelled_headings:
            # «Unio i KBU» over a sentence and «Delmål: 1.1», «Type: …» lines: the title of a tiltak its labels fill.
            self.set_section(None)
            if (p.page, p.line) in self.sections:
                p = replace(p, text=unnumbered(p.text))  # «1.2 Karrieresjekk 50+»: the section's number, no delmål
            self.slide = self.labelled_slide = self._block(p, how="overskrift med merkede linjer under")
            kicker = self._previous if self._previous is not None and self._previous.kind == "heading" else None
            if kicker is not None and type_line(kicker.text, self.types) and not clean(self.slide.fields.get("type")):
                self.slide.fields["type"] = CHAPTER.sub("", kicker.text)  # «Forskning» set small over a slide's title: its type
            return self.slide
        if heading and (p.page, p.line) in self.titled_headings:
            # «Kursbank for frivillige lag (Delmål II.5, prosjekt)» over text: a tiltak's title, not a section's.
            self.block_item = self._item(p, "overskrift")
            self.slide = self.block_item  # over a slide's few lines, which say what it is
            return self.block_item
        if heading and (numbered := self.numbered_titles.get((p.page, p.line))):
            # «1.4 Medlemmer i SRY» over text, under an område's heading: a tiltak's title; without its code the
            # område's heading places it.
            # Lecture notes number their sections so too: no sign of a report.
            return self._titled(replace(p, text=numbered.title), numbered.code, structured=False)
        if heading and self.title and clean(p.text) == self.title and not self.delmal.codes_in(p.text):
            # The report's own title (its member and year) is no delmål's heading, unless it says a code.
            self.set_section(None)
            return None
        if coded := coded_title(p, following, self.delmal.names_by_words):
            return self._block(p, coded, "en linje med delmål og tittel, og tekst under")
        if not self.labels_item(p) and self.delmal.names_delmal(p.text, heading=heading) or heading and (
                p.page, p.line) in self.areas:
            self.set_section(p.text, names_delmal=True)
            if heading:
                self.delmal_levels.add(p.level)
                self.section_level = p.level
                if not self.delmal.codes_in(p.text):
                    self.titles.open(p)  # «NHO i Kompetansebehovsutvalget»: worded like a delmål, maybe a title
            return None
        if heading and self.delmal.names_omrade(p.text):
            self.set_section(p.text)
            return None
        if p.kind == "text" and clean(p.text).endswith(":") and fold(clean(p.text)).startswith(self._other_lead_ins):
            self.set_section(None)  # «Andre opplysningar:» over key figures and a contact: no tiltak under it
            return None
        if heading and self.within_chapter(p) and following is not None and following.kind == "heading" and (
                following.level > p.level):
            # «Rådsarbeidet» between «Delmål 1.4 – …» and its measures' titles: a theme within the delmål's chapter.
            self.titles.open(None)
            return None
        if heading:
            parent = self._outline[-2] if len(self._outline) > 1 else None  # the heading this one stands under
            if parent is not None and following is not None and following.kind == "text" and not following.lead and (
                    is_sentence(following.text)) and not self.delmal.names_delmal(parent.text, heading=True) and (
                    not fold(clean(parent.text)).startswith(self._other_lead_ins)):  # «Innledning», «Veien videre»
                # «Tettere på arbeidslivet» (a member's own priority) over «Arbeidslivsutvalget i UHR-…» and its account:
                # a title under a heading that names no delmål; listed where the report's other such headings do.
                self.stray.append((p, parent))
            self.set_section(None)
            self.titles.open(p)
            return None
        # Plain lines before the first delmål heading or sentence are a letter's address and date, not tiltak.
        self._body = self._body or bool(self.delmal_levels) or (p.kind == "text" and is_sentence(p.text))
        # A place and date at the end sign the letter: they and the name under them are no list.
        plain_stray = self.section is None and self.heading is not None and self._body and not signs_off(p.text) and (
            list_line(p, self._closing) and (list_line(following, self._closing) or self._plain_stray))
        if plain_stray and self.heading is not None:
            self.stray.append((p, self.heading))  # a plain list under a heading that names no delmål
        self._plain_stray = plain_stray
        if self.section is None and self.heading is not None and p.kind == "text" and p.lead and self._is_lead_title(p):
            self.stray.append((p, self.heading))  # a bold-titled tiltak under a heading that names no delmål
        if self.last_item is not None:
            head, labelled = self.mapper.split_labels(p.text)
            if labelled and not head:
                # "Samarbeidspartnere: Fafo" on a line of its own still belongs to the item above; a block's
                # own labels say more than the heading it stands under.
                in_block, fields = self.block_item is self.last_item, self.last_item.fields
                # «Delmål: 2.5» on the line under an item: its code says more than the lead-in it inherited.
                inherited = clean(fields.get("delmal")) == clean(self.section) and not self.delmal.codes_in(self.section or "")
                for name, value in labelled.items():
                    if name == "beskrivelse" and len(labelled) > 1 and (told := clean(fields.get(name))):
                        fields[name] = clean(f"{told} {value}")  # an aside in a line of labels
                    elif in_block or not clean(fields.get(name)) or name == "delmal" and inherited and self.delmal.codes_in(value):
                        fields[name] = value
                lead_of_partners(self.last_item.fields)
                return None
            extra = self._status_line(p)
            if extra and self.block_item is self.last_item:
                # «Status: Planlagt 2075» under a block: kept beside its fields, where a status placing the row in
                # another year is seen (pipeline.other_years), not run into its description.
                self.last_item.extra[extra[0]] = extra[1]
                return None
            if self.block_item is self.last_item and (boxes := ticked(p.text)) != p.text:
                # «Område 1: ☒ 1.1 ☐ 1.2 …» under a form's «Delmål:»: the code ticked is the block's delmål; a row of
                # boxes none of which is ticked says nothing.
                if self.delmal.codes_in(boxes) and not self.delmal.codes_in(self.last_item.fields.get("delmal", "")):
                    self.last_item.fields["delmal"] = boxes
                return None
            if self.block_item is self.last_item and p.kind == "text" and kept_as_note(self.last_item, p, self.mapper):
                return None
            described = bool(clean(self.block_item.fields.get("beskrivelse"))) if self.block_item is not None else False
            next_title = self._opens_next_title(p, described) or self._titles_account(p, following)
            if self.block_item is self.last_item and p.kind == "text" and not self.answer_form and not next_title and not (
                    p.lead and own_delmal(p.text)) and not after_description(self.block_item.fields.get("beskrivelse", ""), p.text):
                # The text under a block's labelled lines describes its tiltak; a type's word alone on a line («Råd»,
                # a margin note's) is its type.
                fields = self.block_item.fields
                typed_or_described(fields, p.text, self.types)
                return None
        if p.kind == "text" and self.section is not None and self._is_lead_title(p) and (
                self.section_names_delmal or not self.delmal.codes_in(p.text)):
            # Under a delmål's heading, or an område's, when the text gives no code of its own: there the delmål
            # is guessed within the område, and asked.
            return self._lead_item(p)
        if p.kind == "text" and not p.lead and (opening := titled_paragraph(p.text, self._answer_labels)):
            # «Svar: Norsk på arbeidsplassen (delmål 3.4, prosjekt): Prosjektet gir …»: a title, its code, its account.
            return self._item(replace(p, text=opening), "avsnitt som åpner med tittelen og delmålet")
        if p.kind == "text" and p.lead and own_delmal(p.text):
            # «**Title (Delmål II.5, prosjekt)**» on a line of its own: a tiltak; the text under it describes it.
            self.block_item = self._item(p, "avsnitt med uthevet tittel")
            return self.block_item
        if self._titles_account(p, following):
            # «Realkompetanseportalen» on a line of its own over «Portalen ble åpnet … (jf. delmål 2.5)»: a budget
            # proposition's sub-heading, set in italics, over the account that cites the tiltak's delmål.
            self.block_item = self._row(p, {"tiltak": clean(p.text)},
                                        ["en tittellinje over et avsnitt som viser til tiltakets delmål"])
            return self.block_item
        if self._plain_item(p, following):
            self.plain_items = True
            return self._item(p, "linje under")
        self.plain_items = False  # a sentence ends the plain list
        return None

    def _block(self, p: Paragraph, labels: dict[str, str] | None = None, how: str = "") -> DraftRow:
        """A block: the title (or its «Tiltak:» label) is the tiltak; the labelled lines below fill it."""
        # «**Title:** account» as a paragraph or a list item: the bold title is the tiltak, the account its description.
        lead = p.lead if p.kind in ("text", "bullet", "numbered") and self._is_lead_title(p) else ""
        fields = {"delmal": self.section or "", **(labels or title_fields(
            NUMBER.sub("", p.text), lead, after_lead(p) if lead else "", self.delmal.codes_in))}
        how = how or ("skjema i avsnitt: «Tiltak:» med merkede linjer" if labels else "blokk: en tittel med merkede linjer under")
        self.block_item = self._row(p, fields, [f"lest som {how}"])
        self._block_list_item = p if p.kind in ("bullet", "numbered") else None
        return self.block_item

    def closes(self, p: Paragraph) -> bool:
        """A letter's close («Med vennlig hilsen») or its place and date: no list goes on past it."""
        return closes_letter(p, self._closing) or signs_off(p.text)
