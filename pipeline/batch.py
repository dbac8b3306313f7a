"""The batch run: inbox -> documents -> rows -> matched tiltak -> register -> outputs.

`run(settings)` is the whole program; the CLI is a thin layer over it.
"""

from __future__ import annotations

import errno
import functools
import importlib
import tempfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

from normalise.continuity import Continuity, link_years
from normalise.dedup import Clusters, find_clusters
from normalise.matchers import Matchers
from parsers.metadata import document_date

from .cache import RunCache, open_cache
from .codec import CodecError, from_data, to_data
from .decisions import Decisions, Outcome, correct, restructure
from .decisions_file import read_decisions
from tiltak_core.errors import OutputError, YearUnknown
from .extract import REJECTED, DocumentResult
from .continuation import POSSIBLE_CONTINUATION, kept_id
from .history import RUN_SOURCE, History, HistoryRow, default_history_path, open_history
from .inbox import Listing, list_documents
from .membership import note_membership
from .run_year_rows import held_against_run_year
from .locks import run_lock
from .outputs.csv_files import write_extracted, write_register
from .outputs.freeze import freeze_office_file
from .outputs.run_report import write_run_json
from .outputs.staging import Staging, recover
from tiltak_core.outcomes import FileOutcome, Rejection
from tiltak_core.records import CHANGED, CONTINUED, NEW, RegisterEntry, Tiltak
from .register import build_register, possible_duplicates, sort_register, tiltak_id
from .settings import DECISIONS_NAME, DECISIONS_SUFFIX, Settings
from .state import STATE_FILE, edited_outputs, run_state, unchanged, write_state
from .versions import settle_versions
from .work import Progress, process_all
from .year import RunYear, YearClaim, asked, disagreeing, year_from_names, year_from_reports

EXIT_OK, EXIT_REJECTED, EXIT_UNUSABLE = 0, 1, 2  # EXIT_REJECTED: some file was rejected or needs looking at
EXIT_INTERRUPTED = 130  # Ctrl-C, as the shell reports it

# The output writers' modules, in the order they are written. A run imports them only when it writes; while
# workers read documents this process imports them, one at a time, instead of waiting idle.
WRITERS = ("pipeline.outputs.review_html", "pipeline.outputs.review_xlsx", "pipeline.outputs.matrix_docx",
           "pipeline.outputs.register_xlsx", "pipeline.outputs.oppsummering", "pipeline.outputs.charts")

Consolidated = tuple[Clusters, tuple[RegisterEntry, ...], Outcome]
LastYear = tuple[list[HistoryRow], bool] | None  # last year's register and whether it is complete
# Asked when the reports do not settle the year: given why (the YearUnknown message), returns the year.
AskYear = Callable[[str], int]


@dataclass(frozen=True)
class RunResult:
    settings: Settings
    documents: tuple[DocumentResult, ...]
    tiltak: tuple[Tiltak, ...]
    clusters: Clusters
    register: tuple[RegisterEntry, ...]
    outputs: tuple[str, ...]
    notes: tuple[str, ...] = ()  # warnings about the run as a whole (e.g. no last year to compare with)
    decisions: Outcome = Outcome()
    kept_edits: tuple[tuple[str, str], ...] = ()  # (output, the name a person's edited version is kept under)
    year: RunYear | None = None
    ended: tuple[Tiltak, ...] = ()  # last year's tiltak the reporting forms mark ended: counted, not in the register

    @property
    def rejected(self) -> tuple[DocumentResult, ...]:
        return tuple(d for d in self.documents if d.outcome == REJECTED)

    @property
    def problems(self) -> tuple[DocumentResult, ...]:
        """Files the secretariat must look at: rejected, no tiltak found, rows left unread, links out of the
        inbox, reviewers' workbooks not applied."""
        return tuple(d for d in self.documents if d.outcome.is_problem)

    @property
    def exit_code(self) -> int:
        return EXIT_REJECTED if self.problems else EXIT_OK


