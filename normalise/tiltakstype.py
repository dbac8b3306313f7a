"""Decides a tiltak's type: from what the report wrote (a type cell, or a type written into the text),
else inferred from the tiltak's own words and marked so."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from rapidfuzz import fuzz

from tiltak_core.records import Match

from .catalogue import Catalogue
from .text import clean, fold, ticked, words
from .type_training import trained
from .typemodel import TypeModel

GIVEN_SCORE = 85  # a written type below this resemblance is not taken as that type
COMPOUND = 0.9  # "Nettkurs", "Frokostseminar": the head of the word is a type's name
MODIFIER = 0.85  # "Kursrekke", "Seminarserie": a series of what a type's name says
MIXED = 0.6  # "Kurs/seminar": the parts name different types
OPENING = 0.7  # "Kurspakke": a type's name opens the word, its head names no type; under the review threshold
ABBREVIATED = 0.85  # "Prosj.", "Arr.": a word cut short with a full stop, the start of one type's names only
_MIN_ABBREVIATION = 3
# An inferred type is sure only when the text opens with a cue word of that type and the model agrees
# this strongly; otherwise it stays under the review threshold.
SURE_PROBABILITY = 0.6
SURE_INFERRED = 0.8
INFERRED_CAP = SURE_INFERRED  # an inferred type always ranks below a type the report gave
UNSURE_CAP = 0.6
_MIN_PART = 4  # shorter synonyms ("FoU", "Råd") are not looked for inside a compound
# A type written into the tiltak text: "... (Kurs).", "... – kurs.", "[Kurs]", "Type: kurs".
_INLINE = (
    re.compile(r"\(([^()]{2,40})\)\s*[.!]?\s*$"),
    re.compile(r"\s[-–]\s*([^-–.]{2,40}?)\s*[.!]?\s*$"),
    re.compile(r"\[([^\[\]]{2,40})\]"),
    re.compile(r"\b(?:type|tiltakstype|type tiltak|kategori)\s*:\s*([^.,;:–\-()\[\]]{2,40})", re.IGNORECASE),
    re.compile(r"^\s*([^:.,;()\[\]]{2,30}?)\s*:\s"),  # "Kurs: Digital kompetanse for ..."
    re.compile(r"\b(?:tiltakstypen?|type tiltak|typen)\s+(?:er|var)\s+([^.,;:()\[\]]{2,40}?)\s*[.!]?\s*$", re.IGNORECASE),  # «Tiltakstype er informasjon.»
)
# A sentence that is nothing but a word or few after another sentence's stop, closed by its own.
_TYPE_SENTENCE = re.compile(r"(?<=[.!?])\s+([^\W\d][^.!?()\[\]«»]{1,40}?)\s*[.!](?=\s|$)")
_PARTS = re.compile(r"\s*(?:/|,|;|\+|&|\s+og\s+|\s+eller\s+)\s*")
_MAX_INLINE_WORDS = 3
# A type cell is a label ("Kurs (digitalt)", "Etter- og videreutdanning"); a longer text that merely holds a
# type word ("Digitale kurs for tillitsvalgte om …") describes a tiltak and names no type.
_MAX_TYPE_CELL_WORDS = 5
_CONTAINERS = ("prosjekt", "program", "satsing")
_SERIES = ("serie", "serien", "rekke", "rekka", "rekkje", "runde", "runden")


def _is_series(rest: str) -> bool:
    return rest in _SERIES or (rest[:1] == "s" and rest[1:] in _SERIES)


_TYPE_SHARE = re.compile(r"([^\d%]+?)\s*(\d{1,3})\s*%")  # «informasjon 30 % · arrangement 70 %»: each type's share
_BRACKET = re.compile(r"(?P<outside>[^()]+?)\s*\((?P<inside>[^()]+)\)\s*")


_ARTICLE = re.compile(r"^(?:en|ei|et|eit|ett)\s+(?=\S)")  # an indefinite article before a type's word


def _key(text: str) -> str:
    return re.sub(r"\s*/\s*", "/", re.sub(r"[^0-9a-zæøå/&-]+", " ", fold(text))).strip()


class TypeMatcher:
    """Matches a written type to the catalogue's six types, or infers one from the tiltak's words."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._names = [(t.name, _key(s)) for t in catalogue.types for s in (t.name, *t.synonyms, *t.english)]
        self._exact: dict[str, str] = {}
        for name, key in self._names:
            self._exact.setdefault(key, name)
        self._words = sorted(((k, n) for k, n in self._exact.items() if " " not in k and "/" not in k
                              and len(k) >= _MIN_PART), key=lambda kn: -len(kn[0]))
        self._order = [t.name for t in catalogue.types]
        # Types whose words name a container ("prosjekt", "program") that may hold a measure of any kind.
        self._containers = {n for s, n in self._words if s in _CONTAINERS}
        # Compounds of a container word that a type's cues name («lederprogram» under Kurs/utdanning).
        self._container_cues = {_key(c): t.name for t in catalogue.types for c in t.cues
                                if " " not in c and any(_key(c).endswith(w) and _key(c) != w for w in _CONTAINERS)}
        self._container_cells = frozenset(_key(w) for w in catalogue.vocabulary.type_containers)
        self._note_cells = frozenset(_key(w) for w in catalogue.vocabulary.note_words)
        self._loose_cells = frozenset(_key(w) for w in catalogue.vocabulary.type_loose)
        self._catalogue = catalogue
        self._taking_part = frozenset(fold(w) for w in catalogue.vocabulary.participation if " " not in w)
        self._taking_part_phrases = tuple(f" {fold(w)} " for w in catalogue.vocabulary.participation if " " in w)

    @cached_property
    def model(self) -> TypeModel:
        """The model that infers a type from a tiltak's words, built on first use: a run that reads nothing new
        never infers a type."""
        return trained(self._catalogue)

    def _part(self, part: str) -> tuple[str, float]:
        """The type one part of a written type names: whole, as a compound's head, or opening it."""
        if part in self._exact:
            return self._exact[part], 1.0
        tokens = part.split()
        for token in tokens:
            if token in self._exact:
                return self._exact[token], MODIFIER
        for token in reversed(tokens):
            head = next((n for s, n in self._words if token.endswith(s) and len(token) > len(s)), "")
            modifier = next((n for s, n in self._words if token.startswith(s) and len(token) > len(s)), "")
            if head and modifier and head != modifier and head in self._containers:
                # "Opplæringsprogram", "Informasjonsprosjekt": a container of the other kind; ask a person.
                return modifier, MIXED
            cued = self._container_cues.get(token, "")
            if head in self._containers and cued and cued != head:
                # «Lederprogram»: a container whose whole word the vocabulary knows as another kind's (a programme of
                # courses), as the cue lists say; the container's own type is the runner-up.
                return cued, COMPOUND
            if head:
                return head, COMPOUND
            series = next((n for s, n in self._words if token.startswith(s) and _is_series(token[len(s):])), "")
            if series:
                return series, MODIFIER  # "Kursrekke", "Seminarserie": a series of the type it opens with
        word = tokens[0] if len(tokens) == 1 else ""
        opening = next((n for s, n in self._words if word.startswith(s) and len(word) - len(s) >= _MIN_PART), "") if word else ""
        if opening:
            return opening, OPENING  # «Kurspakke», «Informasjonsturné»: most likely that kind, but the head names none
        return "", 0.0

    def given(self, raw: str) -> Match | None:
        """The type a type cell names, or None when it names none of them."""
        chosen = ticked(raw)
        key = _key(chosen)
        if not key:
            return None
        written = f"skrevet «{clean(raw)}»" if chosen == raw else f"krysset av for «{clean(chosen)}»"
        raw = chosen
        shares = sorted((int(n), words.strip(" ·,;/+–-")) for words, n in _TYPE_SHARE.findall(clean(raw)))
        if len(shares) > 1:
            # «informasjon 30 % · arrangement 70 %» (round 81): the type with the largest share of the work; two
            # types sharing it equally are neither surely.
            largest, next_one = self.given(shares[-1][1]), self.given(shares[-2][1])
            if largest is not None and shares[-1][0] > shares[-2][0]:
                return replace(largest, evidence=f"{written}: den største andelen ({shares[-1][0]} %)")
            if largest is not None and next_one is not None and largest.value != next_one.value:
                return Match(largest.value, MIXED, next_one.value, MIXED, f"{written} nevner flere typer med like store andeler")
        bracket = _BRACKET.fullmatch(clean(raw))
        if bracket:
            # «Digital tjeneste (pilot)»: the words and the bracket may name two types; then neither is sure.
            outside, inside = self.given(bracket["outside"]), self.given(bracket["inside"])
            if outside and inside and outside.value != inside.value:
                return Match(outside.value, MIXED, inside.value, MIXED, f"{written} nevner flere typer")
            if inside and (not outside or outside.value == inside.value) and len(bracket["inside"].split()) <= 2:
                # «Prošeakta (prosjekt)»: a word in another language, glossed in Norwegian in the bracket.
                return replace(inside, evidence=f"{written}: ordet i parentesen")
        if key in self._exact:
            return Match(self._exact[key], 1.0, evidence=written)
        if (article := _ARTICLE.match(key)) and (unarticled := self.given(key[article.end():])) is not None:
            # «Et kursprogram», «En kartlegging» (round 79): a form's answer with its article is the word's type.
            return replace(unarticled, evidence=written)
        if key in self._container_cues:
            # «Leiarutviklingsprogram» is spelt near «Utviklingsprogram», but the cue lists know the whole word.
            return Match(self._container_cues[key], COMPOUND, evidence=written)
        first, dash, rest = key.partition("-")
        if dash and first in self._exact and (head := self._part(rest)[0] or self._exact.get(rest, "")) and (
                head != self._exact[first]):
            # «FoU-prosjekt», «Kurs-prosjekt»: two types' names joined; the first says what kind, but ask a person.
            return Match(self._exact[first], MIXED, head, MIXED, f"{written} nevner flere typer")
        if clean(raw).endswith(".") and len(key) >= _MIN_ABBREVIATION and " " not in key:
            opened = {name for name, synonym in self._names if synonym.startswith(key)}
            if len(opened) == 1:
                return Match(opened.pop(), ABBREVIATED, evidence=f"{written}, forkortet")
        scores: dict[str, float] = {}
        for name, synonym in self._names:
            scores[name] = max(scores.get(name, 0.0), fuzz.ratio(key, synonym))
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], self._order.index(kv[0])))
        (best, score), (runner, runner_score) = ranked[0], ranked[1]
        if score >= GIVEN_SCORE:
            return Match(best, round(score / 100, 3), runner, round(runner_score / 100, 3), written)
        # "Kurs (digitalt)", "Nettverk/utvalg", "Nettkurs", "Kursrekke": read part by part.
        bare = _key(re.sub(r"\([^)]*\)", " ", raw)) or key
        if len(bare.split()) > _MAX_TYPE_CELL_WORDS:
            return None
        found = [self._part(p) for p in _PARTS.split(bare.replace("/", " / ")) if p.strip()]
        found = [(n, c) for n, c in found if n]
        if not found:
            return None
        names = list(dict.fromkeys(n for n, _ in found))
        if len(names) > 1:
            return Match(names[0], MIXED, names[1], MIXED, f"{written} nevner flere typer")
        return Match(names[0], min(c for _, c in found), evidence=written)

    def names_type(self, text: str) -> str:
        """The type a text is nothing but the name of («Prosjekt», «Kurs/ utdanning»); empty when it says more."""
        return self._exact.get(_key(text), "")

    def inline(self, tiltak: str) -> Match | None:
        """A type the text itself states ("… (Kurs).", "… – kurs.", "[Kurs]", "Type: kurs")."""
        text = clean(tiltak)
        for pattern in _INLINE:
            for m in pattern.finditer(text):
                candidate = _key(m.group(1))
                if candidate in self._exact and len(candidate.split()) <= _MAX_INLINE_WORDS:
                    return Match(self._exact[candidate], 1.0, evidence=f"skrevet i teksten «{m.group(0).strip()}»")
        return None

    def told_apart(self, text: str) -> Match | None:
        """A type told as a sentence of its own after the first («… 46 deltakere. Kurs. [delmål 1.4]»); None if none."""
        for m in _TYPE_SENTENCE.finditer(clean(text)):
            candidate = _key(m.group(1))
            if candidate in self._exact and len(candidate.split()) <= _MAX_INLINE_WORDS:
                return Match(self._exact[candidate], 1.0, evidence=f"skrevet som egen setning i teksten «{m.group(1)}.»")
        return None

    def infer(self, tiltak: str) -> Match:
        """A type guessed from the tiltak's words, marked inferred; sure only when its opening says so."""
        if not clean(tiltak):
            return Match("", 0.0, evidence="ingen type oppgitt og ingen tekst å gjette fra", inferred=True)
        g = self.model.guess(tiltak)
        # «Deltakelse i forsøket med …» opens with taking part, a council's word, in something that is no council
        # (councils are settled before inference): the measure's kind is the thing taken part in, not said here.
        cue = fold(self.model.features.lead_cue(tiltak)[1])
        ws = words(tiltak)
        # «NHO sitter i referansegruppen for …»: the body it takes part through, not the kind of what that body is for.
        # «LO er med i styringsgruppen for forskningsprosjektet …»: a phrase of taking part says so too.
        before = ws[: ws.index(cue)] if cue in ws else []
        taking_part = cue in self._taking_part or bool(set(before) & self._taking_part) or any(
            p in f" {' '.join(before)} " for p in self._taking_part_phrases)
        doubt = self.model.features.lead_doubt(tiltak)
        sure = g.lead_cue == g.type and g.probability >= SURE_PROBABILITY and not taking_part and not doubt
        confidence = SURE_INFERRED if sure else min(UNSURE_CAP, round(g.probability * UNSURE_CAP, 3))
        why = f"ordene {', '.join(g.cue_words)}" if g.cue_words else "likheten med kjente tiltak"
        return Match(g.type, confidence, g.runner_up, round(min(g.runner_up_probability, confidence), 3),
                     f"ingen type oppgitt; utledet fra {why} ({g.probability:.2f})" + (f"; men {doubt}" if doubt else ""),
                     inferred=True)

    def written(self, raw: str, tiltak: str) -> Match | None:
        """The type the report states, in its type cell or in the text; None when it states none."""
        stated = self.given(raw)
        cell = _key(ticked(raw))
        if stated and cell in self._note_cells:
            # «Notat» beside «oppsummering av KBUs rapport for forbundene»: a study, or news of another's one.
            doubt = self.model.features.note_doubt(tiltak)
            if doubt:
                return Match(stated.value, min(stated.confidence, MIXED), evidence=f"{stated.evidence}; men {doubt}")
        if stated and cell in self._loose_cells:
            return Match(stated.value, min(stated.confidence, MIXED), evidence=f"{stated.evidence}, et ord rapportene bruker om flere typer")
        if stated and (cell in self._container_cells or any(cell.endswith(c) for c in self._container_cells if " " not in c)):
            # «Program» beside «Lederutviklingsprogram for …»: a container the text's opening fills with another kind;
            # «Kompetanseprogram» beside «Bransjeprogram for varehandel …» too, a compound whose head is one.
            lead = self.model.features.lead_cue(tiltak)[0]
            if lead and lead != stated.value:
                return Match(stated.value, min(stated.confidence, MIXED), lead, MIXED,
                             f"{stated.evidence}, men teksten åpner med et ord for {lead}")
        return stated or self.inline(tiltak)

    def match(self, raw: str, tiltak: str) -> Match:
        """The written type when there is one; otherwise inferred from the tiltak text."""
        stated = self.written(raw, tiltak)
        if stated:
            return stated
        inferred = self.infer(tiltak)
        if raw.strip():
            note = f"skrevet «{clean(raw)}» er ingen kjent type; "
            return Match(inferred.value, min(inferred.confidence, UNSURE_CAP), inferred.runner_up,
                         inferred.runner_up_score, note + inferred.evidence, inferred=True)
        return inferred
