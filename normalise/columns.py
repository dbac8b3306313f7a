"""Maps what reports call their columns and prose labels to the canonical fields, fuzzily."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable

from rapidfuzz import fuzz

from .vocabulary import Vocabulary
from .text import clean, fold
from tiltak_core.years import YEAR

# How evidence names each field to the secretariat.
FIELD_LABELS = {"delmal": "delmål", "tiltak": "tiltak", "type": "type", "ansvarlig": "ansvarlig",
                "samarbeidspartnere": "samarbeidspartnere", "beskrivelse": "beskrivelse"}

# A header cell is long only when it is not a header; real headers are a few words.
_PHRASE_WORDS = frozenset({"i", "på", "til", "for", "av", "om", "fra", "etter", "under", "ved"})
_MAX_HEADER_LEN = 45
HEADER_SCORE = 86
SUBTOTAL_WORDS = 3  # «Sum drift», «Sum tiltak 2068» at most: a longer row opening with «sum» may be a tiltak
_LOOSE_WORDS = 5  # a header that holds a field's name among its words is short
_LOOSE_OPENING_WORDS = 7  # one that opens with the name may say more ("Tiltak og kva det går ut på")
LOOSE_SCORE = 0.9
_ASIDE = re.compile(r"\([^()]*\)")
DATED_HEADER = 0.95  # a header named once its year is taken off names its field a little less surely
_YEAR = re.compile(rf"(?:\b(?:i|for|fra|frå)\s+)?\b{YEAR}\b", re.IGNORECASE)
_ITEM_NUMBER = re.compile(r"^\s*\d{1,2}\s?[.)]\s+")
_GOAL_LABEL_WORDS = 3  # «Mål i strategien»: the goal word and a few more before the colon
# «(Delmål 1.1; …»: the delmål's word right before its code, opening brackets or after a semicolon.
_CODED_GOAL = re.compile(r"(?:(?<=\()|(?<=;)|(?<=^))\s*(delm[åa]l(?:et)?|dm\.?)\s+(?=\d\s?[.,]\s?\d{1,2}\b[^;:()]*;)",
                         re.IGNORECASE)


def _closing_bracket(text: str, start: int) -> int | None:
    """Where the bracket open before `start` closes, past any pair opened after it; None if it does not."""
    depth = 0
    for n in range(start, len(text)):
        if text[n] == "(":
            depth += 1
        elif text[n] == ")":
            if depth == 0:
                return n
            depth -= 1
    return None


_STRAY_END = re.compile(r"\s+['‘’]$")
# «Målgruppe: voksne ·» before known labels on one line: a label this reader has no field for, and its answer.
_UNKNOWN_PART = re.compile(r"[^\W\d][^\W\d-]*(?:[ -][^\W\d]+){0,2}\s*:\s*[^:·|;]+?\s*[·|;]")


_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})


def ascii_spelling(text: str) -> str:
    """A word as a system without Norwegian letters writes it: «delmål» as «delmal» (a web address, an old export)."""
    return text.translate(_ASCII)


_SCALE = re.compile(r"\(\s*\d{1,2}\s*[–—-]\s*\d{1,2}\s*\)")


def header_key(text: str) -> str:
    """Header text without punctuation noise or Norwegian letters: 'Type tiltak:' == 'type  tiltak' == 'Type-tiltak',
    'Delmål' == 'Delmal'."""
    return re.sub(r"[^0-9a-z]+", " ", ascii_spelling(fold(text))).strip()


@lru_cache(maxsize=4)
def prompt_pattern(prompts: tuple[str, ...]) -> re.Pattern[str]:
    """A template's prompt opening a text as a word of its own («Skriv navnet», «velg én av …»), not «Skrivekurs»."""
    return re.compile("|".join(rf"{re.escape(fold(w))}(?!\w)" for w in prompts) or r"(?!)")


