"""A tiltak cell of several lines: several tiltak side by side with their own types, a title over its
description, or (when the lines say neither) one text the run is unsure of.

The lines are the cell's paragraphs (Word) or its bold lead and plain rest (PDF); see the parsers. A line that
opens with a bullet starts a list item; the lines under it until the next bullet are that item wrapped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable

from normalise.cell_kinds import DELMAL_LABEL_LINE
from normalise.text import clean
from parsers.content import BULLET_LINE

from .draft_row import DraftRow
from .item_delmal import own_delmal
from .prose_items import (DASH_HOW, NAMED_DOUBT, TypeNamer, closing_type, opening_type, loose_dash_account, loose_named_account,
                          named_account)

ROUND_BULLETS = "•●▪◦"  # marks no sentence uses inside it, unlike a dash: one mid-line starts another item
TITLE_WORDS = 20  # a title line is short; a longer first line is running text
NAMED_SHARE = 2 / 3  # of a table's (or document's) rows showing a shape, for that to be how it writes them
_SENTENCE_END = re.compile(r"[.!?][»\")]*$|[.!?]\s+\S")
_CODE = re.compile(r"(?<!\d)\d[.,]\d{1,2}(?!\d)")


@dataclass(frozen=True)
class CellSplit:
    """What a row's cells become: one field set per tiltak, why, and whether the reading is uncertain."""

    rows: tuple[dict[str, str], ...]
    evidence: str = ""
    uncertain: bool = False


def _is_the_way(shown: int, among: int) -> bool:
    """Whether a shape shown by `shown` of a table's or document's `among` rows is how it writes them all."""
    return shown >= 2 and shown >= NAMED_SHARE * among


def lines_of(value: str | None) -> list[str]:
    return [t for line in (value or "").split("\n") if (t := clean(line))]


def _is_title_and_text(parts: list[str]) -> bool:
    """A short first line without a full stop over text written as sentences: a title and its description."""
    first, rest = parts[0], " ".join(parts[1:])
    return (len(first.split()) <= TITLE_WORDS and not first.endswith((".", ":", ";", ","))
            and bool(_SENTENCE_END.search(rest)))


def _is_title(line: str) -> bool:
    """A short line opening with a capital and saying no sentence: a name."""
    return len(line.split()) <= TITLE_WORDS and line[:1].isupper() and not _SENTENCE_END.search(line) \
        and not line.endswith((":", ";", ","))


def _items(value: str | None) -> list[str] | None:
    """A cell that opens with a bullet as its list items, the lines a long item wrapped onto joined to it, marks
    gone; None when the cell is not a list."""
    lines = lines_of(value)
    if not lines or not BULLET_LINE.match(lines[0]):
        return None
    mark = lines[0].lstrip()[0]
    if len(lines) == 1 and mark in ROUND_BULLETS and f" {mark} " in lines[0]:
        # A PDF cell's lines joined into one: «• Regionalt uttak … (Samarbeid: …) • «Bli helsefagarbeider …» – …».
        lines = [f"{mark} {part}" for part in lines[0].lstrip()[1:].split(f" {mark} ")]
    items: list[str] = []
    for line in lines:
        if BULLET_LINE.match(line):
            items.append(clean(BULLET_LINE.sub("", line)))
        else:
            items[-1] = f"{items[-1]} {line}"
    return [item for item in items if item]


def unmarked(value: str) -> str:
    """A cell's text with its list marks taken off, one item a line; any other text as it is."""
    items = _items(value)
    return value if items is None else "\n".join(items)


Particulars = Callable[[list[str]], tuple[dict[str, str], list[str]]]


def _opens_with_particulars(lines: list[str], particulars: Particulars | None) -> bool:
    """Whether a cell's first line is all particulars («Ansvar: Fagskolerådet»), as `particulars` reads them."""
    if not lines or particulars is None:
        return False
    found, text = particulars(lines[:1])
    return bool(found) and not text


def _with_particulars(fields: dict[str, str], lines: list[str], particulars: Particulars | None) -> dict[str, str]:
    """The row's fields with what a cell's lines of particulars say where its own cells say nothing, and the cell's
    other lines as its description."""
    found, text = particulars(lines) if particulars else ({}, lines)
    return {**fields, **{k: v for k, v in found.items() if not clean(fields.get(k))}, "beskrivelse": " ".join(text)}


