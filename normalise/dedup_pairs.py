"""Which rows are worth scoring as one measure: pairs sharing a word or a name, and identical twins."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable

from tiltak_core.records import Tiltak

from .name_profile import NameProfile
from .name_text import DEFINITE_ENDINGS
from .row_profile import RowProfile
from .text import stem, undoubled, words

SMALL_INBOX = 600  # up to this many rows (a round is a few hundred) every shared word pairs rows
LONG_WORD = 10  # a word this long may be a name whose definite form the stemmer cuts apart from its bare one
DEFINITE = ("et", "en", "ene", "a", "ane")
TITLE_KEY_WORDS = 2  # «Norsk i nabolaget»: a title of a word is any row's word, not a name to look for
NAME_ROWS = 8  # a name in more rows than this of different delmål is a scheme's or a kind's, not one programme's
COMMON_WORD_ROWS = 60  # above it, a word in more rows than this (or 2 % of rows) pairs none


def _by_delmal(profiles: list[RowProfile], rows: list[int]) -> list[list[int]]:
    """Rows that may be one measure: those of one delmål, each with the rows whose delmål is unknown."""
    groups: dict[str, list[int]] = defaultdict(list)
    unknown = [i for i in rows if not profiles[i].delmal]
    for i in rows:
        if profiles[i].delmal:
            groups[profiles[i].delmal].append(i)
    return [g + unknown for g in groups.values()] or [unknown]


def _bare_stems(text: str, stop: frozenset[str]) -> set[str]:
    """Stems of a text's long words less a definite ending: the stemmer cuts «kompetansebarometeret» and
    «kompetansebarometer» differently, and a shared name must still pair the two rows."""
    return {undoubled(stem(w[: -len(e)])) for w in words(text) if len(w) >= LONG_WORD and w not in stop
            for e in DEFINITE if w.endswith(e)}


def _joined(names: NameProfile) -> set[str]:
    """A row's one-word names, and its runs of two or three words written as one («norsk på jobb» as «norskpåjobb»):
    «NorskPåJobb» and «Norsk på jobb» share no word, yet name one programme."""
    ws = words(names.text)
    runs = {"".join(ws[i : i + n]) for n in (2, 3) for i in range(len(ws) - n + 1)}
    return {f"«{w}»" for w in runs | {n for n in names.names if " " not in n}}


def candidate_pairs(tiltak: list[Tiltak], profiles: list[RowProfile], rows: list[int], stop: frozenset[str]) -> set[tuple[int, int]]:
    """Pairs of rows from different files worth scoring: those that share a word, and those whose members
    name each other (a joint measure may be worded apart). Rows sharing neither cannot score high enough.
    In a large inbox, words standing in very many rows say nothing and are not used to pair rows."""
    pairs = set()
    # Each row's keys once: a row of unknown delmål stands in every delmål's group.
    # A sector's programme named by a compound («Varehandelsprogrammet») may share no word with its other names.
    # A name's stem pairs «Partsbarometret» with «Partsbarometeret», whose word stems differ; its base without the kind
    # joined on pairs «Realkompetanseportalen» with «realkompetanse.no».
    keys = {i: {undoubled(s) for s in profiles[i].stem_set} | _bare_stems(profiles[i].names.text, stop) |
            _joined(profiles[i].names) | {f"«{s}»" for s in profiles[i].names.schemes | profiles[i].names.short_schemes}
            | {f"«{s}»" for s in profiles[i].names.name_stems | profiles[i].names.bases} for i in rows}
    for group in _by_delmal(profiles, rows):
        by_member: dict[str, list[int]] = defaultdict(list)
        index: dict[str, list[int]] = defaultdict(list)
        # A programme named by its acronym in one row and spelt out in another shares no word ("DVL").
        acronyms = {a for i in group for a in profiles[i].names.acronyms}
        for i in group:
            by_member[tiltak[i].member].append(i)
            for s in keys[i] | {f"«{a}»" for a in acronyms & (profiles[i].names.acronyms | profiles[i].names.spelled)}:
                index[s].append(i)
        # A county council or municipality is named by its place too («Oslo kommune (Deichman)», «… i Agder»).
        by_home: dict[str, list[int]] = defaultdict(list)
        for i in group:
            for home in profiles[i].names.home:
                by_home[home].append(i)
        for i in group:
            places = profiles[i].names.places | profiles[i].cell_places
            others = [j for other in profiles[i].members_named for j in by_member.get(other, ())]
            for j in others + [j for place in sorted(places) for j in by_home.get(place, ())]:
                # … each naming the other, by its member or by its county («felles tilbud med Møre og Romsdal»).
                names_back = tiltak[i].member in profiles[j].members_named or bool(
                    profiles[j].names.places & profiles[i].names.home and profiles[i].names.places & profiles[j].names.home)
                if names_back and profiles[i].file != profiles[j].file:
                    pairs.add((min(i, j), max(i, j)))
        cap = len(group) if len(group) <= SMALL_INBOX else max(COMMON_WORD_ROWS, len(group) // 50)
        for members in index.values():
            if len(members) <= cap:
                for x, i in enumerate(members):
                    for j in members[x + 1 :]:
                        if profiles[i].file != profiles[j].file:
                            pairs.add((min(i, j), max(i, j)))
    return pairs


def only_row_named(tiltak: list[Tiltak], profiles: list[RowProfile], rows: list[int]) -> list[tuple[int, int]]:
    """Pairs (i, j) where row i names j's member and j, saying it is done with others, is that member's only row under
    i's delmål: KS's «… sammen med Spekter» beside Spekter's one 2.1 row, «DigiHelse 2067: Felles …», may be one."""
    by_member: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j in rows:
        if profiles[j].delmal:
            by_member[(tiltak[j].member, profiles[j].delmal)].append(j)
    pairs = []
    for i in rows:
        for member in sorted(profiles[i].members_named - {tiltak[i].member}):
            only = by_member.get((member, profiles[i].delmal), []) if profiles[i].delmal else []
            if len(only) == 1 and profiles[only[0]].file != profiles[i].file and profiles[only[0]].together:
                pairs.append((min(i, only[0]), max(i, only[0])))
    return sorted(set(pairs))


