"""Stage: Tiltak -> RegisterEntry. One register row per distinct measure, with why it may need review."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, replace

from normalise.catalogue import Catalogue, Council
from normalise.continuity import Continuity
from normalise.dedup import Clusters
from normalise.text import fold, stems

from tiltak_core.records import (
    NEAR_APART_DOUBT, NEAR_COMMON_TEXT, NEAR_COUNCIL, NEAR_COUNCIL_DOUBT, NEAR_COUNCIL_SEAT, NEAR_DELMAL, NEAR_EVENT, NEAR_JOINT, NEAR_LOST, NEAR_OPENING, NEAR_PARTNER, NEAR_TEXT, Match,
    MERGE_DOUBT, Merge, RegisterEntry, Tiltak,
)
from .continuation import follow, kept_id
from .settings import Thresholds


def _vote(matches: list[Match]) -> Match:
    """The value most rows agree on (summed confidence), carrying the best-supported row's match."""
    weight: dict[str, float] = defaultdict(float)
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


def _most_complete(rows: list[Tiltak], stop: frozenset[str]) -> Tiltak:
    """The row whose wording names the most of what the others say; the owner's on a tie."""
    if len(rows) == 1:
        return rows[0]
    words = [set(stems(t.text, stop)) for t in rows]
    owner = _owner(rows)

    def coverage(i: int) -> tuple[float, bool]:
        covered = sum(len(words[i] & w) / len(w) for j, w in enumerate(words) if j != i and w)
        return round(covered, 6), rows[i] is owner

    return rows[max(range(len(rows)), key=lambda i: (*coverage(i), -i))]


def tiltak_id(rows: list[Tiltak], by_council: bool = True) -> str:
    """Stable across re-runs: from the shared council, else the smallest row key in the cluster.
    A row a reviewer split out of a council's cluster is named by its own key (by_council=False)."""
    anchor = f"council:{rows[0].council}" if rows[0].council and by_council else min(t.key for t in rows)
    return "T" + hashlib.sha1(anchor.encode()).hexdigest()[:8].upper()


def _unique(names: list[str]) -> tuple[str, ...]:
    """Each name once, as first written ("Landsforeningene" and "landsforeninger" are one)."""
    seen: dict[str, str] = {}
    for n in names:
        if n:
            seen.setdefault(fold(n).removesuffix("ene").removesuffix("er").removesuffix("ane"), n)
    return tuple(seen.values())


def possible_duplicate_reason(other: str) -> str:
    """How a register row names the row it may be one measure with (a reviewer's decision lifts it)."""
    return f"mulig samme tiltak som {other}"


def _council_of(rows: list[Tiltak], catalogue: Catalogue) -> Council | None:
    """The shared council the cluster's rows take part in (a row a reviewer merged into it need not say so)."""
    ids = {t.council for t in rows if t.council}
    if len(ids) != 1:
        return None
    return next((c for c in catalogue.councils if c.id in ids), None)


def _units_apart(rows: list[Tiltak], council: Council) -> list[str]:
    """Why a council's row that holds both rows naming the council and rows naming only one of its units (a faglig
    råd beside SRY) asks a reviewer: the unit may be a measure of its own."""
    def says(t: Tiltak, names: tuple[str, ...]) -> bool:
        return any(re.search(rf"(?<!\w){re.escape(fold(n))}", fold(t.row.raw.get("tiltak"))) for n in names)

    own = (council.name, *council.aliases)
    by_unit = [t for t in rows if says(t, council.units) and not says(t, own)]
    if by_unit and any(says(t, own) for t in rows):
        return [f"{council.id} og en plass i et av rådene under det ({', '.join(sorted({t.member for t in by_unit}))}) "
                "er slått sammen; kontroller om det er ett tiltak"]
    return []


