"""Reporting forms made by `tiltak skjema`, read back exactly: recognised by the provenance they carry,
whatever the file is called, and read cell by cell with each row's status and link to last year.

The XLSX and DOCX parsers ask `read_form` first. A file without form provenance is not a form; a form
whose table was reshaped (columns moved, sheet renamed) is left to the ordinary reader, with a warning.
"""

from __future__ import annotations

import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from tiltak_core.records import CHANGED, CONTINUED, ENDED, FIELDS, NEW, Provenance, RawRow

from .content import Content, FormRows
from .form_cells import FormTable, Reshaped, docx_table, xlsx_table
from .form_spec import (
    CHOOSE, COLUMNS, COUNCIL, CUSTOM_PROPERTIES_REL, NEW_STATUS, PREVIOUS, SIGNATURE, TAKES_NO_PART, TAKES_PART,
    FormProvenance, headers, parse_row_key, signature,
)

# Starts every warning about a form read as an ordinary report, so the run says it once per file.
FALLBACK = "er et rapporteringsskjema"
_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


@dataclass(frozen=True)
class FormResult:
    """A form read exactly (content), or why a file that carries form provenance is read the ordinary way."""

    content: Content | None = None
    warning: str = ""


NOT_A_FORM = FormResult()


def fallback_warning(source_file: str, reason: str) -> str:
    return (f"{source_file}: {FALLBACK}, men {reason}, så det er lest som en vanlig rapport: status og kobling "
            "til fjorårets tiltak er ikke lest, og rader merket «avsluttet» og råd som ikke er bekreftet står blant "
            "årets tiltak. Kontroller radene, eller be medlemmet sende skjemaet slik det ble sendt ut")


def shows_form(content: Content) -> bool:
    """Whether a document's text carries a form's visible signature (a form printed or saved as PDF)."""
    texts = [content.title, *(p.text for p in content.paragraphs),
             *(c for t in content.tables for row in t.rows[:3] for c in row if c)]
    return any(SIGNATURE.search(" ".join(t.split())) for t in texts)


def custom_properties(path: Path) -> dict[str, str]:
    """An Office file's custom document properties as text, found through the package relationships; {} if none."""
    try:
        with zipfile.ZipFile(path) as z:
            rels = etree.fromstring(z.read("_rels/.rels"), _XML)
            # Compared case-blind: LibreOffice spells the relationship type ".../officedocument/...".
            target = next((r.get("Target", "") for r in rels
                           if r.get("Type", "").lower() == CUSTOM_PROPERTIES_REL.lower()), "")
            if not target:
                return {}
            root = etree.fromstring(z.read(target.lstrip("/")), _XML)
    except Exception:  # noqa: BLE001 -- zipfile raises zlib, unsupported-method and other errors on damage
        return {}  # no readable properties: not a form; the ordinary parser reports any damage
    return {p.get("name", ""): "".join(p.itertext()) for p in root if isinstance(p.tag, str)}


def read_form(path: Path, source_file: str, format: str) -> FormResult:
    """The form in an XLSX or DOCX file, read by its provenance; NOT_A_FORM when it carries none."""
    try:
        provenance = FormProvenance.from_properties(custom_properties(path))
    except ValueError as exc:
        return FormResult(warning=fallback_warning(source_file, str(exc)))
    if provenance is None:
        return NOT_A_FORM
    try:
        table = xlsx_table(path, provenance) if format == "xlsx" else docx_table(path, provenance)
    except Reshaped as exc:
        return FormResult(warning=fallback_warning(source_file, str(exc)))
    form, warnings = FormReader(provenance, source_file, table.index).read(table)
    return FormResult(Content(blocks=(), title=signature(provenance.year, provenance.member),
                              warnings=tuple(warnings), form=form))


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _choice(text: str) -> str:
    """A status cell as chosen, case and spacing aside."""
    return _clean(text).casefold()