def _label_value(field: str, raw: str) -> str:
    """What a label gives: a name or code without the punctuation around it; a description is a sentence and
    keeps its full stop (only a bracket closing the text the label stood in goes)."""
    # «Ansvar: UHR · Samarbeid: NIFU», «Ansvar: VOFO / Samarbeid: NIFU»: the dot, bar or slash between labels is
    # neither's.
    value = raw.strip(" ;,·|" if field == "beskrivelse" else " .;,·|/")
    if value.endswith(")") and value.count(")") > value.count("("):
        value = value[:-1].rstrip(" ;,·|" if field == "beskrivelse" else " .;,·|")  # «(… Samarbeid: NIFU)»
    # «Ansvar: Sametinget – samarbeid: …»: a dash before the next label is neither's; a dash alone says «none».
    value = value.rstrip(" –—-") or value
    return value if value.strip(" .") else ""


@dataclass(frozen=True)
class HeaderMap:
    """Which column holds which canonical field; other non-empty columns are kept as extras."""

    fields: tuple[tuple[int, str], ...]  # (column index, field)
    extras: tuple[tuple[int, str], ...]  # (column index, header as written)
    score: float
    evidence: tuple[str, ...] = ()  # why each column has its role
    confidence: float = 1.0  # lowered where the cells, not the header, gave a column its role

    def column(self, name: str) -> int | None:
        return next((i for i, f in self.fields if f == name), None)


_OWNER = re.compile(r"\s+(?:i|hos|ved)\s+[A-ZÆØÅ][\w-]*\s*$")  # «… i Unio», «… hos Virke»: whose the column is
_MEMBER_PART = re.compile(r"^[A-ZÆØÅ][\wÆØÅæøå]{0,11}-(?P<part>[a-zæøå]+)$")  # «YS-forbund», «KS-enhet»
_NOTE_LABEL = re.compile(r"\s*([^\W\d]{2,14}(?: [^\W\d]{2,14}){0,3})\s*:")  # «Merknad:», «Utfylt av:»
# «Kontaktperson i Kunnskapsdepartementet:»: a note's label, then where the person sits.
_NOTE_LABEL_AT = re.compile(r"\s*([^\W\d]{2,14}(?: [^\W\d]{2,14})?) (?:i|hos|ved|på|for) [^\W\d][^:.]{1,60}:")
_DATED_NOTE = re.compile(r"\s*([^\W\d]{2,14}(?: [^\W\d]{2,14}){0,3})\s+(?=\d)")  # «Sist oppdatert 19.01.2059»

