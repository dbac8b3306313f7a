"""Rows whose own words place them in last year or next year, without naming it («Nettverket ble avsluttet i fjor»,
«Oppstart neste år», «Sendes ut over nyttår») or in an opening that names only other years («Ble holdt i mars 2087»):
set aside as a status naming another year is, or asked about.

A member who writes «i fjor» means the year before the report's, «neste år» the one after; once those are years, the
opening of a description or a short remark says whether the measure belongs to the report's year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from normalise.text import clean, fold
from normalise.vocabulary import Vocabulary

from tiltak_core.records import RawRow
from tiltak_core.years import YEAR, YEAR_WORD

REMARK_WORDS = 8  # «Gjennomført i fjor, ikke gjentatt» in a remark column: a status, not an account of the year
BARE_STATUS_WORDS = 2  # «Planlagt.», «Ikke startet.»: an opening of no more words is read with the sentence after it
SHORT_PLAN = 8  # «De første emnene tilbys fra neste år.»: a short sentence naming only next year says when it starts
_SENTENCES = re.compile(r"(?<=[.!?])(?<!\b\d\.)(?<!\b\d\d\.)\s+")  # «1. august» is a date, no sentence's end


@lru_cache(maxsize=16)
def _phrase(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for a vocabulary list of phrases, longest first; built once, asked of every row."""
    said = sorted((fold(w) for w in words if w.strip()), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in said)})(?!\w)") if said else None


@lru_cache(maxsize=16)
def _either(words: tuple[str, ...]) -> str:
    """A vocabulary list as one regex alternation of its folded words; '' for an empty list. Built once per list."""
    return "|".join(re.escape(fold(w)) for w in words)


def resolved(text: str, year: int, vocabulary: Vocabulary) -> str:
    """The folded text with «i fjor» as the year before `year`, «neste år» as the year after and «i år» as `year`."""
    said = fold(clean(text))
    for words, meant in ((vocabulary.last_year_phrases, year - 1), (vocabulary.next_year_phrases, year + 1),
                         (vocabulary.this_year_phrases, year)):
        if (pattern := _phrase(words)) is not None:
            said = pattern.sub(f" {meant} ", said)
    return re.sub(r"\s+", " ", said).strip()


def _told(text: str, vocabulary: Vocabulary) -> bool:
    """Whether the text tells the year before or after the report's in words («i fjor», «neste år»)."""
    said = fold(clean(text))
    return any((pattern := _phrase(words)) is not None and pattern.search(said)
               for words in (vocabulary.last_year_phrases, vocabulary.next_year_phrases))


