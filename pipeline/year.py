"""The year a run reports on, and the evidence for it.

--year; else the inbox folder's name; else the year every report file name carries; else what the
reports say of themselves (their titles, "rapportering for 2019", the date they were written), read
while each report is parsed so nothing is read twice. Only when the reports disagree, or none says,
is the user asked.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePath
from typing import Sequence

from parsers.content import Content
from tiltak_core.errors import YearUnknown
from tiltak_core.years import RUN_YEAR
from tiltak_core.records import Document
from .settings import Settings

_YEAR = re.compile(rf"(?<!\d)({RUN_YEAR})(?!\d)")
MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember")
_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}})\.\s*({'|'.join(MONTHS)})\s+({RUN_YEAR})(?!\d)"  # 15. februar 2019
    rf"|(?<!\d)(\d{{1,2}})\.(\d{{1,2}})\.({RUN_YEAR})(?!\d)"  # 15.02.2019
    rf"|(?<!\d)({RUN_YEAR})-(\d\d)-(\d\d)(?!\d)",  # 2019-02-15
    re.IGNORECASE)
# A period ("strategien 2017–2021", "skoleåret 2018/19") names no single year.
_RANGE = re.compile(rf"(?<!\d){RUN_YEAR}\s*[-–—/]\s*(?:2[01])?\d\d(?!\d)")
# Words a report puts before the year it reports on: "rapportering for 2019", "tiltak 2018", "i 2018".
_REPORTING = re.compile(
    r"\b(?:for|tiltak\w*|rapport\w*|årsrapport\w*|gjennomført\w*\s+i|har\s+i)\s+(?:år\s+)?"
    rf"({RUN_YEAR})(?!\d)", re.IGNORECASE)
_REPORT_PART = re.compile(rf"\b(?:års)?rapport\w*\s+(?:for\s+)?(?:året\s+|år\s+)?({RUN_YEAR})(?!\d)", re.IGNORECASE)
_REPORT_WORD = re.compile(r"rapport", re.IGNORECASE)
# Reports are written in the first months after the year they cover; a date later in a year says nothing.
_LAST_REPORTING_MONTH = 6
_CORE_XML, _CORE_MAX_BYTES = "docProps/core.xml", 1 << 20
_CORE_MODIFIED = re.compile(rb"<dcterms:modified[^>]*>(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)")
_PDF_DATE = re.compile(r"D:(\d{4})(\d\d)(\d\d)(\d\d)?(\d\d)?")

# How a report says its year, strongest first: only the two "stated" kinds can outvote each other.
TITLE, TEXT, DATED, PROPERTIES = "tittel", "tekst", "datert", "dokumentegenskaper"
STATED = (TITLE, TEXT)


@dataclass(frozen=True)
class YearClaim:
    """The year one report says it covers, how it says it and the words that say it."""

    year: int
    kind: str  # TITLE, TEXT, DATED or PROPERTIES
    evidence: str

    @property
    def stated(self) -> bool:
        return self.kind in STATED

    def describe(self) -> str:
        return f"{self.kind}: {self.evidence}"


@dataclass(frozen=True)
class RunYear:
    """The run's year, where it came from and why."""

    year: int
    source: str  # "option", "folder", "file names", "reports" or "asked"
    evidence: str  # in Norwegian, for the console and run.json
    weak: bool = False  # taken from dates alone: worth a look


# ------------------------------------------------------------------------------ one report
def _without_dates_and_periods(text: str) -> str:
    return _RANGE.sub(" ", _DATE.sub(" ", text))


def _quote(text: str, limit: int = 90) -> str:
    """The words as quoted evidence: one line, no control characters, at most `limit` characters."""
    text = "".join(ch for ch in " ".join(text.split()) if ch.isprintable())
    return f"«{text if len(text) <= limit else text[: limit - 1] + '…'}»"


def _one_year(years: Sequence[str]) -> int | None:
    distinct = set(years)
    return int(distinct.pop()) if len(distinct) == 1 else None


def _covered_by(written: date) -> int | None:
    """The year a report written on `written` covers: the year before, if written in its first months."""
    return written.year - 1 if written.month <= _LAST_REPORTING_MONTH else None