def _wording(rows: list[Tiltak], reporters: tuple[str, ...], catalogue: Catalogue) -> tuple[str, tuple, tuple]:
    """(tiltak, ansvarlig, samarbeidspartnere) as the secretariat writes them.

    A shared council under its own name with its owner responsible and every member that reports it,
    and every partner they name, as partners; a joint measure in its most complete wording."""
    council = _council_of(rows, catalogue)
    named = [p for t in rows for p in t.samarbeidspartnere]
    if council is not None:
        ansvarlig: tuple[str, ...] = (council.owner,) if council.owner else ()
        # A member's own ansvarlig cell ("KD", "UHR") names the owner or a partner of the council.
        owner_side = {o.name for o in catalogue.organisations if o.name == council.owner or o.member == council.owner}
        others = [a for t in rows for a in t.ansvarlig if a != t.member and a not in owner_side]
        partners = _unique(list(reporters) + named + others)
        return council.name, ansvarlig, tuple(p for p in partners if p not in ansvarlig)
    owner = _owner(rows)
    ansvarlig = owner.ansvarlig if owner.member in owner.ansvarlig else _unique([a for t in rows for a in t.ansvarlig])
    partners = _unique(named + list(reporters))
    text = _most_complete(rows, catalogue.vocabulary.stopwords).text
    return text, ansvarlig, tuple(p for p in partners if p not in ansvarlig)


def _weak_links(merges: list[Merge], review: float) -> list[Merge]:
    """The merges under the review score, or that the words left open, that no third row vouches for: one both rows are
    surely merged with, where the reports name each other's members («DigiSkift» from YS, naming Spekter and Virke)."""
    vouched: dict[str, set[str]] = defaultdict(set)
    for m in merges:
        if m.score >= review and m.named and m.kind != MERGE_DOUBT:
            vouched[m.a].add(m.b)
            vouched[m.b].add(m.a)
    return [m for m in merges if (m.kind == MERGE_DOUBT or m.score < review) and not vouched[m.a] & vouched[m.b]]


def _unsure_reads(rows: list[Tiltak], parse: float, delmal: str, wording: str) -> list[Tiltak]:
    """The rows read unsurely (a scan, an unclear table) whose reading the entry rests on. A scan's row merged with
    rows read surely, agreeing on the delmål and adding no wording or party of its own, changes nothing the entry
    says: its doubt is not the entry's."""
    low = [t for t in rows if t.row.raw.confidence < parse]
    sure = [t for t in rows if t.row.raw.confidence >= parse]
    if not low or not sure:
        return low
    said = {p for t in sure for p in (*t.ansvarlig, *t.samarbeidspartnere, t.member)}
    if all(t.delmal.value in ("", delmal) and t.text != wording and {*t.ansvarlig, *t.samarbeidspartnere} <= said
           for t in low):
        return []
    return low


