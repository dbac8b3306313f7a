"""review.html: the reviewers' page of how sure the run is of every match and merge, worst first.

One self-contained file (inline CSS and script, no network) that opens from disk. Every register row
shows the delmål and type chosen with their confidence, runner-up, gap and evidence, the rows behind
it and the merges that joined them; the pairs that nearly merged are listed apart. Nothing is
accepted here: the page only shows what to check.

All report text is untrusted: the template autoescapes it, and a Content-Security-Policy that only
lets the page's own script and style run (by hash) guards against anything that slipped through.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from normalise.catalogue import Catalogue

from tiltak_core.records import NO_MATCH, Match, Merge, RegisterEntry, Tiltak
from ..extract import DocumentResult, problems_first
from ..settings import Thresholds
from .confidence import SANNSYNLIG, SIKKER, USIKKER, Scale, Score, commas_in, decimal_comma

TEMPLATE = "review.html.j2"
SCRIPT = "review.js"
STYLE = "review.css"

RUN_LABELS = {
    "inbox": "Innboks",
    "year": "År",
    "documents": "Dokumenter",
    "extracted_rows": "Rader lest",
    "register_rows": "Tiltak i registeret",
    "needs_review": "Bør kontrolleres",
}
UNKNOWN = "(ukjent)"
ROWS_SHOWN = 40  # source rows and merges per tiltak on the page; review.xlsx lists them all


@dataclass(frozen=True)
class FieldView:
    """A chosen catalogue value of an entry with what speaks for it and what came next."""

    value: str
    label: str
    score: Score
    runner_up: str
    runner_up_label: str
    runner_up_score: float
    gap: float
    evidence: str
    inferred: bool
    others: tuple[str, ...]  # other values the entry's rows were matched to


@dataclass(frozen=True)
class RowView:
    kilde: str
    source_file: str
    page: str
    locator: str
    member: str
    member_score: Score
    parse_score: Score
    text: str
    delmal_written: str
    delmal: str
    delmal_score: Score
    type_written: str
    type: str
    type_score: Score
    type_inferred: bool
    ansvarlig: str
    samarbeidspartnere: str
    extra: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class MergeView:
    a: str
    b: str
    a_member: str
    b_member: str
    score: Score
    evidence: str


@dataclass(frozen=True)
class NearMissSide:
    kilde: str
    tiltak_id: str
    member: str
    text: str
    delmal: str
    type: str


@dataclass(frozen=True)
class NearMissView:
    a: NearMissSide
    b: NearMissSide
    score: Score
    evidence: str


@dataclass(frozen=True)
class Neighbour:
    tiltak_id: str
    kilde: str
    score: Score
    evidence: str


@dataclass(frozen=True)
class EntryView:
    tiltak_id: str
    tiltak: str
    omrade: str
    needs_review: bool
    reasons: tuple[str, ...]
    reviewed: bool
    comment: str
    confidence: Score
    delmal: FieldView
    type: FieldView
    rapportert_av: tuple[str, ...]
    ansvarlig: tuple[str, ...]
    samarbeidspartnere: tuple[str, ...]
    rows: tuple[RowView, ...]
    more_rows: int  # source rows not shown: a measure a thousand reports name is read in review.xlsx
    merges: tuple[MergeView, ...]
    near: tuple[Neighbour, ...]
    members: tuple[str, ...]  # for the member filter: reporting members, UNKNOWN when none is known
    search: str
    status: str = ""  # new, continued or changed since last year ("" when last year is not known)
    forrige_tiltak_id: str = ""
    link_evidence: str = ""


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int


def worst_first(register: Sequence[RegisterEntry]) -> list[RegisterEntry]:
    """needs_review first, then lowest confidence; the register's own order otherwise."""
    position = {id(e): i for i, e in enumerate(register)}
    return sorted(register, key=lambda e: (not e.needs_review, e.confidence, position[id(e)]))


def _chosen(matches: list[Match], value: str) -> Match:
    """The match of the row that best supports the entry's value (as the register's vote picks it)."""
    supporting = [m for m in matches if m.value == value]
    if supporting:
        return max(supporting, key=lambda m: m.confidence)
    return NO_MATCH


