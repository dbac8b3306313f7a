"""The fields of a table row completed from what stands beside them: labelled lines in a short cell, an område
column or an område row over the rows; an outline's numbered heading row; and where a table's row stands."""

from __future__ import annotations

import re
from typing import Callable, Sequence

from normalise.columns import ColumnMapper, HeaderMap
from normalise.delmal import joined_code, names_omrade_column
from normalise.text import clean, fold
from parsers.content import COVERED, SUPERSCRIPT_DIGITS, TableBlock
from tiltak_core.records import Provenance

from .answer_lines import unanswered
from .draft_row import DraftRow


def cell_text(cell: str | None) -> str:
    """A table cell's text, cleaned; '' for an empty or covered cell."""
    return clean(cell) if cell else ""


_FOOTNOTE = re.compile(r"^\s*(?:[" + SUPERSCRIPT_DIGITS + r"]+|\*{1,3}|†)\s*\S")
# «Merk: «Grønn omstilling Ryfylke» starter først i 2072 …», «NB! …»: a remark on the table, no tiltak.
_REMARK = re.compile(r"^\s*(?:merk|nb|obs|merknad|anm|note)\s*[:.!]", re.IGNORECASE)
# «Steinkjer, 18.02.2068 – Fylkesdirektør for utdanning»: a place and a date, where a sheet is signed.
_SIGNED = re.compile(r"^\s*[A-ZÆØÅ][\w -]{1,30}?,\s+(?:den\s+)?\d{1,2}\.\s*(?:[a-zæøå]+\s+|\d{1,2}\.\s*)\d{4}\b")


def note_row(cells: Sequence[str | None]) -> bool:
    """A row of one cell opening with a footnote's mark («¹ RSA = Råd for samarbeid …», «* Tallene er foreløpige»), as
    written before its marks are made digits, with «Merk:», or with a place and a date: a note or a signature, no tiltak."""
    filled = [c for c in cells if c and c.strip()]
    if filled and _REMARK.match(filled[0]) and (len(filled) == 1 or _REMARK.fullmatch(filled[0].strip())):
        return True  # «Merk:» alone in the first cell, the remark running on over the row's cells
    return len(filled) == 1 and bool(_FOOTNOTE.match(filled[0]) or _SIGNED.match(filled[0]))


def table_where(block: TableBlock) -> str:
    """A table as a message names it: page, number, sheet."""
    where = f"p{block.page}-t{block.index}" if block.page else f"t{block.index}"
    return f"{where} (arket «{block.caption}»)" if block.caption else where


def table_provenance(source_file: str, block: TableBlock, r: int) -> Provenance:
    """Where row r (0-based) of a table stands; a table beside another on its sheet adds the column it starts at."""
    return Provenance(source_file, page=block.page, table=block.index, row=block.first_row + r + 1,
                      column=block.first_column + 1 if block.first_column else None)


def fill_from_labels(fields: dict, mapper: ColumnMapper) -> None:
    """A short field's cell of labelled lines («Ansvar: Virke / Partnere: Fafo», «KS / Samarbeid: Fagforbundet» under
    «Ansvar / samarbeid») fills the fields its labels name; words before the first label are the cell's own. So does a
    delmål's cell of stacked facts («Delmål: 1.4 / Type: Nettverk / Ansvar: … / Sammen med: …», round 72)."""
    for name in ("delmal", "ansvarlig", "samarbeidspartnere", "type"):
        head, labelled = mapper.split_labels(fields.get(name) or "")
        if not labelled or head and name in labelled:
            continue
        fields[name] = head or labelled.pop(name, "")
        fields.update((f, v) for f, v in labelled.items() if f != "tiltak" and not clean(fields.get(f)))


_WHO_FIELDS = frozenset({"ansvarlig", "samarbeidspartnere"})


def who_after_description(fields: dict, mapper: ColumnMapper) -> None:
    """«… 180 lærere fullførte. Partnere: Universitetet i Agder» in a description cell (round 66): the labelled
    partners or owner closing it fill their empty fields, «Partnere: ingen» none, and the description ends before."""
    head, labelled = mapper.split_labels(fields.get("beskrivelse") or "")
    if not labelled or not head.endswith((".", "!", "?")) or not set(labelled) <= _WHO_FIELDS:
        return
    if any(clean(fields.get(name)) for name in labelled):
        return  # the row's own column says it: the description keeps what it adds
    fields["beskrivelse"] = head
    fields.update((name, "" if unanswered(value, mapper) else value) for name, value in labelled.items())


