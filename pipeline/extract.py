"""Stage: Document -> DocumentResult. Parses one report and extracts its tiltak rows and member.

Every document gets exactly one outcome; a bad file is a rejection with a reason, never a crash.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, replace
from typing import Sequence

from normalise.matchers import Matchers
from normalise.orgs import MemberGuess
from normalise.text import clean
from parsers.content import Content
from parsers.detect import HOW_TO_SAVE, LABELS, name_mismatch
from parsers.form import FALLBACK, fallback_warning, shows_form
from parsers.registry import ParseOptions, parser_for, readable_formats

from tiltak_core.errors import DamagedFile, ReportError, TooLarge, UnsupportedFormat
from tiltak_core.faultlog import internal_error
from tiltak_core.outcomes import FileOutcome, Rejection
from tiltak_core.records import Document, ExtractedRow, RawRow, SkippedRow
from .prose_blocks import NUMBERED
from .corrections import apply_corrections
from .laid_out import as_laid_out
from .other_documents import other_document, set_apart
from .other_years import set_aside
from .rows import RowsRead, content_to_rows
from .year import TITLE, YearClaim, claim_year, named_year


PARSED, WARNINGS, CONVERTED, REJECTED, DUPLICATE = (
    FileOutcome.PARSED, FileOutcome.WARNINGS, FileOutcome.CONVERTED, FileOutcome.REJECTED, FileOutcome.DUPLICATE,
)
NO_TILTAK, ROWS_SKIPPED, SUPERSEDED = FileOutcome.NO_TILTAK, FileOutcome.ROWS_SKIPPED, FileOutcome.SUPERSEDED
# Office files whose pictures are read when their text holds no tiltak: a screenshot of the table pasted in.
_WITH_PICTURES = ("docx", "pptx", "xlsx")
# A member named no more surely than this (only mentioned somewhere in the text) identifies no report.
WEAK_MEMBER = 0.5
# A member the report names in its own title, front page, signature or letterhead; a file name says less.
OWN_WORDS_MEMBER = 0.9
_NO_MEMBER = "ikke en rapport til Kompetansepolitisk råd: dokumentet nevner ikke hvilket rådsmedlem det kommer fra, "
_REMOVE_OR_NAME = "Fjern filen fra innboksen; er det likevel en rapport, sett medlemmets navn i filnavnet (f.eks. «lo_2020.pdf»)"
NOT_A_REPORT = Rejection("not_a_report", _NO_MEMBER + "har ingen tabell eller liste over tiltak, og «delmål» finnes bare som "
                         "nummererte avsnittsoverskrifter", _REMOVE_OR_NAME)
NO_MEMBER_NOR_DELMAL = Rejection("not_a_report", _NO_MEMBER + "og ingen av tiltakene i det oppgir et delmål i strategien",
                                 _REMOVE_OR_NAME)
NO_MEMBER_NOR_TILTAK = Rejection("not_a_report", _NO_MEMBER + "og det står ingen tiltak i det (en tom mal, et eksempel eller "
                                 "et annet dokument)", _REMOVE_OR_NAME)
# An export names no member by its nature: a register or a compilation of many members' rows is no member's report.
NO_MEMBER_EXPORT = Rejection("not_a_report", _NO_MEMBER + "og en CSV-fil har ingen tittel eller forside som kunne si det; "
                             "det kan være et register eller en samling av flere medlemmers tiltak",
                             "Gi filen et navn med rådsmedlemmet («Innlandet_fylkeskommune_eksport_2067.csv»), eller be om "
                             "rapporten som Excel (XLSX) eller PDF")
NO_MEMBER_TEXT = Rejection("not_a_report", _NO_MEMBER + "og en tekstfil eller nettside uten avsender kan like gjerne være en "
                           "beskrivelse av innboksen, et register eller flere medlemmers tiltak", _REMOVE_OR_NAME)
NO_MEMBER_SECTIONS_ONLY = Rejection("not_a_report", _NO_MEMBER + "og tiltakene står bare under nummererte avsnittsoverskrifter "
                                    "(«2.3 …») som ikke er strategiens delmål", _REMOVE_OR_NAME)


def _sections_only(rows: Sequence[RawRow], content: Content, matchers: Matchers) -> bool:
    """Every row's delmål is a numbered section heading whose words are not that delmål's («2.3 Videreutdanning og
    lederutvikling» over a plan's table): the document's own chapters, not the strategy's goals."""
    sections = {clean(p.text) for p in content.paragraphs if p.kind == "heading" and (m := NUMBERED.match(clean(p.text)))
                and not matchers.delmal.names_by_words(m.group(2))}
    return bool(rows) and all(clean(r.get("delmal")) in sections for r in rows)


@dataclass(frozen=True)
class DocumentResult:
    document: Document
    outcome: FileOutcome
    rows: tuple[ExtractedRow, ...] = ()
    ended: tuple[ExtractedRow, ...] = ()  # rows a reporting form marks ended: last year's tiltak, not this year's
    form_year: int | None = None  # the year of the reporting form the file is, if it is one
    member: str = ""
    member_confidence: float = 0.0
    member_evidence: str = ""
    warnings: tuple[str, ...] = ()
    rejection: Rejection | None = None
    pages: int | None = None
    converted_from: str = ""
    duplicate_of: str = ""
    seconds: float = 0.0
    year_claim: YearClaim | None = None  # the year the report says it covers
    skipped: tuple[SkippedRow, ...] = ()  # rows that hold something but were not read, with the reason
    title: str = ""
    superseded_by: str = ""  # the newer version of the same report that replaces this one
    version_note: str = ""  # what the run decided about this member's other reports

    @property
    def error(self) -> str:
        """The rejection as the secretariat reads it, naming the file; "" when the file was read."""
        return self.rejection.message(self.document.source_file) if self.rejection else ""

    @property
    def outcome_text(self) -> str:
        """The outcome as the run table shows it, with the count or the file it depends on."""
        if self.outcome == ROWS_SKIPPED:
            return f"lest, {len(self.skipped)} {'rad' if len(self.skipped) == 1 else 'rader'} ikke lest"
        if self.outcome == SUPERSEDED:
            return f"erstattet av {self.superseded_by}"
        return f"{self.outcome.label} ({self.version_note})" if self.version_note else self.outcome.label


def problems_first(results) -> list[DocumentResult]:
    """Results with the files the secretariat must look at first, inbox order kept within each part."""
    return sorted(results, key=lambda d: not d.outcome.is_problem)


def _outcome(read: RowsRead, converted_from: str, notes: list[str]) -> FileOutcome:
    """A report that gave no tiltak, or left rows unread, is not "lest": the secretariat must look at it."""
    if not read.rows:
        return NO_TILTAK
    if read.skipped:
        return ROWS_SKIPPED
    return CONVERTED if converted_from else WARNINGS if notes else PARSED


# What a failure the program does not know is blamed on: "intern feil i Word-leseren".
_READERS = {
    "pdf": "PDF-leseren", "docx": "Word-leseren", "docx_strict": "Word-leseren", "xlsx": "Excel-leseren",
    "xlsx_strict": "Excel-leseren", "doc": "DOC/XLS-leseren", "odt": "ODT-leseren", "odm": "ODT-leseren", "ods": "ODS-leseren",
    "rtf": "RTF-leseren", "image": "OCR-leseren", "wordml": "Word-leseren", "flatopc": "Word-leseren", "spreadsheetml": "Excel-leseren",
    "fodt": "ODT-leseren", "fods": "ODS-leseren", "mhtml": "nettside-leseren", "mindmap": "tankekart-leseren",
    "drawio": "diagram-leseren", "vsdx": "Visio-leseren", "mediawiki": "wiki-leseren", "notebook": "notatbok-leseren", "dif": "DIF-leseren", "gnumeric": "Gnumeric-leseren",
    "abiword": "AbiWord-leseren",
}


def _unsupported(document: Document) -> ReportError:
    """Why no parser reads the file: it is empty, its name promises another format, or its format is not read."""
    if document.format == "empty":
        return DamagedFile(document.source_file, "filen er tom (0 byte)",
                           "Be medlemmet om en ny kopi; filen ble trolig ikke ferdig lagret, lastet ned eller kopiert")
    what = name_mismatch(document.path, document.format) or f"filen er {LABELS.get(document.format, document.format)}"
    fix = HOW_TO_SAVE.get(document.format,
                          "Be medlemmet om rapporten som PDF eller Word (DOCX), eller lagre den i et av disse formatene")
    if document.format == "html" and what.startswith("filen heter"):
        fix = ("Last den ned på nytt (nettleseren lagret kanskje en nettside i stedet for filen), eller be "
               "medlemmet om rapporten som PDF eller Word (DOCX)")
    return UnsupportedFormat(
        document.source_file, f"{what}, som ikke er et rapportformat tiltak leser (det leser {readable_formats()})", fix
    )


def extract_document(document: Document, matchers: Matchers, options: ParseOptions, max_bytes: int) -> DocumentResult:
    """Parse one report into rows attributed to its member; any failure becomes a rejection."""
    started = time.perf_counter()
    try:
        if document.size > max_bytes:
            raise TooLarge(
                document.source_file,
                f"filen er {document.size // 2**20} MB, over grensen på {max_bytes // 2**20} MB",
                "Sjekk at dette er en rapport; grensen kan settes høyere i innstillingene",
            )
        parser = parser_for(document.format)
        if parser is None:
            raise _unsupported(document)
        content = parser.parse(document.path, document.source_file, options)
    except ReportError as exc:
        return DocumentResult(document, REJECTED, rejection=exc.rejection, seconds=time.perf_counter() - started)
    except MemoryError:
        raise  # over the worker's memory budget: work.py rejects the file as too heavy to read
    except Exception:  # noqa: BLE001 -- a parser library tripping on odd input must not stop the batch
        # Its text is a library's, in English: the user reads what happened, the log keeps the detail.
        reader = _READERS.get(document.format, "leseren")
        error = internal_error(document.source_file, reader, traceback.format_exc())
        return DocumentResult(document, REJECTED, rejection=error.rejection, seconds=time.perf_counter() - started)

    if content.form is not None:
        return _form_result(document, content, matchers, started)
    kind, title = other_document(content, matchers.catalogue.vocabulary, matchers.catalogue.council)
    apart = "" if kind else set_apart(content, matchers.catalogue.vocabulary)
    if kind or apart:
        said = (f"tittelen «{clean(title)[:80]}» begynner med «{kind}», og forslag, vedtak, avtaler, utlysninger, søknader "
                "eller interne planer i et slikt dokument er ikke rådsmedlemmets tiltak i strategien" if kind else
                f"dokumentet sier selv at det ikke hører til rapporten: «{clean(apart)[:120]}»")
        rejection = Rejection("not_a_report", f"ikke en rapport om tiltak: {said}",
                              "Fjern filen fra innboksen; er det likevel en rapport om tiltak, be om en versjon med en "
                              "tittel som sier det")
        return DocumentResult(document, REJECTED, rejection=rejection, pages=content.pages, title=content.title,
                              converted_from=content.converted_from, seconds=time.perf_counter() - started)
    year_claim = claim_year(content, document, options.password)
    as_parsed = content
    read, content = _read_rows(as_parsed, document, matchers, year_claim)
    if not read.rows:
        # A workbook inserted as an object holds its table whole; its preview picture is read only when it gives none.
        read, content, as_parsed = _objects_read(as_parsed, read, content, document, matchers, options, year_claim)
    if not read.rows and document.format in _WITH_PICTURES and (pictures := _pictures(as_parsed, document, options)):
        read, content = _read_rows(pictures, document, matchers, year_claim)
    guess = _sent_by(matchers.orgs.find_member(content.title, content.front_text(), document.source_file,
                                               content.back_text(), "\n".join(content.margins)), document, matchers)
    seconds = time.perf_counter() - started
    if document.attached and not read.rows:
        # «Vedlagt er vår rapport»: the e-mail's attachments are read as files of their own.
        return DocumentResult(document, FileOutcome.COVER_LETTER, member=guess.name, member_confidence=guess.confidence,
                              member_evidence=guess.evidence, title=content.title, seconds=seconds, year_claim=year_claim)
    sections_only = _sections_only(read.rows, content, matchers)
    if guess.confidence < WEAK_MEMBER:
        guess = _responsible_member(read.rows, matchers) or guess
    if guess.confidence < WEAK_MEMBER and document.format == "csv":
        return DocumentResult(document, REJECTED, rejection=NO_MEMBER_EXPORT, title=content.title, seconds=seconds)
    # A newsletter that says near its top that it is its sender's report to the council names its sender.
    own = matchers.orgs.reporting_member(content.front_text()) if document.format in ("text", "html") else None
    if own is not None and guess.confidence < OWN_WORDS_MEMBER:
        guess = own
    if document.format in ("text", "html") and own is None and matchers.orgs.find_member(
            content.title, "", document.source_file).confidence < WEAK_MEMBER:
        # A README, a register or a note beside the reports: neither its title nor its name says a sender, whatever
        # members its lines name («M05: KS: …; YS: …» in a README's list).
        return DocumentResult(document, REJECTED, rejection=NO_MEMBER_TEXT, title=content.title, seconds=seconds)
    if guess.confidence < WEAK_MEMBER and (not read.structured or sections_only or not any(r.get("delmal") for r in read.rows)):
        # Lecture notes, a plan, a paper: sections numbered "1.1" are no delmål, and nobody reports them. A municipal
        # plan's table of courses is structured, but names neither a member nor the strategy's goals.
        rejection = NOT_A_REPORT if not read.structured else NO_MEMBER_SECTIONS_ONLY if sections_only else (
            NO_MEMBER_NOR_DELMAL if read.rows else NO_MEMBER_NOR_TILTAK)
        return DocumentResult(document, REJECTED, rejection=rejection, pages=content.pages, title=content.title,
                              converted_from=content.converted_from, seconds=seconds)
    notes = _named(document, content.warnings) + list(read.warnings)
    if shows_form(content) and not any(FALLBACK in n for n in notes):
        notes.append(fallback_warning(document.source_file, "skjemaets skjulte opplysninger mangler (lagret som PDF "
                                      "eller kopiert over i en ny fil?)"))
    if not read.rows:
        notes.append(
            f"{document.source_file}: fant ingen tiltak -- verken en tabell med en kolonne for tiltak eller "
            "punktlister under overskrifter som nevner et delmål; sjekk at dette er en rapport og hvordan den er satt opp"
        )
    if not guess.name:
        notes.append(
            f"{document.source_file}: fant ikke rådsmedlemmet i tittelen, på første side, i signaturen eller i "
            "filnavnet; sett medlemmets navn i filnavnet (f.eks. «lo_2018.pdf») eller legg det til i katalogen"
        )
    rows = tuple(ExtractedRow(raw, guess.name, guess.confidence) for raw in read.rows)
    return DocumentResult(
        document,
        _outcome(read, content.converted_from, notes),
        rows=rows,
        member=guess.name,
        member_confidence=guess.confidence,
        member_evidence=guess.evidence,
        warnings=tuple(notes),
        pages=content.pages,
        converted_from=content.converted_from,
        seconds=seconds,
        year_claim=year_claim,
        skipped=read.skipped,
        title=content.title,
    )


def _read_rows(content: Content, document: Document, matchers: Matchers,
               year_claim: YearClaim | None) -> tuple[RowsRead, Content]:
    laid_out = as_laid_out(content, matchers, document.source_file)
    # A system's export that says no year of its own («Aktiviteter … Status: Avsluttet | 2071») is held against the
    # year its file name carries; the run's year is settled later, from every report.
    year = year_claim.year if year_claim else named_year(document.source_file)
    vocabulary = matchers.catalogue.vocabulary
    read = set_aside(content_to_rows(laid_out, document.source_file, matchers), laid_out.blocks, document.source_file,
                     year, vocabulary)
    return apply_corrections(read, laid_out.blocks, document.source_file, matchers.delmal.codes_in, vocabulary), laid_out


def _objects_read(as_parsed: Content, read: RowsRead, content: Content, document: Document, matchers: Matchers,
                  options: ParseOptions, year_claim: YearClaim | None) -> tuple[RowsRead, Content, Content]:
    """The rows read, the report as laid out and as parsed, with the workbooks and documents embedded in it when they
    give rows; else as read before, with a note of each object that could not be read (over the archive limits,
    damaged). Objects that give no rows are left out: a chart's data sheet is no table of tiltak."""
    from parsers.embedded import OBJECT_FORMATS, Embedded, embedded_read, with_embedded

    if document.format not in OBJECT_FORMATS:
        return read, content, as_parsed
    embedded = embedded_read(document.path, document.format, document.source_file, options)
    if embedded.blocks:
        with_objects = with_embedded(as_parsed, embedded)
        found, laid_out = _read_rows(with_objects, document, matchers, year_claim)
        if found.rows:
            return found, laid_out, with_objects
    if not embedded.refused:
        return read, content, as_parsed
    refused = Embedded(refused=embedded.refused)
    return read, with_embedded(content, refused), with_embedded(as_parsed, refused)


def _pictures(content: Content, document: Document, options: ParseOptions) -> Content | None:
    """The report with the text of its pictures after its own; None when it has no picture to read."""
    from parsers.pictures import pictures_read, with_pictures  # OCR and Pillow: only for a report that needs them

    try:
        pictures = pictures_read(document.path, document.source_file, options)
    except ReportError:
        return None  # no Tesseract, or a picture too big: the report stays one without tiltak, as its text is
    return with_pictures(content, pictures) if pictures else None


def _sent_by(guess: MemberGuess, document: Document, matchers: Matchers) -> MemberGuess:
    """An attachment that names its member no more surely than by a file name: the member the e-mail names."""
    if not document.letter or guess.confidence >= OWN_WORDS_MEMBER:
        return guess
    subject, _, text = document.letter.partition("\n")
    sent = matchers.orgs.find_member(subject, text, "", text)
    if sent.confidence < WEAK_MEMBER or sent.name == guess.name:
        return guess
    return MemberGuess(sent.name, min(sent.confidence, 0.85), f"e-posten filen var vedlagt, {sent.evidence}")


RESPONSIBLE_ROWS = 3  # rows, at the least, whose responsible all name one member before they say who sent the file
RESPONSIBLE_MEMBER = 0.6  # a member read from the rows' responsible only: enough to read the file, asked about


def _responsible_member(rows: Sequence[RawRow], matchers: Matchers) -> MemberGuess | None:
    """The member every row names as responsible («VOFO sentralt», «VOFO Nordland»), in a file that names its sender
    nowhere else (an export, round 81): its own measures, likely, though that is asked. None where rows name others
    or none."""
    named = {matchers.orgs.find_member(clean(r.get("ansvarlig")), "", "").name for r in rows}
    if len(rows) < RESPONSIBLE_ROWS or len(named) != 1 or "" in named:
        return None
    (member,) = named
    return MemberGuess(member, RESPONSIBLE_MEMBER, f"hver rad oppgir {member} som ansvarlig ({len(rows)} rader)")


def _cleaned(raw: RawRow) -> RawRow:
    """A form's cells cleaned as every other report's are (pipeline.prose), so texts compare alike."""
    return replace(raw, fields=tuple((f, clean(v)) for f, v in raw.fields),
                   extra=tuple((k, clean(v)) for k, v in raw.extra))


def _named(document: Document, warnings: Sequence[str]) -> list[str]:
    """The parser's warnings, each naming the file (a PDF's say only «side 2: …»)."""
    return [w if w.startswith(document.source_file) else f"{document.source_file}: {w}" for w in warnings]


def _form_result(document: Document, content: Content, matchers: Matchers, started: float) -> DocumentResult:
    """A reporting form read by its provenance: the member it was made for, its rows and its ended rows."""
    form = content.form
    assert form is not None
    notes = _named(document, content.warnings)
    org = matchers.catalogue.organisation(form.member)
    if org is not None and org.is_member:
        member, confidence, evidence = org.name, 1.0, f"rapporteringsskjemaet {form.year} er laget for {org.name}"
    else:
        guess = matchers.orgs.find_member(form.member, "", document.source_file)
        member, confidence, evidence = guess.name, guess.confidence, guess.evidence
        notes.append(f"{document.source_file}: skjemaet er laget for «{form.member}», som ikke er et rådsmedlem i "
                     f"katalogen; rådsmedlem {member or 'ukjent'} ({evidence})")
    if not form.rows and not form.ended:
        notes.append(f"{document.source_file}: skjemaet har ingen tiltak: ingen rad er videreført, avsluttet eller ny")
    return DocumentResult(
        document,
        WARNINGS if notes else PARSED,
        rows=tuple(ExtractedRow(_cleaned(raw), member, confidence) for raw in form.rows),
        ended=tuple(ExtractedRow(_cleaned(raw), member, confidence) for raw in form.ended),
        form_year=form.year,
        # The year the form was made for is what it says of itself, as a report's title does.
        year_claim=YearClaim(form.year, TITLE, f"rapporteringsskjemaet for {form.year}"),
        member=member,
        member_confidence=confidence,
        member_evidence=evidence,
        warnings=tuple(notes),
        seconds=time.perf_counter() - started,
    )