def split_cells(fields: dict[str, str], particulars: Particulars | None = None) -> CellSplit:
    """One row's fields as the tiltak it holds: a tiltak cell of N lines beside other cells of N lines
    is N tiltak, and so is a cell of N bullets, sharing the other cells; a title line over sentences is a tiltak and its
    description (its lines of particulars its fields, where `particulars` reads them); else one row as written."""
    bullets = len(_items(fields.get("tiltak")) or ())
    fields = {name: unmarked(value) for name, value in fields.items()}
    parts = lines_of(fields.get("tiltak"))
    if len(parts) >= 2 and _opens_with_particulars(parts, particulars):
        # «Ansvar: Fagskolerådet / Med: KD / Rådet hadde fire møter …»: particulars and an account, no name in the
        # cell; the column read as the tiltak is its description, and the row names no tiltak.
        row = {**_with_particulars(fields, parts, particulars), "tiltak": ""}
        return CellSplit((row,), "tiltakscellen har merkede linjer og tekst, ikke noe navn", uncertain=True)
    described = lines_of(fields.get("beskrivelse"))
    if _opens_with_particulars(described, particulars):
        # «Type: forum / Ansvarleg: Seksjon for kompetanse / Fylkeskommunen har …» as a post's body: its lines of
        # particulars are the fields they name, the rest its description.
        fields = _with_particulars(fields, described, particulars)
    if len(parts) < 2:
        return CellSplit((fields,))
    others = {name: lines_of(value) for name, value in fields.items() if name != "tiltak"}
    aligned = sorted(name for name, lines in others.items() if len(lines) == len(parts))
    # «Læringsbarometeret 2087 / Fafo gjennomførte …» beside «NHO / Fafo»: a title over its text, whose partners are
    # listed a line each, is one tiltak (round 67); only the partners lining up says nothing of the tiltak cell.
    partners_only = set(aligned) <= {"ansvarlig", "samarbeidspartnere"} and _is_title_and_text(parts)
    if aligned and not partners_only and all(len(lines) <= 1 or len(lines) == len(parts) for lines in others.values()):
        rows = tuple(
            {**fields, "tiltak": part,
             **{name: (lines[i] if len(lines) == len(parts) else fields[name]) for name, lines in others.items()}}
            for i, part in enumerate(parts)
        )
        return CellSplit(rows, f"tiltakscellen har {len(parts)} linjer, og {', '.join(aligned)} like mange: "
                               "ett tiltak per linje")
    if bullets == len(parts):
        # Each bullet is a tiltak of its own, sharing the row's other cells (whose lines may be one text wrapped).
        rows = tuple({**fields, "tiltak": part} for part in parts)
        return CellSplit(rows, f"tiltakscellen har {len(parts)} kulepunkter: ett tiltak per punkt, "
                               "de andre cellene gjelder alle")
    found, text = particulars(parts[1:]) if particulars else ({}, parts[1:])
    # A name over its particulars alone («Praksisbrev for voksne / DM 3.1 · Pilot · Ansvar: NHO») is titled too.
    titled = _is_title_and_text(parts) or bool(found) and not text and _is_title(parts[0])
    if not titled:
        found, text = {}, parts[1:]
    # A code beside the name says the delmål more surely than a column of the member's own goals («Mål for 2081»),
    # whose words then go with the description («Avsluttet 2080 – evaluert i 2081.» is asked about).
    found = {name: value for name, value in found.items() if not clean(fields.get(name))
             or name == "delmal" and not _CODE.search(fields.get(name) or "")}
    displaced = clean(fields.get("delmal")) if "delmal" in found else ""
    described_apart = clean(f"{displaced} {clean(fields.get('beskrivelse'))}")
    if titled:
        # A title over its text and its particulars («… Delmål 1.3 · Rådsarbeid») beside what was done, or over the
        # assignment beside the agency's account of it: the cell is the tiltak, its text goes before the account.
        row = {**fields, **found, "tiltak": parts[0], "beskrivelse": " ".join([*text, described_apart]).strip()}
        how = f"; linjen med {', '.join(sorted(found))} gir feltene" if found else ""
        return CellSplit((row,), "tiltakscellen har en tittel over løpende tekst: tittelen er tiltaket, "
                                 f"teksten beskrivelsen{how}")
    if not lines_of(fields.get("beskrivelse")) and all(_is_title(part) for part in parts):
        # Names one under the other, none a sentence: more likely a list without marks than one name in pieces.
        rows = tuple({**fields, "tiltak": part} for part in parts)
        return CellSplit(rows, f"tiltakscellen har {len(parts)} korte linjer uten punktum og uten kulepunkter: "
                               "lest som ett tiltak per linje; kontroller", uncertain=True)
    return CellSplit((fields,), f"tiltakscellen har {len(parts)} linjer som kan være flere tiltak; lest som ett",
                     uncertain=True)