def _first_date(text: str) -> tuple[date, str] | None:
    for m in _DATE.finditer(text):
        try:
            if m.group(2):
                written = date(int(m.group(3)), MONTHS.index(m.group(2).lower()) + 1, int(m.group(1)))
            elif m.group(6):
                written = date(int(m.group(6)), int(m.group(5)), int(m.group(4)))
            else:
                written = date(int(m.group(7)), int(m.group(8)), int(m.group(9)))
        except ValueError:  # 31.02.2019 is no date
            continue
        return written, m.group(0)
    return None


def _placeholder(day: date, hour: str | None, minute: str | None) -> bool:
    """Midnight on 1 January is what generators and converters stamp when they have no date."""
    return (day.month, day.day) == (1, 1) and (hour or "00") == "00" and (minute or "00") == "00"


def _properties_date(document: Document, password: str | None) -> date | None:
    """When the file says it was last saved (Office core properties, PDF info), if it says so credibly."""
    try:
        if document.format in ("docx", "xlsx"):
            with zipfile.ZipFile(document.path) as z:
                if z.getinfo(_CORE_XML).file_size > _CORE_MAX_BYTES:
                    return None
                m = _CORE_MODIFIED.search(z.read(_CORE_XML))
            groups = [g.decode() for g in m.groups()] if m else None
        elif document.format == "pdf":
            from pdfminer.pdfdocument import PDFDocument
            from pdfminer.pdfparser import PDFParser
            from pdfminer.pdftypes import resolve1

            with open(document.path, "rb") as f:
                info = PDFDocument(PDFParser(f), password=password or "").info
                raw = next((resolve1(i.get(k)) for i in info for k in ("ModDate", "CreationDate") if i.get(k)), None)
            text = raw.decode("latin-1") if isinstance(raw, bytes) else str(raw or "")
            dated = _PDF_DATE.search(text)
            groups = list(dated.groups()) if dated else None
        else:
            return None
        if not groups:
            return None
        day = date(int(groups[0]), int(groups[1]), int(groups[2]))
    except Exception:  # noqa: BLE001 -- a file's properties are a hint; unreadable ones are no evidence
        return None
    return None if _placeholder(day, groups[3], groups[4]) else day


def claim_year(content: Content, document: Document, password: str | None = None) -> YearClaim | None:
    """What a parsed report says of its own year: its title, then a reporting phrase on its first
    page, then the date it was written, then its file properties; None when it says nothing clear."""
    title = content.title.strip()
    year = _one_year(_YEAR.findall(_without_dates_and_periods(title)))
    # «Søknad om tilskudd … for 2082» over a part «3 Rapport for 2081»: a title that is no report's names another year
    # (the one applied for); the part that reports says the report's.
    parts = [(m[1], p.text) for p in content.paragraphs if p.kind == "heading" for m in _REPORT_PART.finditer(p.text)]
    reported = _one_year([y for y, _ in parts])
    if year and reported and reported != year and not _REPORT_WORD.search(title):
        return YearClaim(reported, TEXT, _quote(parts[0][1]))
    if year:
        return YearClaim(year, TITLE, _quote(title))
    front = [p.text for p in content.paragraphs[:12]]
    phrases = [(m.group(1), text) for text in front for m in _REPORTING.finditer(_without_dates_and_periods(text))]
    year = _one_year([y for y, _ in phrases])
    if year:
        return YearClaim(year, TEXT, _quote(phrases[0][1]))
    for text in front:
        found = _first_date(text)
        covered = _covered_by(found[0]) if found else None
        if found and covered:
            return YearClaim(covered, DATED, f"skrevet {found[1]}")
    saved = _properties_date(document, password)
    covered = _covered_by(saved) if saved else None
    if saved and covered:
        return YearClaim(covered, PROPERTIES, f"sist lagret {saved.strftime('%d.%m.%Y')}")
    return None


def named_year(source_file: str) -> int | None:
    """The one year a report's file name carries («NHO_aktiviteter_KPR_2072.xls»), or else the archive or e-mail it
    came in («MRFK_tiltak_2073.kmz/doc.kml»), else None: what to hold its rows' own years against when the report says
    none, never a claim on the run's year."""
    path = PurePath(source_file)
    return next((year for part in reversed(path.parts) if (year := _year_of_name(part))), None)


def _year_of_name(name: str) -> int | None:
    """A year a file name carries; a full date in it («vofo.WordPress.2076-01-16.xml») is when the file was made,
    which in the first months of a year is the year before's report."""
    year = _one_year(_YEAR.findall(_without_dates_and_periods(name)))
    if year:
        return year
    made = _first_date(name)
    return (_covered_by(made[0]) or made[0].year) if made else None