class FormReader:
    """Turns the form table's rows into this year's tiltak and last year's ended ones, by their keys and statuses."""

    def __init__(self, provenance: FormProvenance, source_file: str, table: int) -> None:
        self.p = provenance
        self.source_file = source_file
        self.table = table
        self.labels = dict(zip(COLUMNS, headers(provenance.year)))
        self.status_header, self.done_header = self.labels["status"], self.labels["gjort"]
        self.rows: list[RawRow] = []
        self.ended: list[RawRow] = []
        self.warnings: list[str] = []
        self.linked: dict[str, int] = {}  # last year's id -> the form row that carries it
        self.unanswered: list[int] = []

    def _warn(self, number: int, text: str) -> None:
        self.warnings.append(f"{self.source_file}: rad {number}: {text}")

    def _raw(self, number: int, values: dict[str, str], extras: tuple[tuple[str, str], ...], status: str,
             link: str = "") -> RawRow:
        done = values["gjort"]
        extra = (((self.done_header, done),) if done else ()) + extras
        return RawRow(Provenance(self.source_file, table=self.table, row=number),
                      tuple((f, values.get(f, "")) for f in FIELDS), extra, 1.0, status=status,
                      forrige_tiltak_id=link)

    def read(self, table: FormTable) -> tuple[FormRows, list[str]]:
        for number, key, cells, extras in table.rows:
            # A Word dropdown still showing «(velg)» holds nothing.
            values = {k: "" if v == CHOOSE else v for k, v in zip(COLUMNS, (_clean(c) for c in cells))}
            extras = tuple((label, _clean(v)) for label, v in extras if _clean(v))
            kind, value = parse_row_key(key)
            if kind == PREVIOUS and value not in self.p.previous:
                self._warn(number, f"er merket som fjorårets tiltak «{value}», som ikke står i skjemaets liste; "
                           "lest som et nytt tiltak uten kobling")
                kind = ""
            if kind == PREVIOUS:
                self._previous(number, value, values, extras)
            elif kind == COUNCIL:
                self._council(number, value, values, extras)
            else:
                self._new(number, values, extras)
        self._after()
        return FormRows(self.p.year, self.p.member, tuple(self.rows), tuple(self.ended)), self.warnings

    def _previous(self, number: int, link: str, values: dict[str, str], extras: tuple[tuple[str, str], ...]) -> None:
        if link in self.linked:
            self._warn(number, f"er koblet til fjorårets tiltak {link}, som rad {self.linked[link]} også er "
                       "(en kopiert rad?); begge er lest med koblingen, kontroller dem")
        self.linked.setdefault(link, number)
        status = _choice(values["status"])
        if status == ENDED:
            self.ended.append(self._raw(number, values, extras, ENDED, link))
            return
        if not values["tiltak"]:
            self._warn(number, f"tiltaksteksten er tømt, men raden er ikke merket «{ENDED}»; ikke lest")
            return
        if status not in ("", CONTINUED, CHANGED):
            self._warn(number, f"«{self.status_header}» er «{values['status']}», ikke {CONTINUED}, {CHANGED} eller "
                       f"{ENDED}; lest som et av årets tiltak uten status")
            status = ""
        elif not status:
            self.unanswered.append(number)
        self.rows.append(self._raw(number, values, extras, status, link))

    def _council(self, number: int, council: str, values: dict[str, str], extras: tuple[tuple[str, str], ...]) -> None:
        status = _choice(values["status"])
        if status == TAKES_PART and values["tiltak"]:
            self.rows.append(self._raw(number, values, extras, NEW))
        elif status not in ("", TAKES_NO_PART):
            self._warn(number, f"(rådet {council}): «{self.status_header}» er «{values['status']}», ikke "
                       f"{TAKES_PART} eller {TAKES_NO_PART}; ikke lest")
        elif not status and values["gjort"]:
            self._warn(number, f"(rådet {council}): «{self.done_header}» er fylt ut, men deltakelsen er ikke "
                       f"bekreftet med «{TAKES_PART}»; ikke lest")

    def _new(self, number: int, values: dict[str, str], extras: tuple[tuple[str, str], ...]) -> None:
        filled = [self.labels[f] for f in (*FIELDS, "gjort") if values.get(f)] + [label for label, _ in extras]
        if not filled:
            return  # a blank row left unused
        if not values["tiltak"]:
            self._warn(number, f"har {', '.join(f'«{f}»' for f in filled)} fylt ut, men ingen tiltakstekst; ikke lest")
            return
        status = _choice(values["status"])
        if status not in ("", NEW_STATUS):
            self._warn(number, f"er et nytt tiltak, men «{self.status_header}» er «{values['status']}»; status gjelder "
                       "bare fjorårets tiltak, så raden er lest som nytt")
        self.rows.append(self._raw(number, values, extras, NEW))

    def _after(self) -> None:
        gone = [t for t in self.p.previous if t not in self.linked]
        if gone:
            self.warnings.append(
                f"{self.source_file}: {len(gone)} av fjorårets tiltak står ikke lenger i skjemaet (raden er slettet): "
                f"{', '.join(gone)}; de er verken lest som videreført eller som avsluttet. Spør medlemmet")
        if self.unanswered:
            rows = ", ".join(str(n) for n in self.unanswered)
            self.warnings.append(
                f"{self.source_file}: {len(self.unanswered)} av fjorårets tiltak har ingen «{self.status_header}» "
                f"(rad {rows}); de er lest som årets tiltak, koblet til fjorårets. Spør medlemmet om de er avsluttet")

