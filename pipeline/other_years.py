"""Rows under a heading that places them in another year than the report's own («Tiltak fra 2064 som er avsluttet»,
«Planlagt for 2066», «Neste år»): set aside with the reason, listed and warned of, never counted as this year's.

A report may carry last year's finished measures «for sammenhengens skyld», or next year's plans; the secretariat
counts the year's measures. A heading says so by a year other than the report's beside a word for ending or
planning, or by a phrase that needs no year («neste år»). A row kept as the year's whose own words point to another
year is asked about.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from normalise.text import clean, fold, ticked
from normalise.vocabulary import Vocabulary
from parsers.content import Block, Paragraph, TableBlock

from .not_tiltak import some
from .rows import RowsRead
from .told_years import row_told_elsewhere, stopped_elsewhere

from tiltak_core.records import RawRow, SkippedRow
from tiltak_core.years import YEAR, YEAR_WORD

OTHER_YEAR = "raden står under en overskrift som gjelder et annet år enn rapportens"
OTHER_STATUS = "radens status sier at den gjelder et annet år enn rapportens"
OTHER_TOLD = "beskrivelsen sier at tiltaket ble lagt ned før eller utsatt til et annet år enn rapportens"
MARK_CHARS = 3  # a symbol in a year's column, perhaps doubled or with a space
STATUS_WORDS = 4  # «Avsluttet 2066», «Planlagt for 2068»: a status, not a sentence about the measure
AHEAD_CELLS = 2  # short cells that name only a later year, for the row to be asked about
STATUS_CLAUSE_WORDS = 8  # a dated clause after a status: where the year's account stands, no more
STATUS_AS_DESCRIPTION = 3  # «Avslutta i 2076», «Utsett til 2078»: all a description says when it is a status
SECTION_WORDS = 12  # «Førebels planar for 2070 (ikkje sett i gang)»: a heading across a table, not a paragraph
_BRACKETED = re.compile(r"\(([^()]{3,40})\)\s*$")
_TAG = re.compile(r"^\[([^\[\]]{3,40})\]")
_STATUS_PARTS = re.compile(r"(?<=[.!?])\s+|\s+[–—-]\s+")
_LEADING_STATUS = re.compile(rf"^([^:]{{4,30}}\b{YEAR})\s*:\s+\S|^\(([^()]{{4,30}}\b{YEAR})\)\s*\S")
_TRAILING_STATUS = re.compile(rf"\s[–—-]\s+([^–—-]{{4,30}}\b{YEAR})\s*$")
_AFTER_PROGRESS = re.compile(r"^[\s█░▓▒■□\d%.,]+[–—-]\s*(\S.*)$")
_DATES = re.compile(r"[\d\s.,/:-]+")  # dates and times only («2081-12-15», «15.12.2081, 09.01.2082»)
_YEAR_TAG = re.compile(rf"^\(({YEAR})\)\s*\S")
_PERIOD = re.compile(rf"\b({YEAR})\s*[–—-]\s*({YEAR})\b")
NAME_WORDS = 5  # a name, not a sentence about the measure
NAMED_AHEAD = 2  # «Studieforbundsdagen 2070» in a report for 2069: an event of the coming years; «Visjon 2090» a goal
_KEY_PAIRS = 2  # «X = …, Y = …»: a key to marks, not a heading


@lru_cache(maxsize=64)
def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    """A vocabulary list folded once, not for every row that asks."""
    return tuple(fold(w) for w in words)


def _said(words: tuple[str, ...], text: str) -> str:
    """The first of the words or phrases that stands whole in the (folded) text, else ''."""
    return next((w for w in words if re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", text)), "")


def places_elsewhere(heading: str, year: int | None, vocabulary: Vocabulary) -> bool:
    """Whether a heading places what stands under it in another year than `year` (the report's)."""
    text = fold(clean(heading))
    said = set(re.findall(r"\w+", text))
    if text.count("=") >= _KEY_PAIRS:
        return False  # «Gjennomstreket = avsluttet i 2080 · kursiv = planlagt 2082»: a key to the rows' marks, no heading
    if _said(vocabulary.other_year_phrases, text):
        return True
    years = {int(y) for y in YEAR_WORD.findall(text)}
    # «Avsluttet før 2068»: the report's year named as the bound the measures ended before; «Avsluttet (ikke 2073)» in
    # a legend of a report for 2073: the report's year named as the one it is not. Either way not the report's year.
    # «Avsluttet 2080 – ingen aktivitet i 2081»: a word may stand between the negation and the year.
    for words, between in ((vocabulary.before_year_words, ""), (vocabulary.negations, r"(?:\w+\s+)?(?:i\s+)?")):
        bound = "|".join(re.escape(fold(w)) for w in words)
        if bound and year is not None and re.search(rf"(?<!\w)(?:{bound})\s+{between}{year}\b", text):
            years.discard(year)
            years.add(year - 1)
    # «Regional plan 2062–2066»: a period the report's year falls in is its own.
    spans = [(int(a), int(b)) for a, b in _PERIOD.findall(text)]
    return year is not None and bool(years) and year not in years and not any(a <= year <= b for a, b in spans) and bool(
        said & set(_folded(vocabulary.other_year_words)))


def status_elsewhere(row: RawRow, year: int | None, vocabulary: Vocabulary, statuses: tuple[str, ...],
                      year_columns: frozenset[str] = frozenset()) -> str:
    """A row's own status cell («Avsluttet 2066», «Planlagt 2068» in a system's export) that places it in another year
    than the report's, opening with one of `statuses` (folded); '' when none does. Only ending or planning: «Oppstart
    2066» is this year's measure begun before."""
    # «Kartlegging (planlagt 2070)» in its type cell: a status in brackets after any cell's value says so too.
    # «Kompetanseløft for teknisk sektor (avsluttet 2076)»: so in the name's own closing brackets, with its year.
    bracketed = [m for name, value in row.fields for m in _BRACKETED.findall(value or "")
                 if name != "tiltak" or YEAR_WORD.search(m)]
    # «[Avsluttet (ikke 2073)] Gjennomført …»: a diagram's legend word for a shape, put before its text as a tag.
    bracketed += [m[1] for name, value in row.fields if name != "tiltak" for m in [_TAG.match(value or "")] if m]
    # «avsluttet» beside a cell of its own that holds only a year («2069»): an export's status and year, said apart.
    years = [clean(v) for _, v in row.extra if YEAR_WORD.fullmatch(clean(v))]
    # «Avsluttet i 2071: Fagbrev på jobb-pilot»: a status put before the name, as a plan's boxes label their grey ones.
    # «(Planlagt 2074) Seniorprogram …»: so in brackets, as a typed list greys its plans.
    leading = [m[1] or m[2] for m in [_LEADING_STATUS.match(clean(row.get("tiltak")))] if m]
    # «Kampanje om fagbrev for voksne – plan for 2080» in a board's minutes: so after a dash closing the name.
    leading += [m[1] for m in [_TRAILING_STATUS.search(clean(row.get("tiltak")))] if m]
    if year is not None:
        # «(2080) Felles introduksjonskurs … – planlagt», greyed at the bottom of a sheet (round 59): the year the row
        # is tagged with, before its name.
        tagged = _YEAR_TAG.match(clean(row.get("tiltak")))
        if tagged and int(tagged[1]) != year:
            return f"({tagged[1]})"
        # «2078 | 2079 | 2080» over «✓ | | ○» in a rolling list (round 59): the years a row is marked in, and not the
        # report's.
        marked = [clean(name) for name, value in row.extra if YEAR_WORD.fullmatch(clean(name)) and _is_mark(clean(value))]
        if marked and str(year) not in marked:
            return f"merket for {', '.join(marked)}, ikke {year}"
        # «Start | Slutt» over «2078-03-01 | 2079-12-31» (Spekter's list, round 60): a period wholly before or after.
        if said := _outside_period(row, year, vocabulary):
            return said
        # «status: 2072» in a map layer's or a system's export: a column for the year, saying another year.
        for name, value in row.extra:
            if fold(name) in year_columns and YEAR_WORD.fullmatch(clean(value)) and int(clean(value)) != year:
                return f"{name}: {clean(value)}"
    # «Avslutta i 2076» as the whole of a «Status 2077 / merknad» column read as the description: a status all the same.
    # («Planlagt oppstart høsten 2071.» says more than a status: a description, kept and asked about by year_doubt.)
    # «Avsluttet 2080 – ingen aktivitet i 2081.»: a bare status first, then a clause saying the same.
    told = [d] if (d := clean(row.get("beskrivelse"))) and (len(d.split()) <= STATUS_AS_DESCRIPTION or _status_sized(d) and len(
        _STATUS_PARTS.split(d)[0].split()) <= STATUS_AS_DESCRIPTION) else []
    for value in [v for _, v in row.extra] + _after_progress(row) + bracketed + leading + told:
        said = ticked(clean(value))  # a form's status as tick boxes: the box ticked is the status
        boxes = said != clean(value)
        text = _without_reason(fold(said), vocabulary)
        if len(years) == 1 and not YEAR_WORD.search(text):
            text = f"{text} {years[0]}"
        if text and _status_sized(text) and text.startswith(statuses) and (
                places_elsewhere(text, year, vocabulary) or boxes and _planned_not_dated(text, vocabulary)):
            return said
    return ""


def _after_progress(row: RawRow) -> list[str]:
    """What a row's cells say after a progress bar or share («0 % – starter 2081», «██ 100 % – Avsluttet 2079»)."""
    return [m[1] for _, v in row.extra for m in [_AFTER_PROGRESS.match(clean(v))] if m]


_CLAUSES = re.compile(r"[.;:!?]\s+|,?\s+(?:og|men)\s+")  # «… utviklet i 2089 og tar opp de første … i 2090»
DATE_CHARS = 20  # a date («2078-03-01», «1. mars 2078»), not a sentence naming a year


def _outside_period(row: RawRow, year: int, vocabulary: Vocabulary) -> str:
    """«Slutt: 2079-12-31» when a row's end column gives a year before `year`, or its start column one after; else ''."""
    for names, outside in ((vocabulary.end_columns, lambda y: y < year), (vocabulary.start_columns, lambda y: y > year)):
        folded = _folded(names)
        for name, value in row.extra:
            found = YEAR_WORD.findall(clean(value)) if len(clean(value)) <= DATE_CHARS else []
            if fold(name) in folded and len(found) == 1 and outside(int(found[0])):
                return f"{name}: {clean(value)}"
    # «Dato: 2081-12-15» in an activity log, or «2082-12-05, 2083-01-09» for a measure's lines joined: every date
    # the row's date column gives in another year.
    dates = _folded(vocabulary.date_columns)
    for name, value in row.extra:
        dated = {int(y) for y in YEAR_WORD.findall(clean(value))}
        if fold(name) in dates and dated and year not in dated and _DATES.fullmatch(clean(value)):
            return f"{name}: {clean(value)}"
    periods = _folded(vocabulary.period_columns)
    for name, value in row.extra:
        said = fold(clean(value))
        if fold(name) not in periods or len(said) > DATE_CHARS:
            continue
        span = [(int(a), int(b)) for a, b in _PERIOD.findall(said)]
        # «fra 1.1.2081»: a term that starts, «til 2079»: one that ends, at the year named; «2081» alone: that year.
        single = YEAR_WORD.findall(said) if not span else []
        if span and (span[0][1] < year or span[0][0] > year) or len(single) == 1 and (
                said.startswith(("fra", "frå")) and int(single[0]) > year or said.startswith("til") and int(single[0]) < year
                or said == single[0] and int(single[0]) != year):
            return f"{name}: {clean(value)}"
    return ""


@lru_cache(maxsize=4)
def _reason(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Where a status's reason opens, as one pattern for the vocabulary's words; built once, asked of every row."""
    said = "|".join(re.escape(fold(w)) for w in words)
    return re.compile(rf"\s+(?:{said})(?!\w)") if said else None


def _without_reason(text: str, vocabulary: Vocabulary) -> str:
    """A status without the reason it gives after it: «utsatt til våren 2093 pga. for få påmeldte» -> «utsatt til våren
    2093»."""
    reason = _reason(vocabulary.status_reasons)
    return reason.split(text, maxsplit=1)[0] if reason else text


def _is_mark(text: str) -> bool:
    """A mark in a grid's cell («●», «✓», «○», «x»), no words or figures; a dash («–») says nothing was."""
    return 0 < len(text) <= MARK_CHARS and (not re.search(r"\w", text) or text.lower() == "x") and (
        text.strip(" -–—.") != "")


def _status_sized(text: str) -> bool:
    """A status of a few words, or of two short sentences («Ikke gjennomført. Flyttet til 2080.», «Ikke påbegynt –
    flyttet til 2081»)."""
    parts = [part for part in _STATUS_PARTS.split(text) if part]
    said = [len(re.findall(r"\w+", part)) for part in parts]
    # «Avsluttet 2081 – rapportert i årsrapporten for 2081»: a status, then where its year's account stands
    dated = len(said) == 2 and said[1] <= STATUS_CLAUSE_WORDS and bool(YEAR_WORD.search(parts[1]))
    return sum(said) <= STATUS_WORDS or len(said) == 2 and said[0] <= STATUS_WORDS and (said[1] <= STATUS_WORDS or dated)


def _planned_not_dated(text: str, vocabulary: Vocabulary) -> bool:
    """Whether a status ticked among a form's boxes says planned and names no year («☐ Gjennomført / pågår i 2071
    ☒ Planlagt, ikke startet»): the boxes set the year's measures against plans, so the plan is a later year's."""
    return not YEAR_WORD.search(text) and bool(_said(vocabulary.planned_words, text))


def _years(text: str) -> set[int]:
    """The years a text names, less those inside a period («2066–2070»), which names no one year."""
    return {int(y) for y in YEAR_WORD.findall(_PERIOD.sub(" ", text))}


def year_doubt(row: RawRow, year: int | None, vocabulary: Vocabulary) -> str:
    """Why a row kept as the year's may be another year's: a short name ending in a coming year with nothing said of it,
    or a description naming only later years beside a word for planning («Planlagt oppstart høsten 2070»), or only
    earlier ones beside a word for ending («avviklet i desember 2068»); '' when nothing says so."""
    if year is None:
        return ""
    name, text = clean(row.get("tiltak")), fold(clean(row.get("beskrivelse")))
    # «0 % – starter 2081», «Oppstart 2081.»: a measure yet to start, or (as KS's «Planlagt | Oppstart 2019» in the 2018
    # matrix) one of the year about to start; asked, not set aside. One begun before is this year's still.
    starts = _folded(vocabulary.start_statuses)
    for value in [v for _, v in row.extra] + _after_progress(row) + [row.get("beskrivelse") or ""]:
        status = fold(clean(value))
        if status.startswith(starts) and _status_sized(status) and (begins := _years(status)) and min(begins) > year:
            return f"statusen sier «{clean(value)}»: kontroller at tiltaket gjelder {year}"
    # «Status: Planlagt» under «Kompetansekonferansen 2075», the row naming only later years: maybe next year's
    # plan, maybe (as KS's «Planlagt | Oppstart 2019» in the 2018 matrix) a measure of the year about to start.
    later = _years(f"{name} {text}")
    status = next((clean(v) for _, v in row.extra if len(re.findall(r"\w+", fold(clean(v)))) <= STATUS_WORDS
                   and _planned_not_dated(fold(clean(v)), vocabulary)), "")
    if status and later and min(later) > year:
        return (f"statusen er «{status}» og raden nevner bare {', '.join(map(str, sorted(later)))}: kontroller at "
                f"tiltaket gjelder {year}")
    # «Ref.: TB 2083 (under arbeid)», «Status: Gis i TB 2083» beside a name and an account that name no other year:
    # two short cells naming only a later year, whatever their words. (One alone may say what comes next,
    # «Videreføres i 2023»; a date alone, «2081-03-31», may be a deadline.)
    ahead = [clean(v) for _, v in row.extra if len(re.findall(r"\w+", fold(clean(v)))) <= STATUS_WORDS
             and not _DATES.fullmatch(clean(v)) and (said := _years(fold(clean(v)))) and min(said) > year]
    if len(ahead) >= AHEAD_CELLS and all(y > year for y in later):
        return f"cellene sier «{'», «'.join(ahead)}»: kontroller at tiltaket gjelder {year}"
    # «Nasjonal bemanningsmodell for helse (fra 2076)»: the name's own brackets name only a later year.
    bracket = _BRACKETED.search(name)
    if bracket and (inside := _years(bracket[1])) and min(inside) > year:
        return f"navnet sier «({clean(bracket[1])})»: kontroller at tiltaket gjelder {year}"
    # «Studieforbundsdagen 2070»: an event's name; «Etablere … våren 2019 for å …» is a sentence about the measure.
    ending = YEAR_WORD.search(name[-4:]) if len(name.split()) <= NAME_WORDS else None
    if ending and not text and year < int(ending[0]) <= year + NAMED_AHEAD and _years(name) == {int(ending[0])}:
        return f"navnet nevner {ending[0]}, ikke {year}, og raden sier ikke mer: kontroller at tiltaket ble gjennomført i {year}"
    if ending and later == {int(ending[0])} and int(ending[0]) < year:
        # «Lærerløftet-seminaret 2075» in the report for 2076, no other year said: most likely last year's event.
        return f"navnet nevner {ending[0]}, ikke {year}, og raden nevner ikke andre år: kontroller at tiltaket gjelder {year}"
    opening = _STATUS_PARTS.split(text)[0]
    if (ended := _said(vocabulary.ended_words, opening)) and opening.startswith(ended) and (
            before := _years(opening)) and max(before) < year:
        # «Avsluttet 2080 – evaluert i 2081.»: ended before, the report's year named for something after.
        return f"beskrivelsen begynner med «{clean(row.get('beskrivelse'))[:40]}»: kontroller at tiltaket gjelder {year}"
    if (ended := _said(vocabulary.ended_words, text)) and re.search(
            rf"{re.escape(ended)}\s+(?:fra|frå|f\.o\.m\.|fra og med|frå og med)\s+(?:1\.\s*januar\s+)?{year}\b", text):
        # «Ordningen ble avviklet fra 1. januar 2092»: it ended as the report's year began.
        return f"beskrivelsen sier at tiltaket ble «{ended}» fra {year}: kontroller at det gjelder {year}"
    said = _years(text)
    if year in said and (clause := next((c for c in _CLAUSES.split(text) if (coming := _years(c)) and min(coming) > year
                                         and _said(vocabulary.planned_words, c)), "")):
        # «Programmet ble utviklet i 2089 og tar opp de første deltakerne i september 2090» (round 80): made in the
        # year, started in the next.
        return f"beskrivelsen sier «{clause.strip()[:60]}»: kontroller at tiltaket gjelder {year}"
    if not said or year in said:
        return ""
    named = ", ".join(map(str, sorted(said)))
    if all(y > year for y in said) and (planned := _said(vocabulary.planned_words, text)):
        return f"beskrivelsen sier «{planned}» og nevner bare {named}: kontroller at tiltaket gjelder {year}"
    if all(y < year for y in said) and (ended := _said(vocabulary.ended_words, text)):
        return f"beskrivelsen sier «{ended}» og nevner bare {named}: kontroller at tiltaket gjelder {year}"
    return ""


def _sections(blocks: Sequence[Block], year: int | None, vocabulary: Vocabulary) -> list[tuple[int, Paragraph]]:
    """(block index, the heading over it) for each block standing under a heading that places it in another year."""
    under: list[tuple[int, Paragraph]] = []
    current: Paragraph | None = None
    level = 0  # the last heading's
    for i, b in enumerate(blocks):
        if isinstance(b, Paragraph) and b.kind == "text" and clean(b.text).endswith(":") and current is None and (
                places_elsewhere(b.text, year, vocabulary)):
            # «Tidligere tiltak, avsluttet i 2069:» under «Arkiv»: a lead-in over what follows, to the next heading.
            current = replace(b, kind="heading", level=level)
            continue
        if isinstance(b, Paragraph) and b.kind == "heading":
            level = b.level
            if current is not None and b.level <= current.level:
                current = None
            if current is None and places_elsewhere(b.text, year, vocabulary):
                current = b
                continue
        if current is not None:
            under.append((i, current))
        elif isinstance(b, TableBlock) and b.caption and places_elsewhere(b.caption, year, vocabulary):
            # A workbook's sheet «Avsluttet i fjor» beside the year's: its name is the heading over its rows.
            under.append((i, Paragraph(b.page, 0, b.caption, kind="heading")))
    return under


def _table_sections(blocks: Sequence[Block], year: int | None, vocabulary: Vocabulary) -> dict[tuple, list[tuple[int, str]]]:
    """(page, table) -> (first row, text) of each row across a table that places the rows under it in another year
    («Førebels planar for 2070» in a sheet), with (row, "") where a row across the table ends such a section."""
    found: dict[tuple, list[tuple[int, str]]] = {}
    for b in blocks:
        if not isinstance(b, TableBlock):
            continue
        for r, row in enumerate(b.rows):
            texts = {clean(c) for c in row if c and clean(c)}
            text = texts.pop() if len(texts) == 1 else ""
            # A heading across the table is short and opens as one; a cut row's text going on («erfaringene er …
            # Neste år …») is none.
            if text and len(text.split()) <= SECTION_WORDS and not text[0].islower():
                elsewhere = places_elsewhere(text, year, vocabulary)
                # The row itself goes with what it places («Lederløftet … ble avsluttet i 2077.» read as a row of its
                # own); the row that ends a section starts none.
                if elsewhere or found.get((b.page, b.index)):
                    found.setdefault((b.page, b.index), []).append((r + 1, text) if elsewhere else (r + 2, ""))
    return found


def _under_table_section(row: RawRow, sections: dict[tuple, list[tuple[int, str]]]) -> str:
    p = row.provenance
    over = [text for start, text in sections.get((p.page, p.table), []) if p.row is not None and p.row >= start]
    return over[-1] if over else ""


def set_aside(read: RowsRead, blocks: Sequence[Block], source_file: str, year: int | None,
              vocabulary: Vocabulary) -> RowsRead:
    """The rows read, less those under a heading placing them in another year, which are skipped and warned of; a kept
    row whose own words point to another year carries that doubt."""
    at: dict[tuple[int | None, str, int], Paragraph] = {}
    for i, heading in _sections(blocks, year, vocabulary):
        b = blocks[i]
        key = (b.page, "t", b.index) if isinstance(b, TableBlock) else (b.page, "l", b.line) if isinstance(b, Paragraph) else None
        if key is not None:
            at[key] = heading
    kept: list[RawRow] = []
    skipped: list[SkippedRow] = []
    statuses = tuple(fold(w) for w in vocabulary.other_year_statuses)
    year_columns = frozenset(fold(w) for w in vocabulary.year_columns)
    sections = _table_sections(blocks, year, vocabulary)
    for row in read.rows:
        p = row.provenance
        over = at.get((p.page, "t", p.table)) if p.table is not None else at.get((p.page, "l", p.line or -1))
        status = status_elsewhere(row, year, vocabulary, statuses, year_columns)
        across = _under_table_section(row, sections) if p.table is not None else ""
        if over is not None or across:
            said = clean(over.text) if over is not None else across
            skipped.append(SkippedRow(p.locator, f"{OTHER_YEAR} («{said[:60]}»)", row.get("tiltak")))
        elif status:
            skipped.append(SkippedRow(p.locator, f"{OTHER_STATUS} («{status}»)", row.get("tiltak")))
        elif (told := row_told_elsewhere(row, year, vocabulary))[0]:
            skipped.append(SkippedRow(p.locator, f"{OTHER_STATUS} («{told[0]}»)", row.get("tiltak")))
        elif stopped := stopped_elsewhere(row, year, vocabulary):
            skipped.append(SkippedRow(p.locator, f"{OTHER_TOLD} («{stopped}»)", row.get("tiltak")))
        else:
            doubt = year_doubt(row, year, vocabulary) or told[1]  # a status cell's words say it more plainly
            kept.append(replace(row, doubt="; ".join(d for d in (row.doubt, doubt) if d)) if doubt else row)
    if not skipped:
        return replace(read, rows=tuple(kept))
    warning = (f"{source_file}: {len(skipped)} {'rad' if len(skipped) == 1 else 'rader'} står under en overskrift, "
               f"har en status eller sier selv at den gjelder et annet år enn rapportens (avsluttet før, utsatt eller "
               f"planlagt senere), og ble ikke tatt med ({some([s.locator for s in skipped])}); se dem i rapporten")
    return replace(read, rows=tuple(kept), skipped=(*read.skipped, *skipped), warnings=(*read.warnings, warning))