def _cell_marks(fields: dict[str, str], types: TypeNamer) -> dict[str, str]:
    """A tiltak cell that gives its own delmål or type in brackets, where the row's cells for them are empty:
    «Lesekurs for voksne (3.2)», «Nettverk for EVU (nettverk)» under «Tiltak (type)»."""
    coded = own_delmal(fields.get("tiltak", "")) if not clean(fields.get("delmal")) else None
    if coded and coded.text.strip():
        fields = {**fields, "tiltak": clean(coded.text).rstrip(" .,;:"), "delmal": coded.delmal,
                  **({"type": coded.type} if coded.type and not clean(fields.get("type")) else {}),
                  **({"beskrivelse": coded.rest} if coded.rest and not clean(fields.get("beskrivelse")) else {})}
    typed = closing_type(fields.get("tiltak", ""), types) or opening_type(fields.get("tiltak", ""), types) \
        if not clean(fields.get("type")) else None
    return {**fields, "tiltak": typed[0], "type": typed[1]} if typed else fields


def _named_accounts(rows: list[DraftRow], types: TypeNamer) -> list[tuple[str, str] | None]:
    """Each table row's tiltak cell as (name, account) where it reads «Name: What was done.» and has no description
    beside it, in a table whose tiltak cells mostly read so, two or more single-line cells; else None. (One such
    cell alone may be a sentence with a colon in it.)"""
    accounts: list[tuple[str, str] | None] = []
    cells: dict[tuple, list[bool]] = {}
    for row in rows:
        prov, text = row.provenance, row.fields.get("tiltak") or ""
        table = prov.table is not None and prov.line is None
        named = named_account(text, types) if table and not clean(row.fields.get("beskrivelse")) else None
        accounts.append(named)
        if table:
            # One line, or a name line closed by its colon over the account («Kompetansepluss (KPF):» / «VOFO har …»).
            one_text = "\n" not in text.strip() or text.strip().split("\n", 1)[0].rstrip().endswith(":")
            cells.setdefault((prov.page, prov.table), []).append(bool(named) and one_text)
    tables = {t for t, named in cells.items() if _is_the_way(sum(named), len(named))}
    return [a if a and r.provenance.table_key in tables else None for a, r in zip(accounts, rows)]


def _run_in_type(text: str, names_type: Callable[[str], str]) -> tuple[str, str] | None:
    """(tiltak, type) when one capitalised word after the first is a type's name and nothing else names one
    («KS sitt medlem i SRY Råd/utvalg», «Digitalt kompetanseløft i Prosjekt kommunesektoren»); else None."""
    ws = text.split()
    found = [i for i, w in enumerate(ws) if i > 0 and w[:1].isupper() and names_type(w.strip(",.;:"))]
    if len(found) != 1:
        return None
    i = found[0]
    return " ".join(ws[:i] + ws[i + 1 :]), ws[i].strip(",.;:")


