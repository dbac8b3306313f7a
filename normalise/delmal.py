"""Decides which delmål a report's delmål cell, heading or lead-in names: by code, else by its text."""

from __future__ import annotations

import math
import re
from collections import Counter

from rapidfuzz import fuzz

from tiltak_core.records import NO_MATCH, Match

from .catalogue import Catalogue
from .delmal_place import omrade_led, placed
from .delmal_marks import main_code, main_marks
from .text import clean, fold, stems, ticked, words

# "2.1", "2,1", "D2.1", "Delmål 2.1", "delmål nr. 2.1" -- but not "2.1.2019" nor "12.1".
_CODE = re.compile(
    r"(?<![\d.,])(?:(?:del)?m[åa]l(?:et)?\s*(?:nr\.?\s*)?|d\s*)?([1-9])\s?[.,]\s?(\d{1,2})(?![\d]|[.,]\d)",
    re.IGNORECASE,
)
# Where a heading or lead-in starts by naming a delmål ("Under delmål 2.2 har ...", "3.1 Gi fleksibel ...").
_LEAD = re.compile(
    r"^\W*(?:(?:tiltak\s+)?(?:under|for|til|innenfor|innanfor|knyttet til|knytt til)\s+)?"
    r"(?:(?:del)?m[åa]l(?:et)?\s*(?:nr\.?\s*)?|d\s*)?[1-9]\s?[.,]\s?\d{1,2}(?![\d]|[.,]\d)",
    re.IGNORECASE,
)
# A code the text calls a delmål, wherever it stands ("Unio i råd og utvalg (delmål 1.4)").
_NAMED_CODE = re.compile(r"\bdelm[åa]l(?:et)?\s*(?:nr\.?\s*)?[1-9]\s?[.,]\s?\d{1,2}(?![\d]|[.,]\d)", re.IGNORECASE)
# A heading that calls itself an område («Hovedinnsatsområde 2», «Innsatsområde II», «Område 3»).
_OMRADE_WORD = re.compile(r"\b(?:hoved|hovud)?innsatsområde|\b(?:hoved|hovud)?område\s+(?:[1-3]|I{1,3})\b", re.IGNORECASE)
# A delmål numbered by its område in roman numerals ("Delmål II.3", "III.1 Fleksibel opplæring", "III-6"): only after
# the word delmål or at the start, where no other roman number stands.
_ROMAN = re.compile(r"(?:(?<=^)|(?<=^\W)|(?<=\bdelmål )|(?<=\bdelmal )|(?<=\bdelmålet ))(I{1,3})\s?[.\-–]\s?(\d{1,2})(?![\d]|[.,]\d)",
                    re.IGNORECASE)


# «regjeringen.no/kompetansestrategien#delmal-2-3» (round 79): a delmål as the anchor of a web address, its
# point written as a hyphen.
_ANCHOR = re.compile(r"#?\bdelm(?:[åa]|aa)l(?:et)?[-_]([1-9])[-_](\d{1,2})\b", re.IGNORECASE)


def arabic(text: str) -> str:
    """The text with a roman delmål number written in digits ("Delmål II.3" -> "Delmål 2.3"), and a web address's
    anchor for a delmål as its code ("…#delmal-2-3" -> "…delmål 2.3")."""
    return _ROMAN.sub(lambda m: f"{len(m.group(1))}.{m.group(2)}",
                      _ANCHOR.sub(lambda m: f" delmål {m.group(1)}.{m.group(2)}", text or ""))


