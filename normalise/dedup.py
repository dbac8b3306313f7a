"""Decides which rows from different reports are the same measure, and keeps every merge's evidence.

Rules, strongest first:
- participation in the same shared council is one measure, however each member words it;
- two rows of one file are never one measure (a member does not report a measure twice);
- otherwise rows merge when their texts are near-identical, or when they agree and each names the
  other's member or both name the same programme, project or event (a joint measure; one naming the
  other's member weighs in then too); delmål and a given type must not disagree;
- two rows about another region, a new phase or an extension of one programme are not one measure;
- between two files each row merges with at most one row (the best-scoring pair first).
"""

from __future__ import annotations

from collections import defaultdict
import heapq
from os.path import commonprefix
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from tiltak_core.records import (
    NEAR_APART, NEAR_APART_DOUBT, NEAR_COMMON_TEXT, NEAR_COUNCIL, NEAR_COUNCIL_DOUBT, NEAR_COUNCIL_SEAT, NEAR_DELMAL, NEAR_JOINT,
    MERGE_DOUBT, NEAR_EVENT, NEAR_LOST, NEAR_OPENING, NEAR_PARTNER, NEAR_TEXT, Merge, Tiltak,
)

from .name_text import (NAME_IN_TEXT_CHARS, coined_in, own_tails, same_sector, sector_after, split_compounds,
                        variant_after)
from .union import ConstrainedUnion
from .apart import ONLY_HOMES, OTHER_REGION, OTHER_YEARS
from .names import YEAR, MeasureNames
from .orgs import OrgMatcher
from .other_wordings import other_wordings
from .syllable_acronyms import known_capitals
from .dedup_pairs import candidate_pairs, identical_twins, named_across_delmal, only_row_named, partner_rows, twin_rows
from .row_profile import RowProfile, profile_row
from .text import clean, fold, stems, undoubled

# Evidence of a joint measure: each row names the other's member. Named in the tiltak's own words
# ("sammen med YS") weighs more than named as ansvarlig or partner, which collaborating members do
# for measures of their own too.
TEXT_MENTION = 0.2
CELL_MENTION = 0.12
MENTIONED_ALIKE = 0.6  # words this alike make a row that names the other's member in its text a joint measure's
# Evidence of a joint measure: both rows name the same programme, project or event.
SHARED_NAME = 0.4
# … a name both write as coined («DigiFag», «KOMPHELSE») names one programme more surely than a proper noun that may be
# a place, a body or a word set in capitals at a line's start: it may lift the pair to a merge, but no higher than
# one reviewers are asked about (set 56's KOMPHELSE rows, split at 0.81–0.82; a third row in other words may be missed).
SHARED_COINED = 0.1
COINED_CEILING = 0.9
# One row spells a programme out and gives its initials («… i industrien (KGI)»), the other names it by them
# («KGI-prosjektet»): more than a shared word, short of a sure merge (a merge under merge_review asks).
DEFINED_ACRONYM = 0.1
IDENTICAL = "identisk tekst, delmål og type i to rapporter"
NEAR_MISS = 0.6  # pairs scoring from here to the merge threshold are shown to reviewers, not merged
# A row that names a shared council but was not merged into it is a near miss of the council's row:
# close (a reviewer should look) when the words did not settle it, distant when they named a reason.
COUNCIL_DOUBT = 0.84
COUNCIL_REASON = NEAR_MISS
EVENT_TYPE = "Arrangement"
_MEET = 5  # letters a stem needs to count as a shared word's opening
_MEET_COMPOUND = 7  # letters two compounds share at their start to share a word («havbruksanalysen», «havbruksnæringa»)
MAX_NEAR_MISSES = 500  # reviewers read the closest ones; a country-sized inbox has millions
_EVENT_PLACE = re.compile(r"\b(?:under|på|i)\s+([A-ZÆØÅ][a-zæøå]{5,})")  # «under Arendalsuka», «i Arendal»


@dataclass(frozen=True)
class Clusters:
    groups: tuple[tuple[int, ...], ...]  # indices into the rows, each group in row order
    merges: tuple[tuple[int, int, Merge], ...]
    near_misses: tuple[Merge, ...]