def types_run_into_tiltak(rows: list[DraftRow], names_type: Callable[[str], str]) -> list[DraftRow]:
    """An OCR'd table whose type column ran into its tiltak column: no row has a type, and most tiltak cells hold
    one capitalised type name after their first word (the type cell's word set among the tiltak's lines). The
    name is the row's type and leaves the tiltak; the rows stay marked for review, as OCR rows are."""
    tables: dict[tuple, list[int]] = {}
    for n, row in enumerate(rows):
        if row.provenance.table is not None:
            tables.setdefault(row.provenance.table_key, []).append(n)
    out = list(rows)
    for members in tables.values():
        if any(clean(rows[n].fields.get("type")) for n in members):
            continue
        runs = {n: run for n in members if (run := _run_in_type(clean(rows[n].fields.get("tiltak")), names_type))}
        if not _is_the_way(len(runs), len(members)):
            continue
        for n, (tiltak, type_) in runs.items():
            row = rows[n]
            out[n] = replace(row, fields={**row.fields, "tiltak": tiltak, "type": type_},
                             evidence=[*row.evidence, f"typen «{type_}» stod i tiltakscellen (kolonnene gled sammen i OCR)"])
    return out


def settle_named_items(rows: list[DraftRow], types: TypeNamer) -> set[str]:
    """Items read from running text as «Name: account» are in doubt one by one (the colon may go on a sentence),
    and one written as a clause («Kompetanseforum Troms: forumet har …») is read whole; where most of a document's
    items are so written, that is its way: each is split, and the doubt goes. The locators settled."""
    prose = [r for r in rows if r.provenance.table is None]
    named = [r for r in prose if r.doubt.endswith(NAMED_DOUBT)]
    loose = {id(r): split for r in prose if not clean(r.fields.get("beskrivelse")) and r not in named
             and (split := loose_named_account(r.fields.get("tiltak") or "", types))}
    settled = [r for r in prose if r in named or id(r) in loose]
    if not _is_the_way(len(settled), len(prose)):
        return set()
    for row in settled:
        if id(row) in loose:
            row.fields["tiltak"], row.fields["beskrivelse"] = loose[id(row)]
        row.doubt = ""
        row.evidence.append("dokumentets punkter er skrevet som navn, kolon og forklaring")
    return {r.provenance.locator for r in settled}


def settle_dash_items(rows: list[DraftRow], types: TypeNamer) -> None:
    """Items read whole as «Title – a clause in lower case» where the document's other items, titled by a name
    («Yrkesfagdagen 2060 – …», «… (KVASS) – …»), were split at the dash: that is its way, and they are split too."""
    prose = [r for r in rows if r.provenance.table is None]
    dashed = [r for r in prose if any(e.startswith(DASH_HOW) for e in r.evidence)]
    loose = {id(r): split for r in prose if not clean(r.fields.get("beskrivelse")) and r not in dashed
             and (split := loose_dash_account(r.fields.get("tiltak") or "", types))}
    if not dashed or not _is_the_way(len(dashed) + len(loose), len(prose)):
        return
    for row in prose:
        if id(row) in loose:
            title, account = loose[id(row)]
            # The account's closing stop went with the tiltak's, which stood after the code that closed the item.
            row.fields["tiltak"], row.fields["beskrivelse"] = title, account if account.endswith((".", "!", "?")) else f"{account}."
            row.evidence.append("som dokumentets andre punkter: tittelen før tankestreken er tiltaket, "
                                "leddsetningen etter beskrivelsen")


def _named_lines(rows: list[DraftRow], types: TypeNamer) -> None:
    """The lines a table's tiltak cells were split into, each «Name: What was done.», in a table whose lines mostly
    read so: the name is the tiltak, the account its description (a longer name too, once that is the table's way)."""
    tables: dict[tuple, list[tuple[DraftRow, tuple[str, str] | None]]] = {}
    for row in rows:
        if row.provenance.table is not None and not clean(row.fields.get("beskrivelse")):
            named = named_account(row.fields.get("tiltak") or "", types, TITLE_WORDS)
            tables.setdefault(row.provenance.table_key, []).append((row, named))
    for lines in tables.values():
        if any(r.provenance.line for r, _ in lines) and _is_the_way(sum(bool(n) for _, n in lines), len(lines)):
            for row, named in lines:
                if named:
                    row.fields["tiltak"], row.fields["beskrivelse"] = named
                    row.evidence.append("tiltakslinjene har et navn, kolon og en forklaring: navnet er tiltaket")


