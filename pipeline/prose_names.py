"""The measure a sentence of running prose names: the shared council it takes part in, the subject before its verb,
a title it opens with, or the first name or indefinite phrase after its verb («Vi har deltatt i REKOM, der …»,
«I tillegg arrangerte Unio eit frukostseminar om KBU-rapporten i september»)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from normalise.councils import CouncilMatcher
from normalise.matchers import Matchers
from normalise.orgs import OrgMatcher
from normalise.text import clean, fold
from normalise.vocabulary import Vocabulary

from .prose_meta import names_a_kind
from tiltak_core.years import YEAR

MAX_NAME_WORDS = 10
LONG_NAME = 10  # «Realkompetansemodellen», «Fagskolebarometeret»: a long capitalised word mid-sentence names one
SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«])")
# «KVASS», «Fagskolekonferansen 2060», «Kompetansepluss frivillighet»: a run of capitalised words and years.
_NAME_RUN = re.compile(r"(?<![\w-])[A-ZÆØÅ][\w-]*(?:\s+(?:[A-ZÆØÅ][\w-]*|\d{4})(?!\w))*")
# «eit frukostseminar om KBU-rapporten i september»: an indefinite phrase up to the comma or stop that ends it.
_INDEFINITE = re.compile(r"(?<!\w)(?:en|ei|et|ein|eit)\s+(?P<phrase>[^,.;:()«»]+)", re.IGNORECASE)
_WORD = re.compile(r"[\w-]+")
# «kurset «Partsrepresentant i fag- og yrkesopplæringen»»: a name in quotes.
_QUOTED = re.compile(r"[«\"“](?P<name>[^«»\"“”]{3,80})[»\"”]")
# «Realkompetansemodellen for arbeidslivet (RKM-A)»: a name its short form in brackets defines.
_DEFINED = re.compile(r"(?<![\w-])(?P<name>[A-ZÆØÅ][\w-]*(?:\s+[\w-]+){0,6}?)\s+\([A-ZÆØÅ][A-ZÆØÅ0-9-]{1,12}\)")
_KIND_BEFORE = re.compile(r"(?P<kind>[\w-]+)\s+$")  # the word right before a name
_INNER_CAPITAL = re.compile(r"^[A-ZÆØÅ][a-zæøå]+[A-ZÆØÅ][\wæøå-]*$")  # «DigiGrunn», «KompetanseNord»
# « på jobben,»; « i frivilligheten – studieforbundene i samarbeid (delmål 3.6)»: up to a comma or a bracket.
_LOWER_TAIL = re.compile(r"(?P<words>(?:\s+[a-zæøå][\w-]*){1,4}(?:\s+[–-](?:\s+[a-zæøå][\w-]*){1,4})?)\s*[,(]")
# «Voksnes læringsuke 2064»: a capitalised word, a few in lower case, and the year that closes the name.
_DATED = re.compile(rf"(?<![\w-])[A-ZÆØÅ][\w-]*(?:\s+[a-zæøå][\w-]*){{1,3}}\s+{YEAR}(?![\d-])")

@dataclass(frozen=True)
class NamedMeasure:
    name: str
    how: str  # why these words are the name, for the row's evidence


_LEAD_IN = re.compile(r"^(?:\w+\s){0,2}\w+:\s+(?=[A-ZÆØÅ])")  # «Til slutt: », «I tillegg: »
# «Studieforbundenes digitale kursplattform – Felles plattform …»: a title, then a new sentence after the dash (a
# subtitle in lower case, «… – digitalt medborgerskap er …», is part of the name).
_DASHED = re.compile(r"^(?P<title>[^–,;:()]{3,80}?)\s+[–-]\s+(?=[A-ZÆØÅ])")
# «Rådet for samarbeid med arbeidslivet ved HVL (RSA) – fylkesdirektøren er fast medlem»: a seat's own title.
_SEAT_TITLE = re.compile(r"^(?P<title>[^–,;:()]{3,80}?(?:\s\([A-ZÆØÅ][\w-]{1,15}\))?)(?:\s+[–-]\s+|:\s+)")
_COLONED = re.compile(r"^(?P<title>[^–,;:()]{3,80}?):\s+(?P<rest>\S.*)$")  # «Kompetanseuka 2067: NHO var …»
_TITLE_OPENING = re.compile(r"^[\s.•·–-]*(?:\d{1,2}[.)]?\s+)?")  # «1 », «. » (OCR's bullet) before a paragraph's title
_CODE_IN_TITLE = re.compile(r"\d\s?[.,]\s?\d{1,2}\b|\bdelm[åa]l", re.IGNORECASE)
SEAT_TITLE_WORDS = 15  # «Rådet for samarbeid med arbeidslivet ved Høgskulen på Vestlandet (RSA)»: the council's name and where
TITLE_SENTENCE_WORDS = 6  # a title closed by a stop is short; more words without a verb are a list of things
LONG_WORD = 5
_ASIDE = re.compile(r"\s*\((?:[^()]*?\s){3,}[^()]*\)")  # a bracket of four words or more


class ProseNames:
    """Finds the measure a sentence of running prose is about."""

    def __init__(self, vocabulary: Vocabulary, councils: CouncilMatcher, orgs: OrgMatcher, framing: str = "",
                 is_type_name: Callable[[str], bool] = lambda text: False) -> None:
        self._councils = councils
        self.is_type_name = is_type_name  # «Etter- og vidareutdanning», «Nettverk»: a kind of measure, no measure
        # «Nasjonal kompetansepolitisk strategi», «Kompetansepolitisk råd»: the frame of every report, no measure.
        self._framing = frozenset(fold(w) for w in _WORD.findall(framing))
        self._orgs = orgs
        self.verbs = frozenset(fold(w) for w in (*vocabulary.auxiliaries, *vocabulary.subject_verbs) if " " not in w)
        self._not_names = frozenset(fold(w) for w in vocabulary.not_name_openers)
        self._note_labels = frozenset(fold(w) for w in vocabulary.note_labels)
        self._articles = frozenset(fold(w) for w in vocabulary.title_articles)
        self._times = frozenset(fold(w) for w in vocabulary.time_words)
        self._time_links = frozenset(fold(w) for w in vocabulary.time_links)
        self._report = frozenset(fold(w) for w in (*vocabulary.report_words, *vocabulary.negations))
        self._kinds = tuple(fold(w) for w in vocabulary.name_tails)  # «-kampanjen», «-prosjektet», «-konferansen»
        self._no_verb = self._not_names | self._time_links  # the word before a name that no verb is
        self.stop = frozenset(vocabulary.stopwords)
        self._links = tuple(sorted((fold(w) for w in vocabulary.delmal_links), key=len, reverse=True))

    def delmal_link(self, text: str) -> str:
        """What the last sentence links the paragraph to, after its link («Dette hører inn under
        Kompetanseplussordningene i strategien.» gives «Kompetanseplussordningene i strategien»); '' if it links none."""
        last = fold(SENTENCES.split(clean(text))[-1]).rstrip(" .")
        at = next(((m.end(), link) for link in self._links if (m := re.search(rf"(?<!\w){re.escape(link)}(?!\w)", last))),
                  None)
        return last[at[0]:].strip() if at else ""

    def about_report(self, text: str) -> bool:
        """Whether a paragraph speaks of the report («… tiltak, som rapporteres i …») or of a measure not done."""
        return any(fold(w) in self._report for w in _WORD.findall(text))

    @classmethod
    def of(cls, matchers: Matchers) -> ProseNames:
        catalogue = matchers.catalogue
        return cls(catalogue.vocabulary, matchers.councils, matchers.orgs, f"{catalogue.strategy} {catalogue.council}",
                   lambda text: names_a_kind(text, matchers.types))

    def _is_org(self, text: str) -> bool:
        return self._orgs.lookup(text)[1] >= 0.9 or self._orgs.lookup(text.rstrip("s"))[1] >= 0.9

    def name(self, sentence: str) -> NamedMeasure | None:
        """The measure's name in a paragraph's first sentence, or None when it names none."""
        # «Prosjektet Karriereløftet (Delmål 1.3; Prosjektet vart leidd av …) gav …»: a note in brackets is no part of
        # the sentence that names; a short form («(VMA)») is.
        named = self._name(_ASIDE.sub("", sentence))
        if named is None or {fold(w) for w in _WORD.findall(named.name)} <= self._framing:
            return None
        return named

    def _name(self, sentence: str) -> NamedMeasure | None:
        lead_in = _LEAD_IN.match(sentence)
        if lead_in and fold(lead_in.group(0).split()[0]) in self._not_names:
            sentence = sentence[lead_in.end():]  # «Til slutt: Studieforbundenes …»: how the letter goes on, no name
        decision = self._councils.decide(sentence)
        if decision.council or (decision.named and decision.doubtful):
            council = self._councils.written_name(sentence, decision.council or decision.named)
            # «Fylkeskommunen sin plass i Nasjonalt fagskuleråd – Vestland har …»: the member's own title for its
            # seat, before a dash or colon, names it; else the council does.
            seat = _SEAT_TITLE.match(sentence)
            titled = seat["title"] if seat and council and council in seat["title"] and self._no_verb_title(
                seat["title"]) else ""
            if titled:
                return NamedMeasure(titled, "tittelen foran tankestreken, som nevner rådet")
            if council:
                return NamedMeasure(council, "rådet avsnittet forteller at medlemmet deltar i")
        coloned = _COLONED.match(sentence)
        if coloned and fold(coloned["title"]) in self._note_labels:
            return None  # «Kontakt: Sigrid Mæland, fagsjef …» closing the letter: a note about it, no measure's name
        if coloned and self._title(coloned["title"]):
            # «Kompetanseuka 2067: NHO var medarrangør …»; a type's word before the colon («Pilot: realkompetansevurdering
            # i reiselivet.») says what kind, and the title follows it.
            if not self.is_type_name(coloned["title"]):
                return NamedMeasure(self._title(coloned["title"]), "tittelen foran kolon")
            after = self._title(coloned["rest"][:1].upper() + coloned["rest"][1:])
            if after:
                return NamedMeasure(after, "tittelen etter typen og kolon")
        dashed = _DASHED.match(sentence)
        if dashed and self._title(dashed["title"]):
            # «Studieforbundenes digitale kursplattform – Felles plattform der …»: a title, then what it is.
            return NamedMeasure(dashed["title"], "tittelen foran tankestreken")
        subject = self._subject(sentence)
        if subject:
            return NamedMeasure(subject, "setningens subjekt, foran verbet")
        title = self._title(sentence)
        if title:
            return NamedMeasure(title, "tittelen avsnittet åpner med, uten verb")
        return self._object(sentence)

    def _no_verb_title(self, text: str) -> bool:
        """A name, however long, that the council's own name stands in: capitalised, no verb, no sentence."""
        ws = [fold(w) for w in _WORD.findall(text)]
        return text[:1].isupper() and 0 < len(ws) <= SEAT_TITLE_WORDS and not any(w in self.verbs for w in ws)

    def _title(self, sentence: str) -> str:
        """«Fagskolekonferansen 2063.», «VURK-prosjektet.» opening a paragraph: a few words and no verb, a title."""
        title = _TITLE_OPENING.sub("", sentence).rstrip(" .")
        ws = [fold(w) for w in _WORD.findall(title)]
        if _CODE_IN_TITLE.search(title):
            return ""  # «Delmål 1.2.» opening a line of particulars
        # «Den nasjonale EVU-portalen.»: an article before a definite adjective opens a title like a name's word.
        article = len(ws) > 2 and ws[0] in self._articles and ws[1].endswith("e")
        if not title[:1].isupper() or not 0 < len(ws) <= TITLE_SENTENCE_WORDS or any(w in self.verbs for w in ws) or (
                ws[0] in self._not_names and not article or self._is_org(title) or not any(len(w) >= LONG_WORD for w in ws)):
            return ""
        return title

    def _subject(self, sentence: str) -> str:
        """«Vidareutdanning i kommunehelse for sjukepleiarar vart tilbydd …»: the words before the verb, when they
        open with a name's word (not «Vi», «I tillegg», «Saman med») and are more than one («Kurset ble …»)."""
        words = list(_WORD.finditer(sentence))
        if len(words) > 2 and fold(words[0][0]) in self._kinds and words[1][0][0].isupper():
            # «Prosjektet Karriereløftet gav …»: the word for its kind, then its name, is the subject.
            return self._subject(sentence[words[1].start():])
        if not words or not words[0][0][0].isupper() or fold(words[0][0]) in self._not_names:
            return ""
        verb = next((i for i, w in enumerate(words[: MAX_NAME_WORDS + 1]) if fold(w[0]) in self.verbs), 0)
        if verb == 1 and len(words[0][0]) >= LONG_NAME:
            return words[0][0]  # «Fagskolebarometeret er vår årlige undersøkelse …»: one long word names it
        if verb < 2:
            return ""
        head = clean(sentence[: words[verb].start()]).rstrip(" ,–-\"»”")
        if "," in head or self._is_org(head) or self._is_org(words[0][0]):
            return ""
        return head

    def _object(self, sentence: str) -> NamedMeasure | None:
        """The first name or indefinite phrase after the sentence's opening word that is no organisation."""
        # A name set apart in quotes or defined by its short form says which measure it is, wherever it stands.
        quoted = _QUOTED.search(sentence)
        if quoted:
            return NamedMeasure(quoted["name"], "navnet i anførselstegn")
        for start in (w.start() for w in _WORD.finditer(sentence) if w.start() and w.group(0)[0].isupper()):
            m = _DEFINED.match(sentence, start)
            if m and not self._is_org(m["name"]) and fold(m["name"].split()[0]) not in self._not_names:
                return NamedMeasure(m.group(0), "navnet foran forkortelsen i parentes")
        found: list[tuple[int, str, str]] = []
        for m in _DATED.finditer(sentence):
            ws = [fold(w) for w in m.group(0).split()]
            if m.start() and not self._is_org(m.group(0).split()[0]) and ws[0] not in self._not_names and not (
                    set(ws[1:]) & (self._times | self._time_links)):
                found.append((m.start(), m.group(0), "navnet med årstallet etter verbet"))
                break
        for m in _NAME_RUN.finditer(sentence):
            run = m.group(0).rstrip("-")
            if m.start() == 0 or self._is_org(run) or fold(run.split()[0]) in self._not_names:
                continue
            kind = _KIND_BEFORE.search(sentence[: m.start()])
            if len(run.split()) == 1 and kind and fold(kind["kind"]).endswith(self._kinds):
                # «informasjonskampanjen Yrkesløftet», «utviklingsprosjektet Kvalitetsløftet»: the kind names it.
                found.append((kind.start(), f"{kind['kind']} {run}", "navnet etter ordet for hva slags tiltak det er"))
                break
            if len(run.split()) == 1 and (named := self._lower_tail(sentence, m.start(), m.end())):
                found.append((m.start(), named, "navnet etter verbet"))  # «har videreført Norsk på jobben, som …»
                break
            if len(run.split()) == 1 and not (run.isupper() and len(run) >= 3 or _INNER_CAPITAL.match(run) or (
                    len(run) >= LONG_NAME and not _after_place(sentence[: m.start()], self._time_links))):
                continue  # «Bergen», «KBU-rapporten»: one word names a measure as an acronym («REKOM»), «DigiGrunn»
            found.append((m.start(), run, "navnet etter verbet"))
            break
        for m in _INDEFINITE.finditer(sentence):
            phrase = self._without_time(m["phrase"])
            if not phrase or fold(phrase.split()[0]) in self._not_names:
                continue  # «en rekke kurs»: how many, not which
            if len(phrase.split()) <= MAX_NAME_WORDS and any(len(w) >= 5 for w in phrase.split()):
                found.append((m.start(), phrase[0].upper() + phrase[1:], "det ubestemte uttrykket etter verbet"))
                break
        if not found:
            return None
        _, name, how = min(found)
        return NamedMeasure(name, how)

    def _lower_tail(self, sentence: str, start: int, end: int) -> str:
        """«Norsk på jobben» in «KS har videreført Norsk på jobben, som gir …»: a capitalised word straight after
        a verb (no preposition: «i Bergen» is a place) and the words in lower case up to the comma that ends it."""
        before = _KIND_BEFORE.search(sentence[:start])
        tail = _LOWER_TAIL.match(sentence, end)
        if not before or not tail or fold(before["kind"]) in self._no_verb or not (
                fold(before["kind"]) in self.verbs or fold(before["kind"]).endswith(("et", "te", "t", "a"))):
            return ""
        return sentence[start: tail.end("words")]

    def _without_time(self, phrase: str) -> str:
        """«frukostseminar om KBU-rapporten i september» without its time: what was held, not when."""
        words = clean(phrase).split()
        for i in range(1, len(words)):
            if fold(words[i - 1]) in self._time_links and (fold(words[i]) in self._times or words[i].isdigit()):
                return " ".join(words[: i - 1])
        return " ".join(words)


def _after_place(before: str, links: frozenset[str]) -> bool:
    """Whether a word stands after «i», «på», «fra» …: «i Trondheim» is where, not what."""
    last = _KIND_BEFORE.search(before)
    return last is not None and fold(last["kind"]) in links