def similarity(sa: str, sb: str) -> float:
    if not sa or not sb:
        return 0.0
    return (fuzz.token_set_ratio(sa, sb) + fuzz.token_sort_ratio(sa, sb)) / 200


def _compatible(a: RowProfile, b: RowProfile) -> bool:
    """Rows of one report, or of different delmål, are never one measure."""
    return a.file != b.file and not (a.delmal and b.delmal and a.delmal != b.delmal)


def _types_differ(a: RowProfile, b: RowProfile) -> str:
    """Why two rows whose reports give different types stay apart ('' when they agree); a reviewer may still join them."""
    return f"rapportene oppgir ulike typer ({a.type} / {b.type})" if a.type and b.type and a.type != b.type else ""


def _mention(a: Tiltak, pa: RowProfile, b: Tiltak, pb: RowProfile) -> tuple[float, str]:
    """How strongly row a names the member that reported row b (a county council by its county, too)."""
    if not b.member or a.member == b.member:
        return 0.0, ""
    if b.member in pa.named:
        return TEXT_MENTION, f"{a.member} nevner {b.member} i teksten"
    if b.member in pa.involved:
        return CELL_MENTION, f"{a.member} oppgir {b.member} som ansvarlig/partner"
    if b.member in pa.described:
        # A description names partners as a partner cell does, with more words around them.
        return CELL_MENTION, f"{a.member} nevner {b.member} i beskrivelsen"
    if pb.names.home & (pa.names.places | pa.cell_places):
        return CELL_MENTION, f"{a.member} nevner fylket til {b.member}"
    return 0.0, ""


def _opening_named(a: RowProfile, b: RowProfile, a_names_b: float) -> str:
    """The opening words of b's row («fagbrev på jobb») standing in the text of a row that names b's member; ''."""
    return b.names.opening if a_names_b >= TEXT_MENTION and b.names.opening and b.names.opening in a.names.text else ""


def _same_event_place(ta: str, pa: RowProfile, tb: str, pb: RowProfile) -> str:
    """The event both rows place themselves at («under Arendalsuka», «i Arendal»), no county or region; ''."""
    regions = pa.names.places | pb.names.places | pa.names.home | pb.names.home
    xs, ys = ({fold(w) for w in _EVENT_PLACE.findall(t)} - regions for t in (ta, tb))
    return next((min(x, y, key=len) for x in sorted(xs) for y in sorted(ys) if x.startswith(y) or y.startswith(x)), "")


def _contained(a: list[str], b: list[str]) -> bool:
    """Every word of one row stands in the other: the shorter is an account of what the longer says."""
    small, large = sorted((set(a), set(b)), key=len)
    return bool(small) and small <= large


def _county_named(a: Tiltak, pa: RowProfile, b: Tiltak, pb: RowProfile) -> frozenset[str]:
    """The county of a county council's row that the other, national row names as taking part (a national trial
    listing the counties in it): the county's own row placed there is its part of the trial, no other region; and a
    place one row names that the other names a partner in."""
    shared: frozenset[str] = frozenset()
    for px, y, py in ((pa, b, pb), (pb, a, pa)):
        if py.names.home and not px.names.home and (y.member in px.named | px.involved
                                                     or py.names.home & (px.names.places | px.cell_places)):
            shared |= py.names.home
        elif py.names.home and px.names.home and y.member in px.named | px.involved and px.names.text == py.names.text:
            # Rogaland's «Fylkesnettverket for kompetansepolitikk» naming Vestland fylkeskommune as its partner, beside
            # Vestland's row of that very name: a network of the counties, which neither county sets apart. Worded
            # apart, one naming the other only, they are asked (round 38's seniors' network).
            shared |= py.names.home | px.names.home
    # «… læreplasser i Troms og Finnmark» beside a row naming Troms og Finnmark fylkeskommune as its partner: that
    # row works there too, so the county sets neither apart.
    return shared | pa.names.places & pb.cell_places | pb.names.places & pa.cell_places