def partner_rows(tiltak: list[Tiltak], profiles: list[RowProfile], rows: list[int]) -> list[tuple[int, list[int]]]:
    """(i, js) where row i says in its words it is done with another member («Felles webinarer med Spekter …», «felles
    kartlegging med Møre og Romsdal») and js are that member's rows under i's delmål in another report."""
    by_delmal: dict[str, list[int]] = defaultdict(list)
    for j in rows:
        if profiles[j].delmal:
            by_delmal[profiles[j].delmal].append(j)
    found = []
    for i in rows:
        p = profiles[i]
        if not p.together or not p.delmal:
            continue
        # A county council is named by its county as well as by its name.
        theirs = [j for j in by_delmal[p.delmal] if profiles[j].file != p.file and tiltak[j].member != tiltak[i].member
                  and (tiltak[j].member in p.named or profiles[j].names.home & p.names.places)]
        for member in sorted({tiltak[j].member for j in theirs}):
            found.append((i, [j for j in theirs if tiltak[j].member == member]))
    return found


# What an index key of named_across_delmal is: a name a row's profile gives, a title another row holds, a one-word
# name a row opens with, the kind of a scheme («bransjeprogram …»).
_NAME, _TITLE, _OPENING, _SCHEME = "name", "title", "opening", "scheme"
_WEB_SUFFIX = re.compile(r"\.(?:no|com|org|net|eu)$")


PASSING_NAME_CHARS = 10  # «Kompetansebussen» named in passing by two rows; «Nasjonal» opening two is no name