# ------------------------------------------------------------------------------ the run
def year_from_names(settings: Settings, documents: Sequence[Document]) -> RunYear | None:
    """--year; else the one year in the inbox folder's name; else the one year all report file names carry."""
    if settings.year is not None:
        return RunYear(settings.year, "option", f"oppgitt med --year {settings.year}")
    folder = Path(settings.inbox).resolve().name
    year = _one_year(_YEAR.findall(folder))
    if year:
        return RunYear(year, "folder", f"fra mappenavnet «{folder}»")
    per_file = {named_year(d.source_file) for d in documents}
    if len(per_file) == 1 and (year := per_file.pop()) is not None:
        return RunYear(year, "file names", f"fra filnavnene (alle {len(documents)} har {year})")
    return None


def _listing(files: Sequence[tuple[str, YearClaim]], limit: int = 3) -> str:
    shown = "; ".join(f"{name} ({claim.describe()})" for name, claim in files[:limit])
    return shown + (f" og {len(files) - limit} til" if len(files) > limit else "")


def _one_per_sending(claims: Sequence[tuple[str, YearClaim]]) -> list[tuple[str, YearClaim]]:
    """The claims, those of the files one archive, e-mail or folder held («export.zip/…») counted as one: the year most
    of them say, where more than half say it. A wiki's export holds a page for last year's finished measure beside
    the year's report; the member sent one report."""
    groups: dict[str, list[tuple[str, YearClaim]]] = {}
    for name, claim in claims:
        groups.setdefault(name.split("/", 1)[0], []).append((name, claim))
    kept: list[tuple[str, YearClaim]] = []
    for group in groups.values():
        year, n = Counter(c.year for _, c in group).most_common(1)[0]
        kept.extend([next(x for x in group if x[1].year == year)] if 2 * n > len(group) else group)
    return kept


def year_from_reports(inbox: Path, claims: Sequence[tuple[str, YearClaim | None]]) -> RunYear:
    """The year the reports agree on; stated years (titles, phrases) outrank dates. YearUnknown, naming
    what each report says, when they disagree or none says."""
    said = [(name, c) for name, c in claims if c is not None]
    stated = [(name, c) for name, c in said if c.stated]
    deciding = _one_per_sending(stated or said)
    if not deciding:
        raise YearUnknown(f"{inbox}: kan ikke se hvilket år rapportene gjelder: verken mappenavnet, filnavnene "
                          "eller rapportene selv nevner et årstall; oppgi det med --year (f.eks. --year 2019)")
    counts = Counter(c.year for _, c in deciding)
    if len(counts) > 1:
        groups = "; ".join(f"{year}: {_listing([(n, c) for n, c in deciding if c.year == year])}"
                           for year, _ in counts.most_common())
        raise YearUnknown(f"{inbox}: rapportene sier ulike år — {groups}. Sjekk at alle rapportene gjelder "
                          f"samme år, og oppgi året med --year (f.eks. --year {counts.most_common(1)[0][0]})")
    year = next(iter(counts))
    silent = len(claims) - len(deciding)
    how = "sier selv" if stated else "er datert slik at de gjelder"
    evidence = (f"fra rapportene selv: {len(deciding)} av {len(claims)} {how} {year}, f.eks. {_listing(deciding, 2)}"
                + (f"; {silent} sier ikke noe entydig" if silent else ""))
    return RunYear(year, "reports", evidence, weak=not stated)


def disagreeing(run_year: RunYear, claims: Sequence[tuple[str, YearClaim | None]]) -> str | None:
    """A warning when reports state another year than the one the run took from --year or the names."""
    if run_year.source == "reports":
        return None
    other = [(name, c) for name, c in claims if c is not None and c.stated and c.year != run_year.year]
    if not other:
        return None
    return (f"rapporteringsåret er {run_year.year} ({run_year.evidence}), men {len(other)} rapport(er) sier selv et "
            f"annet år: {_listing(other)}; hører de til et annet år, ta dem ut av innboksen, og er året feil, "
            "kjør på nytt med --year")


def asked(year: int) -> RunYear:
    return RunYear(year, "asked", f"oppgitt da programmet spurte ({year})")