def _score(a: Tiltak, pa: RowProfile, b: Tiltak, pb: RowProfile) -> tuple[float, bool, bool, str, tuple[str, bool], bool]:
    """(score, joint, named, evidence, (why apart, certain), homes only): named when one row's report names the other's
    member; why apart is set when the rows cannot be one measure; homes only when that is all that keeps two counties'
    rows naming one programme apart."""
    # The county a national row names as taking part is where the county's row says it works, not what it is.
    shared = _county_named(a, pa, b, pb)
    name = MeasureNames.shared(pa.names, pb.names)
    (ab, why_ab), (ba, why_ba) = _mention(a, pa, b, pb), _mention(b, pb, a, pa)
    if pa.names.home and pb.names.home and not (pa.modelled or pb.modelled) and (ab > 0 and ba > 0 or name and (
            ab > 0 or ba > 0 or b.member in pa.named | pa.involved or a.member in pb.named | pb.involved)):
        # Two county councils' rows naming one programme, one naming the other county council (or its county) as its
        # partner: they run it together, each at home, with the other counties it names («… sammen med Vestland og
        # Rogaland»). So do two naming each other in other words («Modulbasert fagopplæring for voksne (felles tilbud
        # med Agder og Viken)» beside Viken's «Fag for voksne i moduler – samarbeid mellom Agder, Vestfold og Telemark og
        # Viken»).
        shared |= pa.names.home | pb.names.home | pa.names.places | pb.names.places
    place = set(stems(" ".join(shared)))
    wa, wb = split_compounds([w for w in pa.stems.split() if w not in place], [w for w in pb.stems.split() if w not in place])
    sim = similarity(" ".join(wa), " ".join(wb))
    mutual = ab > 0 and ba > 0
    # One row naming the programme and, in its own words, the member whose row names it too ("Parat deltek
    # i NPJ saman med Virke" beside Virke's NPJ) is a joint measure though the other does not name it back;
    # so is one row naming the other's member when the other's words all stand in it ("Forsøk med meklarar i
    # fire fylke" with a county as partner, beside that county's "Vi er med i forsøket med meklarar").
    # … or writing the words the other's row opens with («Pilotering av fagbrev på jobb …, i samarbeid med KS» beside
    # KS's «Fagbrev på jobb i kommunene – pilot …»), or the event both rows are at («under Arendalsuka»).
    also = _opening_named(pa, pb, ab) or _opening_named(pb, pa, ba) or (
        _same_event_place(a.text, pa, b.text, pb) if max(ab, ba) >= TEXT_MENTION else "")
    # … or naming it in its text when the words are alike too («… i samarbeid med Unio og Spekter» beside Spekter's
    # «Videreutdanning i psykisk helse … for sykepleiere»): joint, the mention weighing as it does both ways.
    one_way = not mutual and (max(ab, ba) >= TEXT_MENTION and (bool(name or also) or sim >= MENTIONED_ALIKE)
                              or max(ab, ba) > 0 and _contained(wa, wb))
    told = max((ab, why_ab), (ba, why_ba)) if one_way else (0.0, "")
    defined = name in (pa.names.defined | pb.names.defined) and name in pa.names.acronyms & pb.names.acronyms or (
        any(name == f"{acr}-{kind}" for acr, kind in pa.names.acronym_kinds | pb.names.acronym_kinds))
    score = sim + (ab + ba if mutual else told[0]) + (SHARED_NAME if name else 0.0) + (DEFINED_ACRONYM if defined else 0.0)
    if name and coined_in(name, clean(a.text)) and coined_in(name, clean(b.text)):
        score = max(score, min(score + SHARED_COINED, COINED_CEILING))
    evidence = f"tekstlikhet {sim:.2f}" + (f"; {why_ab}; {why_ba}" if mutual else f"; {told[1]}" if told[1] else "")
    evidence += f"; begge nevner «{name or also}»" if name or (also and one_way) else ""
    evidence += "; den ene skriver navnet ut før forkortelsen" if defined else ""
    # The same wording in two reports names one thing as surely as a shared name does («Norsk på jobb» from two
    # counties).
    apart = MeasureNames.apart(pa.names, pb.names, shared, bool(name) or fold(a.text) == fold(b.text), mutual)
    apart = apart if apart[0] else _other_edition(a, b)
    # Two counties each at home may name one programme: whether its sector or edition differs is asked still.
    homes_only = apart[0].endswith(ONLY_HOMES)
    if name and (not apart[0] or homes_only):
        # «Digitalt løft i varehandelen» and «Digitalt løft i reiselivet»: one name, two sectors; maybe two measures.
        sectors = sector_after(name, pa.names.text), sector_after(name, pb.names.text)
        if all(sectors) and not same_sector(*sectors):
            apart = (f"ulik sektor etter navnet ({sectors[0]} / {sectors[1]})", False)
        variants = variant_after(name, a.text), variant_after(name, b.text)
        if (not apart[0] or homes_only) and all(variants) and fold(variants[0]) != fold(variants[1]):
            # «Karrieresjekk 50+» and «Karrieresjekk Ung – …»: one name, two editions of it; maybe two measures.
            apart = (f"ulik utgave etter navnet ({variants[0]} / {variants[1]})", False)
    return (round(min(1.0, score), 3), mutual or bool(name) or one_way, ab > 0 or ba > 0, evidence, apart,
            bool(name) and apart[0].endswith(ONLY_HOMES))