# «2.4 (i 2095: 2.1)» (round 76): the code a measure had in another year, in brackets after this year's.
_OTHER_YEARS_CODE = re.compile(r"\s*[(\[]\s*(?:i\s+)?\d{4}\s*:\s*\d[.,]\d{1,2}\s*[)\]]")
_SHARE = re.compile(r"(\d[.,]\d{1,2})\s*\(\s*(\d{1,3})\s*%\s*\)")  # «1.4 (40 %)»: a delmål's share of the work
_OMRADE_IN_TEXT = re.compile(r"\b(?:hoved|hovud)?(?:innsats)?område\s*(I{1,3}|[1-3])\b", re.IGNORECASE)
# «innsatsområde 2, delmål 4», «hovudområde 1, punkt 3», «Hovedområde 2, nr. 3»: the område's number, then the
# delmål's within it.
# «IO 2 / DM 4»: a ministry's shorthand for innsatsområde and delmål, explained in a note under its table (round 72).
_OMRADE_AND_NUMBER = re.compile(r"\b(?:(?:hoved|hovud)?(?:innsats)?område|h?io)\s*(I{1,3}|[1-3])\W{0,3}\s*"
                                r"(?:(?:delm[åa]l(?:et)?|dm|punkt|pkt\.?|mål)\s*(?:nr\.?\s*)?|(?:nr\.|nummer)\s*)(\d{1,2})\b",
                                re.IGNORECASE)
_OMRADE_NUMBER = re.compile(r"^\W*(?:(?:hoved|hovud)?innsatsområde|område)?\s*(I{1,3}|[1-3])\W*$", re.IGNORECASE)


def names_omrade_column(header: str) -> bool:
    """A column headed «Innsatsområde», «Hovedinnsatsområde» or «Område»."""
    return bool(re.fullmatch(r"\W*(?:hoved|hovud)?(?:innsats)?område(?:\s*\(.*\))?\W*", clean(header), re.IGNORECASE))


def _omrade_number(part: str) -> str:
    """An område's number written «II» or «2», as «2»."""
    part = part.upper()
    return str(len(part) if part.startswith("I") else int(part))


def written_as_code(text: str) -> str:
    """The text with a delmål named by its område and number written as its code ("innsatsområde II, delmål 4" ->
    "delmål 2.4")."""
    return _OMRADE_AND_NUMBER.sub(lambda m: f"delmål {_omrade_number(m.group(1))}.{m.group(2)}", text or "")


def joined_code(omrade: str, number: str) -> str:
    """«II» (or «2») in an område column beside «3» in a delmål column: delmål 2.3; '' when they are not that."""
    found = _OMRADE_NUMBER.match(clean(omrade))
    if not found or not re.fullmatch(r"\d", clean(number)):
        return ""
    return f"{_omrade_number(found.group(1))}.{clean(number)}"


# A delmål cell whose code lost its separator ("13" for "1,3", as OCR reads a faint comma), or "1 3", or
# whose separator OCR misread ("3:1").
# «13», «1 3», and OCR's «Delmål 2 1», «Strategiens delmål. 1 1»; «21/57» is a case number.
_LOST_SEPARATOR = re.compile(r"^\W*(?:(?:strategiens\s+)?(?:delm[åa]l(?:et)?|dm|strategim[åa]l)\W{0,2}\s*)?"
                             r"([1-9])\s?[:;]?\s?(\d{1,2})(?![\d.,/])", re.IGNORECASE)
_BUDGET_CHAPTER = re.compile(r"^\s*(?:kap\.|programkategori)\s*\d", re.IGNORECASE)  # «Kap. 634 …», not «Kapittel 4: …»
# «1.37/ forum» for «1.3 / forum»: a scan's slash after the code, read as a 7 and a slash (round 64).
_SLASH_READ_AS_SEVEN = re.compile(r"^\W*([1-9])\s?[.,]\s?(\d)7\s*/")


def _broken_code(text: str | None) -> re.Match[str] | None:
    """Where a cell opens with a code OCR broke: its separator lost or misread, or a slash after it read as a 7."""
    return _LOST_SEPARATOR.match(text or "") or _SLASH_READ_AS_SEVEN.match(text or "")


