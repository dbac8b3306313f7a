"""A small naive Bayes model of a tiltak's type from its own words, trained when it is built.

Training data: typed example tiltak kept in the repo (normalise/data/type_examples.csv, the seed's
matrix) and the catalogue's type synonyms and cue words, each a one-word example of its type.
Features: word stems, compound heads, and which type's cue words stand in the text and at its start
(the first words name the activity: "Seminar om ...", "Forskningsrapport ..."). Nothing is
downloaded; the model is rebuilt from these files in milliseconds.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

from .catalogue import Catalogue
from .text import fold, stem, words

EXAMPLES = "data/type_examples.csv"
LEAD_WORDS = 2  # content words that count as the text's opening
_PARTICIPLE = ("t", "a", "d")  # «annonsert», «skipa», «halde»: how a past participle after «har» ends
MAX_SUBJECT_WORDS = 5  # a subject before its verb ("Parat og Delta har ...", «Studieforbundet natur og miljø har …») is at most this long
GLOSS_WORDS = 3  # «Name: årlig møteplass for …»: the gloss says its kind in its first words
# «etterforskere», «karriererettleiarar», «forskarane»: people in the plural, who the measure reached or gathered, not
# what kind it was.
_PEOPLE = ("ere", "erne", "arar", "arane", "erar", "erane")
CUE_WEIGHT = 3  # a cue word stands for several ordinary words
LEAD_WEIGHT = 5  # and one that opens the text for several more
# Added to every word's count. With set 76 learnt, the seed's leave-one-out gave 0.845 at 0.1 and 0.853 at 0.15-0.2
# (0.845 at 0.3); leaving one set out gave 0.875, 0.874 and 0.872: one seed example, within noise either way.
SMOOTHING = 0.15
_MIN_MODIFIER = 4  # a compound's first part that names a type: "kurs", "informasjon"
_LONG_OPENING = 7  # one that shows a frame holds another type's measure: "fagbrev", "opplæring"
_SUFFIXES = (5, 6, 7)  # compound heads: "forskningsrapport" shares "rapport" with "rapport"
_ENDINGS = ("ene", "ane", "ar", "er", "en", "et", "a", "e", "n", "r", "s")
_SERIES = ("serie", "serien", "rekke", "rekka", "rekkje", "runde", "runden")
# A title before a colon or a dash, a few words long: what follows it says what the measure is.
_TITLE = re.compile(r"^[^:–]{3,60}?(?::|\s[–-])\s")
# «Bli lærling!-kampanjen», ««Yrkesfag for alle»-kampanjen»: a name that opens the text, joined to its kind by a hyphen.
_NAMED_KIND = re.compile(r"^\W{0,2}[^.:;]{2,60}?[!?»\"”]-(?P<head>\w+)")
_QUOTED = re.compile(r"[«\"“”].{3,}?[»\"“”]")  # a quoted title: a report's or an event's name


@dataclass(frozen=True)
class Guess:
    type: str
    probability: float
    runner_up: str
    runner_up_probability: float
    lead_cue: str  # the type a cue word at the text's start names ("" if none)
    cue_words: tuple[str, ...]  # the cue words behind the guess


def read_examples(text: str | None = None) -> list[tuple[str, str]]:
    """(tiltak, type) pairs from the examples file (the packaged one when text is None)."""
    if text is None:
        text = resources.files(__package__).joinpath(EXAMPLES).read_text(encoding="utf-8")
    return [(r["tiltak"], r["type"]) for r in csv.DictReader(text.splitlines()) if r.get("tiltak") and r.get("type")]


class CueIndex:
    """Which type a word is a cue for: the word itself (inflected), or a compound whose head is a cue."""

    def __init__(self, catalogue: Catalogue) -> None:
        # A cache of its own, which goes with the instance (one on the method would keep every instance alive).
        self.type_of = lru_cache(maxsize=65536)(self._type_of)
        heads: dict[str, str] = {}
        phrases: dict[str, str] = {}
        for t in catalogue.types:
            for entry in t.cues:
                ws = words(entry)
                if len(ws) == 1 and len(ws[0]) >= 3:
                    heads.setdefault(ws[0], t.name)
                elif len(ws) > 1:
                    phrases.setdefault(" ".join(ws), t.name)  # joined into one word by TypeFeatures.words
        # Longest first: "forskningsprosjekt" is FoU before it is a "prosjekt"; "råd" heads "samarbeidsråd".
        self._heads = sorted(((h, n) for h, n in heads.items() if len(h) >= 3), key=lambda kv: -len(kv[0]))
        self._head_of = dict(self._heads)
        self._exact = heads | phrases
        self._containers = tuple(fold(w) for w in catalogue.vocabulary.type_containers)

    def _type_of(self, word: str) -> str:
        if word in self._exact:
            return self._exact[word]  # a cue written with a hyphen ("e-læring") is one word
        for part in reversed(word.split("-")):
            for base in _bases(part):
                if base in self._exact:
                    return self._exact[base]
            for base in _bases(part):
                # The longest head first: the shortest part before it, at least three letters.
                for k in range(3, len(base) - 2):
                    if (name := self._head_of.get(base[k:])) is not None:
                        return name
        # "Kursrekke", "Seminarserie": a series of the thing its first part names, the longest such part first.
        for k in range(len(word), 2, -1):
            name, rest = self._head_of.get(word[:k]), word[k:]
            if name is not None and (rest.removeprefix("s") in _SERIES or rest in _SERIES):
                return name
        return ""

    def container(self, word: str) -> bool:
        """Whether the word names a frame of the kind its head says ("Lederprogram", "Samarbeidsavtalen"), which
        may hold a measure of any kind; "Bransjeprogram", a cue of another kind, names what it holds."""
        head = next((c for c in self._containers for base in _bases(word) if base.endswith(c)), "")
        return bool(head) and self.type_of(word) == self.type_of(head)

    def opening(self, word: str, other_than: str = "", shortest: int = _MIN_MODIFIER) -> str:
        """The type a cue opening the compound names ("fagbrevløp": Kurs), other than `other_than`; else ""."""
        for k in range(shortest, len(word) - 2):
            part = word[:k]
            linked = part[:-1] if part[-1] in "se" and k > shortest else ""  # «informasjons-»: a linking letter
            kind = self._exact.get(part) or self._exact.get(linked, "")
            if kind and kind != other_than:
                return kind
        return ""

    def modifier(self, word: str) -> str:
        """The type a compound's first part names when its head names another ("Informasjonsnotat"), else ""."""
        if word in self._exact:
            return ""  # the vocabulary says what this compound is
        return self.opening(word, self.type_of(word))