class _Views:
    def __init__(self, thresholds: Thresholds, catalogue: Catalogue) -> None:
        self.t = thresholds
        self.scale = Scale.of(thresholds)
        self.catalogue = catalogue

    def delmal_label(self, code: str) -> str:
        if not code:
            return UNKNOWN
        d = self.catalogue.delmal_by_code(code)
        return f"{code} {d.short}" if d else code

    def field(self, chosen: Match, matches: list[Match], value: str, label) -> FieldView:
        # The register keeps the match behind its value (a reviewer's correction is one too).
        m = chosen if chosen.value and chosen.value == value else _chosen(matches, value)
        return FieldView(
            value=value,
            label=label(value) if value else UNKNOWN,
            score=self.scale.score(m.confidence),
            runner_up=m.runner_up,
            runner_up_label=label(m.runner_up) if m.runner_up else "",
            runner_up_score=round(m.runner_up_score, 3),
            gap=m.gap,
            evidence=m.evidence,
            inferred=m.inferred,
            others=tuple(dict.fromkeys(x.value for x in matches if x.value and x.value != value)),
        )

    def row(self, t: Tiltak) -> RowView:
        raw, prov = t.row.raw, t.row.provenance
        return RowView(
            kilde=t.kilde,
            source_file=prov.source_file,
            page="" if prov.page is None else str(prov.page),
            locator=prov.locator,
            member=t.member or UNKNOWN,
            member_score=self.scale.score(t.row.member_confidence),
            parse_score=self.scale.score(raw.confidence),
            text=raw.get("tiltak"),
            delmal_written=raw.get("delmal"),
            delmal=t.delmal.value,
            delmal_score=self.scale.score(t.delmal.confidence),
            type_written=raw.get("type"),
            type=t.type.value,
            type_score=self.scale.score(t.type.confidence),
            type_inferred=t.type.inferred,
            ansvarlig=raw.get("ansvarlig"),
            samarbeidspartnere=raw.get("samarbeidspartnere"),
            extra=raw.extra,
        )

    def entry(self, e: RegisterEntry, near: tuple[Neighbour, ...]) -> EntryView:
        delmal = self.field(e.delmal_match, [t.delmal for t in e.rows], e.delmal, self.delmal_label)
        type_ = self.field(e.type_match, [t.type for t in e.rows], e.type, str)
        # The least certain rows and merges first, as many as a reviewer reads on a page.
        shown = sorted(e.rows, key=lambda t: min(t.row.raw.confidence, t.row.member_confidence,
                                                 t.delmal.confidence, t.type.confidence))[:ROWS_SHOWN]
        rows = tuple(self.row(t) for t in shown)
        member_of = {t.kilde: t.member or UNKNOWN for t in e.rows}
        merges = tuple(
            MergeView(m.a, m.b, member_of.get(m.a, ""), member_of.get(m.b, ""),
                      self.scale.score(m.score), m.evidence)
            for m in sorted(e.merges, key=lambda m: m.score)[:ROWS_SHOWN]
        )
        members = tuple(e.rapportert_av) or (UNKNOWN,)
        searchable = [e.tiltak_id, e.forrige_tiltak_id, e.tiltak, e.delmal, delmal.label, e.type, *e.rapportert_av,
                      *e.ansvarlig, *e.samarbeidspartnere, *e.review_reasons, delmal.evidence, type_.evidence, e.comment]
        searchable += [x for r in rows for x in (r.kilde, r.text, r.delmal_written, r.type_written, r.ansvarlig,
                                                 r.samarbeidspartnere)]
        searchable += [m.evidence for m in e.merges]
        return EntryView(
            tiltak_id=e.tiltak_id,
            tiltak=e.tiltak,
            omrade=e.omrade,
            needs_review=e.needs_review,
            reasons=e.review_reasons,
            reviewed=e.reviewed,
            comment=e.comment,
            confidence=self.scale.score(e.confidence),  # the lowest of its parts' scores: labelled as they are
            delmal=delmal,
            type=type_,
            rapportert_av=e.rapportert_av,
            ansvarlig=e.ansvarlig,
            samarbeidspartnere=e.samarbeidspartnere,
            rows=rows,
            more_rows=len(e.rows) - len(rows),
            merges=merges,
            near=near,
            members=members,
            search=" ".join(s for s in searchable if s).lower(),
            status=e.status,
            forrige_tiltak_id=e.forrige_tiltak_id,
            link_evidence=e.link_evidence,
        )


def _near_misses(near_misses: Sequence[Merge], register: Sequence[RegisterEntry],
                 views: _Views) -> tuple[list[NearMissView], dict[str, list[Neighbour]]]:
    """The pairs that scored close but were not merged, closest first, and each entry's such neighbours."""
    where: dict[str, tuple[RegisterEntry, Tiltak]] = {t.kilde: (e, t) for e in register for t in e.rows}

    def side(kilde: str) -> NearMissSide:
        if kilde not in where:
            return NearMissSide(kilde, "", "", "", "", "")
        e, t = where[kilde]
        return NearMissSide(kilde, e.tiltak_id, t.member or UNKNOWN, t.text,
                            views.delmal_label(t.delmal.value) if t.delmal.value else UNKNOWN,
                            t.type.value or UNKNOWN)

    pairs: list[NearMissView] = []
    neighbours: dict[str, list[Neighbour]] = {}
    for m in sorted(near_misses, key=lambda m: -m.score):
        score = views.scale.score(m.score)
        a, b = side(m.a), side(m.b)
        pairs.append(NearMissView(a, b, score, m.evidence))
        for this, other in ((a, b), (b, a)):
            if this.tiltak_id and other.tiltak_id != this.tiltak_id:
                neighbours.setdefault(this.tiltak_id, []).append(Neighbour(other.tiltak_id, other.kilde, score,
                                                                           m.evidence))
    return pairs, neighbours