def _other_edition(a: Tiltak, b: Tiltak) -> tuple[str, bool]:
    """«Kompetansepolitisk toppmøte 2024» and «… toppmøte 2023»: two events dated in different years are two
    editions, whatever else they share; ('', False) otherwise."""
    ya, yb = set(YEAR.findall(a.text)), set(YEAR.findall(b.text))
    if a.type.value == b.type.value == EVENT_TYPE and ya and yb and not ya & yb:
        return f"{OTHER_YEARS} ({', '.join(sorted(ya | yb))})", True
    return "", False


def _shares_own_words(a: RowProfile, b: RowProfile, names: MeasureNames) -> bool:
    """Whether two rows share a word that is not the strategy's, a type's or a body's: «Rapport om digital kompetanse i
    skolen» and «… blant akademikere» are alike in words every report uses."""
    return bool(_own_stems(a, names) & _own_stems(b, names))


def _own_stems(p: RowProfile, names: MeasureNames) -> set[str]:
    """A row's word stems that are not the strategy's, a type's or a body's."""
    return {undoubled(s) for s in p.stem_set} - names.common_stems


def _stems_meet(a: RowProfile, b: RowProfile, names: MeasureNames) -> bool:
    """Whether two rows share an own word, whole or as one's opening part («havbruk», «havbruksanalysen»)."""
    own_a, own_b = _own_stems(a, names), _own_stems(b, names)
    return any(len(x) >= _MEET and len(y) >= _MEET and (x.startswith(y) or y.startswith(x))
               or _own_opening(commonprefix((x, y)), names) for x in own_a for y in own_b)


def _own_opening(prefix: str, names: MeasureNames) -> bool:
    """Whether two compounds' shared opening is a word of their own: «havbruks», not «kompetans» or «karriere»."""
    return len(prefix) >= _MEET_COMPOUND and not any(prefix.startswith(c) for c in names.common_stems if len(c) >= _MEET)