# «Utdanningsforbundet, sammen med Universitetet i Agder og KS» in one column of «Forbund og partnere»: the body
# named before «sammen med» leads, the ones after it take part.
_LEAD_THEN_PARTNERS = re.compile(r"^(?P<lead>[A-ZÆØÅ][^,;()]{1,60}?),?\s+(?:sammen|saman|i samarbeid) med\s+(?P<rest>\S.*)$")
# «Hvem: Forskerforbundet leder arbeidet, sammen med YS og HK-dir.» (round 67): the body, told as a sentence.
_LEADS = re.compile(r"^(?P<lead>[A-ZÆØÅ][^,;()]{1,60}?)\s+(?:leder|leier|leiar|styrer|har ansvaret for|har hovedansvaret for)"
                    r"\s+(?:arbeidet|tiltaket|prosjektet|det)(?=[\s,.]|$)[,.]?\s*(?:(?:sammen|saman|i samarbeid) med\s+"
                    r"(?P<rest>[^.]+?))?\.?$")


def listed(names: str) -> str:
    """«A, B og C» as the plain list «A, B, C»."""
    return re.sub(r"\s+og\s+", ", ", names.strip())


def partners_a_line_each(fields: dict) -> None:
    """Partners a line each in a cell whose line breaks its writer typed (Word, Excel), each a name with a capital
    and none going on to the next line, as the list they are."""
    lines = [line.strip() for line in (fields.get("samarbeidspartnere") or "").split("\n") if line.strip()]
    if len(lines) > 1 and all(not line.endswith((",", ";", "-", "–", " og", " and")) and (
            line[:1].isupper() or line[:1].isdigit()) for line in lines):
        fields["samarbeidspartnere"] = ", ".join(lines)


_KIND_THEN_NAME = re.compile(r"^(?P<kind>[^:]{2,30}):\s+(?P<name>\S.*)$", re.DOTALL)
NAME_WORDS = 12  # a tiltak's name after its kind is short


def kind_before_name(fields: dict, names_type: Callable[[str], str]) -> None:
    """«Konferanse: LOs yrkesfagkonferanse 2095» in a table without a type column (round 75): the word before the
    colon is the type where it is nothing but a type's name, and the name after it the tiltak."""
    cell = fields.get("tiltak") or ""
    found = _KIND_THEN_NAME.match(clean(cell)) if "\n" not in cell.strip() else None
    # «Karrieredager: Vi har holdt tre dager …» is a sentence after the colon, not a name; a cell of more lines holds
    # its account too (round 72's «Nettkurs: Digital kompetanse for tillitsvalgte» over a line about it).
    if found and not clean(fields.get("type")) and names_type(found["kind"]) and not found["name"].endswith((".", "!")) \
            and len(found["name"].split()) <= NAME_WORDS:
        fields["type"], fields["tiltak"] = found["kind"], found["name"]


_PARTNER_MARKS = re.compile(r"\s*;\s*|\s+\+\s+")  # «KS; Spekter; Fafo», «KS + YS + HK-dir» (round 74)


def partners_listed(fields: dict) -> None:
    """Partners parted by semicolons or plus signs as the plain list «A, B, C», each part a short name."""
    parts = _PARTNER_MARKS.split(clean(fields.get("samarbeidspartnere")))
    if len(parts) > 1 and all(p and len(p.split()) <= PARTNER_WORDS for p in parts):
        fields["samarbeidspartnere"] = ", ".join(parts)


PARTNER_WORDS = 8  # a partner's name is short; longer parts are a sentence's clauses


def lead_of_partners(fields: dict) -> None:
    """One cell naming who leads, then «sammen med» the partners, fills both fields where the other is empty."""
    told = _LEADS.match(clean(fields.get("ansvarlig")))
    if told and not clean(fields.get("samarbeidspartnere")) and len(told["lead"].split()) <= 6:
        fields["ansvarlig"] = told["lead"].strip()
        fields["samarbeidspartnere"] = listed(told["rest"] or "")
        return
    for name, other in (("samarbeidspartnere", "ansvarlig"), ("ansvarlig", "samarbeidspartnere")):
        found = _LEAD_THEN_PARTNERS.match(clean(fields.get(name)))
        if found and not clean(fields.get(other)) and len(found["lead"].split()) <= 6:
            fields["ansvarlig"], fields["samarbeidspartnere"] = found["lead"].strip(), found["rest"].strip()
            return


_TAGGED = re.compile(r"\s*(?P<name>[^,;()]*[^,;()\s])\s*\((?P<tag>[^()]{1,25})\)\s*")