def _options(values: Iterable[str], order: Sequence[str], label=str) -> list[Option]:
    """Each value present with how many entries carry it; in the catalogue's order, unknown ones last."""
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    rank = {v: i for i, v in enumerate(order)}
    ordered = sorted(counts, key=lambda v: (v == UNKNOWN, rank.get(v, len(rank)), v))
    return [Option(v, label(v) if v != UNKNOWN else UNKNOWN, counts[v]) for v in ordered]


def _asset(name: str) -> str:
    text = resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")
    assert "</script" not in text.lower() and "</style" not in text.lower(), name  # would end the inline element
    return text


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    # One per process: it keeps the template compiled, which otherwise takes a sixth of the page's time.
    env = Environment(
        loader=PackageLoader("pipeline.outputs", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["num"] = decimal_comma
    env.filters["commas"] = commas_in
    return env


@dataclass(frozen=True)
class FileView:
    """An inbox file the secretariat must look at: what became of it and every reason why."""

    name: str
    member: str
    outcome: str
    notes: tuple[str, ...]
    skipped: tuple[tuple[str, str, str], ...]  # (kilde, reason, text)
    more_skipped: int


def _problem_files(documents: Sequence[DocumentResult]) -> list[FileView]:
    return [FileView(d.document.source_file, d.member, d.outcome_text, tuple(filter(None, (d.error, *d.warnings))),
                     tuple((f"{d.document.source_file}#{s.locator}", s.reason, s.text) for s in d.skipped[:ROWS_SHOWN]),
                     max(0, len(d.skipped) - ROWS_SHOWN))
            for d in problems_first(documents) if d.outcome.is_problem]


def _render(register: Sequence[RegisterEntry], near_misses: Sequence[Merge], thresholds: Thresholds,
            catalogue: Catalogue, run_info: Mapping[str, Any], documents: Sequence[DocumentResult] = (),
            save_as: Path | None = None) -> Iterator[str]:
    views = _Views(thresholds, catalogue)
    pairs, neighbours = _near_misses(near_misses, register, views)
    entries = [views.entry(e, tuple(neighbours.get(e.tiltak_id, ()))) for e in worst_first(register)]

    script, style = _asset(SCRIPT), _asset(STYLE)
    csp = (f"default-src 'none'; script-src {_csp_hash(script)}; style-src {_csp_hash(style)}; "
           "base-uri 'none'; form-action 'none'")
    bands = {b: sum(e.confidence.band == b for e in entries) for b in (USIKKER, SANNSYNLIG, SIKKER)}
    scale = [
        ("Delmål", thresholds.delmal),
        ("Type", thresholds.type),
        ("Rådsmedlem", thresholds.member),
        ("Tabellesing", thresholds.parse),
        ("Sammenslåing", thresholds.merge_review),
    ]
    return _environment().get_template(TEMPLATE).generate(
        problem_files=_problem_files(documents),
        entries=entries,
        near_misses=pairs,
        total=len(entries),
        needs_review=sum(e.needs_review for e in entries),
        bands=bands,
        labels=views.scale,
        save_as=save_as,
        scale=scale,
        thresholds=thresholds,
        run_info=[(RUN_LABELS.get(k, k), v) for k, v in run_info.items()],
        year=run_info.get("year", ""),
        members=_options([m for e in entries for m in e.members], [m.name for m in catalogue.members]),
        delmal_options=_options([e.delmal.value or UNKNOWN for e in entries], [d.code for d in catalogue.delmal],
                                views.delmal_label),
        type_options=_options([e.type.value or UNKNOWN for e in entries], [t.name for t in catalogue.types]),
        unknown=UNKNOWN,
        csp=csp,
        script=Markup(script),
        style=Markup(style),
    )


def write_review_html(path: Path, register: Sequence[RegisterEntry], near_misses: Sequence[Merge],
                      thresholds: Thresholds, catalogue: Catalogue, run_info: Mapping[str, Any],
                      documents: Sequence[DocumentResult] = (), save_as: Path | None = None) -> None:
    """Write the reviewers' page to `path` (UTF-8), streamed: the page of a large inbox is never held whole.
    The files to look at (rejected, no tiltak, rows unread) stand at its top, then what to do and the possible
    duplicates; `save_as` is the decisions file the next run reads."""
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(_render(register, near_misses, thresholds, catalogue, run_info, documents, save_as))


def render_review_html(register: Sequence[RegisterEntry], near_misses: Sequence[Merge], thresholds: Thresholds,
                       catalogue: Catalogue, run_info: Mapping[str, Any], documents: Sequence[DocumentResult] = (),
                       save_as: Path | None = None) -> str:
    """The reviewers' page as one string."""
    return "".join(_render(register, near_misses, thresholds, catalogue, run_info, documents, save_as))