def named_across_delmal(tiltak: list[Tiltak], profiles: list[RowProfile], rows: list[int],
                        shared: Callable[[int, int], str],
                        one_word_name: Callable[[str], bool] = lambda word: False,
                        alike: Callable[[int, int, str], bool] = lambda i, j, name: False) -> list[tuple[int, int, str]]:
    """Pairs of rows of different members and delmål where one is titled by a programme's name the other names
    («Språkvenn: …» under 3.6, «Tilskudd til Språkvenn …» under 3.4), or where both name one in passing and are
    `alike` otherwise (no types that differ): never one measure by the rules, but one a reviewer may see is."""
    index: dict[tuple[str, str], set[int]] = defaultdict(set)
    by_word: dict[str, set[int]] = defaultdict(set)
    said: dict[int, str] = {}  # each row's words, spaced, to find a title's words in a row
    for i in rows:
        if profiles[i].delmal:
            for key in profiles[i].names.names | profiles[i].names.name_stems | profiles[i].names.acronyms:
                index[(_NAME, key)].add(i)
            for scheme in profiles[i].names.schemes:
                # «Bransjeprogram for varehandel» and «Bransjeprogrammet for handel»: one scheme, if the words after
                # its kind agree (MeasureNames.shared says).
                index[(_SCHEME, scheme.split()[0])].add(i)
            # «Fagbrev på jobb-ordningen» holds «Fagbrev på jobb»: a hyphen joins a name to the word for its kind.
            ws = words(profiles[i].names.text.replace("-", " "))
            said[i] = f" {' '.join(ws)} "
            for w in ws:
                by_word[w].add(i)
    for i in rows:
        # «Norsk i nabolaget – språktrening …» and «… samarbeider med VOFO om Norsk i nabolaget …»: a title of
        # several words another row's text holds, where neither row took it for a proper noun.
        for title in profiles[i].names.titles if profiles[i].delmal else ():
            ws = words(title)
            if len(ws) >= TITLE_KEY_WORDS and (holding := set.intersection(*(by_word[w] for w in ws)) - {i}):
                index[(_TITLE, title)] |= {i, *(j for j in holding if f" {title} " in said[j])}
    # «Voksenlæringskonferansen (konferanse)»: a row opening with one word that joins a name to its kind names that
    # measure, though no rule above took the word for a proper noun.
    openers = {i: first for i, text in said.items() if (first := next(iter(text.split()), "")) and one_word_name(first)}
    for i, first in openers.items():
        index[(_OPENING, first)] |= {i, *by_word[first]}
    # «Barnehageløftet har gjeve …» beside «… pådriver i Barnehageløftet …»: a word opening one row's sentence, where a
    # capital says nothing, that another row writes as a name inside its sentence.
    for i, text in said.items():
        if (first := next(iter(text.split()), "")) and (_NAME, first) in index:
            index[(_NAME, first)].add(i)
    def passing_name(key: str) -> bool:
        """A word that may name a programme in passing: long, one word, in its definite form («Kompetansebussen»);
        «Fagarbeider» in two titles is a word of theirs, no name."""
        return len(key) >= PASSING_NAME_CHARS and key.replace("-", "").isalpha() and key.endswith(DEFINITE_ENDINGS)

    for (kind, key), held in list(index.items()):
        if kind == _NAME and passing_name(key):
            held |= by_word.get(key, set())  # «kompetansebussen» in one row, «Kompetansebussen» in another
    def free(i: int, key: str) -> bool:
        """Whether the word stands in the row outside a longer title («Fremtidens fagarbeider i industrien»)."""
        return not (any(len(ws := words(t)) > 1 and key in ws for t in profiles[i].names.titles) or any(
            " " in n and key in n.split() for n in profiles[i].names.names))

    def inside(i: int, j: int, key: str) -> bool:
        """Whether row i writes the name as a proper noun inside its sentence (not as its opening word), and row j
        writes it outside any longer title: «Kompetansebussen» in both, not «Fagarbeider – helt klart!» beside
        «Fremtidens fagarbeider»."""
        return key in profiles[i].names.names and not said.get(i, "").startswith(f" {key} ") and free(i, key) and (
            free(j, key))

    pairs: dict[tuple[int, int], str] = {}
    for (kind, key), held in index.items():
        if len(held) > NAME_ROWS:
            continue  # a word in this many rows names a kind of measure, not one programme
        members = sorted(held)
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if (profiles[i].delmal != profiles[j].delmal and profiles[i].file != profiles[j].file
                        and tiltak[i].member != tiltak[j].member and (i, j) not in pairs):
                    name = shared(i, j)
                    # The name one row is titled by («Språkvenn: …»): a word both merely mention may be a partner's.
                    titles = {*profiles[i].names.titles, *profiles[j].names.titles}
                    # «Veivalg.no – …»: a site's title names it without its domain too.
                    if name and name in titles | {_WEB_SUFFIX.sub("", t) for t in titles}:
                        pairs[(i, j)] = name
                    elif kind == _OPENING and key in (openers.get(i), openers.get(j)):
                        pairs[(i, j)] = key
                    elif kind == _SCHEME and name:
                        pairs[(i, j)] = name
                    elif kind == _NAME and name and passing_name(key) and alike(i, j, name) and (
                            inside(i, j, key) or inside(j, i, key)):
                        # «… med på Kompetansebussen …» under 3.5 and «… sendt Kompetansebussen rundt …» under 3.1
                        # (set 62): a programme both name, neither as its title; the one bus, perhaps.
                        pairs[(i, j)] = name
    return [(i, j, name) for (i, j), name in sorted(pairs.items())]


def identical_twins(rows: list[Tiltak], profiles: list[RowProfile]) -> dict[int, list[int]]:
    """Rows of different reports that are the same in every respect scoring looks at (a text copied from a
    common source, a report resent under another name): {first row: the others}. Two such rows of one
    report stay apart, as any two rows of one report do."""
    groups: dict[tuple[object, ...], list[list[int]]] = defaultdict(list)
    for i, (t, p) in enumerate(zip(rows, profiles)):
        if t.council or not p.stems:
            continue
        subgroups = groups[(p.stems, p.delmal, p.type, t.member, p.named, p.involved)]
        home = next((g for g in subgroups if all(profiles[j].file != p.file for j in g)), None)
        if home is None:
            subgroups.append([i])
        else:
            home.append(i)
    return {g[0]: g[1:] for subgroups in groups.values() for g in subgroups if len(g) > 1}


def twin_rows(twins: dict[int, list[int]]) -> set[int]:
    return {j for others in twins.values() for j in others}