def tagged_roles(fields: dict, extra: dict, mapper: ColumnMapper) -> None:
    """«UHR-ØA (ansv.), Virke (partner), NHO (partner)» in one column of actors (its header named or not): the one
    tagged as leading is the ansvarlig, the ones tagged as taking part the partners, where those fields are empty."""
    lead = {fold(t) for t in mapper.vocabulary.lead_tags}
    taking_part = {fold(t) for t in mapper.vocabulary.partner_tags}
    if clean(fields.get("ansvarlig")) and clean(fields.get("samarbeidspartnere")):
        return
    for source, name in [(fields, "samarbeidspartnere"), (fields, "ansvarlig"), *((extra, label) for label in extra)]:
        items = [i for i in re.split(r"[,;\n]", source.get(name) or "") if i.strip()]
        tagged = [m for i in items if (m := _TAGGED.fullmatch(i))]
        if not items or len(tagged) != len(items):
            continue
        leads = [m["name"] for m in tagged if fold(m["tag"]) in lead]
        partners = [m["name"] for m in tagged if fold(m["tag"]) in taking_part]
        others = {"ansvarlig", "samarbeidspartnere"} - {name} if source is fields else {"ansvarlig", "samarbeidspartnere"}
        if leads and len(leads) + len(partners) == len(items) and not any(clean(fields.get(f)) for f in others):
            fields["ansvarlig"], fields["samarbeidspartnere"] = ", ".join(leads), ", ".join(partners)
            if source is extra:
                del extra[name]
            return


def join_omrade(fields: dict, extra: dict, omrade: str = "") -> None:
    """A delmål column of bare numbers beside an område column («II» | «3»): the delmål is 2.3. Without a delmål
    column the område column says all the report says of it («Område 2»): its delmål is guessed within it; so does
    `omrade`, the row across the table over the rows naming their område («Hovedinnsatsområde 2: …»)."""
    for label, value in extra.items():
        if not names_omrade_column(label):
            continue
        code = joined_code(value or "", clean(fields.get("delmal"))) or ("" if clean(fields.get("delmal")) else clean(value))
        if code:
            fields["delmal"] = code
            return
    if omrade and not clean(fields.get("delmal")):
        fields["delmal"] = omrade


# «1.1», «2»: an outline's number for an område or a delmål; «1.1.1» numbers a tiltak under it.
_OUTLINE_NUMBER = re.compile(r"^\d(?:\.\d{1,2})?\.?$")


def outline_row(cells: Sequence[str | None], header: HeaderMap) -> str:
    """«1.1 | Kunnskap om kompetansebehov» and nothing else, the number in a column no field took: an outline's
    heading row, read as «1.1 Kunnskap om kompetansebehov» ('' for any other row)."""
    filled = [(i, t) for i, c in enumerate(cells) if (t := cell_text(c))]
    taken = {i for i, _ in header.fields}
    if len(filled) != 2 or filled[1][0] != header.column("tiltak") or filled[0][0] in taken:
        return ""
    return f"{filled[0][1]} {filled[1][1]}" if _OUTLINE_NUMBER.match(filled[0][1]) else ""


def record_goes_on(cells: Sequence[str | None], header: HeaderMap) -> str:
    """The text of a row that is a record's second line: its number cell («Nr») merged with the row above, only its
    tiltak column filled («Skildring» stacked under «Tiltak»); '' for any other row."""
    column = header.column("tiltak")
    fields = {c for c, _ in header.fields}
    merged = [i for i, c in enumerate(cells) if c is COVERED and i not in fields]
    filled = [i for i, c in enumerate(cells) if cell_text(c)]
    return cell_text(cells[column]) if column is not None and merged and filled == [column] else ""


def bare_mark(text: str) -> str:
    """A continuation mark as the vocabulary and a cell are compared: folded, without its brackets and stops."""
    return fold(text).strip(" ()[].…")


def continued_description(cells: Sequence[str | None], header: HeaderMap, marks: frozenset[str]) -> str:
    """The description a row goes on with when its name cell is only a mark («(forts.)») and nothing but the description
    is filled beside it; '' for any other row."""
    column, described = header.column("tiltak"), header.column("beskrivelse")
    if column is None or described is None or max(column, described) >= len(cells):
        return ""
    filled = {i for i, c in enumerate(cells) if cell_text(c)}
    marked = bare_mark(cell_text(cells[column])) in marks
    return cell_text(cells[described]) if marked and filled == {column, described} else ""


def joined_record(rows: Sequence[DraftRow], table: int, text: str, mapper: ColumnMapper) -> bool:
    """Whether a record's second line was taken: as the description of the table's last row, or, over the table's
    first row, as the sub-header it is («Skildring»)."""
    above = rows[-1] if rows and rows[-1].provenance.table == table else None
    if above is not None:
        above.fields["beskrivelse"] = clean(f"{above.fields.get('beskrivelse', '')} {text}")
    return above is not None or mapper.field_of(text)[0] == "beskrivelse"