def consolidate(
    tiltak: list[Tiltak], matchers: Matchers, settings: Settings, decisions: Decisions | None,
    last_year: LastYear = None,
) -> tuple[Clusters, list[RegisterEntry], Outcome]:
    """Rows -> clusters -> register followed from last year's, with the reviewers' decisions applied where given."""
    t = settings.thresholds
    stop = matchers.catalogue.vocabulary.stopwords
    clusters = find_clusters(tiltak, matchers.orgs, stop, t.merge, t.merge_text_only)
    rows, complete = last_year if last_year is not None else (None, True)

    def follow(c: Clusters) -> Continuity:
        return link_years(tiltak, c.groups, rows, matchers.orgs, stop, t.merge, t.merge_text_only, t.near_miss,
                          t.near_miss_text, complete)

    continuity = follow(clusters)
    if decisions is None:
        return clusters, build_register(tiltak, clusters, matchers.catalogue, t, continuity=continuity), Outcome()
    known = [kept_id(continuity.sure.get(n), tiltak_id([tiltak[i] for i in g])) for n, g in enumerate(clusters.groups)]
    clusters, ids, moved = restructure(tiltak, clusters, decisions, known)
    continuity = follow(clusters)
    register = build_register(tiltak, clusters, matchers.catalogue, t, ids, continuity)
    register, corrected = correct(register, decisions, matchers.catalogue, continuity.previous_ids, continuity.known)
    outcome = Outcome(moved.applied + corrected.applied, moved.stale + corrected.stale)
    return clusters, sort_register(register, tiltak, matchers.catalogue), outcome


def _load_writer(name: str) -> None:
    """Import an output writer ahead of time; should that fail, it fails again where it is used, and says so there."""
    try:
        importlib.import_module(name)
    except Exception:  # noqa: BLE001 -- reported when the writer is used
        pass


def _decisions_in_inbox(listing: Listing, settings: Settings) -> Path | None:
    """A reviewers' workbook at the top of the inbox named as the decisions file, if there is one."""
    names = (DECISIONS_NAME, f"{settings.inbox.resolve().name}{DECISIONS_SUFFIX}")
    return next((w.path for w in listing.workbooks if w.source_file in names), None)


def _workbook_outcomes(listing: Listing, applied: Path | None, settings: Settings) -> list[DocumentResult]:
    """Reviewers' workbooks in the inbox: the one applied as decisions, and the others, which are named so."""
    results = []
    for w in listing.workbooks:
        if applied is not None and w.path.resolve() == applied.resolve():
            results.append(DocumentResult(w, FileOutcome.DECISIONS))
            continue
        results.append(DocumentResult(w, FileOutcome.REVIEW_WORKBOOK, rejection=Rejection(
            "review_workbook", "er en arbeidsbok fra kontrollen (review.xlsx), ikke en rapport, og beslutningene i den er "
            "ikke brukt", f"Lagre den som {settings.decisions_beside} ved siden av innboksen, eller gi den med --decisions")))
    return results


def _year(settings: Settings, named: RunYear | None, claims: list[tuple[str, YearClaim | None]],
          ask: AskYear | None) -> RunYear:
    """The year from the names if they give it, else from what the parsed reports say, else asked."""
    if named is not None:
        return named
    try:
        return year_from_reports(settings.inbox, claims)
    except YearUnknown as exc:
        if ask is None:
            raise
        return asked(ask(str(exc)))


def _year_notes(run_year: RunYear, claims: list[tuple[str, YearClaim | None]]) -> list[str]:
    mismatch = disagreeing(run_year, claims)
    weak = (f"rapporteringsåret {run_year.year} er utledet av når rapportene ble skrevet, ikke av hva de sier; "
            "stemmer det ikke, kjør på nytt med --year")
    return [*([mismatch] if mismatch else []), *([weak] if run_year.weak else [])]


def _write_failed(out: Path, exc: OSError) -> OutputError:
    if exc.errno == errno.ENOSPC:
        return OutputError(f"{out}: disken er full, så utdataene kunne ikke skrives; frigjør plass og kjør igjen. "
                           "De forrige utdataene og historikken er uendret")
    return OutputError(f"{out}: utdataene kunne ikke skrives ({exc.strerror or exc}); sjekk mappen og kjør igjen. "
                       "De forrige utdataene og historikken er uendret")


