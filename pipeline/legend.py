"""A key a report gives to its own short type codes («Art: R = råd/utvalg, K = kurs/utdanning, P = prosjekt»): a
type cell holding nothing but one of those codes is read as the words the key gives it, and the key's own lines
are no tiltak."""

from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence

from normalise.text import clean, fold
from parsers.content import Block, Paragraph, TableBlock
from tiltak_core.records import Match, SkippedRow

from .draft_row import DraftRow
from .not_tiltak import KEY_LINE

# «R = råd/utvalg», «K: kurs», «P – prosjekt», «3 = råd»: a code of one to three capitals or a digit, then the words
# it stands for.
_PAIR = re.compile(r"^(?:[^=:]{1,60}:\s*)?([A-ZÆØÅ]{1,3}|\d)\s*(?:=|:|–|-)\s*(\S.{0,38}?)\s*\.?$")
_CODE = re.compile(r"[A-ZÆØÅ]{1,3}|\d")
# «… råd. Typekoder: F – FoU, K – kurs», «FU = forskning · KU = kurs»: pairs and sentences
_SPLIT = re.compile(r"[,;·|\n](?![^()]*\))|(?<=[.!?])\s+(?=[A-ZÆØÅ])")  # not a comma in brackets: «M = Møteplass (konferanse, seminar)»
_FIRST_NAMED = re.compile(r"\s+(?:og|eller|el\.)\s+|\s*\(", re.IGNORECASE)
_ID_CODE = re.compile(r"([A-ZÆØÅ]{1,3})[-.]?\d{1,4}")  # «R-01»: an id opening with the key's letter
_DELMAL_THEN_CODE = re.compile(r"(?P<delmal>\d[.,]\d{1,2})\s*[-–/]\s*(?P<code>[A-ZÆØÅ]{1,3})")  # «2.4-K»
_MIN_PAIRS = 2  # a key explains several codes; one «X = …» alone may be anything

Key = dict[str, tuple[str, str]]  # code -> (the words it stands for, the key's text)


def _filled(row: Sequence[str | None]) -> list[str]:
    return [c.strip() for c in row if c and c.strip()]


def _key_row(cells: list[str]) -> str:
    """«3 | Råd, utvalg og nettverk»: a row of a key one code to a row, as a pair («3 = …»); '' for any other row."""
    return f"{cells[0]} = {cells[1]}" if len(cells) == 2 and _CODE.fullmatch(cells[0]) else ""


def _texts(blocks: Sequence[Block]) -> Iterable[str]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, TableBlock):
            for cells in map(_filled, block.rows):
                pair = _key_row(cells)
                yield from [pair] if pair else cells


def _pairs(text: str, names_type: Callable[[str], str]) -> list[tuple[str, str]]:
    pairs = [m.groups() for part in _SPLIT.split(text) if (m := _PAIR.match(clean(part)))]
    # «F = FoU/utredning», «6 = Arrangement/samling»: a type's name with a word of the report's own after a slash;
    # «P = Prosjekt eller pilot», «M = Møteplass (konferanse, seminar)» (round 70): or after «og», «eller», a bracket.
    return [(code, words) for code, words in pairs
            if names_type(words) or names_type(words.split("/")[0]) or names_type(_FIRST_NAMED.split(words)[0])]


def explains_values(rows: Sequence[Sequence[str | None]], meaning_headers: Sequence[str]) -> bool:
    """A table of two columns headed «Verdi | Betydning»: a key to the report's values (a risk score, a colour), no
    tiltak, whatever words its meanings use («Rød: tiltak må iverksettes»)."""
    head = next((cells for cells in map(_filled, rows) if cells), [])
    return len(head) == 2 and fold(head[1]).rstrip(":") in {fold(w) for w in meaning_headers} and all(
        len(_filled(row)) <= 2 for row in rows)


def lists_particulars(rows: Sequence[Sequence[str | None]], header_pairs: Sequence[str]) -> str:
    """«felt | verdi» over «rapportår | 2089» (round 80, a sheet pandas wrote beside the measures): a table of the
    file's particulars, no tiltak; its header as written, '' for any other table."""
    head = next((cells for cells in map(_filled, rows) if cells), [])
    pairs = {fold(p) for p in header_pairs}
    named = len(head) == 2 and f"{fold(head[0])}|{fold(head[1])}".replace(":", "") in pairs
    return " | ".join(head) if named and all(len(_filled(row)) <= 2 for row in rows) else ""


def key_kind(rows: Sequence[Sequence[str | None]], names_type: Callable[[str], str], meaning_headers: Sequence[str],
             particulars_headers: Sequence[str] = ()) -> str:
    """What key a table is, as a message names it; '' when it is none."""
    if is_key_table(rows, names_type):
        return "rapportens koder for type"
    if header := lists_particulars(rows, particulars_headers):
        return f"en liste over opplysninger om filen («{header}»)"
    return "en forklaring av rapportens verdier" if explains_values(rows, meaning_headers) else ""


