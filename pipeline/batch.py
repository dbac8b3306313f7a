"""The batch run: inbox -> documents -> rows -> matched tiltak -> register -> outputs.

`run(settings)` is the whole program; the CLI is a thin layer over it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from normalise.dedup import Clusters, find_clusters
from normalise.matchers import Matchers

from .decisions import Decisions, Outcome, correct, read_decisions, restructure
from .extract import DUPLICATE, REJECTED, DocumentResult, extract_document
from .history import open_history, resolve_year
from .inbox import list_documents
from .match import match_rows
from .outputs.csv_files import write_extracted, write_register
from .outputs.freeze import freeze_office_file
from .outputs.publication import write_publication
from .outputs.review_html import write_review_html
from .outputs.review_xlsx import write_review_xlsx
from .outputs.run_report import write_run_json
from .outputs.staging import Staging
from .records import Document, RegisterEntry, Tiltak
from .register import build_register, sort_register
from .settings import Settings

EXIT_OK, EXIT_REJECTED, EXIT_UNUSABLE = 0, 1, 2

Progress = Callable[[DocumentResult, int, int], None]


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

    @property
    def rejected(self) -> tuple[DocumentResult, ...]:
        return tuple(d for d in self.documents if d.outcome == REJECTED)

    @property
    def exit_code(self) -> int:
        return EXIT_REJECTED if self.rejected else EXIT_OK


def extract_all(documents: list[Document], matchers: Matchers, settings: Settings, progress: Progress | None) -> list[DocumentResult]:
    """Each document once; a second file with the same content is skipped as a copy of the first."""
    results: list[DocumentResult] = []
    seen: dict[str, str] = {}
    options = settings.parse_options()
    for n, document in enumerate(documents, 1):
        if document.sha256 in seen:
            result = DocumentResult(document, DUPLICATE, duplicate_of=seen[document.sha256])
        else:
            seen[document.sha256] = document.source_file
            result = extract_document(document, matchers, options, settings.limits.max_file_bytes)
        results.append(result)
        if progress:
            progress(result, n, len(documents))
    return results


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


def run(settings: Settings, progress: Progress | None = None) -> RunResult:
    """One batch run over the inbox; outputs replace the previous ones only if the run completes."""
    matchers = Matchers.load(settings.catalogue)
    decisions_path = settings.decisions_file()
    decisions = read_decisions(decisions_path, matchers.catalogue) if decisions_path else None
    documents = list_documents(settings)
    year = resolve_year(settings, documents)  # before the slow part, so a missing --year fails at once
    results = extract_all(documents, matchers, settings, progress)
    tiltak = match_rows([row for r in results for row in r.rows], matchers)
    clusters, register, outcome = consolidate(tiltak, matchers, settings, decisions)
    notes = [f"beslutning som ikke lenger passer: {s}" for s in outcome.stale]

    with open_history(settings.history) as history:
        with Staging(settings.out) as stage:
            write_extracted(stage.file("extracted.csv"), tiltak)
            write_register(stage.file("register.csv"), register)
            run_info = {"inbox": str(settings.inbox), "year": year, "documents": len(results),
                        "extracted_rows": len(tiltak), "register_rows": len(register),
                        "needs_review": sum(e.needs_review for e in register)}
            write_review_html(stage.file("review.html"), register, clusters.near_misses, settings.thresholds,
                              matchers.catalogue, run_info)
            write_review_xlsx(stage.file("review.xlsx"), register, matchers.catalogue, decisions)
            write_run_json(stage.file("run.json"), settings, results, register, decisions, outcome)
            notes += write_publication(stage, register, matchers, year, history)
            for office in (*stage.path.glob("*.docx"), *stage.path.glob("*.xlsx")):
                freeze_office_file(office, year)
        # Only once the outputs are in place: a failed run leaves the history as it was.
        history.store(year, register, source="tiltak run")
    return RunResult(
        settings=settings,
        documents=tuple(results),
        tiltak=tuple(tiltak),
        clusters=clusters,
        register=tuple(register),
        outputs=tuple(p.name for p in stage.written),
        notes=tuple(notes),
        decisions=outcome,
    )
