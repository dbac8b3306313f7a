"""The reporting form's contract: what `pipeline.forms` embeds in a form and `parsers.form` trusts on reading it.

A form carries its provenance in custom document properties (XLSX and DOCX alike) and each row its
key (hidden column A in XLSX, hidden text in the «Nr» cell in DOCX), so a returned form is read
without guessing. Change the layout or the meaning of a property only with a new VERSION.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tiltak_core.records import CHANGED, CONTINUED, ENDED, NEW

KIND = "tiltak-rapporteringsskjema"
VERSION = 1

# Custom document property names (the reader finds the part by its relationship type).
CUSTOM_PROPERTIES_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_PROPERTIES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
P_KIND, P_VERSION, P_YEAR, P_MEMBER = "tiltak.skjema", "tiltak.versjon", "tiltak.aar", "tiltak.medlem"
P_SHEET, P_COLUMNS = "tiltak.ark", "tiltak.kolonner"
# One property per prefilled row ("tiltak.forrige.001"): Word keeps a text property only up to 255 characters.
P_PREVIOUS = "tiltak.forrige."

# The form table's columns, in order: number, the canonical fields, status, what was done. An XLSX form
# has the rows' keys in a hidden column before them, headed KEY_HEADER.
COLUMNS = ("nr", "delmal", "tiltak", "type", "ansvarlig", "samarbeidspartnere", "status", "gjort")
KEY_HEADER = "Radnøkkel"
# The XLSX form sheet: instructions in row 1, deadline and contact in row 2, the header in row 3 (within the
# rows where an ordinary reader looks for one, so a reshaped form still reads as a table).
HEADER_ROW = 3
LIST_SHEET = "Lister"

# Row keys: a row prefilled from last year's tiltak, a shared council offered to confirm, a row for a new tiltak.
PREVIOUS, COUNCIL, BLANK = "forrige", "råd", "ny"
PREVIOUS_CHOICES = (CONTINUED, CHANGED, ENDED)
TAKES_PART, TAKES_NO_PART = "deltar", "deltar ikke"
COUNCIL_CHOICES = (TAKES_PART, TAKES_NO_PART)
NEW_STATUS = NEW  # what a new row's status cell holds
CHOOSE = "(velg)"  # what a Word dropdown shows before a choice is made: read as empty

_SIGNATURE = "Skjema: tiltaksrapportering {year} for {member} (versjon {version})"
SIGNATURE = re.compile(r"Skjema: tiltaksrapportering (\d{4}) for (.+?) \(versjon (\d+)\)")


def headers(year: int) -> tuple[str, ...]:
    """The header row of the form table for `year`, one per column of COLUMNS."""
    return ("Nr", "Delmål", "Tiltak", "Type", "Ansvarlig", "Samarbeidspartnere",
            f"Status {year}", f"Hva er gjort i {year}")


def sheet_name(year: int) -> str:
    return f"Tiltak {year}"


def signature(year: int, member: str) -> str:
    """The visible line naming the form, kept when its hidden parts are lost (printed, saved as PDF)."""
    return _SIGNATURE.format(year=year, member=member, version=VERSION)


def row_key(kind: str, value: str = "") -> str:
    return f"{kind}:{value}" if value else kind


def parse_row_key(text: str) -> tuple[str, str]:
    """(kind, value) of a row key; ("", "") for anything that is not one (a row the member added)."""
    kind, _, value = text.strip().partition(":")
    if kind == BLANK and not value:
        return BLANK, ""
    if kind in (PREVIOUS, COUNCIL) and value.strip():
        return kind, value.strip()
    return "", ""


@dataclass(frozen=True)
class FormProvenance:
    """What a form says about itself: kind, version, year, member, table layout and last year's linked ids."""

    year: int
    member: str
    previous: tuple[str, ...] = ()  # last year's tiltak_id of each prefilled row, in order
    sheet: str = ""
    columns: tuple[str, ...] = COLUMNS
    kind: str = KIND
    version: int = VERSION

    def properties(self) -> dict[str, str]:
        """As custom document properties (all text: every program keeps text properties as written)."""
        props = {P_KIND: self.kind, P_VERSION: str(self.version), P_YEAR: str(self.year), P_MEMBER: self.member,
                 P_SHEET: self.sheet or sheet_name(self.year), P_COLUMNS: ",".join(self.columns)}
        props.update({f"{P_PREVIOUS}{n:03d}": tiltak_id for n, tiltak_id in enumerate(self.previous, 1)})
        return props

    @classmethod
    def from_properties(cls, props: dict[str, str]) -> "FormProvenance | None":
        """The provenance in a file's custom properties; None when they do not describe a form of this kind.
        Raises ValueError naming the property when they describe one that cannot be trusted."""
        if props.get(P_KIND) != KIND:
            return None
        version, year = props.get(P_VERSION, ""), props.get(P_YEAR, "")
        if not version.isdigit() or int(version) != VERSION:
            raise ValueError(f"skjemaet har versjon «{version}», men dette programmet leser versjon {VERSION}")
        if not (year.isdigit() and len(year) == 4):
            raise ValueError(f"egenskapen {P_YEAR} er «{year}», ikke et årstall")
        member = props.get(P_MEMBER, "").strip()
        if not member:
            raise ValueError(f"egenskapen {P_MEMBER} er tom")
        columns = tuple(c.strip() for c in props.get(P_COLUMNS, "").split(","))
        if columns != COLUMNS:
            raise ValueError(f"egenskapen {P_COLUMNS} er «{props.get(P_COLUMNS, '')}», ikke kolonnene skjemaet har")
        numbered = sorted((int(k[len(P_PREVIOUS):]), v.strip()) for k, v in props.items()
                          if k.startswith(P_PREVIOUS) and k[len(P_PREVIOUS):].isdigit())
        previous = tuple(v for _, v in numbered if v)
        return cls(int(year), member, previous, props.get(P_SHEET, "").strip() or sheet_name(int(year)), columns)
