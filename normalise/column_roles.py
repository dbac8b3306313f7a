"""Which column of a table holds the tiltak, the delmål, the type and the organisations: from the header
words where they say it, from what the cells hold where they do not.

A header named by the vocabulary is taken as it stands. A header row whose words the vocabulary does not
know (or only in part) still marks where the body starts; its columns then get their role from their
cells: a column of delmål codes or texts, one of type words, one of organisation names, the long free
text. Two header rows (a group header over sub-headers) are read together. Every role says why, and a
role the header did not give lowers the confidence of the rows read with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .cell_kinds import DELMAL_LABEL_LINE, mean_words, numbered
from .vocabulary import Vocabulary
from .columns import FIELD_LABELS, ColumnMapper, HeaderMap, header_key
from .councils import COUNCIL_TYPE, CouncilMatcher
from .key_value_tables import is_form, is_particulars
from .delmal import DelmalMatcher
from .orgs import OrgMatcher
from .text import clean, fold, words
from .tiltakstype import TypeMatcher
from .title_columns import CONTENT_CONFIDENCE, SAMPLE_ROWS, SHARE, TitleColumns

TILTAK_WORDS = 3.0  # the free-text column holds at least this many words a cell on average
SHORT_TEXT_WORDS = 4.0  # a column of no more words a cell, under a header naming nothing, lists no tiltak by itself
HEADER_CELL_WORDS = 7  # a header cell is a few words («Hva Spekter har gjort i 2033»)
COUNCIL_CELL_WORDS = 8  # «RSA ved Høgskolen i Innlandet»: a council's name and where it sits, no sentence
# A cell that tells a tiltak in this many words before the line naming its delmål is the tiltak's, not a delmål's.
PARTICULARS_AFTER_WORDS = 8
MIN_UNNAMED_BODY = 2  # rows under a header that names no field, for its columns to be read by what they hold
# «10. januar 2076 09:00», «2076-01-10T09:00», «10.01.2076»: a date (and time), as a system stamps its rows.
_DATE = re.compile(r"^\s*(?:\d{1,2}\.?\s*(?:jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec)[a-zæøå]*\.?,?\s+"
                   r"\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:[ T,]+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}"
                   r"(?::\d{2})?\S*)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class TableLayout:
    """Where the header ends and what each column holds, with the evidence for it."""

    header_rows: tuple[int, ...]
    header: HeaderMap

    @property
    def body_start(self) -> int:
        return self.header_rows[-1] + 1 if self.header_rows else 0


def _cell(text: str | None) -> str:
    return clean(text) if text else ""


class ColumnRoles(TitleColumns):
    """Finds a table's header and gives each column its role."""

    def __init__(self, mapper: ColumnMapper, delmal: DelmalMatcher, types: TypeMatcher, orgs: OrgMatcher,
                 councils: CouncilMatcher) -> None:
        self.mapper = mapper
        self.delmal = delmal
        self.types = types
        self.orgs = orgs
        self.councils = councils
        vocabulary: Vocabulary = mapper.vocabulary
        self._names = {header_key(n) for n in (*vocabulary.name_headers, *vocabulary.whole_name_headers)}
        self._partner_words = {fold(w) for w in vocabulary.partner_words}
        self._extras = {header_key(n) for n in vocabulary.known_extra}
        self._particulars = {fold(w) for w in vocabulary.particulars_words}

    # ------------------------------------------------------------------ the header rows
    def layout(self, rows: list[tuple[str, ...]], depth: int, by_content: bool = True,
               captioned: bool = False, spanned: frozenset[int] = frozenset()) -> TableLayout | None:
        """The header within the first `depth` rows and the role of every column; None when there is none.
        by_content=False looks only for a header the vocabulary names (a continued table keeps its own);
        captioned lets a header no word names stand under one-cell captions (a table beside another); spanned rows
        have a cell merged from the row above."""
        for i, row in enumerate(rows[:depth]):
            named = self.mapper.header(row, loose=True)
            if named is None or any(self.delmal.names_delmal_cell(row[c]) for c, _ in named.fields if row[c]):
                # «Samarbeid mellom utdanning og arbeidsliv» opens with a header's word but is a delmål's own
                # words: a cell of the body, not a header.
                continue
            sub = rows[i + 1] if i + 1 < len(rows) else None
            if sub is not None and self._is_sub_header(row, sub):
                return TableLayout((i, i + 1), self._combined(row, sub))
            body = rows[i + 1 :]
            named = self._with_title_column(named, row, body)
            return TableLayout((i,), self._with_description(self._with_content_roles(named, row, body), row, body))
        if not by_content or self.is_form(rows) or self.is_particulars(rows):
            return None
        for i, row in enumerate(rows[:depth]):
            if not self._header_like(row):
                continue
            partial = self.mapper.partial_header(row)
            body = rows[i + 1 :]
            if partial is not None and body and self._is_sub_header(row, body[0]):
                # «Tiltaket | | Plassering i strategien» over «Hva vi gjorde i 2035 | Nærmere om … | Kategori | …».
                found = self._with_content_roles(self._combined(row, body[0]), body[0], body[1:])
                if found.column("tiltak") is not None:
                    return TableLayout((i, i + 1), self._with_description(found, body[0], body[1:]))
            # A table beside another on its sheet may stand under its caption («Verv i råd og utvalg»), one cell.
            top = i == 0 or captioned and all(sum(1 for t in above if t) <= 1 for above in rows[:i])
            if partial is None and (not top or len(body) < MIN_UNNAMED_BODY or not self._header_apart(row, body)):
                # A row of unknown short words is a header only at the top, over different cells; over one row it
                # is more likely a label and its value («Rådsmedlem | Virke» over «Utfylt av / dato | …»).
                continue
            base = partial or HeaderMap(fields=(), extras=tuple((c, t) for c, t in enumerate(row) if t), score=0.0)
            found = self._with_content_roles(base, row, body)
            if found.column("tiltak") is not None:
                return TableLayout((i,), self._with_description(found, row, body))
        # No header at all: the cells alone may still show a table of tiltak (free text beside delmål or types),
        # when most of its rows fill several cells (one-cell rows are notes or captions, not a table; a row beside a
        # cell merged down from the one above, «Delta» over two tiltak, fills it too).
        full = [r for r in rows if sum(1 for t in r if t) >= 2]
        if len(full) < 2 or len(full) + sum(1 for r in spanned if r < len(rows) and any(rows[r])) < SHARE * sum(
                1 for r in rows if any(r)):
            return None
        roles = self._with_content_roles(HeaderMap(fields=(), extras=(), score=0.0), (), full)
        fields = {f for _, f in roles.fields}
        if "tiltak" in fields and not fields & {"delmal", "type"}:
            # «Parat | Faglig råd for … / Parat har YS' plass … / I strategien: …; Arbeidsform: rådsplass»: each
            # tiltak's cell gives its delmål or type in a line of labels under its account.
            tiltak = roles.column("tiltak") or 0
            cells = [r[tiltak] for r in full[:SAMPLE_ROWS] if tiltak < len(r) and r[tiltak]]
            told = sum(1 for x in cells if self._labels_particulars(x))
            if cells and told >= SHARE * len(cells):
                fields.add("delmal")
        return TableLayout((), roles) if "tiltak" in fields and fields & {"delmal", "type"} else None

    def _labels_particulars(self, text: str) -> bool:
        """A cell with a line of labels giving the tiltak's delmål or type («I strategien: …; Arbeidsform: kurs»)."""
        return bool({"delmal", "type"} & set(self.mapper.split_labels(text)[1]))

    def is_form(self, rows: list[tuple[str, ...]]) -> bool:
        """A key/value form: its first column names fields down the rows ('Tiltak | …', 'Ansvarlig | …')."""
        return is_form(rows, self.mapper)

    def is_particulars(self, rows: list[tuple[str, ...]]) -> bool:
        """A head of particulars («Til: | …», «Kontaktperson | Kari Nordmann»), not a header over a row."""
        return is_particulars(rows, self.mapper, self._particulars)

    def _header_like(self, row: tuple[str, ...]) -> bool:
        filled = [t for t in row if t]
        return len(filled) >= 2 and all(len(words(t)) <= HEADER_CELL_WORDS and not self.delmal.codes_in(t)
                                        and not numbered([t], 1.0) for t in filled)

    def _header_apart(self, row: tuple[str, ...], body: list[tuple[str, ...]]) -> bool:
        """A top row of unknown words heads the table when its cells are not of the kind the column holds."""
        for c, text in enumerate(row):
            cells = [r[c] for r in body[:SAMPLE_ROWS] if c < len(r) and r[c]]
            kind = self._kind(text)
            if not cells or not kind or kind != self._kind_of_column(cells):
                continue
            # A header asked in a few words («Hva vi har gjort») reads as free text too; it still heads a column
            # whose cells say more than it does. A short first tiltak is held back by the other columns.
            if kind == "text" and len(words(text)) < mean_words(cells):
                continue
            return False
        return True

    def _is_sub_header(self, row: tuple[str, ...], sub: tuple[str, ...]) -> bool:
        """A second header row: short cells, at least one under a group header's span or naming a field,
        and nothing a body row holds (delmål codes, long text)."""
        filled = [(c, t) for c, t in enumerate(sub) if t]
        if not filled or (len(filled) > 1 and not self._header_like(sub)):
            return False
        if any(self.delmal.codes_in(t) or len(words(t)) > HEADER_CELL_WORDS for _, t in filled):
            return False
        # A sub-header cell past the end of a shorter header row stands under its last span too.
        spanned = any(c > 0 and not (row[c] if c < len(row) else "") and any(row[:c]) for c, _ in filled)
        named = any(header_key(t) in self._names or self.mapper.field_of(t, loose=True)[0] for _, t in filled)
        return spanned and (named or len(filled) >= 2)

    def _combined(self, row: tuple[str, ...], sub: tuple[str, ...]) -> HeaderMap:
        """Two header rows as one: a sub-header names its column; under the group «Tiltak» the name is the
        tiltak and a description is its description."""
        fields: dict[str, tuple[int, float, str]] = {}
        extras = []
        group = ""
        for c in range(max(len(row), len(sub))):
            top = row[c] if c < len(row) else ""
            below = sub[c] if c < len(sub) else ""
            group = top or (group if below else "")
            group_field = self.mapper.field_of(group)[0] if group else ""
            field, score = self.mapper.field_of(below) if below else ("", 0.0)
            if below and header_key(below) in self._names and group_field in ("tiltak", "beskrivelse", ""):
                field, score = "tiltak", 1.0
            elif not below:
                field, score = (self.mapper.field_of(top) if top else ("", 0.0))
            elif not field and not (group_field == "tiltak" and header_key(below) in self._extras):
                # The group's field; but under «Tiltak», «Nr | Navn»: the row's number is no tiltak (under «Delmål»,
                # «Nr | Tekst», it is the delmål's code).
                field, score = group_field, 0.9
            label = " – ".join(t for t in (group if below else "", below or top) if t)
            if field and field not in fields:
                why = f"kolonne {c + 1} («{label}») lest som {FIELD_LABELS[field]}: overskriften"
                fields[field] = (c, score, why)
            elif top or below:
                extras.append((c, label))
        if "tiltak" not in fields and "beskrivelse" in fields:
            fields["tiltak"] = fields.pop("beskrivelse")
        return HeaderMap(
            fields=tuple(sorted((c, f) for f, (c, _, _) in fields.items())),
            extras=tuple(extras),
            score=min((s for _, s, _ in fields.values()), default=0.0),
            evidence=tuple(e for _, _, e in sorted(fields.values())),
            confidence=min((s for _, s, _ in fields.values()), default=0.0),
        )

    # ------------------------------------------------------------------ roles from the cells
    def _kind(self, text: str, councils: bool = False) -> str:
        """What one cell holds: a delmål, a shared council (if asked), a type, organisations, free text, or ''."""
        if not text or _DATE.match(text):
            return ""  # «10. januar 2076 09:00»: when the row was last changed, no words of the tiltak
        if self.delmal.codes_in(text) and not self._particulars_under(text):
            return "delmal"
        n = len(words(text))
        if councils and n <= COUNCIL_CELL_WORDS and self.councils.opening_council(text):
            return "council"  # before delmål words and types: «Kompetansebehovsutvalget» (delmål 1.1), «…rådet for …»
        if self.delmal.lost_separator(text) or self.delmal.names_delmal_cell(text):
            return "delmal"
        if self.types.given(text):
            return "type"
        if n <= 8 and self._organisations(text):
            return "org"
        return "text" if n >= TILTAK_WORDS else ""

    def _particulars_under(self, text: str) -> bool:
        """Whether a cell is a tiltak told in sentences with its delmål after them («Nasjonalt forum … Sametinget skal
        delta i forumet … kultur. Delmål 1.3 · Rådsarbeid»): a tiltak's cell, not a delmål's."""
        said = re.split(r"(?<=[.!?])\s+", text.strip())
        before, line = " ".join(said[:-1]), said[-1]
        # A line of particulars opens with the label and code and ends without a full stop; a sentence citing its
        # delmål («… må bli tettere, jf. delmål 1.4.») is the cell of a column that gives the delmål.
        return len(said) >= 2 and len(words(before)) >= PARTICULARS_AFTER_WORDS and not self.delmal.codes_in(before) \
            and not self.delmal.names_delmal_cell(before) and bool(DELMAL_LABEL_LINE.match(line)) and not line.endswith(".")

    def _organisations(self, text: str) -> bool:
        parts = self.orgs.split(text)
        if not parts:
            return False
        known = sum(1 for p in parts if self.orgs.lookup(p)[0] is not None)
        name_like = sum(1 for p in parts if p[:1].isupper() and len(words(p)) <= 4)
        return known >= 1 and name_like == len(parts) or known == len(parts)

    def _kind_of_column(self, cells: list[str], councils: bool = False) -> str:
        kinds = [self._kind(c, councils) for c in cells]
        for kind in ("delmal", "type", "council", "org"):
            if kinds.count(kind) >= SHARE * len(cells):
                return kind
        return "text" if sum(len(words(c)) for c in cells) / len(cells) >= TILTAK_WORDS else ""

    def _with_content_roles(self, header: HeaderMap, row: tuple[str, ...], body: list[tuple[str, ...]]) -> HeaderMap:
        """The header's roles, and for columns it leaves unnamed, the roles their cells show."""
        typed = next((c for c, f in header.fields if f == "type"), -1)
        cells = [r[typed] for r in body[:SAMPLE_ROWS] if 0 <= typed < len(r) and r[typed]]
        if len(cells) >= 2 and not any(self.types.given(c) for c in set(cells)) and all(
                " " not in c and re.search(r"[^\W\d_]{3}", c) for c in cells):  # words, not a legend's codes («3»)
            # «post type | kpr_tiltak, post, attachment» in a CMS's export: the system's kinds of record, no tiltak's
            # type; the column of type words beside it may say the type.
            header = replace(header, fields=tuple((c, f) for c, f in header.fields if c != typed),
                             extras=tuple(sorted([*header.extras, (typed, row[typed])])))
        header = self._without_idle_delmal(header, row, body)
        tiltak = header.column("tiltak")
        cells = [r[tiltak] for r in body[:SAMPLE_ROWS] if tiltak is not None and tiltak < len(r) and r[tiltak]]
        if tiltak is not None and len(cells) >= 2 and sum(map(self._opens_with_labels, cells)) >= SHARE * len(cells):
            # «Innsats (hvem)» over «Ansvar: Utdanningsforbundet / Med: UHR» in a logic model: a header word for the
            # tiltak over cells of particulars, which name none; the cells beside it may.
            # Read as the ansvarlig's cell, its labels («Med: …») fill their own fields.
            owned = header.column("ansvarlig") is None
            header = replace(header, fields=tuple(sorted([(c, f) for c, f in header.fields if c != tiltak]
                                                         + ([(tiltak, "ansvarlig")] if owned else []))),
                             extras=tuple(sorted([*header.extras, *([] if owned else [(tiltak, row[tiltak])])])),
                             evidence=tuple(e for e in header.evidence if not e.startswith(f"kolonne {tiltak + 1} "))
                             + ((f"kolonne {tiltak + 1} («{row[tiltak]}») lest som ansvarlig: cellene gir ansvar og "
                                 "partnere med ledetekster",) if owned else ()))
        named = dict((c, f) for c, f in header.fields)
        labels = {c: t for c, t in enumerate(row) if t}
        evidence = list(header.evidence)
        open_columns = [c for c, t in header.extras if header_key(t) not in self._extras]
        width = max((len(r) for r in body[:SAMPLE_ROWS]), default=0)
        if not header.fields:
            open_columns = list(range(width))
        # A column whose header cell reads empty (its heading turned on its side, a picture) may show a delmål or a
        # type by its cells; no other role, as a header cell split in two («Tiltak Type | ») leaves one empty too.
        blank = [c for c in range(width) if c not in named and not (row[c] if c < len(row) else "")] if header.fields else []
        open_columns += blank
        missing = [f for f in CONTENT_CONFIDENCE if f not in named.values()]
        if not missing or not open_columns:
            return header
        columns = {c: [r[c] for r in body[:SAMPLE_ROWS] if c < len(r) and r[c]] for c in open_columns}
        kinds = {c: self._kind_of_column(cells) for c, cells in columns.items() if cells}
        given: dict[int, tuple[str, str]] = {}

        def give(c: int, field: str, why: str) -> None:
            given[c] = (field, why)
            missing.remove(field)

        # Seats: «SRY | 2 medlemmer» under a header naming their kind («Råd/utvalg»), several councils. One repeated
        # («Fagskolerådet» as ansvarlig) names who; councils under «Møte» in a newsletter's calendar are dates, no seats.
        seats = [c for c, cells in columns.items() if cells and c not in given and self._names_councils(labels.get(c, ""))
                 and self._kind_of_column(cells, councils=True) == "council"
                 and len({self.councils.opening_council(x) for x in columns[c]} - {""}) >= 2]
        if "tiltak" in missing and seats:
            give(seats[0], "tiltak", f"{sum(self._kind(x, True) == 'council' for x in columns[seats[0]])} av "
                                     f"{len(columns[seats[0]])} celler er navn på delte råd")
        for field, kind in (("delmal", "delmal"), ("type", "type")):
            cands = [c for c, k in kinds.items() if k == kind and c not in given]
            if field in missing and cands:
                # Of two columns of type words, the one that tells its rows apart: «kommunikasjon» as every post's
                # author is no type, the «Kurs», «Nettverk», «Webinar» beside it are.
                # Of two columns of codes, «HP-nr» numbers the member's own plan; the other («KPS») is the delmål.
                c = max(cands, key=lambda c: (len(set(columns[c])), -c)) if kind == "type" else min(
                    cands, key=lambda c: (self.mapper.numbers_rows(labels.get(c, "")), c))
                give(c, field, f"{sum(self._kind(x) == kind for x in columns[c])} av {len(columns[c])} celler er "
                               f"{'delmål' if kind == 'delmal' else 'typer'}")
        for c in blank:
            if c not in given:
                kinds.pop(c, None)
        titled = [c for c in columns if c not in given and header_key(labels.get(c, "")) in self._names and named]
        if "tiltak" in missing and titled:
            # «tittel | tiltakstype | ansvarlig» in a system's export: the column of titles names each record.
            give(titled[0], "tiltak", f"overskriften «{labels[titled[0]]}» sier at kolonnen har navnene")
        if "tiltak" in missing:
            # «Bransjeprogram for varehandel» under «Hva vi gjorde», beside «Kategori», «Delmål» and more the header
            # names: cells holding a type's word where the header already gave the type are the tiltak's names. A key
            # of two columns («Typekode | Forklaring») names the types themselves.
            typed = "type" in named.values() and len(named) >= 2
            texts = [c for c, k in kinds.items() if (k == "text" or typed and k == "type") and c not in given]
            told = [c for c in texts if sum(map(self._particulars_under, columns[c])) >= SHARE * len(columns[c])]
            if "delmal" in missing and told:
                # «Planlagt …» beside «Gjennomført …», the first telling each tiltak with its «Delmål 1.3 · Rådsarbeid»
                # line: the cells that say a delmål of their own are the tiltak's; the other column describes it.
                give(told[0], "tiltak", "cellene forteller tiltaket og sier delmålet i en linje under")
                texts = []
            if texts:
                c = max(texts, key=lambda c: (mean_words(columns[c]), -c))
                titles = self._titles_before(c, texts, columns)
                if titles is not None:
                    give(titles, "tiltak", f"korte titler til venstre for setninger (i snitt "
                                           f"{mean_words(columns[titles]):.0f} mot {mean_words(columns[c]):.0f} ord)")
                # Under a header of words it does not know, a column of a few words and nothing else the cells show
                # («Mottaker | Beløp (kr)», «Verdi | Betydning») lists something else than tiltak: not read, and said so.
                elif header.fields or given or not labels or mean_words(columns[c]) > SHORT_TEXT_WORDS:
                    give(c, "tiltak", f"den lengste friteksten (i snitt {mean_words(columns[c]):.0f} ord)")
        if "delmal" in missing:
            # A column that names each row's delmål in its own words ("Meir kunnskap om læring i arbeidslivet").
            for c in (c for c, k in kinds.items() if k in ("text", "") and c not in given):
                said = sum(1 for x in columns[c] if self.delmal.paraphrases(x))
                if len(columns[c]) >= 2 and said >= SHARE * len(columns[c]):
                    give(c, "delmal", f"{said} av {len(columns[c])} celler omskriver et delmål")
                    break
        orgs = [c for c, k in kinds.items() if k == "org" and c not in given]
        partner_first = sorted(orgs, key=lambda c: (not self._says_partner(labels.get(c, "")), c))
        for c in partner_first if "ansvarlig" not in missing else orgs:
            if self._says_partner(labels.get(c, "")) and "samarbeidspartnere" in missing:
                give(c, "samarbeidspartnere", "navn på organisasjoner, og overskriften sier «med»")
            elif "ansvarlig" in missing:
                give(c, "ansvarlig", "navn på organisasjoner")
            elif "samarbeidspartnere" in missing:
                give(c, "samarbeidspartnere", "navn på organisasjoner, etter kolonnen for ansvarlig")
        if not given:
            return header
        fields = sorted([*header.fields, *((c, f) for c, (f, _) in given.items())])
        for c, (f, why) in sorted(given.items()):
            evidence.append(f"kolonne {c + 1} («{labels.get(c, '')}») lest som {FIELD_LABELS[f]}: {why}")
        confidence = min([header.confidence if header.fields else 1.0]
                         + [CONTENT_CONFIDENCE[f] for f, _ in given.values()])
        return HeaderMap(
            fields=tuple(fields),
            extras=tuple((c, t) for c, t in header.extras if c not in given),
            score=header.score,
            evidence=tuple(evidence),
            confidence=confidence,
        )

    def _without_idle_delmal(self, header: HeaderMap, row: tuple[str, ...], body: list[tuple[str, ...]]) -> HeaderMap:
        """The header without its delmål column when no cell there names a delmål and a column it left unnamed does:
        «Mål 2078» over «100 %», «4», beside «Effekt i strategien» over «1.4 Relevante utdanninger …»."""
        dcol = header.column("delmal")
        cells = [r[dcol] for r in body[:SAMPLE_ROWS] if dcol is not None and dcol < len(r) and r[dcol]]
        if dcol is None or len(cells) < 2 or any(self._kind(c) == "delmal" or self.delmal.paraphrases(c) for c in cells):
            return header
        open_columns = [c for c, t in header.extras if header_key(t) not in self._extras]
        if not any(self._kind_of_column(cs) == "delmal" for c in open_columns
                   if (cs := [r[c] for r in body[:SAMPLE_ROWS] if c < len(r) and r[c]])):
            return header
        return replace(header, fields=tuple((c, f) for c, f in header.fields if c != dcol),
                       extras=tuple(sorted([*header.extras, (dcol, row[dcol])])),
                       evidence=tuple(e for e in header.evidence if not e.startswith(f"kolonne {dcol + 1} (")))

    def _names_councils(self, label: str) -> bool:
        named = self.types.given(label) if label else None
        return named is not None and named.value == COUNCIL_TYPE

    def _says_partner(self, label: str) -> bool:
        return bool(set(words(label)) & self._partner_words)