def find_clusters(
    rows: list[Tiltak], orgs: OrgMatcher, stop: frozenset[str], threshold: float, text_only: float
) -> Clusters:
    """Group the rows into measures: joint rows from `threshold`, rows naming no one from `text_only`."""
    stop = stop | orgs.name_words
    held_apart: set[frozenset[int]] = set()  # pairs the words set apart for certain (another year, phase, region)
    files: dict[int, set[str]] = {}
    delmal_of: dict[int, str] = {}  # filled once the rows are profiled: a council's rows join first, whatever delmål
    # A row of unknown delmål may join either of two measures of different delmål, never bridge them into one.
    uf = ConstrainedUnion(len(rows), lambda x, y: frozenset((x, y)) in held_apart or bool(files[x] & files[y])
                          or bool(delmal_of.get(x) and delmal_of.get(y) and delmal_of[x] != delmal_of[y]))
    merges: list[tuple[int, int, Merge]] = []

    by_council: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(rows):
        if t.council:
            by_council[t.council].append(i)
    for council, members in by_council.items():
        for j in members[1:]:
            uf.union(members[0], j)
            merges.append((members[0], j, Merge(rows[members[0]].kilde, rows[j].kilde, 1.0, f"begge deltar i {council}")))

    names = MeasureNames(orgs.catalogue)
    profiles = [profile_row(t, orgs, stop, names) for t in rows]
    delmal_of.update((i, p.delmal) for i, p in enumerate(profiles) if not rows[i].council)
    twins = identical_twins(rows, profiles)
    for representative, others in twins.items():
        for j in others:
            uf.union(representative, j)
            merges.append((representative, j, Merge(rows[representative].kilde, rows[j].kilde, 1.0, IDENTICAL)))
    files.update({i: {profiles[i].file} | {profiles[j].file for j in twins.get(i, ())} for i in range(len(rows))})

    candidates: list[tuple[float, int, int, str, bool, str, bool]] = []  # … and whether its doubt puts it last
    near: list[tuple[float, str, str, str, str]] = []  # a bounded heap: the closest misses are kept
    hidden = twin_rows(twins)  # scored through their representative
    singles = [i for i, t in enumerate(rows) if not t.council and i not in hidden]
    scored: set[tuple[int, int]] = set()  # pairs merged or asked about above
    settled: set[tuple[int, int]] = set()  # pairs merged, or set apart for certain by words that said why
    for i, j in sorted(candidate_pairs(rows, profiles, singles, stop)):
        if not _compatible(profiles[i], profiles[j]) or files[i] & files[j]:
            continue
        typed = _types_differ(profiles[i], profiles[j])
        if typed and not MeasureNames.shared(profiles[i].names, profiles[j].names):
            continue  # two members' alike work typed apart is two measures, as the 2018 matrix has it
        score, joint, named, evidence, (apart, certain), homes_only = _score(rows[i], profiles[i], rows[j], profiles[j])
        if typed and not apart:
            # «ReKa» typed FoU by one member and Prosjekt by the other: one programme named, so never merged, but asked.
            apart, certain = typed, False
        doubt = ""  # what the words leave open, when the pair is merged and asked about
        if homes_only and not typed:
            # «Lærlyst – kampanje for yrkesfag» from Innlandet and Trøndelag's «Lærlyst-kampanjen»: one programme named,
            # each county at home. More often one measure than two, but the words do not say: merged, and asked.
            evidence, apart, doubt = f"{evidence}; men {apart}", "", apart
        tails = own_tails(rows[i].text, rows[j].text) if not (homes_only and not typed) and not apart else ("", "")
        if all(tails):
            # «Kompetansepluss arbeid» and «Kompetansepluss frivillighet» (round 55), merged by the directorate both
            # name: two variants of a scheme, or two members' parts of one survey; merged, and asked, in its turn by
            # its score (a pair the words left open otherwise waits for a third row to vouch for it).
            doubt = f"navnene ender ulikt («{tails[0]}» / «{tails[1]}»)"
            evidence = f"{evidence}; men {doubt}"
        if apart:
            evidence = f"{evidence}; men {apart}"
            if certain and apart.startswith(OTHER_YEARS):
                # Two editions never join through a third row. Two counties' rows may: each is its part of one
                # national trial the third row names.
                held_apart.add(frozenset((i, j)))
        if score >= (threshold if joint else text_only) and not apart:
            candidates.append((score, i, j, evidence, named, doubt, bool(doubt) and not all(tails)))
            scored.add((i, j))
            settled.add((i, j))
            continue
        each = rows[j].member in profiles[i].members_named and rows[i].member in profiles[j].members_named
        if certain and apart.startswith(OTHER_REGION) and (
                rows[j].member in profiles[i].members_named or rows[i].member in profiles[j].members_named):
            # «Veiledningsbussen i Innlandet» with Sametinget as partner beside Sametinget's «… i Sápmi» (round 80): each
            # its region's part of one programme, maybe. Kept apart, and asked.
            certain = False
        if apart and certain:
            settled.add((i, j))
        # Two rows opening with the same words ("Fagbrev på jobb …") may name one scheme: not enough to merge
        # (two members' own "Kurs for tillitsvalgte …" open alike too), enough to ask, however the rest differs.
        opening = "" if joint or apart else MeasureNames.same_opening(profiles[i].names, profiles[j].names)
        # «Karrieresamtaler for seniorer, felles pilot med Spekter og YS» beside Spekter's «Seniorsamtalen – pilot …»: a
        # row naming the other's member as taking part, in a word of their own, may be their one measure in other words.
        # … or each naming the other's member, under one delmål, however unlike their words (LO's «Samarbeid om flere
        # læreplasser i Troms og Finnmark» with NHO Arktis, NHO's «YLTF» with LO): maybe their one campaign.
        partner = named and not apart and not opening and (each or _shares_own_words(profiles[i], profiles[j], names))
        if score >= NEAR_MISS or opening or partner:
            evidence += f"; begge åpner med «{opening}»" if opening else ""
            kind = (NEAR_APART if certain else NEAR_APART_DOUBT) if apart else NEAR_OPENING if opening else \
                NEAR_JOINT if joint else NEAR_TEXT if _shares_own_words(profiles[i], profiles[j], names) else NEAR_COMMON_TEXT
            # Naming each other asks however far the score falls short (round 49: «… oppgir Regjeringen som
            # ansvarlig/partner» both ways at 0.66 asked less than one naming at 0.42 did).
            if partner and (kind in (NEAR_TEXT, NEAR_COMMON_TEXT) or kind == NEAR_JOINT and each) or partner and score < NEAR_MISS:
                kind = NEAR_PARTNER
                evidence += "" if each else "".join(f"; {x.member} nevner {y.member}" for x, px, y in (
                    (rows[i], profiles[i], rows[j]), (rows[j], profiles[j], rows[i])) if y.member in px.named | px.involved)
            item = (score, rows[i].kilde, rows[j].kilde, evidence, kind)
            scored.add((i, j))
            (heapq.heappush if len(near) < MAX_NEAR_MISSES else heapq.heappushpop)(near, item)

    for i, j in only_row_named(rows, profiles, singles):
        if (i, j) in scored or files[i] & files[j] or _types_differ(profiles[i], profiles[j]):
            continue  # merged or asked about above, on better evidence
        score, _, _, evidence, (apart, _), _ = _score(rows[i], profiles[i], rows[j], profiles[j])
        x, y = (i, j) if rows[j].member in profiles[i].members_named else (j, i)
        if not apart:
            near.append((score, rows[i].kilde, rows[j].kilde, f"{evidence}; {rows[x].member} nevner {rows[y].member}, som "
                         f"ikke har andre tiltak under delmål {profiles[y].delmal}", NEAR_PARTNER))

    for i, theirs in partner_rows(rows, profiles, singles):
        # «Felles webinarer med Spekter om framtidig kompetanse i sykehusene» beside Spekter's «Webinarserie om
        # kompetansebehov i spesialisthelsetjenesten»: the row says whose measure it shares; that member's closest row
        # under the delmål may be it in other words, though little else is alike. Asked, never merged.
        scored_pairs = [(_score(rows[i], profiles[i], rows[j], profiles[j]), j) for j in theirs
                        if (min(i, j), max(i, j)) not in scored and not _types_differ(profiles[i], profiles[j])
                        and _stems_meet(profiles[i], profiles[j], names)]
        if not scored_pairs:
            continue
        (score, _, _, evidence, (apart, certain), _), j = max(scored_pairs, key=lambda sj: (sj[0][0], -sj[1]))
        if not certain:
            scored.add((min(i, j), max(i, j)))
            near.append((score, rows[min(i, j)].kilde, rows[max(i, j)].kilde, f"{evidence}; {rows[i].member} sier tiltaket "
                         f"gjøres sammen med {rows[j].member}, og dette er {rows[j].member}s nærmeste tiltak under delmål "
                         f"{profiles[i].delmal}", NEAR_PARTNER))

    for i, j, why in other_wordings({i: rows[i].text for i in singles}, orgs.catalogue.vocabulary, known_capitals(
            orgs.catalogue), lambda x, y: profiles[x].delmal == profiles[y].delmal):
        # A pair kept apart above as too unlike in words still asks, on this evidence of one name.
        if (i, j) not in settled and not files[i] & files[j] and not _types_differ(profiles[i], profiles[j]):
            scored.add((i, j))
            near.append((NEAR_MISS, rows[i].kilde, rows[j].kilde, why, NEAR_EVENT))

    for i, j, name in named_across_delmal(rows, profiles, singles,
                                          lambda x, y: MeasureNames.shared(profiles[x].names, profiles[y].names),
                                          names.is_kind_joined_name,
                                          lambda x, y, name: not _types_differ(profiles[x], profiles[y]) and len(
                                              name) >= NAME_IN_TEXT_CHARS and not names.names_a_body(name)):
        near.append((NEAR_MISS, rows[i].kilde, rows[j].kilde, f"begge nevner «{name}», men rapportene oppgir ulike delmål "
                     f"({profiles[i].delmal} / {profiles[j].delmal})", NEAR_DELMAL))

    # One-to-one between each pair of files, best pairs first; ties broken by row order. A row stands
    # for its identical twins' files too.
    taken: dict[tuple[int, str], int] = {}  # (row, other report) -> the row of that report it merged with
    # A pair the words left open comes last: a third row surely merged with both may vouch for it by then.
    for score, i, j, evidence, named, doubt, _ in sorted(candidates, key=lambda c: (c[6], -c[0], c[1], c[2])):
        rivals = [(j, taken[(i, f)]) for f in files[j] if (i, f) in taken] + \
                 [(i, taken[(j, f)]) for f in files[i] if (j, f) in taken]
        if rivals:
            # Lost to a better pair of the same reports: still a pair reviewers should see, unless the report
            # itself set the two rows apart (another year's edition, phase or region of the programme).
            told = all(MeasureNames.apart(profiles[lost].names, profiles[won].names)[1] for lost, won in rivals)
            near.append((score, rows[i].kilde, rows[j].kilde, f"{evidence}; en annen rad i samme rapport passet bedre"
                         + ("; rapporten skiller dem selv" if told else ""), NEAR_APART if told else NEAR_LOST))
            continue
        blocked = uf.blocker(i, j)
        if blocked:
            x, y = blocked
            near.append((score, rows[i].kilde, rows[j].kilde, f"{evidence}; men da kommer «{rows[x].text}» og «{rows[y].text}» "
                         "sammen, og de er ulike tiltak", NEAR_LOST))
            continue
        taken |= {(i, f): j for f in files[j]} | {(j, f): i for f in files[i]}
        uf.union(i, j)
        merges.append((i, j, Merge(rows[i].kilde, rows[j].kilde, score, evidence, MERGE_DOUBT if doubt else "", named=named,
                                   doubt=doubt)))

    for t in rows:
        if t.council_named and not t.council and by_council.get(t.council_named):
            score, kind = (COUNCIL_DOUBT, NEAR_COUNCIL_SEAT if t.council_seat else NEAR_COUNCIL_DOUBT) \
                if t.council_doubt else (COUNCIL_REASON, NEAR_COUNCIL)
            near.append((score, t.kilde, rows[by_council[t.council_named][0]].kilde, t.council_evidence, kind))

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rows)):
        groups[uf.find(i)].append(i)
    return Clusters(
        groups=tuple(tuple(g) for g in sorted(groups.values(), key=lambda g: g[0])),
        merges=tuple(merges),
        near_misses=tuple(Merge(a, b, score, ev, kind) for score, a, b, ev, kind in sorted(near, key=lambda m: (-m[0], m[1], m[2]))),
    )
