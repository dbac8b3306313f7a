"""Stage: Content -> RawRow. Turns a parsed document's tables and prose into tiltak rows.

Tables: the header found (by its words, or by what the columns hold: normalise.column_roles), merged
cells applied to every row they span, a table continued on the next page read with the header it
started with, a row split at a page break joined, and repeated headers, section rows, empty and sum
rows left out. A row that holds something but is not read, and every row of a table that cannot be
read, is listed as skipped with its reason. Prose: see `pipeline.prose`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from normalise.columns import HeaderMap
from normalise.matchers import Matchers
from normalise.text import clean, fold
from parsers.content import COVERED, Content, Paragraph, TableBlock

from .answer_lines import field_label
from .layout_joins import (colons_read, joined_item_wraps, joined_labels, leaders_as_items, particulars_as_text,
                           scan_lines_joined, scan_particulars_apart, split_questions)
from .cell_lines import particular_lines, settle_dash_items, settle_named_items, split_table_cells, types_run_into_tiltak
from .prose_names import ProseNames
from .named_twice import described_again
from .prose_paragraphs import read_passed_over
from .draft_row import DraftRow
from .delmal_key import key_apart, read_delmal_key
from .row_accounts import described_rows
from .legend import explains_values, key_kind, lists_particulars, read_type_key, type_key
from .page_breaks import continues, ends_fragment, join_cut_row, join_merged_row, rest_of_cut_row
from .row_fields import (bare_mark, cell_text, continued_description, fill_from_labels, join_omrade, joined_record,
                         kind_before_name, lead_of_partners, note_row, partners_a_line_each, partners_listed, record_goes_on,
                         table_provenance, tagged_roles, who_after_description)
from .group_rows import group_rows, run_by_group
from .hashtags import tags_as_columns
from .panel_tables import panel_row
from .tables_apart import struck_apart, tables_not_read
from .prose import ProseReader
from .repeated_rows import merge_repeated
from .prose_forms import (TITLED_FORM, continues_form, empty_form, heading_over, key_figures, labels_across, labels_down,
                          read_form, without_captions)
from .section_rows import SectionRows
from .sheet_types import sheet_delmal, sheets_by_type
from .stacked_tables import stacked_tables
from .prose_shapes import unnumbered
from .not_tiltak import NO_TEXT, ONLY_TYPE, labels_only, some, sort_out
from .table_state import TableState
from .merged_rows import rows_run_together, run_together_doubt, run_together_warning
from .cut_cells import ask_about_cut_names
from .skipped_tables import (count_table_note, key_figures_note, loose_text_note, no_header_note, other_table_note,
                             particulars_note)
from .ticks import column_kind, header_type, kind_columns, tick_columns, ticked_delmal
from .titled_tables import titled_table_rows
from .told_fields import told_fields
from tiltak_core.records import Provenance, RawRow, SkippedRow

HEADER_DEPTH = 15  # a header stands within a table's first rows (under a caption, a sheet's title or instructions)
NO_HEADER = "tabellen har ingen kolonne som kan leses som tiltak"
ABOVE_HEADER = "raden står over tabellens overskriftsrad"


@dataclass(frozen=True)
class RowsRead:
    """What a document yielded: its rows, what was left unread and why, and whether it is shaped like a report."""

    rows: tuple[RawRow, ...]
    warnings: tuple[str, ...]
    skipped: tuple[SkippedRow, ...] = ()
    # Some row came from a table with a header, a form, a labelled item, or a list under a heading that
    # names a delmål in words: what a member's report has and lecture notes numbered "1.1" do not.
    structured: bool = False


class RowReader:
    """Reads one document's blocks in order; holds the context that flows between blocks."""

    def __init__(self, source_file: str, matchers: Matchers) -> None:
        self.source_file = source_file
        self.mapper = matchers.columns
        self._type_sheets: frozenset[str] = frozenset()  # sheets named by the type of their rows (_sheets_by_type)
        self.sections = SectionRows(matchers.delmal, matchers.catalogue.vocabulary.group_row_words)
        self._run_together: list[str] = []  # locators of rows that hold several rows run together
        self.roles = matchers.roles
        self.delmal = matchers.delmal
        self.types = matchers.types
        self.rows: list[DraftRow] = []
        self.warnings: list[str] = []
        self.skipped: list[SkippedRow] = []
        self.structured = False
        self.state = TableState()
        self.prose = ProseReader(source_file, self.mapper, self.delmal, matchers.types)
        # Every item under a heading asks of the same heading: looked up once.
        self.prose.names_org = lru_cache(maxsize=256)(lambda text: matchers.orgs.lookup(text)[0] is not None)
        self._sure_type = header_type(matchers.types.given)
        # A column an account is written in names its type word for word («Merknad» is spelt near «Marknad»).
        self._exact_type = header_type(matchers.types.given, least=1.0)
        self.prose_names = ProseNames.of(matchers)
        self._marks = frozenset(fold(m) for m in self.mapper.vocabulary.check_marks)
        self._continuation_marks = frozenset(map(bare_mark, self.mapper.vocabulary.continuation_marks))
        self._schemes = tuple(fold(w) for w in self.mapper.vocabulary.scheme_words)
        self._box_captions = frozenset(fold(w) for w in self.mapper.vocabulary.box_captions)

    # ------------------------------------------------------------------ tables
    def _fields_of(self, cells: tuple[str | None, ...], header: HeaderMap) -> tuple[dict, dict, set[int]]:
        """Cell texts by field and extra column; COVERED cells take the merged value from above."""
        fields, extra, covered = {}, {}, set()
        for i, cell in enumerate(cells):
            if cell is COVERED:
                covered.add(i)
                value = self.state.carry.get(i, "")
            else:
                value = cell
            name = next((f for c, f in header.fields if c == i), None)
            if name:
                fields[name] = value
            else:
                label = next((h for c, h in header.extras if c == i), f"kolonne {i + 1}")
                extra[label] = value
        return fields, extra, covered

    def _title_row(self, text: str) -> str:
        """The title a row across the table gives the row under it («Tiltak 3: Partsprosjektet DigiKomp»); ''."""
        head, labelled = self.mapper.split_labels(unnumbered(text))
        return labelled["tiltak"] if not head and set(labelled) == {"tiltak"} else ""

    def _skip(self, block: TableBlock, r: int, reason: str, cells: Sequence[str | None]) -> None:
        text = " | ".join(t for c in cells if (t := cell_text(c)))[:200]
        self.skipped.append(SkippedRow(self._prov(block, r).locator, reason, text))

    def read_table(self, block: TableBlock) -> None:
        if not block.rows or not any(cell_text(c) for row in block.rows for c in row):
            return
        # A table beside another (a sheet's second table) starts afresh, however alike their widths.
        continuation = not block.first_column and continues(block, self.state.last_block, self.state.follows_table,
                                                            self.state.width)
        texts = [tuple(cell_text(c) for c in row) for row in block.rows]
        layout = self.roles.layout(texts, HEADER_DEPTH, by_content=not continuation, captioned=bool(block.first_column),
                                   spanned=frozenset(r for r, row in enumerate(block.rows) if r and None in row))
        if layout is not None and not continuation and (labels_down(texts, self.mapper) or labels_across(
                block, self.mapper, self.state.heading) or explains_values(texts, self.mapper.vocabulary.key_meaning_headers)
                or lists_particulars(texts, self.mapper.vocabulary.particulars_headers)):
            # «Tiltak | Råd for samarbeid med arbeidslivet (RSA)» over «Mål i strategien | 1.4», «Kategori | Råd»: a form
            # whose first value named a field («samarbeid») and so passed for a header.
            layout = None
        if (layout is None or not layout.header_rows) and (titled := titled_table_rows(
                block, self.prose.section or "" if self.prose.section_names_delmal else "", self.source_file,
                lambda lines: particular_lines(lines, self.mapper.split_labels, self.prose.types))):
            self.rows.extend(titled)  # each row a title beside its account, under its delmål's heading
            self.structured = True
            return
        if layout is None:
            if not continuation or self.state.header is None:
                self._unreadable_table(block)
                return
            header = self.state.header
            data = list(enumerate(block.rows))
        else:
            header = layout.header
            data = list(enumerate(block.rows))[layout.body_start :]
            counts = [cell_text(row[c]) for _, row in data if (c := header.column("tiltak")) is not None and c < len(row)
                      and cell_text(row[c])]
            if not continuation and counts and all(t.isdigit() for t in counts):
                # «Innsatsområde | Antall tiltak» over «… | 3»: a summary that counts tiltak, listed elsewhere.
                self.warnings.append(count_table_note(self.source_file, block))
                return
            if not continuation and key_figures(texts, layout.header_rows, header.column("tiltak"), self.mapper):
                self.warnings.append(key_figures_note(self.source_file, block, texts[layout.header_rows[0]][header.column("tiltak") or 0]))
                return
            if not continuation:
                self.state.carry, self.state.omrade, self.state.group, self.state.listed = {}, "", "", ()
            self.state.header_texts = frozenset(texts[i] for i in layout.header_rows)
            for r in range(layout.header_rows[0] if layout.header_rows else 0):
                # Above the header stand a caption, a sheet's title or labelled lines ("Frist: …"); any other
                # row of several cells there is not read.
                filled = [t for c in block.rows[r] if (t := cell_text(c))]
                if len(filled) >= 2 and not filled[0].endswith(":") and not self.mapper.header(texts[r]):
                    self._skip(block, r, ABOVE_HEADER, block.rows[r])
            self.state.doubt = self.roles.description_as_tiltak(header, texts[layout.header_rows[-1]] if layout.header_rows else ())
        self.state.header, self.state.width = header, len(block.rows[0])
        head_end = layout.body_start + 1 if layout is not None else 0
        ticks = tick_columns(block.rows[:head_end], self.delmal.codes_in)
        if ticks or not continuation:
            self.state.ticks = ticks
        if not continuation:
            self.state.kinds = kind_columns(texts[layout.header_rows[-1]], self._exact_type, dict(header.fields)) \
                if layout is not None and layout.header_rows else {}
        confidence = round(block.confidence * header.confidence, 3)

        first_data = True
        groups = group_rows(block.rows, header, [r for r, _ in data])
        listing_note = False  # under a note's label alone («Brukte filtre:»): its lines, a cell each, are the note's
        for r, cells in data:
            row_texts = [cell_text(c) for c in cells]
            if not any(row_texts):
                continue  # empty, or every cell a merge from above: the row above goes on, nothing new starts
            alone = [t for t in row_texts if t]
            if listing_note and len(alone) == 1:
                continue  # «Rapportår er 2096» under «Brukte filtre:»: a dashboard export's filters, not a tiltak
            listing_note = len(alone) == 1 and alone[0].endswith(":") and self.mapper.is_note_row(row_texts)
            if self.mapper.header(tuple(row_texts)) or tuple(row_texts) in self.state.header_texts:
                continue  # a header repeated on a new page or mid-table
            if self.mapper.is_sum_row(row_texts) or self.mapper.is_note_row(row_texts) or note_row(cells) or self.mapper.is_tally_row(
                    row_texts, lambda t: self.delmal.names_omrade(t) or self.delmal.is_delmal_name(t)):
                continue  # a total, a count by område under the table, or a note about the table («Merknad: …»)
            if r in groups:
                self.state.group = groups[r]
                continue
            section = self.sections.caption(cells, header)
            if section is not None and (title := self._title_row(section)):
                self.state.title = title
                first_data = False
                continue
            if section is not None and (listed := self.sections.list_group(section)):
                self.state.listed, first_data = listed, False
                continue
            if section is not None:
                names_delmal = self.delmal.names_delmal(section, heading=True)
                if names_delmal or self.delmal.names_omrade(section):
                    # A new område has no delmål until a delmål row says one: the one above does not go on.
                    dcol = header.column("delmal")
                    if dcol is not None:
                        self.state.carry[dcol] = section if names_delmal else ""
                    self.state.omrade = "" if names_delmal or dcol is not None else section
                    self.prose.set_section(section if names_delmal else None, names_delmal=names_delmal)
                first_data = False
                continue
            if (more := continued_description(cells, header, self._continuation_marks)) and joined_record(
                    self.rows, block.index, more, self.mapper):
                continue  # «(forts.)» over the rest of the description above
            if (goes_on := record_goes_on(cells, header)) and joined_record(self.rows, block.index, goes_on, self.mapper):
                continue  # «Skildring» stacked under «Tiltak», the «Nr» merged over both rows
            fields, extra, covered = self._fields_of(cells, header)
            if header.column("tiltak") in covered and self.rows and self.rows[-1].provenance.table == block.index:
                join_merged_row(self.rows[-1], fields, extra, covered, header)  # «Plan 2067» under «Resultat 2066»
                continue
            fill_from_labels(fields, self.mapper)
            kind_before_name(fields, self.types.names_type)
            if block.page is None:  # a Word or Excel cell: its line breaks typed, not a PDF's wrapping
                partners_a_line_each(fields)
            partners_listed(fields)
            lead_of_partners(fields)
            tagged_roles(fields, extra, self.mapper)
            who_after_description(fields, self.mapper)
            run_by_group(fields, self.state.group)
            join_omrade(fields, extra, self.state.omrade)
            extra.update([self.state.listed] if self.state.listed else [])
            if first_data and continuation and self.rows and block.page is not None and rest_of_cut_row(fields, header) \
                    and ends_fragment(self.rows[-1], self.state.last_block):
                join_cut_row(self.rows[-1], fields, extra)
                first_data = False
                continue
            first_data = False
            self._remember(cells, header, fields, block.records)
            if not cell_text(fields.get("tiltak")):
                if any(cell_text(v) for k, v in fields.items() if k != "delmal"):
                    self._skip(block, r, NO_TEXT, cells)
                continue
            if self.types.names_type(cell_text(fields["tiltak"])) and not fold(fields["tiltak"]).startswith(self._schemes):
                # «Prosjekt», «Kurs/ utdanning» under the tiltak's header: a type column taken for the tiltak
                # column, or a row that names no measure. Either way no tiltak, and the file must say so. A
                # scheme's name that is also a type's («Bransjeprogram») names the scheme.
                self._skip(block, r, ONLY_TYPE, cells)
                continue
            merged = rows_run_together(row_texts)
            if merged:
                self._run_together.append(self._prov(block, r).locator)
            kind, two_kinds = column_kind(fields, extra, cells, self.state.kinds, header.column("beskrivelse"),
                                          self._sure_type, self._marks)
            fields["type"] = kind or fields.get("type") or ""  # «☒» under «Prosjekt», an account under «Opplæring»
            doubt = "; ".join(d for d in (ticked_delmal(self.state.ticks, cells, fields, self._marks), self.state.doubt,
                                          run_together_doubt(merged) if merged else "", two_kinds,
                                          *(f"en leser har skrevet en kommentar ved raden i PDF-en: «{note[:120]}»; "
                                            "kontroller raden" for k, note in block.notes if k == r)) if d)
            evidence = list(header.evidence)
            if self.state.title:
                # The row under its title says what was done: the title is the tiltak, the account its description.
                fields["beskrivelse"] = clean(f"{fields['tiltak']} {cell_text(fields.get('beskrivelse'))}")
                fields["tiltak"], self.state.title = self.state.title, ""
                evidence.append("tittelen står i en rad over tvers av tabellen («Tiltak 1: …»)")
            if not cell_text(fields.get("delmal")) and (self.prose.section or sheet_delmal(block.caption, self.delmal.codes_in)):
                fields["delmal"] = self.prose.section or block.caption  # a heading's, or the sheet's («2.3»)
            if header.column("type") is None and not cell_text(fields.get("type")) and block.caption in self._type_sheets:
                # «Kurs», «Arrangement» as the sheet's name over a table without a type column: a sheet per type.
                fields["type"] = block.caption
                evidence.append(f"typen er navnet på arket («{block.caption}»)")
            self.rows.append(DraftRow(self._prov(block, r), fields, extra, confidence, evidence, doubt=doubt))
            self.structured = True
        self.state.last_block = block
        self.state.follows_table = True

    def _remember(self, cells: tuple[str | None, ...], header: HeaderMap, fields: dict, records: bool = False) -> None:
        """Carry merged cells down; an empty delmål cell means 'as above' in a grouped table, not among records."""
        for i, cell in enumerate(cells):
            if cell is not COVERED and cell_text(cell):
                self.state.carry[i] = cell
        dcol = header.column("delmal")
        if dcol is not None and not records:
            if cell_text(fields.get("delmal")):
                self.state.carry[dcol] = fields["delmal"]
            else:
                fields["delmal"] = self.state.carry.get(dcol, "")

    def _prov(self, block: TableBlock, r: int) -> Provenance:
        return table_provenance(self.source_file, block, r)

    def _unreadable_table(self, block: TableBlock) -> None:
        """A table without a recognisable header may be a key/value form; a grid of loose text (a notes
        sheet, a text box drawn as a table) is noted; otherwise every row it holds is listed as unread."""
        if continues_form(block, self.mapper, self.rows[-1] if self.rows else None) or empty_form(block, self.mapper):
            return  # «5. Samarbeidspartnere | …» at the top of the next page: the form above goes on; or a blank block
        form = read_form(block, self.mapper, self.source_file, self.prose.section, self.state.heading)
        panel = panel_row(block, self.mapper, self.source_file) if not form else None
        if form or panel:
            self.rows.extend(form or ([panel] if panel else []))  # a slide: a text box beside a panel of labels
            self.state.titled_form = form[0] if len(form) == 1 and TITLED_FORM in form[0].evidence else None
            self.structured = True
            return
        texts = [tuple(cell_text(c) for c in row) for row in block.rows]
        if key_figures(texts, (0,), 0, self.mapper):
            self.warnings.append(key_figures_note(self.source_file, block, texts[0][0]))  # «Nøkkeltall | 2061 | 2062 …»
            return
        filled = [r for r, row in enumerate(block.rows) if sum(1 for c in row if cell_text(c)) >= 2]
        if self.roles.is_particulars([tuple(cell_text(c) for c in row) for row in block.rows]):
            self.warnings.append(particulars_note(self.source_file, block))
            return
        if not filled:
            self.warnings.append(loose_text_note(self.source_file, block))
            return
        what = "en liste over strategiens delmål" if self.sections.lists_delmal(block, filled) else key_kind(
            block.rows, self.types.names_type, self.mapper.vocabulary.key_meaning_headers,
            self.mapper.vocabulary.particulars_headers)
        self.warnings.append(other_table_note(self.source_file, block, what) if what else
                             no_header_note(self.source_file, block, len(filled)))
        for r in filled if not what else ():
            self._skip(block, r, NO_HEADER, block.rows[r])

    # ------------------------------------------------------------------ the document
    def read(self, content: Content) -> RowsRead:
        # «Delmål» over «2.1», a bold «Type» run into «Kurs»: a slide's panel, read as the labelled lines it is.
        read = scan_particulars_apart(scan_lines_joined(colons_read(content.blocks, self.mapper))) \
            if content.reliability < 1.0 else content.blocks
        read, struck = struck_apart(without_captions(read, self._box_captions), self.source_file)
        symbols, read, aside = key_apart(leaders_as_items(read), self.source_file, self.prose.delmal)  # «▲ …»: a key
        self.skipped.extend([*struck, *aside])
        content = replace(content, blocks=particulars_as_text(joined_item_wraps(
            joined_labels(split_questions(read, lambda q: field_label(q, self.mapper)), self.mapper),
            lambda t: self.prose.gives_delmal(t) is not None, self.prose.closes), self.prose.meta))
        blocks = content.blocks
        self.prose.survey(content.paragraphs, clean(content.title))
        self._type_sheets = sheets_by_type(blocks, self.types.given)
        unread_tables, said = tables_not_read(blocks, self.mapper, self.source_file)  # a pivot or a key is not read
        self.warnings.extend(said)
        for n, block in enumerate(blocks):
            above = blocks[n - 1] if n else None
            if isinstance(block, TableBlock) and id(block) not in unread_tables:
                self.state.heading = heading_over(blocks, n, self._box_captions)
                boxes = self.prose.answers.box_answer(block) if self.prose.answer_form else None
                if boxes is not None:
                    self.prose.read(boxes)  # a form's tick boxes under its «Type tiltak» label: the answer
                    continue
                for n_piece, piece in enumerate(stacked_tables(block, lambda row: self.mapper.header(tuple(row)))):
                    if n_piece:
                        self.state.follows_table = False  # a table of its own under its own header
                    self.read_table(tags_as_columns(piece, self.types.names_type, lambda row: self.mapper.header(tuple(row)),
                                                    self.mapper.split_labels))
            elif isinstance(block, Paragraph):
                self.state.follows_table = False
                titled, self.state.titled_form = self.state.titled_form, None
                if titled is not None and above is not None and isinstance(above, TableBlock) and block.kind == "text" \
                        and not titled.fields.get("beskrivelse"):
                    titled.fields["beskrivelse"] = clean(block.text)  # the text under a titled form describes it
                    continue
                after = blocks[n + 1] if n + 1 < len(blocks) else None
                following = after if isinstance(after, Paragraph) else None
                item = self.prose.read(block, following)
                if item is not None:
                    self.rows.append(item)
        # An overview's rows told again under headings of their names.
        described_again(self.rows, blocks, self.mapper.split_labels, self.mapper.vocabulary.none_words)
        # Tiltak no rule read, told in running prose, and what gives a delmål but was read into no row.
        self.rows, passed, said = read_passed_over(
            self.source_file, blocks, self.rows, self.skipped, self.prose.stray, self.prose.delmal_levels, self.prose_names,
            lambda code: bool(self.delmal.codes_in(code)), self.delmal.worded_heading, self.delmal.match, self.mapper.split_labels,
            self.mapper.vocabulary.goal_citations, self.prose.heading_owner_of,
            lambda account: told_fields(account, self.mapper.vocabulary))
        self.skipped.extend(passed)
        self.warnings.extend(said)
        settled = settle_named_items(self.rows, self.prose.types)
        settle_dash_items(self.rows, self.prose.types)
        unsure = [u for u in self.prose.unsure if u not in settled]
        if unsure:
            self.warnings.append(f"{self.source_file}: {len(unsure)} {'punkt' if len(unsure) == 1 else 'punkter'} kan ha en "
                                 f"type eller forklaring som ikke ble skilt fra tiltaket ({some(unsure)}); de er merket for kontroll")
        rows = read_delmal_key(split_table_cells(described_rows(self.rows, self.mapper.split_labels), self.prose.types,
                                                   self.mapper.split_labels), symbols)
        # «P» in a type column the report explains; «F = FoU» under the table is no tiltak.
        self.skipped.extend(read_type_key(rows, type_key(blocks, self.types.names_type, self.types.given), self.types.names_type))
        if content.reliability < 1.0:
            rows = types_run_into_tiltak(rows, self.types.names_type)
        # «Tiltak: –» in a form, «Ingen egne tiltak for 2046», «test – slettes»: no tiltak, each listed.
        written = [r.fields.get("delmal", "") for r in rows]  # «–» before freezing reads it as empty
        frozen, not_read = sort_out(self.source_file, [r.freeze() for r in rows], self.skipped, self.mapper.vocabulary, written,
                                     self.types.names_type, lambda t: labels_only(t, self.mapper.split_labels))
        self.warnings.extend(not_read)
        frozen, repeats = merge_repeated(self.source_file, frozen, self.delmal.codes_in, self.delmal.holds)  # a budget table naming the tiltak again
        self.warnings.extend(repeats)
        if self._run_together:
            self.warnings.append(run_together_warning(self.source_file, self._run_together))
        self.warnings.extend(ask_about_cut_names(self.source_file, self.rows))  # «Møter i rådet og i arbeidsgruppen om»
        if not self.rows and self.prose.orphans:
            self.warnings.append(f"{self.source_file}: {self.prose.orphans} punkter står ikke under noen overskrift som "
                                 "nevner et delmål, så ingen ble lest som tiltak; gi hver gruppe en overskrift som «Delmål 2.1»")
        return RowsRead(frozen, tuple(self.warnings + self.prose.warnings),
                        tuple(self.skipped), self.structured or self.prose.structured)


def content_to_rows(content: Content, source_file: str, matchers: Matchers) -> RowsRead:
    """Every tiltak row of one parsed document, in document order, and what was left out and why."""
    read = RowReader(source_file, matchers).read(content)
    if content.reliability < 1.0:
        rows = tuple(replace(r, confidence=round(r.confidence * content.reliability, 3)) for r in read.rows)
        read = replace(read, rows=rows)
    return read