def build_entry(rows: list[Tiltak], merges: list[Merge], catalogue: Catalogue, member_order: dict[str, int],
                thresholds: Thresholds) -> RegisterEntry:
    # A type a report gave outranks any number guessed from the words of reports that gave none.
    given = [t.type for t in rows if t.type.value and not t.type.inferred]
    delmal, type_ = _vote([t.delmal for t in rows]), _vote(given or [t.type for t in rows])
    reporters = _unique(sorted((t.member for t in rows), key=lambda m: member_order.get(m, 999)))
    wording, ansvarlig, partners = _wording(rows, reporters, catalogue)

    reasons = []
    if not delmal.value:
        reasons.append("delmål ukjent")
    elif delmal.confidence < thresholds.delmal:
        reasons.append(f"usikkert delmål ({delmal.confidence:.2f})")
    if len({t.delmal.value for t in rows if t.delmal.value and not t.delmal.inferred}) > 1:
        reasons.append("rapportene oppgir ulike delmål")  # a delmål guessed where a report gave none is not a claim
    if len({m.value for m in given}) > 1:
        reasons.append("rapportene oppgir ulike typer")  # one measure is of one type: a report or the merge is wrong
    guessed = sorted({t.type.value for t in rows if t.type.value and t.type.inferred})
    if not given and len(guessed) > 1:
        # «LIS-prosjektet» and «Forskningsprosjektet … (LIS)»: two guesses from the words, at most one of them right.
        reasons.append(f"typen utledet av ordene er ulik i radene ({' / '.join(guessed)})")
    if not type_.value:
        reasons.append("type ukjent")
    elif type_.confidence < thresholds.type:
        reasons.append(f"usikker type ({type_.confidence:.2f}{', utledet' if type_.inferred else ''})")
    if any(t.row.member_confidence < thresholds.member for t in rows):
        reasons.append("usikkert hvilket rådsmedlem som rapporterte")
    unsure_reads = _unsure_reads(rows, thresholds.parse, delmal.value, wording)
    if unsure_reads:
        reasons.append("raden ble lest med lav sikkerhet (skannet side eller utydelig tabell)")
    reasons.extend(_unique([t.row.raw.doubt for t in rows if t.row.raw.doubt]))
    weak = _weak_links(merges, thresholds.merge_review)
    if any(m.kind != MERGE_DOUBT for m in weak):
        reasons.append(f"usikker sammenslåing ({min(m.score for m in weak if m.kind != MERGE_DOUBT):.2f})")
    reasons.extend(_unique([f"usikker sammenslåing: {m.doubt}" for m in weak if m.kind == MERGE_DOUBT]))
    council = _council_of(rows, catalogue)
    if council is not None and council.separate_units:
        reasons.extend(_units_apart(rows, council))
    for t in rows:
        if t.council and t.council_doubt:
            reasons.append(f"usikkert om {t.member or t.kilde} deltar i {t.council}: {t.council_evidence}")

    # A weak merge that sure ones make redundant does not lower the measure's confidence either.
    held = [m.score for m in merges if m.score >= thresholds.merge_review] + [m.score for m in weak]
    scores = [delmal.confidence, type_.confidence] + held + [
        t.row.raw.confidence for t in rows if t.row.raw.confidence >= thresholds.parse or t in unsure_reads]
    return RegisterEntry(
        tiltak_id=tiltak_id(rows),
        omrade=catalogue.omrade_of(delmal.value),
        delmal=delmal.value,
        tiltak=wording,
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
    rows: list[Tiltak], clusters: Clusters, catalogue: Catalogue, thresholds: Thresholds, ids: dict[int, str] | None = None,
    continuity: Continuity | None = None,
) -> list[RegisterEntry]:
    """One entry per cluster, in the matrix's order; `ids` keeps the id a reviewer's decision gave a group
    (keyed by the group's first row); `continuity` links groups to last year's tiltak, whose ids sure links keep."""
    member_order = {m.name: i for i, m in enumerate(catalogue.members)}
    merges_of: dict[int, list[Merge]] = {}
    root = {i: g[0] for g in clusters.groups for i in g}
    for i, _, merge in clusters.merges:
        merges_of.setdefault(root[i], []).append(merge)
    built = [build_entry([rows[i] for i in g], merges_of.get(g[0], []), catalogue, member_order, thresholds)
             for g in clusters.groups]
    wanted: list[tuple[str, bool]] = []
    for n, (g, e) in enumerate(zip(clusters.groups, built)):
        tid, kept = _wanted_id(n, g, e, ids or {}, continuity)
        if kept and any(tid == w for w, k in wanted if k):  # two forms link one tiltak: the first keeps its id
            tid, kept = _wanted_id(n, g, e, ids or {}, None)
        wanted.append((tid, kept))
    # Ids kept from last year are taken first; two clusters with one anchor (a member reporting one text
    # twice) still get two ids.
    seen = {tid for tid, kept in wanted if kept}
    entries = []
    for n, (entry, (tid, kept)) in enumerate(zip(built, wanted)):
        if not kept:
            base, k = tid, 1
            while tid in seen:
                k += 1
                tid = f"{base}-{k}"
            seen.add(tid)
        entry = replace(entry, tiltak_id=tid)
        entries.append(follow(entry, continuity, n) if continuity is not None else entry)
    return sort_register(flag_possible_duplicates(entries, clusters, thresholds), rows, catalogue)


def _wanted_id(n: int, group: tuple[int, ...], entry: RegisterEntry, ids: dict[int, str],
               continuity: Continuity | None) -> tuple[str, bool]:
    """(the id the group should have, whether it is last year's id kept): a sure link's, else a reviewer's
    decision's (unless that names a tiltak of last year it no longer continues), else its own."""
    link = continuity.sure.get(n) if continuity is not None else None
    own = kept_id(link, "")
    if own:
        return own, True
    decided = ids.get(group[0], "")
    if decided and not (continuity is not None and decided in continuity.previous_ids):
        return decided, False
    return entry.tiltak_id, False


@dataclass(frozen=True)
class PossibleDuplicate:
    """Two register rows the run kept apart though they may be one measure, with why."""

    a: str  # tiltak ids
    b: str
    score: float
    evidence: str
    flagged: bool  # close enough that the rows ask for review
    one_sided: bool = False  # only a asks: b is the council's row a names, saying why it does not take part