def _bases(word: str) -> list[str]:
    """The word and what it may be with an inflection ending taken off ("alliansen" -> "allianse",
    "programmet" -> "program")."""
    out = [word]
    for e in _ENDINGS:
        if word.endswith(e) and len(word) - len(e) >= 3:
            base = word[: -len(e)]
            out.append(base)
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiouyæøå":
                out.append(base[:-1])
    return out


class TypeFeatures:
    """What the model sees of a text, computed once per text (a model is rebuilt per fold, the text is not)."""

    def __init__(self, catalogue: Catalogue) -> None:
        # A cache of its own, which goes with the instance (one on the method would keep every instance alive).
        self.of = lru_cache(maxsize=16384)(self._of)
        # Asked of one text by the model, by inference and by its doubts: worked out once.
        self.lead_cue = lru_cache(maxsize=16384)(self._lead_cue)
        self._stop = catalogue.vocabulary.stopwords
        self._openers = frozenset(fold(w) for w in catalogue.vocabulary.type_openers)
        self._auxiliaries = frozenset(fold(w) for w in catalogue.vocabulary.auxiliaries)
        self._prepositions = frozenset(fold(w) for w in catalogue.vocabulary.prepositions)
        self._two_ways = frozenset(fold(w) for w in catalogue.vocabulary.type_two_ways)
        self._two_ways_endings = tuple(fold(w) for w in catalogue.vocabulary.type_two_ways_endings)
        self._audiences = tuple(fold(w) for w in catalogue.vocabulary.own_audiences)
        self._notes = tuple(fold(w) for w in catalogue.vocabulary.note_words)
        self._summaries = tuple(fold(w) for w in catalogue.vocabulary.note_summaries)
        self._trials = tuple(fold(w) for w in catalogue.vocabulary.type_trials)
        self._standing = frozenset(fold(w) for w in catalogue.vocabulary.standing_events)
        self._names = {fold(a) for o in catalogue.organisations for a in (o.name, *o.aliases)}
        # An organisation's name of several words («Nordisk ministerråd») names who, not what kind of measure.
        # Longest first: «Troms og Finnmark fylkeskommune» is joined before the «Finnmark fylkeskommune» inside it. In
        # a set's order the result depended on the process's hash seed, and so did the type inferred.
        self._long_names = sorted({tuple(ws) for o in catalogue.organisations for a in (o.name, *o.aliases)
                                   if len(ws := words(a)) > 1}, key=lambda name: (-len(name), name))
        self._names |= {" ".join(name) for name in self._long_names}
        # A cue of several words («open dag», «gode råd») is joined into one word as a name is: «råd» in «gode råd» is
        # advice, no council's cue.
        phrases = {tuple(ws) for t in catalogue.types for c in t.cues if len(ws := words(c)) > 1}
        self._long_names = sorted({*self._long_names, *phrases}, key=lambda name: (-len(name), name))
        # A council named at the text's start is what the tiltak is about, not what kind of tiltak it is; only a
        # name's first word is left out of the opening ("utdanning" in a unit's name is still a word of its own).
        self._councils = [(words(a)[0], " ".join(words(a))) for c in catalogue.councils
                          for a in (c.name, *c.aliases, *c.units) if words(a)]
        self.cues = CueIndex(catalogue)

    def words(self, text: str) -> list[str]:
        """The text's words, each organisation's name of several words as one word (which names no activity)."""
        ws = words(text)
        present = set(ws)
        for name in self._long_names:
            if name[0] not in present or name[-1] not in present:
                continue  # most names are not in a given text: skip them at the cost of a lookup
            n = len(name)
            for j in range(len(ws) - n, -1, -1):
                if tuple(ws[j : j + n]) == name:
                    ws[j : j + n] = [" ".join(name)]
            present = set(ws)
        return ws

    def content(self, text: str) -> list[str]:
        return self._content(self.words(text))

    def _content(self, ws: list[str]) -> list[str]:
        return [w for w in ws if w not in self._stop and w not in self._names and not w.isdigit()]

    def _predicate(self, ws: list[str]) -> list[str]:
        """The words after a subject that names no activity and its verb ("Rogaland har etablert et forum",
        "HK-dir har laget en nettside": the forum and the site are the measure); else all of them."""
        k = next((i for i, w in enumerate(ws[: MAX_SUBJECT_WORDS + 1]) if w in self._auxiliaries), 0)
        if k and not any(self.cues.type_of(w) for w in ws[:k]):
            return ws[k + 2 :]  # the auxiliary and the participle after it
        return ws

    def _of(self, text: str) -> tuple[str, ...]:
        out = []
        for w in self.content(text):
            out.append("w:" + stem(w))
            if len(w) > 7:
                out += ["s:" + w[-k:] for k in _SUFFIXES]
            cue = self.cues.type_of(w)
            if cue:
                out += ["cue:" + cue] * CUE_WEIGHT
        lead, _ = self.lead_cue(text)
        if lead:
            out += ["lead:" + lead] * LEAD_WEIGHT
        if _QUOTED.search(text):
            out.append("quoted")
        return tuple(out) or ("(tom)",)

    def _lead(self, text: str) -> list[str]:
        """The text's opening content words, after openers that name no activity ("Utvikling av en ...")."""
        ws = self.words(text)
        predicate = self._predicate(ws)
        # A council named after a verb is the object itself ("har skipa eit samarbeidsråd for ..."): its words
        # stay, so that the words of its name do not pass for the activity.
        # Only a council's whole name counts: «Regionalt samarbeidsråd for fagopplæring» names a council of its own.
        joined = f" {' '.join(ws)} "
        named = {first for first, name in self._councils if f" {name} " in joined}
        # «Delta har gitt tillitsvalgte i kommunene kurs …»: after the verb, those it was given to name no activity.
        content = [w for w in self._content(predicate) if (predicate is not ws or w not in named) and not (
            predicate is not ws and any(a in w for a in self._audiences) and not self.cues.type_of(w))]
        start = next((i for i, w in enumerate(content) if w not in self._openers), len(content))
        return content[start : start + LEAD_WORDS]

    def _lead_cue(self, text: str) -> tuple[str, str]:
        """(type, word) of the first cue word among the text's opening words, else among the words that open what
        follows a title ("Kompetansedagen Nord – regional konferanse …", "Menn i helse: prosjekt om …")."""
        kind = _NAMED_KIND.match(text)
        if kind and (cue := self.cues.type_of(fold(kind["head"]))):
            return cue, fold(kind["head"])  # «Bli lærling!-kampanjen»: the quoted or exclaimed name is of this kind
        title = _TITLE.match(text)
        for lead in (self._lead(text), self._lead(text[title.end():]) if title else []):
            for w in lead:
                cue = self.cues.type_of(w)
                if cue:
                    return cue, w
        return "", ""

    def note_doubt(self, text: str) -> str:
        """Why a note («Notat» in the type cell) may inform the member's own people of another's work rather than be
        a study: it sums up («oppsummering av …») or is written to them («… for forbundene»); "" otherwise."""
        ws = self.words(text)
        summary = next((w for w in ws if w.startswith(self._summaries)), "")
        if summary:
            return f"«{summary}» kan være informasjon om et annet arbeid"
        to = next((w for a, w in zip(ws, ws[1:]) if a in ("til", "for") and any(x in w for x in self._audiences)), "")
        if to:
            return f"skrevet til «{to}», kan være informasjon"
        # «Innspillsnotat til Nasjonalt forum for karriereveiledning om …»: written to a council, an input to its work.
        joined = f" {' '.join(ws)} "
        council = next((name for _, name in self._councils if f" til {name} " in joined), "")
        return f"skrevet til «{council}», kan være et innspill til rådets arbeid" if council else ""

    def lead_doubt(self, text: str) -> str:
        """Why the cue word opening the text may not name the measure's kind; "" when nothing speaks against it."""
        _, cue = self.lead_cue(text)
        if not cue:
            return ""
        kind = self.cues.type_of(cue)
        if cue in self._two_ways or any(cue.endswith(e) and len(cue) - len(e) >= 4 for e in self._two_ways_endings):
            return f"«{cue}» skrives som flere typer"
        # «fagbrevløp»: a compound that opens with another type's word names that type too (a long word: «studie» opens
        # «studiesirkler» by chance).
        other = next((w for w in self.content(text)
                      if (self.cues.type_of(w) or self.cues.opening(w, shortest=_LONG_OPENING)) not in ("", kind)), "")
        if other and self.cues.container(cue):
            return f"«{cue}» kan romme tiltak av alle typer, og teksten nevner «{other}»"
        if self.cues.modifier(cue):
            return f"«{cue}» er satt sammen av ord for to typer"
        if cue.endswith(_PEOPLE) and fold(text).split()[:1] != [cue]:
            return f"«{cue}» er personer tiltaket nådde, ikke tiltakets type"
        ws = self.words(text)
        # «Regionalt samarbeidsråd for yrkesopplæring»: a word of a council's name, not the measure's kind.
        joined = f" {' '.join(ws)} "
        council = next((name for first, name in self._councils if f" {name} " in joined and cue in name.split()[1:]), "")
        if council:
            return f"«{cue}» står i navnet «{council}»"
        k = ws.index(cue) if cue in ws else 0
        # «Troms fylkeskommune har annonsert karrieresenterets tilbud …»: the verb after the subject says another
        # kind of activity than the thing it names.
        verb = next((ws[i + 1] for i, w in enumerate(ws[: min(k, MAX_SUBJECT_WORDS + 1)])
                     if w in self._auxiliaries and i + 1 < k and ws[i + 1].endswith(_PARTICIPLE)), "")
        if verb and self.cues.type_of(verb) not in ("", kind):
            return f"verbet «{verb}» sier en annen type enn «{cue}»"
        if k and f"{ws[k - 1]} {cue}" in self._standing:
            return f"en «{ws[k - 1]} {cue}» kan være et nettverk, ikke et arrangement"
        # «Statistikk og analyse av …»: two activities coordinated in the opening, each another type's word.
        paired = ws[k + 2] if ws[k + 1 : k + 2] == ["og"] and len(ws) > k + 2 else ""
        if paired and self.cues.type_of(paired) not in ("", kind):
            return f"«{cue}» og «{paired}» er ord for to typer"
        note = next((n for n in self._notes if n in cue and kind == self.cues.type_of(n)), "")
        to = ws[k + 2] if ws[k + 1 : k + 2] == ["til"] and len(ws) > k + 2 else ""
        if note and any(a in w for a in self._audiences for w in (cue.split(note)[0], to)):
            return f"«{cue}» til egne medlemmer kan være informasjon om andres arbeid"
        after = f" {' '.join(ws[k + 2:])} "
        if note and to and any(after.startswith(f" {name} ") for _, name in self._councils):
            # «Notat til Nasjonalt forum for karriereveiledning om …»: written to a council, an input to its work.
            return f"«{cue}» til et delt råd kan være et innspill til rådets arbeid"
        if note and any(w.startswith(self._summaries) for w in ws[k + 1 :]):
            return f"«{cue}» med hovedpunktene fra et annet arbeid kan være informasjon om det"
        trial = next((t for t in self._trials if f" {t} " in f" {' '.join(ws[:k])} "), "")
        if trial:
            return f"«{cue}» er det som ble «{trial}», og utprøving skrives ofte som prosjekt"
        # «Trøndersk kompetanseforum: årlig møteplass for …» (set 50): the gloss after the name says its kind otherwise.
        name, colon, gloss = text.partition(":")
        glossed = next((w for w in self.words(gloss)[:GLOSS_WORDS] if self.cues.type_of(w) not in ("", kind)), "") \
            if colon and cue in self.words(name) else ""
        if glossed:
            return f"«{glossed}» etter kolon sier en annen type enn «{cue}»"
        # «Oppsummering av KBU-rapporten»: the report is what is summed up; the measure is the summing up.
        named = [i for i, w in enumerate(ws[:k]) if self._content([w]) and w not in self._openers]
        if named and not self.cues.type_of(ws[named[-1]]):
            link = next((w for w in ws[named[-1] + 1 : k] if w in self._prepositions), "")
            if link:
                return f"«{cue}» står etter «{ws[named[-1]]} … {link}»"
        return ""


