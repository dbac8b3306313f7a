"""The batch run: inbox -> documents -> rows -> matched tiltak -> register -> outputs.

`run(settings)` is the whole program; the CLI is a thin layer over it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from normalise.dedup import Clusters, find_clusters
from normalise.matchers import Matchers
from parsers.metadata import document_date

from .decisions import Decisions, Outcome, correct, read_decisions, restructure
from tiltak_core.errors import OutputError, YearUnknown
from .extract import REJECTED, DocumentResult
from .history import default_history_path, open_history
from .year import RunYear, YearClaim, asked, disagreeing, year_from_names, year_from_reports
from .inbox import list_documents
from .membership import note_membership
from .outputs.csv_files import write_extracted, write_register
from .outputs.freeze import freeze_office_file
from .outputs.review_html import write_review_html
from .outputs.review_xlsx import write_review_xlsx
from .outputs.run_report import write_run_json
from .outputs.staging import Staging
from tiltak_core.records import RegisterEntry, Tiltak
from .register import build_register, possible_duplicates, sort_register
from .cache import RunCache, default_cache_dir
from .settings import Settings
from .state import record, run_state, unchanged
from .versions import settle_versions
from .work import Progress, process_all

EXIT_OK, EXIT_REJECTED, EXIT_UNUSABLE = 0, 1, 2  # EXIT_REJECTED: some file was rejected or needs looking at
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
    year: RunYear | None = None
    ended: tuple[Tiltak, ...] = ()  # last year's tiltak the reporting forms mark ended: counted, not in the register

    @property
    def rejected(self) -> tuple[DocumentResult, ...]:
        return tuple(d for d in self.documents if d.outcome == REJECTED)

    @property
    def problems(self) -> tuple[DocumentResult, ...]:
        """Files the secretariat must look at: rejected, no tiltak found, or rows left unread."""
        return tuple(d for d in self.documents if d.outcome.is_problem)

    @property
    def exit_code(self) -> int:
        return EXIT_REJECTED if self.problems else EXIT_OK


def consolidate(
    tiltak: list[Tiltak], matchers: Matchers, settings: Settings, decisions: Decisions | None
) -> tuple[Clusters, list[RegisterEntry], Outcome]:
    """Rows -> clusters -> register, with the reviewers' decisions applied where given."""
    t = settings.thresholds
    stop = matchers.catalogue.vocabulary.stopwords
    clusters = find_clusters(tiltak, matchers.orgs, stop, t.merge, t.merge_text_only)
    if decisions is None:
        return clusters, build_register(tiltak, clusters, matchers.catalogue, t), Outcome()
    clusters, ids, moved = restructure(tiltak, clusters, decisions)
    register = build_register(tiltak, clusters, matchers.catalogue, t, ids)
    register, corrected = correct(register, decisions, matchers.catalogue)
    outcome = Outcome(moved.applied + corrected.applied, moved.stale + corrected.stale)
    return clusters, sort_register(register, tiltak, matchers.catalogue), outcome


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


def run(settings: Settings, progress: Progress | None = None, ask_year: AskYear | None = None) -> RunResult:
    """One batch run over the inbox; outputs replace the previous ones only if the run completes."""
    if settings.out.resolve().is_relative_to(settings.inbox.resolve()):
        raise OutputError(f"{settings.out}: utdatamappen ligger inne i innboksen {settings.inbox}, som aldri skal "
                          "endres; velg en annen mappe med --out")
    matchers = Matchers.load(settings.catalogue)
    decisions_path = settings.decisions_file()
    decisions = read_decisions(decisions_path, matchers.catalogue) if decisions_path else None
    documents = list_documents(settings)
    named = year_from_names(settings, documents)
    processed = settle_versions(process_all(documents, matchers, settings, progress), matchers.catalogue.vocabulary,
                                lambda d: document_date(d.path, d.format))
    # After parsing: the reports' own words are read as they are parsed (and cached with them).
    claims = [(p.result.document.source_file, p.result.year_claim) for p in processed]
    run_year = _year(settings, named, claims, ask_year)
    year = run_year.year
    processed = note_membership(processed, matchers.catalogue, year)
    results = [p.result for p in processed]
    tiltak = [t for p in processed for t in p.tiltak]
    ended = [t for p in processed for t in p.ended]
    history_path = settings.history or default_history_path()
    state = run_state(settings, documents, decisions_path, run_year, history_path)
    earlier = unchanged(settings.out, state) if settings.cache else None
    runs = RunCache(settings.cache_dir or default_cache_dir()) if settings.cache else None
    kept = runs.get(state) if runs and earlier is not None else None
    clusters, register, outcome = kept or consolidate(tiltak, matchers, settings, decisions)
    notes = [f"beslutning som ikke lenger passer: {s}" for s in outcome.stale] + ended_notes(ended)
    result = RunResult(settings, tuple(results), tuple(tiltak), clusters, tuple(register), (), decisions=outcome,
                       year=run_year, ended=tuple(ended))

    if earlier is not None:
        # What is in DIR is what this run would write, byte for byte: leave it as it is.
        # The recorded notes hold this run's own notes already: each once.
        same = f"ingen endringer siden forrige kjøring: {settings.out} er oppdatert"
        return replace(result, notes=(*dict.fromkeys((*notes, *earlier)), same))

    # Imported here: the publication's libraries (matplotlib above all) take long to load.
    from .outputs.publication import write_publication

    if not documents:
        notes.append(f"innboksen {settings.inbox} er tom: det var ingen rapporter å lese; legg rapportene i "
                     "mappen og kjør på nytt")
    mismatch = disagreeing(run_year, claims)
    if mismatch:
        notes.append(mismatch)
    if run_year.weak:
        notes.append(f"rapporteringsåret {year} er utledet av når rapportene ble skrevet, ikke av hva de sier; "
                     "stemmer det ikke, kjør på nytt med --year")

    with open_history(history_path) as history:
        with Staging(settings.out) as stage:
            write_extracted(stage.file("extracted.csv"), tiltak)
            write_register(stage.file("register.csv"), register)
            run_info = {"inbox": str(settings.inbox), "year": year, "documents": len(results),
                        "extracted_rows": len(tiltak), "register_rows": len(register),
                        "needs_review": sum(e.needs_review for e in register)}
            write_review_html(stage.file("review.html"), register, clusters.near_misses, settings.thresholds,
                              matchers.catalogue, run_info, results)
            write_review_xlsx(stage.file("review.xlsx"), register, matchers.catalogue, decisions,
                              possible_duplicates(register, clusters, settings.thresholds))
            write_run_json(stage.file("run.json"), settings, results, register, decisions, outcome, run_year, ended)
            notes += write_publication(stage, register, matchers, year, history)
            for office in (*stage.path.glob("*.docx"), *stage.path.glob("*.xlsx")):
                freeze_office_file(office, year, settings.author)
        # Only once the outputs are in place: a failed run leaves the history as it was.
        history.store(year, register, source="tiltak run")
    written = [p.name for p in stage.written]
    if runs:
        after = run_state(settings, documents, decisions_path, run_year, history_path)  # the history has this year now
        record(settings.out, after, written, notes)
        runs.put(after, (clusters, register, outcome))
    return replace(result, outputs=tuple(written), notes=tuple(notes))