def _any(words: tuple[str, ...], text: str) -> str:
    return next((w for w in words if re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", text)), "")


def _denied(text: str, year: int, vocabulary: Vocabulary) -> str:
    """«er ikkje vidareført i 2083», «Ingen aktivitet i 2083», «Det er ikke gjort mer arbeid med kartleggingen i
    2084»: the report's year said only as the one it is not, in the sentence that denies it."""
    bound = _either(vocabulary.negations)
    return re.sub(rf"(?<!\w)(?:{bound})\s+(?:[\w-]+\s+){{0,6}}(?:i\s+)?{year}\b", " ", text) if bound else text


def _continued(text: str, vocabulary: Vocabulary) -> bool:
    """Whether the text says the measure goes on («videreført fra i fjor»); «ikke videreført» and «gjentas ikke» say it
    does not."""
    bound = _either(vocabulary.negations)
    return any(re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", text) and not re.search(
        rf"(?<!\w)(?:{bound})\s+(?:\w+\s+)?{re.escape(fold(w))}(?!\w)|(?<!\w){re.escape(fold(w))}\s+(?:{bound})(?!\w)", text)
        for w in vocabulary.continued_words)


def _not_held(text: str, year: int, vocabulary: Vocabulary) -> bool:
    """«Konferansen ble ikke holdt i 2085», «Vart ikkje halden i år», «Det var ingen konferanse i år» (resolved): the
    report's year named as the one it did not take place in."""
    bound, held = _either(vocabulary.negations), _either(vocabulary.held_words)
    return bool(bound and held and re.search(rf"(?<!\w)(?:{bound})\s+(?:[\w-]+\s+){{0,2}}(?:{held})\s+"
                                             rf"(?:[\w-]+\s+){{0,3}}(?:i\s+)?{year}\b", text)
                or bool(none := _either(vocabulary.none_words)) and re.search(
                    rf"(?<!\w)(?:{none})\s+[\w-]+\s+(?:i\s+)?{year}\b", text))


def _last_held(text: str, vocabulary: Vocabulary) -> bool:
    """«Konferansen holdes annethvert år og ble sist holdt i 2084»: when it last took place, in a year named."""
    held = _either(vocabulary.held_words)
    return bool(held and re.search(rf"\bsist\s+(?:\w+\s+)?(?:{held})\s+i\s+{YEAR}\b", text))


def _called_off(text: str, year: int, vocabulary: Vocabulary) -> bool:
    """«Avlyst i år på grunn av lav påmelding», «i år var det pause»: the opening says the event was called off, in the
    report's year (resolved: «i år» is the year) or as its first word."""
    if _any(vocabulary.held_words, text):
        return False  # «Avlyst i mars, gjennomført digitalt i juni»: held after all
    off = _either(vocabulary.cancelled_words)
    return bool(off and re.search(rf"^(?:{off})\b|(?<!\w)(?:{off})\s+(?:i\s+)?{year}\b|\b{year}\s+(?:[\w-]+\s+){{0,3}}(?:{off})\b",
                                  text))


def told_elsewhere(text: str, year: int | None, vocabulary: Vocabulary, remark: bool = False) -> tuple[str, str]:
    """(status, doubt) for a description (or, with `remark`, a short remark cell) whose opening says in words that the
    measure ended last year or starts next year: the status when nothing else in it speaks of the report's year, else
    a doubt to ask; ('', '') when it says no such thing."""
    if year is None or not (said := clean(text)):
        return "", ""
    sentences = _SENTENCES.split(said)
    found = _opening_told(said, sentences, year, vocabulary, remark)
    if found == ("", "") and len(sentences) > 1 and _any(vocabulary.recurring_phrases, fold(sentences[0])):
        # «Konferansen holdes annethvert år. Det var ingen konferanse i år»: how often, then whether this year.
        rest = said[said.index(sentences[1]):]
        return _opening_told(rest, sentences[1:], year, vocabulary, remark)
    return found


def _opening_told(said: str, sentences: list[str], year: int, vocabulary: Vocabulary, remark: bool) -> tuple[str, str]:
    """told_elsewhere of a text cut into its sentences."""
    # «Planlagt. Første reise går … tidligst våren 2086.»: a status word alone opens what the next sentence tells.
    # «Kurset er under utvikling. Første kull starter neste år.»: an opening that says the measure is being made ready,
    # naming no year, is read so too.
    bare = len(sentences) > 1 and (len(re.findall(r"\w+", sentences[0])) <= BARE_STATUS_WORDS or (
        bool(_any(vocabulary.preparing_words, fold(sentences[0]))) and not YEAR_WORD.search(sentences[0])
        and not _told(sentences[0], vocabulary) and not _any(vocabulary.held_words, fold(sentences[0]))))
    opening = " ".join(sentences[:2]) if bare else sentences[0]
    folded, years_said = fold(opening), resolved(opening, year, vocabulary)
    if not remark and _not_held(years_said, year, vocabulary) or _called_off(years_said, year, vocabulary):
        return opening, ""
    # «Ble holdt i mars 2087.», «Starter opp i februar 2089.»: a description's opening names only other years outright.
    # Held or ended before, or to start later, it is asked, never set aside (the 2018 matrix kept KS's «Oppstart 2019»
    # as the year's). A remark cell's status is read by other_years.
    told = _told(opening, vocabulary) or bare and bool(YEAR_WORD.search(opening)) or _last_held(folded, vocabulary)
    opened = _denied(years_said, year, vocabulary)
    dated = not told and not remark and bool(YEAR_WORD.search(opening)) and str(year) not in YEAR_WORD.findall(opened)
    if not told and not dated:
        return "", ""  # no year before or after told: what names a year is read elsewhere
    if remark and len(re.findall(r"\w+", folded)) > REMARK_WORDS:
        return "", ""
    years = {int(y) for y in YEAR_WORD.findall(opened)}
    if years and year not in years and any(y > year for y in years) and (_last_held(folded, vocabulary) or (
            _any(vocabulary.recurring_phrases, folded) and any(y < year for y in years))):
        # «… ble sist holdt i 2087, neste gang i 2089», «Holdes annethvert år; sist i 2088 og neste gang i 2090»:
        # every other year, and not this one
        return opening, ""
    if not years or _continued(opened, vocabulary):
        return "", ""  # «Videreført fra i fjor», «videreføres neste år»: the year's measure going on
    if year in years:
        # «Programmet er utviklet i år, men første kull tas opp høsten neste år»: made ready this year, run the next:
        # whose year it is, a reviewer says.
        later = any(y > year for y in years) and re.search(rf"\b{year}\b.*\bmen\b.*\b{year + 1}\b", opened)
        return "", f"beskrivelsen begynner med «{opening[:50]}»: kontroller at tiltaket gjelder {year}" if later else ""
    if all(y < year for y in years):
        if not _any((*vocabulary.ended_words, *vocabulary.other_year_statuses, *vocabulary.held_words), opened):
            return "", ""  # «Startet i fjor»: begun before, running still
    # «flyttet til våren neste år»: the plan's words as written, before the year's phrase took «til» with it.
    elif not all(y > year for y in years) or not (_any((*vocabulary.planned_words, *vocabulary.start_statuses), f"{opened} {folded}")
                                                 or len(re.findall(r"\w+", folded)) <= SHORT_PLAN):
        return "", ""
    rest = _denied(resolved(said[len(opening):], year, vocabulary), year, vocabulary)
    if str(year) in YEAR_WORD.findall(rest) or dated:
        return "", f"beskrivelsen begynner med «{opening[:50]}»: kontroller at tiltaket gjelder {year}"
    return opening, ""


def row_told_elsewhere(row: RawRow, year: int | None, vocabulary: Vocabulary) -> tuple[str, str]:
    """(status, doubt) from a row's description or one of its short remark cells; see told_elsewhere."""
    doubt = ""
    texts = [(row.get("beskrivelse") or "", False)] + [(v, True) for _, v in row.extra]
    for text, remark in texts:
        status, asked = told_elsewhere(text, year, vocabulary, remark)
        if status:
            return status, ""
        doubt = doubt or asked
    return "", doubt


def stopped_elsewhere(row: RawRow, year: int | None, vocabulary: Vocabulary) -> str:
    """«Kurset ble lagt ned i 2097 og er erstattet av …», «… er utsatt og starter i mars 2099»: a description that says
    the measure was stopped for good, or put off, and names only years before it (stopped) or after it (put off), none
    of them the report's: what it says, to set the row aside; '' when it says no such thing. (A plan that starts next
    year stays asked: the 2018 matrix counted KS's «Oppstart 2019» as the year's.)"""
    if year is None or not (text := fold(clean(row.get("beskrivelse")))):
        return ""
    years = {int(y) for y in YEAR_WORD.findall(f"{text} {fold(clean(row.get('tiltak')))}")}
    if not years or year in years:
        return ""
    word = _any(vocabulary.stopped_words, text) if all(y < year for y in years) else (
        _any(vocabulary.postponed_words, text) if all(y > year for y in years) else "")
    return f"{word} … {', '.join(map(str, sorted(years)))}" if word else ""