TEXT_SCORE = 80  # below this a text resemblance names no delmål
CELL_TEXT_SCORE = 85  # a cell whose text resembles a delmål this much is a delmål cell
NAME_SCORE = 95  # a text this like a delmål's name is that name, not a tiltak named after it
INFERRED_CAP = 0.5  # a delmål guessed from the tiltak's own words is never confident
CLEAR_MARGIN = 20  # points by which the text must favour another delmål than its code for the text to win
CONTRADICTED = 0.55  # the confidence of a delmål taken from the text against the code beside it
LOST_SEPARATOR = 0.6  # the confidence of a code read without its separator
MULTIPLE_CODES = 0.7  # several codes in one cell or heading, none marked as the main one: the first, asked
MEANING_CAP = 0.79  # a delmål named by paraphrase: the words it shares with the delmål, never sure (under Thresholds.delmal)
MEANING_SHARE = 0.34  # of a paraphrase's weight (its rare words count most) that must fall on one delmål
WHOLE_SHORT_NAME = 1.5  # a paraphrase holding every word of a delmål's short name leans that much more to it
MEANING_LEAD = 1.15  # the paraphrase's best delmål must lead the next by this factor
PARAPHRASE_WORDS = 15  # a delmål named in other words is said in a phrase, not a paragraph
MIN_PREFIX = 6  # compounds: "arbeidsmarkedspolitikk" shares "arbeidsmarked" with the delmål's text


# «5 Kompetanse og utdanning», «4.2 Fag- og yrkesopplæringen»: a heading's number, before its words.
_NUMBER_OPENING = re.compile(r"^\s*(\d{1,2}(?:[.,]\d{1,2})?)\.?\s+[A-ZÆØÅa-zæøå]")