class ColumnMapper:
    """Recognises header rows and prose labels from the vocabulary's names for each field."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._names = [(f, header_key(n)) for f, names in vocabulary.fields.items() for n in names]
        self._label_fields = {header_key(n): f for f, names in vocabulary.labels.items() for n in names}
        # Asked of every row of every table: folded once.
        self._sum_rows = frozenset(fold(s) for s in vocabulary.sum_rows)
        self._note_labels = frozenset(fold(n) for n in vocabulary.note_labels)
        # «Fylt ut av Virke Kompetanse, januar 2090»: who filled in the table, named without a colon.
        self._by_whom = tuple(f"{n} " for n in self._note_labels if n.endswith(" av"))
        self._prompt = prompt_pattern(vocabulary.template_prompts)
        # Longest first: «fakta om tiltaket» before «fakta».
        self._box_captions = sorted({fold(c) for c in vocabulary.box_captions}, key=len, reverse=True)
        self._table_notes = tuple(f"{fold(w)} " for w in vocabulary.table_note_openers)
        self._sheet_references = re.compile("|".join(rf"(?<!\w){re.escape(fold(w))}(?!\w)"
                                                     for w in (*vocabulary.sheet_references, *vocabulary.reporting_notes))
                                            or r"(?!)")
        self._identifier_words = frozenset(header_key(w) for w in vocabulary.identifier_words)

    def field_of(self, header: str, loose: bool = False) -> tuple[str, float]:
        """The field a header names and how sure (0-1); ('', 0) for an unknown column. loose: a short header
        that holds a name as its own words ("Navn på aktivitet") names that field, less surely. A form's help in
        brackets («Delmål (nr. og stikkord)», «Kort beskrivelse (maks 500 tegn)») is no part of the name."""
        # «Hva LO har gjort i 2030»: the year reported names no field, but a column named without one («Tiltak»)
        # says it more surely than one beside it that needs the year taken off («Hva er gjort i 2019»).
        header = _ITEM_NUMBER.sub("", header)  # «2. Delmål (nummer)»: a form numbers its questions
        dated = _YEAR.sub(" ", header)
        field, score = self._field_of_bare(dated, loose)
        owner = _OWNER.search(dated) if not field else None
        named = dated[: owner.start()].strip() if owner else ""
        if owner and named and not named.isupper() and not self._field_of_bare(owner[0].split()[-1], loose)[0]:
            # «Ansvar i Unio», «Ansvarlig hos Virke»: the field, said as the member's own. (Not «TILTAK i Nasjonalt …», a
            # card's label in capitals and its value, nor a field's own word after «i».)
            field, score = self._field_of_bare(dated[: owner.start()], loose)
            if not field and header_key(named) in {header_key(q) for q in self.vocabulary.owner_questions}:
                field, score = "ansvarlig", 1.0  # «Hvem i LO-familien»: who among the member's own
            score *= DATED_HEADER
        part = _MEMBER_PART.match(dated.strip()) if not field else None
        if part and (own := self._field_of_bare(part["part"], loose)[0]) in ("ansvarlig", "samarbeidspartnere"):
            field, score = own, 0.9  # «LO-ansvar», «Virke-ansvarlig»: the field, said as the member's own
        elif part and header_key(part["part"]) in {header_key(w) for w in self.vocabulary.owner_parts}:
            field, score = "ansvarlig", 0.9  # «YS-forbund»: the member's own union that ran it
        return (field, round(score * DATED_HEADER, 3)) if dated != header else (field, score)

    def _field_of_bare(self, header: str, loose: bool) -> tuple[str, float]:
        found = self._field_of(header, loose)
        bare = _ASIDE.sub(" ", header)
        if bare == header:
            return found
        # «Tiltak (type)»: the name says the field, the brackets what the cells add to it, though the whole
        # may look like another field's name («Tiltakstype»).
        plain = self._field_of(bare, loose)
        return plain if plain[0] and (plain[1] >= found[1] or not found[0]) else found

    def _field_of(self, header: str, loose: bool) -> tuple[str, float]:
        key = header_key(header)
        if not key or len(key) > _MAX_HEADER_LEN:
            return "", 0.0
        best, score = "", 0.0
        for field, name in self._names:
            s = 100.0 if key == name else fuzz.ratio(key, name)
            if s > score:
                best, score = field, s
        if score >= HEADER_SCORE:
            return best, score / 100
        if loose and len(key.split()) <= _LOOSE_OPENING_WORDS and not set(key.split()) & self._identifier_words:
            # The name standing first wins ("Ansvarlig for samarbeid" is the one responsible); the longer at a tie.
            found = [(f" {key} ".index(f" {name} "), -len(name), field) for field, name in self._names
                     if f" {name} " in f" {key} "]
            # A longer cell holding a name further in («Språktrening i idrettslag saman med VOFO») is a tiltak.
            if found and (min(found)[0] == 0 or len(key.split()) <= _LOOSE_WORDS):
                return min(found)[2], LOOSE_SCORE
        return "", 0.0

    def _named(self, cells: tuple[str | None, ...], loose: bool = False) -> dict[str, tuple[int, float]]:
        """Field -> (column, score) for the cells the vocabulary names, each column and field once."""
        scored = []
        for i, cell in enumerate(cells):
            # «Innsats (1–5)», «Effekt (1-5)»: a score on a scale, whatever field its word names («innsats» is also a
            # word for the year's tiltak; NHO's prioritisation matrix, round 59).
            if cell and not _SCALE.search(cell):
                field, s = self.field_of(cell, loose)
                if field:
                    scored.append((s, i, field))
        taken: dict[str, tuple[int, float]] = {}
        for s, i, field in sorted(scored, reverse=True):
            if field not in taken and i not in {c for c, _ in taken.values()}:
                taken[field] = (i, s)
        if "tiltak" not in taken and "beskrivelse" in taken:
            # A description column beside a column of names ("Navn", "Tittel") describes them; alone, it is the tiltak.
            names = {header_key(n) for n in self.vocabulary.name_headers}
            whole = {header_key(n) for n in self.vocabulary.whole_name_headers}
            used = {c for c, _ in taken.values()}
            # «tiltak_id | navn | … | beskrivelse»: the ids are numbered tiltak, the names are what they are called.
            named = next((i for i, c in enumerate(cells) if c and i not in used and (
                set(header_key(c).split()) & names or header_key(c) in whole)
                          and not set(header_key(c).split()) & self._identifier_words), None)
            taken["tiltak"] = (named, LOOSE_SCORE) if named is not None else taken.pop("beskrivelse")
        return taken

    def _header_map(self, cells: tuple[str | None, ...], taken: dict[str, tuple[int, float]]) -> HeaderMap:
        used = {i for i, _ in taken.values()}
        extras = tuple((i, clean(c)) for i, c in enumerate(cells) if c and i not in used)
        fields = tuple(sorted(((i, f) for f, (i, _) in taken.items())))
        score = sum(s for _, s in taken.values()) / len(taken)
        evidence = tuple(f"kolonne {i + 1} («{clean(cells[i])}») lest som {FIELD_LABELS[f]}: overskriften"
                         for i, f in fields)
        return HeaderMap(fields=fields, extras=extras, score=score, evidence=evidence,
                         confidence=min(s for _, s in taken.values()))

    def header(self, cells: tuple[str | None, ...], loose: bool = False) -> HeaderMap | None:
        """A HeaderMap when the row is a header: the tiltak column and at least one other field named."""
        taken = self._named(cells, loose)
        if "tiltak" not in taken or len(taken) < 2:
            return None
        return self._header_map(cells, taken)

    def partial_header(self, cells: tuple[str | None, ...]) -> HeaderMap | None:
        """The fields a row names when it names some but not the tiltak column (its cells must say which)."""
        taken = self._named(cells, loose=True)
        return self._header_map(cells, taken) if taken else None

    @cached_property
    def label_pattern(self) -> re.Pattern[str]:
        """'Label:' for every field name, longest first, as prose items write them."""
        every = (*self.vocabulary.fields.values(), *self.vocabulary.labels.values())
        # «Virksomhet: HK-dir · Journaldato …» heads a postal journal, not a tiltak's ansvarlig: a column's name only.
        headers_only = {header_key(n) for n in self.vocabulary.header_only}
        # «Delmal:» as a system without Norwegian letters writes it (a short word so spelt may be another: «mal»).
        names = sorted({v for names in every for n in names for v in (n, ascii_spelling(n.casefold()))
                        if (v == n or len(v) >= 5) and header_key(n) not in headers_only}, key=len, reverse=True)
        alternatives = "|".join(re.escape(n) for n in names)
        # «Delmål (nummer og stikkord):», «Type tiltak (kryss av):»: a form's note on how to answer is no part of it; nor
        # is a second thing the form asks for in the same field («Navn på tiltak / rådsplass:»). A stray mark OCR read
        # from the edge of a box («'Ansvar:») may stand before a label.
        # «Ansvar i Unio:»: the label, said as the member's own. «Ulbmil / Delmål:»: the label in two languages, the
        # other first.
        return re.compile(rf"(?:(?<=^)|(?<=[\s.;,('‘’]))(?:[^\W\d][\w-]{{1,24}} / )?({alternatives})(?:\s*/\s*[^\W\d][\w-]{{1,24}}(?:\s[\w-]{{1,24}})?)?"
                          rf"(?:\s+(?:i|hos|ved)\s+(?-i:[A-ZÆØÅ][a-zæøå][\w-]*|[A-ZÆØÅ]{{2,4}})(?!\w))?(?:\s*\([^()\d]{{1,40}}\))?\s*:\s*", re.IGNORECASE)

    @cached_property
    def goal_label(self) -> re.Pattern[str]:
        """A line opening with a label of a few words led by a word for the goal («Mål i strategien:»): the delmål,
        in whatever words the report's form asked for it, when known labels follow it on the line (split_labels)."""
        words = "|".join(re.escape(w) for w in sorted(self.vocabulary.delmal_words, key=len, reverse=True))
        return re.compile(rf"^((?:{words})(?:\s+[^\s:.;]+){{1,{_GOAL_LABEL_WORDS}}})\s*:\s+", re.IGNORECASE)

    def numbers_rows(self, header: str) -> bool:
        """Whether a header names a column of identifiers («HP-nr», «Tiltak nr.», «Ref»)."""
        return bool(set(header_key(header).split()) & self._identifier_words)

    def split_labels(self, text: str) -> tuple[str, dict[str, str]]:
        """Split 'X. Type tiltak: FoU. Samarbeidspartnere: Fafo.' into ('X.', {type: FoU, ...})."""
        # «Områdene i strategien: …»: after a preposition the words are the phrase's, no label of their own; nor is a
        # label that opens with one («I strategien: …») when a word of the sentence stands right before it.
        matches = [m for m in self.label_pattern.finditer(text)
                   if not (before := text[: m.start()].split()) or before[-1].casefold() not in _PHRASE_WORDS
                   and not (m.group(1).split()[0].casefold() in _PHRASE_WORDS and before[-1][-1:].isalnum())]
        goal = self.goal_label.match(text)
        if goal and matches and matches[0].start() > 0:
            # Only in a line of particulars («…: …. Kategori: kurs.»): «Mål for 2026: 300 deltakere.» is no delmål.
            matches.insert(0, goal)
        elif matches and (coded := _CODED_GOAL.search(text[: matches[0].start()])):
            # «(Delmål 1.1; Virkemiddel: utvalg; Ansvar: KD)»: the delmål's word before its code needs no colon where
            # labels with colons follow it in the same brackets.
            goal = coded
            matches.insert(0, coded)
        if not matches:
            return clean(text), {}
        opening = clean(text[: matches[0].start()])
        head = self._uncaptioned(opening.rstrip(" (;,"))
        end, account = len(text), ""
        if text[: matches[0].start()].rstrip().endswith("("):
            # «(Delmål 1.1; Ansvar: KD; Samarbeid: ASD) Utvalget la fram …»: the labels end where their brackets close;
            # what follows is the account of what was done.
            close = _closing_bracket(text, matches[-1].end())
            if close is not None:
                end, account = close, clean(text[close + 1:]).lstrip(" .:–-")
        labelled: dict[str, str] = {}
        for m, nxt in zip(matches, matches[1:] + [None]):
            field = "delmal" if m is goal else (
                self._label_fields.get(header_key(m.group(1))) or self.field_of(m.group(1))[0])
            # «Ansvar: VOFO / Samarbeid: NIFU»: what stands before a slash right after a label is that label's value,
            # not the other language's word of a label in two («Ulbmil / Delmål:»).
            stop = nxt.start(1) if nxt and nxt is not goal and nxt.start() == m.end() and nxt.start(1) > nxt.start() \
                else nxt.start() if nxt else end
            # A stray mark standing apart at the end went with the next label («… videreutdanning 'Ansvar:»).
            value = _label_value(field, _STRAY_END.sub("", clean(text[m.end() : stop])))
            if field and value and field not in labelled and not self._guidance(value):
                labelled[field] = value
        if account and "beskrivelse" not in labelled:
            labelled["beskrivelse"] = account
        if labelled and _UNKNOWN_PART.fullmatch(opening):
            # «Målgruppe: voksne · Delmål: 1.3 · Ansvar: KS»: a part of the line of labels, not a title before them;
            # what it says stays with the account (round 73's «Forbund: …» was taken for the tiltak).
            labelled["beskrivelse"] = clean(f"{opening.rstrip(' ·|;')}. {labelled.get('beskrivelse', '')}")
            head = ""
        return head, labelled

    def _guidance(self, value: str) -> bool:
        """«Type tiltak: velg én av FoU, …» in a template: the label's value tells how to fill it in, in lower case;
        «Ansvarlig: Maks Hansen» is a name."""
        return value[:1].islower() and bool(self._prompt.match(fold(value)))

    def _uncaptioned(self, head: str) -> str:
        """The words before a line's labels without the caption of the box they stand in («FAKTA Delmål 2.4»)."""
        folded = fold(head)
        caption = next((c for c in self._box_captions if folded.startswith(f"{c} ")), "")
        return head[len(caption):].strip(" :–-") if caption else head

    def label_field(self, label: str) -> str:
        """The field a label names where it stands before a colon in running text («Med», «Hva slags»); '' if none."""
        return next(iter(self.split_labels(f"{label}: x")[1]), "")

    def is_note_row(self, cells: list[str]) -> bool:
        """A note in a row of its own: one filled cell opening with a note's label («Merknad: …», «Utfylt av: …», «Sist
        oppdatert 19.01.2059»), or the label alone in a cell and the note in the next («Merknad:» | «FAGHELSE …»)."""
        filled = [c for c in cells if c and c.strip()]
        if len(filled) == 1 and clean(filled[0]).endswith(".") and (fold(filled[0]).startswith(self._table_notes)
                                                                    or self._sheet_references.search(fold(filled[0]))):
            # A sentence about the table's rows («Rader med status «Avsluttet» er tatt med til orientering.»), where
            # else to look («Rådsplassene står på arket Oppnevninger.») or who reports them («… rapporterer her på vegne
            # av fagskolene …»).
            return True
        if len(filled) == 1 and fold(clean(filled[0])).startswith(self._by_whom):
            return True
        label = _NOTE_LABEL.match(filled[0]) if len(filled) in (1, 2) else None
        if label is None and len(filled) == 1:
            label = _DATED_NOTE.match(filled[0])  # a label without its colon, a date after it
        if (label is None or fold(label.group(1)) not in self._note_labels) and len(filled) == 1:
            label = _NOTE_LABEL_AT.match(filled[0]) or label
        if label is None or len(filled) == 2 and filled[0][label.end():].strip():
            return False  # beside another filled cell, the label must stand alone in its own
        return fold(label.group(1)) in self._note_labels

    def is_sum_row(self, cells: list[str]) -> bool:
        """A total ('Sum', 'Totalt antall tiltak 12') or the caption of a count by part («Antall tiltak per
        hovedområde»), not a tiltak."""
        first = next((fold(c) for c in cells if c and c.strip()), "")
        first = re.sub(r"[\d\s:.,]+$", "", first).strip()
        # «Sum drift», «Sum totalt»: a budget's subtotal names what it adds up in a word or two after «Sum».
        subtotal = first.split()[0] in self._sum_rows and len(first.split()) <= SUBTOTAL_WORDS if first else False
        return bool(first) and (first in self._sum_rows or subtotal or any(first.startswith(f"{s} per ") for s in self._sum_rows))

    @staticmethod
    def is_tally_row(cells: list[str], names_part: Callable[[str], bool]) -> bool:
        """A count by part under a table («2 Læring i arbeidslivet | 2»): a part's name (`names_part`), then numbers."""
        filled = [c.strip() for c in cells if c and c.strip()]
        return len(filled) >= 2 and all(c.isdigit() for c in filled[1:]) and names_part(filled[0])