def ended_notes(ended: list[Tiltak]) -> list[str]:
    """Per member, last year's tiltak its reporting form marks ended (a form for another year is a report
    stating another year: pipeline.year says so)."""
    notes = []
    by_member: dict[str, list[Tiltak]] = {}
    for t in ended:
        by_member.setdefault(t.member or "ukjent rådsmedlem", []).append(t)
    for member, rows in by_member.items():
        listing = "; ".join(f"{t.row.raw.forrige_tiltak_id} «{t.text}» ({t.kilde})" for t in rows)
        notes.append(f"{member} meldte {len(rows)} av fjorårets tiltak avsluttet (ikke med i registeret): {listing}")
    return notes


def continuity_notes(register: Sequence[RegisterEntry], year: int) -> list[str]:
    """How many of this year's tiltak continue last year's, and how many may (asking for review)."""
    counts = Counter(e.status for e in register)
    possible = sum(any(r.startswith(POSSIBLE_CONTINUATION) for r in e.review_reasons) for e in register)
    if not (counts[NEW] or counts[CONTINUED] or counts[CHANGED]):
        return []
    text = f"fra {year - 1}: {counts[CONTINUED] + counts[CHANGED]} av årets tiltak er videreført"
    text += f", {counts[NEW]} er nye" if counts[NEW] else ""
    text += f"; {possible} kan være videreføringer og bør kontrolleres (review.xlsx)" if possible else ""
    return [text]


def run(settings: Settings, progress: Progress | None = None, ask_year: AskYear | None = None) -> RunResult:
    """One batch run over the inbox; outputs (and the history's year) change only if the run completes."""
    if settings.out.resolve().is_relative_to(settings.inbox.resolve()):
        raise OutputError(f"{settings.out}: utdatamappen ligger inne i innboksen {settings.inbox}, som aldri skal "
                          "endres; velg en annen mappe med --out")
    history_path = settings.history or default_history_path()
    with run_lock(settings.out, history_path):
        recovered = recover(settings.out)  # before anything else: an interrupted commit is finished or undone
        # The files taken out of archives and e-mails are read from here, never from the inbox.
        with open_history(history_path) as history, tempfile.TemporaryDirectory(prefix="tiltak-vedlegg-") as scratch:
            result = _run(settings, history, progress, ask_year, Path(scratch))
    return replace(result, notes=(*recovered, *result.notes))


def _run(settings: Settings, history: History, progress: Progress | None, ask_year: AskYear | None,
         scratch: Path) -> RunResult:
    matchers = Matchers.load(settings.catalogue)
    listing = list_documents(settings, scratch)
    decisions_path = settings.decisions_file(_decisions_in_inbox(listing, settings))
    decisions = read_decisions(decisions_path, matchers.catalogue) if decisions_path else None
    decided = (*listing.set_aside, *_workbook_outcomes(listing, decisions_path, settings))
    named = year_from_names(settings, listing.documents)
    cache_root, cache_note = open_cache(settings)
    work = process_all(listing, decided, matchers, settings, cache_root, progress,
                       [functools.partial(_load_writer, name) for name in WRITERS])
    processed = settle_versions(list(work.processed), matchers.catalogue.vocabulary,
                                lambda d: document_date(d.path, d.format))
    # After parsing: the reports' own words are read as they are parsed (and cached with them).
    aside = {r.document.source_file for r in decided}  # not reports: they say nothing of the year
    claims = [(p.result.document.source_file, p.result.year_claim) for p in processed
              if p.result.document.source_file not in aside]
    run_year = _year(settings, named, claims, ask_year)
    year = run_year.year
    processed = note_membership(processed, matchers.catalogue, year)
    processed = held_against_run_year(processed, year, matchers.catalogue.vocabulary)
    results = [p.result for p in processed]
    tiltak = [t for p in processed for t in p.tiltak]
    ended = [t for p in processed for t in p.ended]
    state = run_state(settings, listing, decided, decisions_path, run_year, history.digest(year - 1), cache_root)
    earlier = unchanged(settings.out, state) if cache_root else None
    runs = RunCache(cache_root) if cache_root else None
    kept = _consolidated(runs.get(state)) if runs and earlier is not None else None
    clusters, register, outcome = kept or consolidate(tiltak, matchers, settings, decisions,
                                                       history.register(year - 1))
    notes = [*listing.notes,
             *([] if results else [f"innboksen {settings.inbox} er tom: det var ingen rapporter å lese; legg "
                                   "rapportene i mappen og kjør på nytt"]),
             *_year_notes(run_year, claims),
             *([cache_note] if cache_note else []), *work.notes,
             *(f"beslutning som ikke lenger passer: {s}" for s in outcome.stale), *ended_notes(ended),
             *continuity_notes(register, year)]
    result = RunResult(settings, tuple(results), tuple(tiltak), clusters, tuple(register), (), decisions=outcome,
                       year=run_year, ended=tuple(ended))

    if earlier is not None:
        # What is in DIR is what this run would write, byte for byte: leave it as it is.
        # The recorded notes hold this run's own notes already: each once.
        same = f"ingen endringer siden forrige kjøring: {settings.out} er oppdatert"
        return replace(result, notes=(*dict.fromkeys((*notes, *earlier)), same))

    plan = history.plan(year, settings.inbox, settings.store_history)
    try:
        written, kept_edits = _write(settings, result, matchers, decisions, history, notes, state, plan.store)
    except OSError as exc:
        raise _write_failed(settings.out, exc) from exc
    if runs:
        runs.put(state, to_data((clusters, tuple(register), outcome)))
    # Said after the outputs' notes, not written into them: the same inputs give the same bytes.
    return replace(result, outputs=tuple(written), notes=(*notes, plan.note), kept_edits=tuple(kept_edits.items()))


