"""Writes every member's reporting form for a year, as Excel and Word, into DIR all together or not at all."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from normalise.catalogue import load_catalogue

from ..history import REGISTER, default_history_path, open_history
from ..outputs.freeze import freeze_office_file
from ..outputs.staging import Staging
from ..settings import DEFAULT_AUTHOR
from .docx_form import write_docx_form
from .plan import MemberForm, plan_forms
from .xlsx_form import write_xlsx_form

_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})


@dataclass(frozen=True)
class FormsResult:
    forms: tuple[MemberForm, ...]
    written: tuple[str, ...]
    notes: tuple[str, ...] = ()


def file_stem(member: str, year: int) -> str:
    """'skjema_2019_more_og_romsdal_fylkeskommune': lower-case ASCII, the member's name readable."""
    ascii_name = unicodedata.normalize("NFKD", member.casefold().translate(_LETTERS)).encode("ascii", "ignore").decode()
    return f"skjema_{year}_{re.sub(r'[^a-z0-9]+', '_', ascii_name).strip('_')}"


def _last_year(history: Path, year: int) -> tuple[list, list[str]]:
    """Last year's register from the history, and a note when there is none to prefill from."""
    missing = (f"historikken {history} har ikke registeret for {year - 1}, så skjemaene har ingen rader fra i fjor; "
               f"kjør {year - 1} med tiltak run, eller importer registeret med tiltak history import")
    if not history.is_file():  # not opened: opening would create an empty history
        return [], [missing]
    with open_history(history) as h:
        if h.kind(year - 1) != REGISTER:
            return [], [missing]
        return h.load(year - 1), []


def write_forms(year: int, out: Path, history: Path | None = None, catalogue_path: Path | None = None,
                deadline: str = "", contact: str = "", author: str = DEFAULT_AUTHOR) -> FormsResult:
    """One form per member of the catalogue for `year`, prefilled from `year - 1` in the history."""
    catalogue = load_catalogue(catalogue_path)
    last_year, notes = _last_year(history or default_history_path(), year)
    if not deadline:
        notes.append("ingen frist oppgitt (--deadline): fristfeltet i skjemaene står tomt")
    if not contact:
        notes.append("ingen kontaktperson oppgitt (--contact): feltet for spørsmål i skjemaene står tomt")
    forms = plan_forms(year, catalogue, last_year, deadline, contact)
    with Staging(out) as stage:
        for form in forms:
            for suffix, write in ((".xlsx", write_xlsx_form), (".docx", write_docx_form)):
                path = stage.file(file_stem(form.member, year) + suffix)
                write(path, form, catalogue)
                freeze_office_file(path, year, author)
    return FormsResult(tuple(forms), tuple(p.name for p in stage.written), tuple(notes))