_PARTICULAR_FIELDS = frozenset({"delmal", "type", "ansvarlig", "samarbeidspartnere"})
_TAIL_CODE = re.compile(r"(?<=[.!?])\s+(\w+\s+\d\.\d{1,2}(?!\d)[^.!?]*)$")
_KIND_WORDS = 3  # «Partnerskap · Ansvar: …»: the kind a card's line of particulars opens with, in a word or few


def particular_lines(lines: list[str], split_labels: Callable[[str], tuple[str, dict[str, str]]],
                     types: TypeNamer) -> tuple[dict[str, str], list[str]]:
    """The fields of a card's lines of particulars («Prosjekt · Ansvar: X · Med: Y») and the lines that are its text.
    A line counts only when all it holds is labels, opened at most by a word of kind the vocabulary knows."""
    found: dict[str, str] = {}
    text: list[str] = []
    for line in [part for whole in lines for part in _code_line_apart(whole, split_labels)]:
        head, labelled = split_labels(line)
        coded = _delmal_line(line, split_labels)
        if coded:
            # «Delmål 1.3 · Rådsarbeid»: a delmål's label and code without a colon, and the kind after them; labels may
            # follow («DM 2.3 · Pilot · Ansvar: NHO Byggenæringen · Med: LO»).
            head, labelled = split_labels(coded[3])
            labelled = {"delmal": coded[2], **labelled}
        kind = head.strip(" ·|–-:;,")
        named = types.given(kind) if kind and len(kind.split()) <= _KIND_WORDS else None
        if labelled and set(labelled) <= _PARTICULAR_FIELDS and (not kind or named):
            found.update({k: v for k, v in labelled.items() if k not in found})
            if named and "type" not in found:
                found["type"] = kind
        else:
            text.append(line)
    return found, text


def _code_line_apart(line: str, split_labels: Callable[[str], tuple[str, dict[str, str]]]) -> list[str]:
    """A line whose last sentence is followed by a delmål's label and code («… kultur. Delmål 1.3 · Rådsarbeid», as a
    PDF's cell reflows the lines), as the text and that line; [line] otherwise."""
    tail = _TAIL_CODE.search(line)
    if tail is None or _delmal_line(tail[1], split_labels) is None:
        return [line]
    return [line[: tail.start()].rstrip(), tail[1]]


def _delmal_line(line: str, split_labels: Callable[[str], tuple[str, dict[str, str]]]) -> re.Match[str] | None:
    """«Delmål 1.3 · Rådsarbeid» (label, code, kind) where the label is one the vocabulary gives the delmål."""
    coded = DELMAL_LABEL_LINE.match(line)
    return coded if coded and set(split_labels(f"{coded[1]}: {coded[2]}")[1]) == {"delmal"} else None


def split_table_cells(rows: list[DraftRow], types: TypeNamer,
                      split_labels: Callable[[str], tuple[str, dict[str, str]]]) -> list[DraftRow]:
    """Table rows whose tiltak cell holds several lines, as the tiltak those lines are (split_cells);
    done once a row split at a page break is whole again."""
    def particulars(lines: list[str]) -> tuple[dict[str, str], list[str]]:
        return particular_lines(lines, split_labels, types)
    out: list[DraftRow] = []
    for row, named in zip(rows, _named_accounts(rows, types)):
        prov = row.provenance
        if prov.table is None or prov.line is not None:
            out.append(row)
            continue
        split = split_cells({**row.fields, "tiltak": named[0], "beskrivelse": named[1]} if named else row.fields,
                            particulars)
        if named:
            split = replace(split, evidence=split.evidence or "tiltakscellene har et navn, kolon og en forklaring: "
                                                               "navnet er tiltaket, forklaringen beskrivelsen")
        for i, own in enumerate(split.rows):
            own = _cell_marks(own, types)
            out.append(DraftRow(replace(prov, line=i + 1) if len(split.rows) > 1 else prov, own,
                                {name: unmarked(value) for name, value in row.extra.items()},
                                row.confidence, [*row.evidence, *([split.evidence] if split.evidence else [])],
                                doubt="; ".join(d for d in (row.doubt, split.evidence if split.uncertain else "") if d)))
    _named_lines(out, types)
    return out