def _consolidated(data: object) -> Consolidated | None:
    try:
        return from_data(data, Consolidated) if data is not None else None  # type: ignore[return-value]
    except (CodecError, TypeError, ValueError):
        return None  # read again: a cache never makes a run wrong


def _edit_notes(kept: dict[str, str], settings: Settings) -> list[str]:
    notes = []
    for name, kept_as in kept.items():
        note = f"{settings.out / name} var endret siden kjøringen skrev den; den er tatt vare på som «{kept_as}»"
        if name == "review.xlsx":
            note += (f". Skal beslutningene i den brukes, lagre den som {settings.decisions_beside} (ved siden av "
                     "innboksen) eller gi den med --decisions, og kjør igjen")
        notes.append(note)
    return notes


def _write(settings: Settings, result: RunResult, matchers: Matchers, decisions: Decisions | None, history: History,
           notes: list[str], state: str, store: bool) -> tuple[list[str], dict[str, str]]:
    """Every output into a staging folder, then committed together with the history's year (when stored)."""
    # Imported here, as only a run that writes needs them: their libraries (jinja2, openpyxl, python-docx,
    # matplotlib) take longer to load than a run with nothing new takes.
    from .outputs.publication import start_publication
    from .outputs.review_html import write_review_html
    from .outputs.review_xlsx import write_review_xlsx

    register, tiltak = list(result.register), list(result.tiltak)
    assert result.year is not None
    year = result.year.year
    # The decisions file the next run reads: the one this run read, else the one beside the inbox.
    save_as = Path(decisions.path).resolve() if decisions else settings.decisions_beside
    with Staging(settings.out) as stage:
        with start_publication(stage, register, matchers, year, history, result.ended) as publication:  # the slowest, begun first
            write_extracted(stage.file("extracted.csv"), tiltak)
            write_register(stage.file("register.csv"), register)
            run_info = {"inbox": str(settings.inbox), "year": year, "documents": len(result.documents),
                        "extracted_rows": len(tiltak), "register_rows": len(register),
                        "needs_review": sum(e.needs_review for e in register)}
            write_review_html(stage.file("review.html"), register, result.clusters.near_misses, settings.thresholds,
                              matchers.catalogue, run_info, list(result.documents), save_as)
            write_review_xlsx(stage.file("review.xlsx"), register, matchers.catalogue, decisions,
                              possible_duplicates(register, result.clusters, settings.thresholds), save_as)
            notes += publication.finish()
        assert stage.path is not None
        for office in (*stage.path.glob("*.docx"), *stage.path.glob("*.xlsx")):
            freeze_office_file(office, year, settings.author)
        names = sorted([p.name for p in stage.path.iterdir()] + ["run.json"])
        kept = edited_outputs(settings.out, names)
        notes += _edit_notes(kept, settings)
        write_run_json(stage.file("run.json"), settings, list(result.documents), register, decisions,
                       result.decisions, result.year, result.ended, kept, notes)
        write_state(stage.file(STATE_FILE), state, names, notes)
        ledger = history.storing(year, register, RUN_SOURCE, str(settings.inbox.resolve())) if store else None
        stage.commit(ledger, kept)
    return names, kept
