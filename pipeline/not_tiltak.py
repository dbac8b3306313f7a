"""Rows a reader built that are no tiltak by their own words, each listed with its reason and warned of once."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from normalise.columns import prompt_pattern
from normalise.text import clean, fold
from normalise.vocabulary import Vocabulary

from tiltak_core.records import RawRow, SkippedRow

from .resubmissions import REPLACED, replaced

NO_TEXT = "raden har ingen tekst i tiltakskolonnen"
ONLY_TYPE = "tiltakskolonnen har bare en type, ikke et tiltak"
SAYS_NONE = "raden sier at det ikke er noe tiltak"
PLACEHOLDER = "raden er en prøve eller merket for sletting"
LEFT_OUT = "raden er merket som ikke med i rapporten"
KEY_LINE = "raden forklarer en kode i rapporten, den er ikke et tiltak"
SYMBOL_LINE = "raden forklarer et tegn rapporten bruker for et delmål, den er ikke et tiltak"
STRUCK = "raden er gjennomstreket i rapporten: medlemmet har tatt den ut"
DELMAL_LIST = "raden forklarer hva et delmålsnummer står for, den er ikke et tiltak"
GOAL_LINE = "raden knytter et av rapportens egne mål til strategiens delmål, den er ikke et tiltak"
EXAMPLE = "raden er et eksempel fra en mal"
GUIDANCE = "raden er malens veiledning («Skriv navnet …», «[Velg …]»), ikke et tiltak"
POINTER = "raden viser til et tiltak som står i en annen rad"
NO_DELMAL_MARK = "raden er merket uten delmål («–» eller et nummer uten delmål) i en tabell der de andre radene har et delmål"
ONLY_NUMBER = "tiltaket er bare et tall, uten et navn"
CONTENTS = "raden er en innholdsliste eller et stikkordregister («… . . . . 4»), ikke et tiltak"
_LEADERS = re.compile(r"(?:\.\s?){5,}\s*\d{1,3}\b")  # «evaluering . . . . . 4»: a dot leader to a page number
ONLY_LABEL = "tiltaket er bare en ledetekst («Ansvarlig», «Beskrivelse»), uten et navn"
MEETING_ITEM = "raden er en fast sak på et møte («Godkjenning av protokoll», «Eventuelt»), ikke et tiltak"
OVERHEAD = "raden er en driftsutgift («Lønn …», «Husleie …»), ikke et tiltak"
# «Sak 10/79», «Sak 10/2079 –», «10/79»: a case's number before its title in a board's minutes.
_CASE_NUMBER = re.compile(r"^(?:sak\s*)?\d{1,3}\s*/\s*\d{2,4}\s*[:.–-]?\s*", re.IGNORECASE)
ONLY_ADDRESS = "tiltaket er bare en nettadresse eller en id, uten et navn"
# «https://www.vofo.no/aktuelt/…», «tag:vofo.no,2074:aktuelt:…», «urn:uuid:…»: where an export's link or id stands.
_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]{1,15}://|www\.|(?:tag|urn|mailto|doi):)\S+$", re.IGNORECASE)
_DASHES = frozenset("–—-")
_STATUS_BEFORE = re.compile(r"^\w+(?:\s\w+)?\s+[–—-]\s+")  # «Akseptert – …»: a word or two of status before a dash
_UNCODED_ID = re.compile(r"[A-ZÆØÅ]{2,6}[-_ ]?\d{2,5}")
CODED_SHARE = 2 / 3  # of a table's other rows giving a delmål's code: then a row marked «–» is the report's aside


def some(locators: list[str]) -> str:
    """The first few of the rows a warning names, and that there are more."""
    return f"{', '.join(locators[:5])}{' …' if len(locators) > 5 else ''}"


def rows_warning(source_file: str, locators: list[str], what: str, more: str = "") -> str:
    """«fil: 3 rader {what} (t1-r2, …){more}»: one warning for the rows one reason holds."""
    return f"{source_file}: {len(locators)} {'rad' if len(locators) == 1 else 'rader'} {what} ({some(locators)}){more}"


def _marked_example(row: RawRow, example: re.Pattern[str], placeholders: frozenset[str]) -> bool:
    """A template's example row marks itself in another cell: «EKSEMPEL» in a member column, a description
    «Eksempelrad – slett før innsending» (a member's «For eksempel: …» tells no deletion, and stays)."""
    cells = [fold(v).strip(" .!()[]*") for k, v in row.fields + row.extra if v and k != "tiltak"]
    return any(example.fullmatch(c) or example.match(c) and placeholders & set(re.findall(r"\w+", c)) for c in cells)


# «Hovedinnsatsområde 3», «Innsatsområde 2», «Delmål 3.4»: the strategy's part an item is about, not a tiltak's name.
_PART_NAME = re.compile(r"^(?:(?:hoved)?(?:innsats)?omr[åa]de|delm[åa]l)\s*\d(?:\s?[.,]\s?\d{1,2})?$")


def _guidance(row: RawRow, prompt: re.Pattern[str]) -> bool:
    """A template's guidance row left in: its tiltak cell and another open with a prompt, bracketed or not («Skriv
    navnet slik det brukes utad» beside «Maks 500 tegn»; «[Skriv tiltakets navn]» beside «[Velg forening]»)."""
    def prompts(text: str) -> bool:
        return bool(prompt.match(fold(text).lstrip("[(« ")))
    return prompts(row.get("tiltak")) and any(prompts(v) for k, v in (*row.fields, *row.extra) if v and k != "tiltak")


def _reason(row: RawRow, none_said: re.Pattern[str], placeholders: frozenset[str], example: re.Pattern[str],
            left_out: frozenset[str] = frozenset(), prompt: re.Pattern[str] = re.compile(r"(?!)")) -> str:
    """Why a row's tiltak text is none: «Ingen egne tiltak rapportert for 2046.», «test – slettes», «Eksempel: …»;
    '' otherwise."""
    text = fold(row.get("tiltak")).strip(" .!()[]")  # «(ingen egne tiltak rapportert i 2049)»
    if none_said.match(text) or none_said.match(_STATUS_BEFORE.sub("", text)):
        return SAYS_NONE  # «Akseptert – ingen tiltak» in a risk register: the risk is taken, no measure
    if _PART_NAME.match(text) and none_said.match(fold(row.get("beskrivelse")).strip(" .!()[]")):
        return SAYS_NONE  # «Hovedinnsatsområde 3: Ingen egne tiltak i 2073 …»: a part of the strategy, and none under it
    if example.match(text) or _marked_example(row, example, placeholders):
        return EXAMPLE
    if _guidance(row, prompt):
        return GUIDANCE
    words = set(re.findall(r"\w+", text))
    if words and words <= placeholders:
        return PLACEHOLDER
    if any(_marks_only(value, left_out) for name, value in (*row.fields, *row.extra) if name not in ("tiltak", "beskrivelse")):
        return LEFT_OUT
    # «TEST – skal slettes» as the member in a form's export: the whole row is a trial, whatever its tiltak is called.
    for _, value in row.fields + row.extra:
        said = set(re.findall(r"\w+", fold(value or "")))
        if any(w.startswith("slett") for w in said) and said - {"skal", "kan"} <= placeholders:
            return PLACEHOLDER
    return ""


def _marks_only(value: str | None, marks: frozenset[str]) -> bool:
    """«Utgår», «Til orientering – ikke et tiltak»: a cell that is such marks and nothing else."""
    parts = [p.strip(" .!()[]") for p in re.split(r"\s[–—-]\s|[;:]", fold(value or ""))]
    return bool(parts) and all(p in marks for p in parts)


def _prompts_emptied(row: RawRow, prompt: re.Pattern[str]) -> RawRow:
    """The row with a template's bracketed prompt left in a cell («[Skriv inn samarbeidspartnere]») read as empty."""
    def left(value: str) -> bool:
        return bool(value) and value.startswith("[") and value.endswith("]") and bool(prompt.match(fold(value[1:]).lstrip()))
    if not any(left(v) for k, v in row.fields if k != "tiltak"):
        return row
    return replace(row, fields=tuple((k, "" if k != "tiltak" and left(v) else v) for k, v in row.fields))


def labels_only(text: str, split_labels: Callable[[str], tuple[str, dict[str, str]]]) -> bool:
    """Whether a text is labelled fields and nothing else («Eier: Spekter · Med: LO, NHO»)."""
    head, labelled = split_labels(text)
    return not head.strip(" ·|;,") and bool(labelled) and "tiltak" not in labelled


def _marked_asides(rows: Sequence[RawRow], delmal_written: Sequence[str]) -> set[int]:
    """The rows whose delmål cell is a dash alone, in a table whose other rows mostly give a delmål's code: the
    report's own mark for what is no tiltak of the strategy (an annual plan's deadlines and budget work)."""
    by_table: dict[tuple[int | None, int | None], list[int]] = {}
    for n, row in enumerate(rows):
        if row.provenance.table is not None:
            by_table.setdefault(row.provenance.table_key, []).append(n)
    marked: set[int] = set()
    for members in by_table.values():
        # «INT-100» beside «KPR-2.4-05» in an hours export: an internal project's number, no delmål in it.
        dashed = [n for n in members if clean(delmal_written[n]) in _DASHES or _UNCODED_ID.fullmatch(clean(delmal_written[n]))]
        coded = [n for n in members if re.search(r"\d\s?[.,]\s?\d", rows[n].get("delmal"))]
        if dashed and len(coded) >= CODED_SHARE * (len(members) - len(dashed)) and len(coded) >= 2:
            marked.update(dashed)
    return marked


def sort_out(source_file: str, frozen: Sequence[RawRow], skipped: list[SkippedRow], vocabulary: Vocabulary,
             delmal_written: Sequence[str] = (), names_type: Callable[[str], str] = lambda _: "",
             labelled: Callable[[str], bool] = lambda _: False) -> tuple[tuple[RawRow, ...], list[str]]:
    """The rows that are tiltak; the others go to `skipped` with their reason, and each reason warns once.
    `delmal_written`: each row's delmål cell before a dash alone was read as empty; `names_type`: the type a word is
    nothing but the name of; `labelled`: whether a text is labelled fields only («Eier: Spekter · Med: LO»)."""
    none_said = re.compile("|".join(rf"{re.escape(fold(s))}\b" for s in vocabulary.none_said) or r"(?!)")
    placeholders = frozenset(fold(w) for w in vocabulary.placeholders)
    left_out = frozenset(fold(w) for w in vocabulary.left_out_marks)
    meeting_items = tuple(fold(w) for w in vocabulary.meeting_items) or ("\0",)
    overhead = re.compile("|".join(rf"{re.escape(fold(w))}(?!\w)" for w in vocabulary.overhead_lines) or r"(?!)")
    # An example label opens a cell when a separator or the cell's end follows it: «Eksempel: …», «EKSEMPEL».
    example = re.compile("|".join(rf"{re.escape(fold(s))}(?:\s*[:–-]|$)" for s in vocabulary.example_labels) or r"(?!)")
    prompt = prompt_pattern(vocabulary.template_prompts)
    words = "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+") for w in vocabulary.pointer_words) or "(?!)"
    # «se over», «sjå ovanfor»: a description pointing back to the row above, under another of its delmål.
    back = re.compile(rf"^\s*(?:{words})\.?\s+(?:over|ovenfor|ovanfor|ovafor)\W*$")
    pointer = re.compile(rf"^(?P<name>.+?)\s*(?:[–-]|\()\s*(?:{words})\.?\s+(?:delm[åa]l\s*)?\d\s?[.,]\s?\d{{1,2}}\s*\)?\.?$")
    named = [fold(row.get("tiltak")) for row in frozen]
    # A layout read wrong leaves a year («2068») or a label («Ansvarlig») where a tiltak's name should stand.
    labels = frozenset(fold(label) for field_labels in vocabulary.fields.values() for label in field_labels)
    marked = _marked_asides(frozen, delmal_written) if delmal_written else set()
    again = replaced(frozen)
    kept = []
    for n, row in enumerate(frozen):
        reason = NO_TEXT if not row.get("tiltak") else _reason(row, none_said, placeholders, example, left_out, prompt)
        if not reason and n in again:
            reason = REPLACED  # the sender's later answer about the same tiltak stands in its place
        bare = named[n].strip(" .:;")
        if not reason and row.get("tiltak") and not re.search(r"[^\W\d_]", bare):
            reason = ONLY_NUMBER
        elif not reason and (bare in labels or labelled(clean(row.get("tiltak")))):
            reason = ONLY_LABEL  # «Ansvarlig»; «Eier: Spekter · Med: LO, NHO», a note's particulars read as its name
        elif not reason and len(said := clean(row.get("tiltak")).split()) >= 2 and all(map(names_type, said)):
            reason = ONLY_TYPE  # «Undersøkelse Kurs»: a chart's legend, each word a type's name
        elif not reason and _CASE_NUMBER.sub("", bare).startswith(meeting_items):
            reason = MEETING_ITEM  # «Sak 10/79 Godkjenning av innkalling og saksliste» in a board's minutes
        elif not reason and overhead.match(bare):
            reason = OVERHEAD  # «Lønn og sosiale kostnader, avdeling …» among a budget's cost lines (round 61)
        elif not reason and _ADDRESS.match(clean(row.get("tiltak"))):
            reason = ONLY_ADDRESS  # a layout read wrong: the tree's link or id where a name should stand
        if not reason and any(_LEADERS.search(row.get(f) or "") for f in ("tiltak", "beskrivelse")):
            reason = CONTENTS  # a catalogue's index under its last section, read as a title over its text
        if not reason and n in marked:
            reason = NO_DELMAL_MARK  # «Budsjettarbeid 2066 | – | Økonomi» in a year's plan beside «DM 2.3 · arrangement»
        points = pointer.match(named[n])
        if not reason and points and any(m != n and t.startswith(points["name"]) for m, t in enumerate(named)):
            reason = POINTER  # «KLAFF-programmet – se 2.4» beside KLAFF's own row under 2.4
        if not reason and back.match(fold(row.get("beskrivelse"))) and named[n] in named[:n]:
            reason = POINTER  # «KI-løftet i varehandelen | 2.4 | … | se over» under its own row for 2.1 (round 58)
        if reason:
            skipped.append(SkippedRow(row.provenance.locator, reason, row.get("tiltak")))
        else:
            kept.append(_prompts_emptied(row, prompt))
    warnings = []
    for reason, what in ((NO_TEXT, "uten tekst i tiltakskolonnen ble ikke lest"),
                         (ONLY_TYPE, "har bare en type der tiltaket skulle stå, og ble ikke lest"),
                         (SAYS_NONE, "sier at det ikke er noe tiltak, og ble ikke lest"),
                         (PLACEHOLDER, "er en prøve eller merket for sletting («test», «slettes»), og ble ikke lest"),
                         (LEFT_OUT, "er merket av medlemmet som ikke med i rapporten («Ikke med i rapporten», «Utgår»), "
                                    "og ble ikke tatt med"),
                         (KEY_LINE, "forklarer rapportens koder for type («F = FoU»), og ble ikke lest som tiltak"),
                         (SYMBOL_LINE, "forklarer rapportens tegn for delmål («▲ … (delmål 1.4)»), og ble ikke lest som tiltak"),
                         (DELMAL_LIST, "forklarer hva delmålsnumrene står for («2.4 Etter- og videreutdanning»), og ble ikke "
                                       "lest som tiltak"),
                         (STRUCK, "er gjennomstreket i rapporten, og ble ikke tatt med"),
                         (GOAL_LINE, "knytter rapportens egne mål til delmål («Mål A: … | 1.4»), og ble ikke lest som tiltak; "
                                     "tiltakene under hvert mål har fått målets delmål"),
                         (EXAMPLE, "er et eksempel fra malen («Eksempel: …»), og ble ikke lest som tiltak"),
                         (GUIDANCE, "er malens veiledning («Skriv navnet …», «[Velg …]»), og ble ikke lest som tiltak"),
                         (OVERHEAD, "er driftsutgifter («Lønn …», «Husleie …»), og ble ikke lest som tiltak"),
                         (POINTER, "viser bare til et tiltak i en annen rad («… – se 2.4»), og ble ikke lest som nytt tiltak"),
                         (NO_DELMAL_MARK, "er merket «–» eller med et nummer uten delmål der de andre radene i tabellen "
                                          "har et delmål, og ble ikke lest som tiltak"),
                         (ONLY_NUMBER, "har bare et tall der tiltakets navn skulle stå, og ble ikke lest"),
                         (CONTENTS, "er en innholdsliste eller et stikkordregister, og ble ikke lest som tiltak"),
                         (MEETING_ITEM, "er faste saker på et møte («Godkjenning av protokoll», «Eventuelt»), og ble ikke "
                                        "lest som tiltak"),
                         (ONLY_LABEL, "har bare en ledetekst der tiltakets navn skulle stå, og ble ikke lest"),
                         (ONLY_ADDRESS, "har bare en nettadresse eller en id der tiltakets navn skulle stå, og ble ikke "
                                        "lest"),
                         (REPLACED, "er erstattet av et senere svar fra samme avsender om samme tiltak, og ble ikke tatt "
                                    "med")):
        rows = [s.locator for s in skipped if s.reason == reason]
        if rows:
            more = "; se om kolonnene er lest riktig og før tiltakene inn for hånd" if reason == ONLY_TYPE else (
                "; se om rapportens oppsett er lest riktig og før tiltakene inn for hånd" if reason in (ONLY_NUMBER, ONLY_LABEL, ONLY_ADDRESS) else
                "; se dem i rapporten" if reason in (SAYS_NONE, PLACEHOLDER, REPLACED) else "")
            warnings.append(rows_warning(source_file, rows, what, more))
    return tuple(kept), warnings
