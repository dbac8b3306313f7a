"""Stage: Tiltak -> RegisterEntry. One register row per distinct measure, with why it may need review."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace

from normalise.catalogue import Catalogue
from normalise.dedup import Clusters

from tiltak_core.records import Match, Merge, RegisterEntry, Tiltak
from .settings import Thresholds


def _vote(matches: list[Match]) -> Match:
    """The value most rows agree on (summed confidence), carrying the best-supported row's match."""
    weight: Counter[str] = Counter()
    for m in matches:
        if m.value:
            weight[m.value] += m.confidence
    if not weight:
        return matches[0]
    value = max(weight, key=lambda v: (weight[v], v))
    return max((m for m in matches if m.value == value), key=lambda m: m.confidence)


def _owner(rows: list[Tiltak]) -> Tiltak:
    """The row reported by the member responsible for the measure; else the first."""
    return next((t for t in rows if t.member and t.member in t.ansvarlig), rows[0])


def tiltak_id(rows: list[Tiltak], by_council: bool = True) -> str:
    """Stable across re-runs: from the shared council, else the smallest row key in the cluster.
    A row a reviewer split out of a council's cluster is named by its own key (by_council=False)."""
    anchor = f"council:{rows[0].council}" if rows[0].council and by_council else min(t.key for t in rows)
    return "T" + hashlib.sha1(anchor.encode()).hexdigest()[:8].upper()


def _unique(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for n in names if n))


def build_entry(rows: list[Tiltak], merges: list[Merge], catalogue: Catalogue, member_order: dict[str, int],
                thresholds: Thresholds) -> RegisterEntry:
    owner = _owner(rows)
    delmal, type_ = _vote([t.delmal for t in rows]), _vote([t.type for t in rows])
    reporters = _unique(sorted((t.member for t in rows), key=lambda m: member_order.get(m, 999)))
    ansvarlig = owner.ansvarlig if owner.member in owner.ansvarlig else _unique([a for t in rows for a in t.ansvarlig])
    partners = _unique([p for t in rows for p in t.samarbeidspartnere] + list(reporters))
    partners = tuple(p for p in partners if p not in ansvarlig)

    reasons = []
    if not delmal.value:
        reasons.append("delmål ukjent")
    elif delmal.confidence < thresholds.delmal:
        reasons.append(f"usikkert delmål ({delmal.confidence:.2f})")
    if len({t.delmal.value for t in rows if t.delmal.value}) > 1:
        reasons.append("rapportene oppgir ulike delmål")
    if not type_.value:
        reasons.append("type ukjent")
    elif type_.confidence < thresholds.type:
        reasons.append(f"usikker type ({type_.confidence:.2f}{', utledet' if type_.inferred else ''})")
    if any(t.row.member_confidence < thresholds.member for t in rows):
        reasons.append("usikkert hvilket rådsmedlem som rapporterte")
    if any(t.row.raw.confidence < thresholds.parse for t in rows):
        reasons.append("raden ble lest med lav sikkerhet (skannet side eller utydelig tabell)")
    weak = [m for m in merges if m.score < thresholds.merge_review]
    if weak:
        reasons.append(f"usikker sammenslåing ({min(m.score for m in weak):.2f})")

    scores = [delmal.confidence, type_.confidence] + [m.score for m in merges] + [t.row.raw.confidence for t in rows]
    return RegisterEntry(
        tiltak_id=tiltak_id(rows),
        omrade=catalogue.omrade_of(delmal.value),
        delmal=delmal.value,
        tiltak=owner.text,
        type=type_.value,
        ansvarlig=ansvarlig,
        samarbeidspartnere=partners,
        rapportert_av=reporters,
        rows=tuple(rows),
        merges=tuple(merges),
        confidence=round(min(scores), 3),
        needs_review=bool(reasons),
        review_reasons=tuple(reasons),
        delmal_match=delmal,
        type_match=type_,
    )


def build_register(
    rows: list[Tiltak], clusters: Clusters, catalogue: Catalogue, thresholds: Thresholds, ids: dict[int, str] | None = None
) -> list[RegisterEntry]:
    """One entry per cluster, in the matrix's order; `ids` keeps the id a reviewer's decision gave a group
    (keyed by the group's first row)."""
    member_order = {m.name: i for i, m in enumerate(catalogue.members)}
    merges_of: dict[int, list[Merge]] = {}
    root = {i: g[0] for g in clusters.groups for i in g}
    for i, _, merge in clusters.merges:
        merges_of.setdefault(root[i], []).append(merge)
    entries = []
    seen: set[str] = set()
    for g in clusters.groups:
        entry = build_entry([rows[i] for i in g], merges_of.get(g[0], []), catalogue, member_order, thresholds)
        tid = (ids or {}).get(g[0], entry.tiltak_id)
        # Two clusters with one anchor (a member reporting one text twice) still get two ids.
        base, n = tid, 1
        while tid in seen:
            n += 1
            tid = f"{base}-{n}"
        seen.add(tid)
        entries.append(replace(entry, tiltak_id=tid))
    return sort_register(entries, rows, catalogue)


def sort_register(entries: list[RegisterEntry], rows: list[Tiltak], catalogue: Catalogue) -> list[RegisterEntry]:
    """The matrix's order: by delmål, then by member as the catalogue lists them, then as read."""
    member_order = {m.name: i for i, m in enumerate(catalogue.members)}
    codes = {d.code: i for i, d in enumerate(catalogue.delmal)}
    position = {t.kilde: i for i, t in enumerate(rows)}

    def order(e: RegisterEntry) -> tuple:
        first_member = e.rapportert_av[0] if e.rapportert_av else ""
        return (codes.get(e.delmal, len(codes)), member_order.get(first_member, 999), position[e.rows[0].kilde])

    return sorted(entries, key=order)