class DelmalMatcher:
    """Matches free text against the catalogue's delmål (code, text, Nynorsk text, short name)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.codes = {d.code for d in catalogue.delmal}
        stop = catalogue.vocabulary.stopwords | frozenset(fold(w) for w in catalogue.vocabulary.delmal_stopwords)
        self._stop = stop
        self._variants = [(d.code, fold(v), " ".join(stems(v, stop))) for d in catalogue.delmal for v in d.wordings]
        # Words that stand in many delmål say little about which one a tiltak belongs to.
        self._profile = {d.code: set(stems(" ".join((*d.wordings, *d.members_words)), stop)) for d in catalogue.delmal}
        doc_freq = Counter(s for profile in self._profile.values() for s in profile)
        n = len(catalogue.delmal)
        self._idf = {s: math.log((n + 1) / (df + 0.5)) for s, df in doc_freq.items()}
        # The short name says most about what a delmål is: its words count double when matching meaning.
        self._short = {d.code: set(stems(f"{d.short} {d.short_nynorsk}", stop)) for d in catalogue.delmal}
        # The strategy's and its council's names frame every report ("Rapport til Kompetansepolitisk råd"):
        # they paraphrase no delmål.
        self._framing = frozenset(stems(f"{catalogue.strategy} {catalogue.council}", stop))
        self._ordinals = {fold(w): number for number, ws in catalogue.vocabulary.ordinals.items() for w in ws}
        self._main = main_marks(catalogue.vocabulary.main_delmal_words)

    def codes_in(self, text: str) -> list[str]:
        """Catalogue codes written in the text, in order, each once."""
        found = []
        text = arabic(text)
        for m in _CODE.finditer(text):
            code = f"{m.group(1)}.{m.group(2)}"
            if code in self.codes and code not in found:
                found.append(code)
        for m in _OMRADE_AND_NUMBER.finditer(text):
            # «Innsatsområde 2, delmål 4»: the område's number and the delmål's within it.
            code = f"{_omrade_number(m.group(1))}.{m.group(2)}"
            if code in self.codes and code not in found:
                found.append(code)
        return found

    def names_delmal(self, text: str, heading: bool) -> bool:
        """Whether a heading or lead-in sets the delmål for the items below it: a code it opens with, a code it
        calls a delmål anywhere ("Råd og utvalg (delmål 1.4)"), the delmål's words, or a paraphrase of them."""
        text = arabic(text)
        if _LEAD.match(text) and self.codes_in(text):
            return True
        if heading and _NAMED_CODE.search(text) and self.codes_in(text):
            return True
        if _OMRADE_AND_NUMBER.search(text) and self.codes_in(text):
            return True  # «Innsatsområde 2, delmål 4»
        if _OMRADE_WORD.search(text) or self.names_omrade(text):
            # «Innsatsområde 2: Læring i arbeidslivet», or the område's name alone («Gode valg for den enkelte og
            # samfunnet»): the område, however like a delmål its words are.
            return False
        if self._chapter_number(text):
            return False  # «5 Kompetanse og utdanning», «5.2 Fag- og yrkesopplæringen»: a chapter of an annual report
        if heading or text.rstrip().endswith(":"):
            return self._by_text(text).confidence >= TEXT_SCORE / 100 or bool(self._by_meaning(text).value)
        return False

    def _chapter_number(self, text: str) -> bool:
        """Whether a heading opens with a number that is neither an område's nor a delmål's: a chapter's (or a budget
        chapter's, «Kap. 634 Arbeids- og velferdsdirektoratet»)."""
        if _BUDGET_CHAPTER.match(text):
            return True
        m = _NUMBER_OPENING.match(text)
        if not m:
            return False
        number = m.group(1).replace(",", ".")
        return not self.codes_in(number) if "." in number else number not in {o.id for o in self.catalogue.omrader}

    def names_omrade(self, text: str) -> bool:
        """Whether a heading names a hovedinnsatsområde (its items then have no delmål yet)."""
        return bool(_OMRADE_WORD.search(fold(text))) or self._omrade_by_name(text)[0] >= 90

    def _omrade_by_name(self, text: str) -> tuple[float, str]:
        """(how alike 0-100, id) of the område whose name the text, its number left off, is most like."""
        bare = re.sub(r"^[\d.\s]+", "", fold(text))
        return max(((fuzz.ratio(bare, fold(n)), o.id) for o in self.catalogue.omrader for n in (o.name, *o.aliases)),
                   default=(0.0, ""))

    def omrade_named(self, text: str) -> str:
        """The område a heading names, by its number («Innsatsområde 2: …», «Område II») or its name; ''."""
        if not self.names_omrade(text):
            return ""
        number = _OMRADE_IN_TEXT.search(text)
        return _omrade_number(number.group(1)) if number else self._omrade_by_name(text)[1]

    def holds(self, heading: str, cell: str) -> bool:
        """Whether a heading naming an område («2 Læring i arbeidslivet») holds every delmål a cell gives by code."""
        omrade, codes = self.omrade_named(heading), self.codes_in(cell)
        return bool(omrade and codes) and all(self.catalogue.omrade_of(c) == omrade for c in codes)

    def _text_scores(self, text: str, within: str = "") -> dict[str, float]:
        """How much the text (its codes left out) resembles each delmål's wording, 0-100 (only the delmål of område
        `within`, if given)."""
        raw = fold(re.sub(_CODE, " ", text)).strip(" .:-–")
        if not raw:
            return {}
        raw_stems = " ".join(stems(raw, self._stop))
        single_word = len(words(raw)) < 2
        best: dict[str, float] = {}
        for code, variant, variant_stems in self._variants:
            if within and self.catalogue.omrade_of(code) != within:
                continue
            score = fuzz.ratio(raw, variant)
            if single_word:
                # One word names a delmål only by (nearly) being its short name.
                best[code] = max(best.get(code, 0.0), score if score >= 95 else 0.0)
                continue
            if len(raw) >= 20 and len(raw) <= len(variant):
                # A heading is often the delmål's first clause: compare it with the same stretch. A phrase
                # found further in («grunnleggende ferdigheter») may stand in several delmål: not counted.
                found = fuzz.partial_ratio_alignment(raw, variant)
                if found is not None and found.dest_start <= len(variant) // 10:
                    score = max(score, found.score)
            if len(raw_stems.split()) >= 3:
                score = max(score, fuzz.token_sort_ratio(raw_stems, variant_stems))
            best[code] = max(best.get(code, 0.0), score)
        return best

    def _by_text(self, text: str, within: str = "") -> Match:
        best = self._text_scores(text, within)
        if len(best) < 2:
            return NO_MATCH
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
        (code, score), (second, second_score) = ranked[0], ranked[1]
        if score < TEXT_SCORE:
            return Match("", 0.0, code, round(score / 100, 3), f"tekst likner ikke noe delmål (best {code}: {score:.0f})")
        # A near tie between two delmål is not a confident answer, however high both score.
        gap = score - second_score
        confidence = score / 100 * min(1.0, 0.75 + gap / 40)
        return Match(code, round(confidence, 3), second, round(second_score / 100, 3), f"tekst likner delmål {code} ({score:.0f})")

    def _shares(self, stem_: str, profile: set[str]) -> float:
        """1 when the profile has the stem, a half when only a compound's part (a common prefix), else 0."""
        if stem_ in profile:
            return 1.0
        partial = len(stem_) >= MIN_PREFIX and any(
            len(p) >= MIN_PREFIX and (p.startswith(stem_) or stem_.startswith(p)) for p in profile)
        return 0.5 if partial else 0.0

    def _weight(self, stem_: str, profile: set[str]) -> float:
        """How much a stem says for a delmål: its rarity where the profile has it, half of it where the profile has a
        longer form of it; a word the strategy never uses whole («videreutdanning») counts half the rarity of the
        compound it shares a part with («videreutdanningstilbud»). A word another delmål has whole counts nothing as
        a compound of this one's («læringsarena» is 3.3's, not a part of 2.2's «læring»)."""
        if stem_ in profile:
            return self._idf.get(stem_, 0.0)
        if len(stem_) < MIN_PREFIX:
            return 0.0
        if stem_ in self._idf:
            longer = any(len(p) >= MIN_PREFIX and p.startswith(stem_) for p in profile)
            return 0.5 * self._idf[stem_] if longer else 0.0
        return 0.5 * max((self._idf.get(p, 0.0) for p in profile
                          if len(p) >= MIN_PREFIX and (p.startswith(stem_) or stem_.startswith(p))), default=0.0)

    def _by_meaning(self, text: str, within: str = "") -> Match:
        """A delmål named by paraphrase: the rare words it shares with one delmål's text and short name (one of område
        `within`'s, if given)."""
        own = set(stems(re.sub(_CODE, " ", text), self._stop)) - self._framing
        if not own:
            return NO_MATCH
        if len(own) == 1 and not any(self._shares(s, short) for s in own for short in self._short.values()):
            return NO_MATCH  # one word names a delmål only when it is (part of) a delmål's short name
        total = sum(self._idf.get(s, max(self._idf.values())) for s in own)
        scored = []
        for code, profile in self._profile.items():
            if within and self.catalogue.omrade_of(code) != within:
                continue
            weight = sum(self._weight(s, profile) * (2.0 if self._shares(s, self._short[code]) else 1.0) for s in own)
            # «karriereveiledning for voksne i jobb»: the whole short name of 1.3 outweighs one word of 3.1's.
            whole = bool(self._short[code]) and all(any(o == w for o in own) for w in self._short[code])
            scored.append((weight * (WHOLE_SHORT_NAME if whole else 1.0), code))
        scored.sort(key=lambda x: (-x[0], x[1]))
        (top, code), (second, runner) = scored[0], scored[1]
        if top <= 0 or top < MEANING_SHARE * total or top < MEANING_LEAD * second:
            return Match("", 0.0, code, 0.0, "teksten peker ikke klart mot ett delmål")
        shared = [s for s in own if self._shares(s, self._profile[code])]
        if len(shared) < 2 and not any(self._shares(s, self._short[code]) for s in shared):
            # One word in common ("Veien videre" and «videre opplæring») is chance unless it is the short name's.
            return Match("", 0.0, code, 0.0, f"teksten deler bare ordet «{shared[0] if shared else ''}» med delmål {code}")
        confidence = MEANING_CAP * min(1.0, top / total) * (1 - second / top / 2)
        return Match(code, round(confidence, 3), runner, round(confidence * second / top, 3),
                     f"teksten «{clean(text)[:60]}» omskriver delmål {code}")

    def omrade_led(self, words_: str) -> str:
        """The område a delmål's place opens with («Gode valg», «Svak tilknytning»); ''."""
        return omrade_led(self.catalogue, self._omrade_by_name(words_), words_)

    def _within(self, text: str, omrade: str) -> Match:
        """The delmål a text names among område `omrade`'s only: by its words, else by paraphrase."""
        found = self._by_text(text, omrade)
        return found if found.value else self._by_meaning(text, omrade)

    def lost_separator(self, text: str) -> str:
        """The catalogue code a cell names without its separator ("13", "1 3") or with a slash after it misread
        ("1.37/"), else ''."""
        m = _broken_code(text)
        if not m or self.codes_in(text):
            return ""
        code = f"{m.group(1)}.{m.group(2)}"
        return code if code in self.codes else ""

    def names_by_words(self, text: str) -> bool:
        """Whether a text (its code left out) is worded like a delmål, not merely numbered like one."""
        return bool(self._by_text(text).value)

    def worded_heading(self, heading: str) -> str:
        """The delmål a heading names in its words, not by code («Digital kompetanse i hele arbeidsstyrken»); ''."""
        if self.codes_in(heading) or not self.names_delmal(heading, heading=True):
            return ""
        return self.match(heading).value

    def paraphrases(self, text: str) -> bool:
        """Whether a short text names a delmål in its own words (its wording or a paraphrase), without a code."""
        n = len(words(text))
        return 2 <= n <= PARAPHRASE_WORDS and not self.codes_in(text) and bool(
            self._by_text(text).value or self._by_meaning(text).value)

    def is_delmal_name(self, text: str) -> bool:
        """Whether a text is a delmål's own name, as the strategy or its short form gives it, in either language."""
        return self._by_text(text).confidence >= NAME_SCORE / 100

    def names_delmal_cell(self, text: str) -> bool:
        """Whether a table cell's words name a delmål as closely as a delmål column's cells do."""
        return len(words(text)) >= 2 and self._by_text(text).confidence >= CELL_TEXT_SCORE / 100

    def match(self, raw: str) -> Match:
        """The delmål a delmål cell or heading names: by code, by its words, by a code OCR broke, by paraphrase.
        Where the code and the words beside it name different delmål by a clear margin, the words win."""
        raw = arabic(ticked(raw))
        earlier = _OTHER_YEARS_CODE.search(raw)
        if earlier and self.codes_in(without := _OTHER_YEARS_CODE.sub("", raw)):
            raw = without  # last year's code beside this year's is no second delmål
        else:
            earlier = None
        codes = self.codes_in(raw)
        if not codes and _OMRADE_WORD.search(raw):
            return Match("", 0.0, evidence=f"«{clean(raw)[:60]}» nevner et innsatsområde, ikke et delmål")
        by_text = self._by_text(raw)
        if codes:
            code = codes[0]
            evidence = f"kode «{code}»" + (f" («{clean(earlier[0]).strip(' ()[]')}» gjelder et annet år)" if earlier else "")
            runner, runner_score, confidence = "", 0.0, 1.0
            shares = {c: int(n) for c, n in _SHARE.findall(raw) if c.replace(",", ".") in codes}
            if len(codes) > 1 and len(shares) == len(codes) and len(set(shares.values())) == len(shares):
                # «1.4 (40 %), 2.2 (60 %)» (round 75): the delmål with the largest share is the main one.
                ranked = sorted(shares, key=lambda c: -shares[c])
                code, runner = ranked[0].replace(",", "."), ranked[1].replace(",", ".")
                runner_score, evidence = 0.5, f"kode «{code}», den største andelen ({shares[ranked[0]]} %)"
            elif len(codes) > 1 and (main := main_code(self._main, raw, codes)):
                # «Berører 2.4, men først og fremst 1.4»: the words mark the main delmål, first or last.
                code, runner, runner_score = main[0], next(c for c in codes if c != main[0]), 0.5
                evidence = f"kode «{code}», som teksten kaller det viktigste delmålet («{main[1]}»)"
            elif len(codes) > 1:
                # Several codes and none marked as the main one: the first is a guess a person checks.
                runner, runner_score, confidence = codes[1], MULTIPLE_CODES, MULTIPLE_CODES
                evidence += f", også {', '.join(codes[1:])} nevnt"
            if by_text.value and by_text.value != code:
                scores = self._text_scores(raw)
                if scores[by_text.value] - scores.get(code, 0.0) >= CLEAR_MARGIN:
                    return Match(by_text.value, CONTRADICTED, code, round(scores.get(code, 0.0) / 100, 3),
                                 f"koden «{code}» stemmer ikke med teksten, som beskriver delmål {by_text.value}; "
                                 "teksten er valgt")
                # The code and the words point at different delmål, but not clearly: keep the code, ask a person.
                runner, runner_score, confidence = by_text.value, by_text.confidence, 0.6
                evidence += f", men teksten likner {by_text.value}"
            return Match(code, confidence, runner, runner_score, evidence)
        if (place := placed(raw, self.omrade_led, self._ordinals, self.codes, self._within)).value:
            return place
        lost = self.lost_separator(raw)
        separator = _broken_code(raw)
        if lost and separator:
            rest = raw[separator.end():]
            beside = self._by_text(rest) if words(rest) else NO_MATCH
            beside = beside if beside.value else (self._by_meaning(rest) if words(rest) else NO_MATCH)
            number = clean(raw[: separator.end()])
            if beside.value and beside.value != lost:
                return Match(beside.value, CONTRADICTED, lost, LOST_SEPARATOR,
                             f"«{number}» kan være delmål {lost} uten skilletegn, men teksten beskriver {beside.value}")
            return Match(lost, LOST_SEPARATOR, beside.runner_up, beside.runner_up_score,
                         f"«{number}» lest som delmål {lost}: skilletegnet mangler eller er feillest "
                         "(trolig i skanningen)" + (", og teksten beskriver samme delmål" if beside.value else ""))
        if by_text.value:
            return by_text
        meaning = self._by_meaning(raw)
        return meaning if meaning.value else by_text

    def infer(self, tiltak: str, omrade: str = "") -> Match:
        """A guess from the tiltak's own words, when the report gives no delmål (or only its `omrade`, where it
        is guessed among that område's delmål); never confident."""
        own = set(stems(tiltak, self._stop))
        scored = sorted(
            ((sum(self._idf.get(s, 0) for s in own & profile), code) for code, profile in self._profile.items()
             if not omrade or self.catalogue.omrade_of(code) == omrade),
            reverse=True,
        )
        (score, code), (second, runner) = scored[0], scored[1]
        if score <= 0:
            return Match("", 0.0, evidence="ingen delmål oppgitt, og teksten peker ikke mot noe", inferred=True)
        shared = sorted(own & self._profile[code])
        confidence = INFERRED_CAP * score / (score + second + 1)
        return Match(code, round(confidence, 3), runner, round(INFERRED_CAP * second / (score + second + 1), 3),
                     f"ingen delmål oppgitt; gjettet fra ordene {', '.join(shared[:5])}", inferred=True)
