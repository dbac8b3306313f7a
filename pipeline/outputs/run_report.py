"""run.json: what happened to every file of the inbox, for people and for scripts."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from ..continuation import POSSIBLE_CONTINUATION
from ..decisions import Decisions, Outcome
from ..extract import DocumentResult, problems_first
from tiltak_core.records import RegisterEntry, Tiltak
from ..settings import Settings
from ..year import RunYear


def document_summary(d: DocumentResult) -> dict:
    return {
        "file": d.document.source_file,
        "format": d.document.format,
        "sha256": d.document.sha256,
        "outcome": d.outcome.value,
        "utfall": d.outcome_text,
        "needs_attention": d.outcome.is_problem,
        "member": d.member,
        "member_confidence": round(d.member_confidence, 3),
        "member_evidence": d.member_evidence,
        "pages": d.pages,
        "rows": len(d.rows),
        "ended": len(d.ended),
        "form_year": d.form_year,
        "warnings": list(d.warnings),
        "error": d.error,
        "rejection": ({"kind": d.rejection.kind, "problem": d.rejection.problem, "fix": d.rejection.fix}
                      if d.rejection else None),
        "converted_from": d.converted_from,
        "duplicate_of": d.duplicate_of,
        "stated_year": ({"year": d.year_claim.year, "kind": d.year_claim.kind, "evidence": d.year_claim.evidence}
                        if d.year_claim else None),
        "superseded_by": d.superseded_by,
        "versions": d.version_note,
        "skipped_rows": [{"kilde": f"{d.document.source_file}#{s.locator}", "reason": s.reason, "text": s.text}
                         for s in d.skipped],
    }


def ended_summary(t: Tiltak) -> dict:
    """A row a reporting form marks ended: last year's tiltak it closes, and where the member said so."""
    raw = t.row.raw
    return {"kilde": t.kilde, "member": t.member, "forrige_tiltak_id": raw.forrige_tiltak_id,
            "tiltak": raw.get("tiltak"), "delmal": t.delmal.value, "type": t.type.value}


def write_run_json(path: Path, settings: Settings, results: list[DocumentResult], register: list[RegisterEntry],
                   decisions: Decisions | None = None, outcome: Outcome | None = None,
                   year: RunYear | None = None, ended: list[Tiltak] | tuple[Tiltak, ...] = (),
                   kept_edits: dict[str, str] | None = None, notes: list[str] | None = None) -> None:
    outcomes: dict[str, int] = {}
    for d in results:
        outcomes[d.outcome.value] = outcomes.get(d.outcome.value, 0) + 1
    report = {
        "inbox": str(settings.inbox),
        "year": {"year": year.year, "source": year.source, "evidence": year.evidence} if year else None,
        "documents": [document_summary(d) for d in problems_first(results)],  # the files to look at first
        "outcomes": outcomes,
        "extracted_rows": sum(len(d.rows) for d in results),
        "ended_rows": len(ended),
        "ended": [ended_summary(t) for t in ended],
        "register_rows": len(register),
        "needs_review": sum(e.needs_review for e in register),
        # Followed from last year: status counts ("" when last year's register is not known), links, unsure ones.
        "continuity": {
            "status": {s: n for s, n in sorted(Counter(e.status for e in register).items()) if s},
            "linked": sum(bool(e.forrige_tiltak_id) for e in register),
            "possible_links": sum(any(r.startswith(POSSIBLE_CONTINUATION) for r in e.review_reasons) for e in register),
        },
        "reviewed": sum(e.reviewed for e in register),
        "decisions": {
            "file": decisions.path if decisions else None,
            "applied": list(outcome.applied) if outcome else [],
            "stale": list(outcome.stale) if outcome else [],
        },
        # Outputs a person had changed: kept under these names, not overwritten.
        "kept_edits": [{"file": name, "kept_as": kept} for name, kept in (kept_edits or {}).items()],
        "notes": list(notes or []),
    }
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