def _asks_for_review(m: Merge, thresholds: Thresholds) -> bool:
    """Whether a near miss is close enough, on its kind of evidence, that both rows ask for review."""
    if m.kind in (NEAR_COUNCIL_DOUBT, NEAR_COUNCIL_SEAT, NEAR_LOST, NEAR_OPENING, NEAR_DELMAL, NEAR_PARTNER, NEAR_EVENT):
        return True
    if m.kind in (NEAR_JOINT, NEAR_APART_DOUBT):
        return m.score >= thresholds.near_miss
    if m.kind == NEAR_TEXT:
        return m.score >= thresholds.near_miss_text
    if m.kind == NEAR_COMMON_TEXT:
        return m.score >= thresholds.near_miss_common_text
    return False  # a council's trap or a programme's other phase or region: the words said why


def possible_duplicates(entries: list[RegisterEntry], clusters: Clusters, thresholds: Thresholds) -> list[PossibleDuplicate]:
    """The near misses between different register rows, closest first, each pair once."""
    entry_of = {t.kilde: e.tiltak_id for e in entries for t in e.rows}
    member_of = {t.kilde: t.member for e in entries for t in e.rows}
    reporters = {e.tiltak_id: e.rapportert_av for e in entries}
    best: dict[tuple[str, str], PossibleDuplicate] = {}
    for m in clusters.near_misses:
        a, b = entry_of.get(m.a), entry_of.get(m.b)
        if not a or not b or a == b:
            continue
        council = m.kind in (NEAR_COUNCIL, NEAR_COUNCIL_DOUBT, NEAR_COUNCIL_SEAT)
        key = (a, b) if a < b or council else (b, a)
        # A seat that may count as taking part, or a mention whose words did not settle it (a region after the
        # council's name), asks on both sides when the council's row lacks that member: it may be missing one.
        # A row whose words said why it stays apart, or whose member the council's row already has, leaves the
        # council's row sure.
        lacking = m.kind in (NEAR_COUNCIL_SEAT, NEAR_COUNCIL_DOUBT) and member_of[m.a] not in reporters[b]
        found = PossibleDuplicate(*key, m.score, m.evidence, _asks_for_review(m, thresholds), council and not lacking)
        # Two near misses between the same rows (a merged row's two sources): the closer names the pair, and the pair
        # asks as much as either does (an observer's seat beside another source the council's row already has).
        kept = best.get(key)
        if kept is not None:
            first, other = (found, kept) if m.score > kept.score else (kept, found)
            found = replace(first, flagged=first.flagged or other.flagged, one_sided=first.one_sided and other.one_sided)
        best[key] = found
    return sorted(best.values(), key=lambda d: (-d.score, d.a, d.b))


def flag_possible_duplicates(entries: list[RegisterEntry], clusters: Clusters, thresholds: Thresholds) -> list[RegisterEntry]:
    """Both rows of a close near miss ask for review, each naming the other; their confidence says so."""
    reasons: dict[str, list[str]] = {}
    worst: dict[str, float] = {}
    for d in possible_duplicates(entries, clusters, thresholds):
        if not d.flagged:
            continue
        for this, other in ((d.a, d.b),) if d.one_sided else ((d.a, d.b), (d.b, d.a)):
            reasons.setdefault(this, []).append(f"{possible_duplicate_reason(other)} ({d.score:.2f}: {d.evidence})")
            # As sure as the pair is far from the merge: a pair just under it is a coin toss.
            worst[this] = min(worst.get(this, 1.0), round(1 - d.score / 2, 3))
    out = []
    for e in entries:
        if e.tiltak_id in reasons:
            e = replace(e, review_reasons=(*e.review_reasons, *reasons[e.tiltak_id]), needs_review=True,
                        confidence=min(e.confidence, worst[e.tiltak_id]))
        out.append(e)
    return out


def sort_register(entries: list[RegisterEntry], rows: list[Tiltak], catalogue: Catalogue) -> list[RegisterEntry]:
    """The matrix's order: by delmål, then by member as the catalogue lists them, then as read."""
    member_order = {m.name: i for i, m in enumerate(catalogue.members)}
    codes = {d.code: i for i, d in enumerate(catalogue.delmal)}
    position = {t.kilde: i for i, t in enumerate(rows)}

    def order(e: RegisterEntry) -> tuple:
        first_member = e.rapportert_av[0] if e.rapportert_av else ""
        return (codes.get(e.delmal, len(codes)), member_order.get(first_member, 999), position[e.rows[0].kilde])

    return sorted(entries, key=order)