class TypeModel:
    def __init__(self, catalogue: Catalogue, examples: Iterable[tuple[str, str]],
                 features: TypeFeatures | None = None) -> None:
        self.features = features or TypeFeatures(catalogue)
        self.order = [t.name for t in catalogue.types]
        docs = [(self.features.of(text), type_) for text, type_ in examples if type_ in self.order]
        docs += [(self.features.of(entry), t.name) for t in catalogue.types for entry in (*t.synonyms, *t.cues)]
        counts: dict[str, Counter[str]] = {name: Counter() for name in self.order}
        for feats, type_ in docs:
            counts[type_].update(feats)
        self._count(Counter(type_ for _, type_ in docs), counts)

    @classmethod
    def from_counts(cls, catalogue: Catalogue, prior: dict[str, int], counts: dict[str, dict[str, int]],
                    features: TypeFeatures | None = None) -> TypeModel:
        """The model trained to these counts (`counts()` of one trained before), without reading its examples again."""
        order = [t.name for t in catalogue.types]
        return cls._learnt(features or TypeFeatures(catalogue), order, Counter(prior),
                           {name: Counter(counts.get(name, {})) for name in order})

    @classmethod
    def _learnt(cls, features: TypeFeatures, order: list[str], prior: Counter[str],
                counts: dict[str, Counter[str]]) -> TypeModel:
        model = cls.__new__(cls)
        model.features, model.order = features, order
        model._count(prior, counts)
        return model

    def _count(self, prior: Counter[str], counts: dict[str, Counter[str]]) -> None:
        self._prior, self._counts = prior, counts
        self._vocab = {f for c in counts.values() for f, n in c.items() if n > 0}
        self._totals = {name: sum(c.values()) for name, c in counts.items()}

    def counts(self) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
        """(prior, feature counts per type): what the model learnt, to be stored."""
        return ({k: n for k, n in self._prior.items() if n},
                {name: {f: n for f, n in sorted(c.items()) if n} for name, c in self._counts.items()})

    def without(self, examples: Iterable[tuple[str, str]]) -> TypeModel:
        """This model as if these examples (among those it was trained on) had not been: for cross-validation."""
        prior, counts = Counter(self._prior), {name: Counter(c) for name, c in self._counts.items()}
        for text, type_ in examples:
            if type_ in counts:
                prior[type_] -= 1
                counts[type_].subtract(self.features.of(text))
        return TypeModel._learnt(self.features, self.order, prior, counts)

    def guess(self, text: str) -> Guess:
        feats = [f for f in self.features.of(text) if f in self._vocab]
        n, v = sum(self._prior.values()), len(self._vocab)
        logp = {}
        for name in self.order:
            s = math.log(self._prior[name] / n) if self._prior[name] else -math.inf
            for f in feats:
                s += math.log((self._counts[name][f] + SMOOTHING) / (self._totals[name] + SMOOTHING * v))
            logp[name] = s
        top = max(logp.values())
        weights = {k: math.exp(s - top) for k, s in logp.items()}
        total = sum(weights.values())
        ranked = sorted(weights, key=lambda k: (-weights[k], self.order.index(k)))
        best, runner = ranked[0], ranked[1]
        cues = self.features.cues
        cue_words = tuple(dict.fromkeys(w for w in self.features.content(text) if cues.type_of(w) == best))
        return Guess(best, weights[best] / total, runner, weights[runner] / total, self.features.lead_cue(text)[0],
                     cue_words)