SURE_KEY_WORDS = 0.85  # a key's own words for a type («kunnskap og analyse») name it this surely, or are not taken


def type_key(blocks: Sequence[Block], names_type: Callable[[str], str],
             given: Callable[[str], Match | None] = lambda _: None) -> Key:
    """Code -> (the words it stands for, the key's text), from the texts of the document that pair codes with the
    names of types: at least two codes, on one line or one to a line («F = FoU» / «K = Kurs/utdanning»). Once it
    has two, the key's other pairs whose words `given` names a type surely count too («I = informasjon og veiledning»)."""

    def surely(words: str) -> str:
        named = given(words)
        return named.value if named is not None and named.confidence >= SURE_KEY_WORDS else ""

    key: Key = {}
    texts = list(_texts(blocks))
    for text in texts:
        for code, words in _pairs(text, names_type):
            key.setdefault(code, (words, clean(text)))
    if len(key) < _MIN_PAIRS:
        return {}
    keyed = {said for _, said in key.values()}  # the texts that gave the key its exact names
    for text in texts:
        for code, words in _pairs(text, surely) if clean(text) in keyed else ():
            key.setdefault(code, (words, clean(text)))
    return key if len(key) >= _MIN_PAIRS else {}


def is_key_table(rows: Sequence[Sequence[str | None]], names_type: Callable[[str], str]) -> bool:
    """A table that is nothing but a key to type codes («1 | FoU/utredning», «2 | Kurs og utdanning», …)."""
    filled = [cells for cells in map(_filled, rows) if len(cells) >= 2]
    pairs = [pair for cells in filled if (pair := _key_row(cells)) and _pairs(pair, names_type)]
    return len(pairs) >= _MIN_PAIRS and len(pairs) == len(filled)


def read_type_key(rows: list[DraftRow], key: Key, names_type: Callable[[str], str]) -> list[SkippedRow]:
    """Rows whose type (or one unnamed column) is one of the key's codes get the words the key gives it, saying so in
    their evidence; the rows that are the key's own lines («F = FoU», and «Koder for type tiltak:» over them) are
    taken out and returned as skipped."""
    if not key:
        return []
    lines = [i for i, row in enumerate(rows) if _is_key_line(row, names_type)]
    lines += [i - 1 for i in lines if i > 0 and i - 1 not in lines and _lone(rows[i - 1])
              and clean(rows[i - 1].fields.get("tiltak")).endswith(":")]
    skipped = [SkippedRow(rows[i].provenance.locator, KEY_LINE, clean(rows[i].fields.get("tiltak"))) for i in sorted(lines)]
    taken = set(lines)
    rows[:] = [row for i, row in enumerate(rows) if i not in taken]
    for row in rows:
        code = clean(row.fields.get("type"))
        column = ""
        if not code:
            # «Kode» beside the tiltak, a column the header did not name: the one that holds a code of the key; or the
            # key's letter before an id («R-01», Virke, round 75).
            coded = [(name, clean(value)) for name, value in row.extra.items() if clean(value) in key]
            coded = coded or [(name, m[1]) for name, value in row.extra.items()
                              if (m := _ID_CODE.fullmatch(clean(value))) and m[1] in key]
            column, code = coded[0] if len(coded) == 1 else ("", "")
        joined = _DELMAL_THEN_CODE.fullmatch(clean(row.fields.get("delmal")))
        if not code and joined and joined["code"] in key:
            # «2.4-K» (Fagskolerådet, round 75): the delmål and the key's letter for the type in one code.
            code, column = joined["code"], "delmål"
            row.fields["delmal"] = joined["delmal"]
        if code in key:
            words, text = key[code]
            row.fields["type"] = words
            where = f" i kolonnen «{column}»" if column else ""
            row.evidence.append(f"typen «{code}»{where} lest som «{words}» etter forklaringen i rapporten («{text[:80]}»)")
    return skipped


def _lone(row: DraftRow) -> bool:
    """Only the tiltak's cell filled (a delmål may be carried down from the rows above)."""
    return not any(clean(v) for k, v in row.fields.items() if k not in ("tiltak", "delmal")) and not any(
        map(clean, row.extra.values()))


def _is_key_line(row: DraftRow, names_type: Callable[[str], str]) -> bool:
    """A row that is nothing but pairs of the key: «F = FoU», «Art: R = råd/utvalg, K = kurs/utdanning»."""
    text = clean(row.fields.get("tiltak"))
    parts = [clean(p) for p in _SPLIT.split(text) if clean(p)]
    return _lone(row) and bool(parts) and all(_PAIR.match(p) for p in parts) and bool(_pairs(text, names_type))
