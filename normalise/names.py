"""The names a tiltak gives its measure (a programme, project or event); apart.py says what sets two versions apart.

Rows of different members that name the same programme ("Fagbrev på jobb", «Lærlingløftet 2020»,
NLK, utdanning.no) are likely one measure however the rest is worded; a new phase, another region or
an extension to other sectors is not the same measure. Names are found by how they are written:
quoted titles, a title before a colon or dash, capitalised words inside a sentence, acronyms, web
addresses. Known organisations, councils, places and the strategy's own words are not names of a measure.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache


from .catalogue import Catalogue
from .apart import apart
from .shared_name import same_opening, shared_name
from .name_profile import NameProfile, in_home
from .phase_words import PhaseReader
from .name_text import (ACRONYM_LETTERS, acronym_kinds, capitalised_inside, LINKING as _LINKING, NAME_IN_TEXT_CHARS, defined_name, spells_initials,
                        name_stem, schemes, short_schemes, spelled, stem_seq)
from .event_topics import dated_events
from .phrases import PhraseSet, Token, tokens
from .text import clean, fold, nynorsk_spelled, stem, undoubled, words
from tiltak_core.years import YEAR as YEAR_TEXT

_QUOTED = re.compile(r"[«\"“”]([^«»\"“”]{3,80})[»\"“”]")
_LEAD_TITLE = re.compile(r"^([^:–]{3,80}?)\s*(?::|\s[–-]\s)")
# «Bálggis – …», «Bálggis (samisk karriereressurs) – …»: one capitalised word opening the row before a dash or colon,
# perhaps glossed in brackets.
_LEAD_WORD = re.compile(r"^([A-ZÆØÅ][\w-]{4,})(?:\s*\([^()]{3,60}\))?\s*(?::|\s[–-]\s)")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:no|com|org|net|eu|nu)\b", re.IGNORECASE)
# «KBU», and «KiA» (Karriere i arbeidslivet): capitals, with a small linking word's letter among them.
_ACRONYM_CASE = re.compile(r"[A-ZÆØÅ]+|[A-ZÆØÅ]+[a-zæøå][A-ZÆØÅ]+")
_SENTENCE_END = re.compile(r"[.!?:;–]\s*$")
_CLAUSE_END = re.compile(r"[,.;:()]")  # where a clause naming who pays ends
# A year right after a name is the edition it names ("Læringsdagene 2023", «Lærlingløftet 2020»).
YEAR = re.compile(rf"(?<!\d){YEAR_TEXT}(?!\d)")  # «2024», not inside a longer number
_TRAILING_YEAR = re.compile(rf"\s+{YEAR.pattern}$")  # «Kompetanse i Nord 2019»
_EDITION = re.compile(rf"(?<=[A-ZÆØÅa-zæøå»\"”])\s+({YEAR_TEXT})\b")
MAX_TITLE_WORDS = 7
BASE_CHARS = 8  # a name left when its kind is taken off («helsekompetanse»); shorter is a word, not a name
OPENING_WORDS = 3  # opening words two rows share that may name one scheme
CAPITALISED_RUN = 3  # words of a name opened by a common word written with a capital ("Fagbrev på jobb")
# An acronym defined beside its name: «Partnarskap for vaksenopplæring i Innlandet (PAVI)» and
# "PAVI – partnerskapet for voksenopplæring i Innlandet". The name is a title the other rows may use alone.
_DEFINED_BEFORE = re.compile(r"((?:[\w-]+\s+){0,%d}[\w-]+)\s*\(([A-ZÆØÅ]{2,8})\)" % (MAX_TITLE_WORDS - 1))
_DEFINED_AFTER = re.compile(r"\b[A-ZÆØÅ]{2,8}(?:\s+[–-]\s+|\s*\(\s*)((?:[\w-]+\s+){0,%d}[\w-]+)" % (MAX_TITLE_WORDS - 1))
_DEFINING = re.compile(r"[\w»\"”’]\s*\(([A-ZÆØÅ]{3,8})\)")  # "… i industrien (KGI)": a name and its initials
REGION_JOINED = 4  # letters after a region's name in one word («nordland|spiloten») that make it a compound, not a form
COUNTY = "fylkeskommune"  # the catalogue's kind of a county council, whose county is a region
_COORDINATING = frozenset({"og", "eller"})  # «Lese- og skriveuka», «Bygg- eller anleggsdagen»: one name
# Place, time and setting: a capitalised word after these is where or when, not what.
_SETTING = {"i", "på", "under", "ved", "fra", "frå", "hos"}
_MONTHS = set("januar februar mars april mai juni juli august september oktober november desember".split())


def _less_year(title: str) -> str:
    """A title less the year that ends it ('' when none does)."""
    m = _TRAILING_YEAR.search(title)
    return title[: m.start()] if m else ""


class MeasureNames:
    def __init__(self, catalogue: Catalogue) -> None:
        # A cache of its own, which goes with the instance (one on the method would keep every instance alive).
        self.profile = lru_cache(maxsize=65536)(self._profile)
        vocab = catalogue.vocabulary
        common = set(vocab.stopwords) | _MONTHS
        for d in catalogue.delmal:
            common.update(w for v in d.wordings for w in words(v))
        self._strategy_names = frozenset(w for d in catalogue.delmal for v in d.wordings for w in capitalised_inside(v))
        for t in catalogue.types:
            common.update(w for entry in (t.name, *t.synonyms, *t.cues) for w in words(entry))
        for c in catalogue.councils:
            common.update(w for entry in (c.name, *c.aliases, *c.units) for w in words(entry))
        for o in catalogue.organisations:
            common.update(w for entry in (o.name, *o.aliases, *o.file_aliases) for w in words(entry))
        # A county council's file aliases are its county; other members' (an ASCII spelling) are no region.
        counties = [o for o in catalogue.organisations if o.kind == COUNTY]
        region_names = sorted({a for o in counties for a in o.file_aliases} | set(vocab.regions))
        self._region_words = frozenset(w for r in region_names for w in words(r))
        common.update(self._region_words)
        self._common = frozenset(common)
        self._stop = frozenset(vocab.stopwords)
        # «deltar i Bálggis», «er med i Bálggis-prosjektet»: after a word for taking part, «i» names what, not where.
        self._joins = frozenset(fold(w) for w in (*vocab.participation, *vocab.partner_words) if " " not in w.strip())
        self._openers = frozenset(fold(w) for w in vocab.type_openers)
        self._kinds = frozenset(w for t in catalogue.types for entry in (t.name, *t.synonyms) for w in words(entry)) | \
            self._openers
        self._regions = PhraseSet(region_names)
        self._region_of = {fold(a): fold(r) for r, forms in vocab.region_adjectives.items() for a in forms}
        self._single_regions = tuple(sorted({fold(r) for r in region_names if len(words(r)) == 1}, key=len, reverse=True))
        self._member_region = {o.name: frozenset(fold(a) for a in o.file_aliases) for o in counties if o.is_member}
        self._larger: dict[str, frozenset[str]] = {}  # a county -> the larger regions it lies in
        for region, parts in vocab.region_counties.items():
            for county in parts:
                self._larger[fold(county)] = self._larger.get(fold(county), frozenset()) | {fold(region)}
        self._phase_reader = PhaseReader(vocab, self._kinds)
        self._name_words = frozenset(w for o in catalogue.organisations for entry in (o.name, *o.aliases, *o.file_aliases)
                                     for w in words(entry)) | frozenset(
            w for c in catalogue.councils for entry in (c.name, *c.aliases, *c.units) for w in words(entry)) | self._region_words
        self._moved = PhraseSet(vocab.moved)
        # Asked of every row once: one pattern for all the words saying a measure is done with others.
        self._together = re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in vocab.done_together) or r"(?!)")
        self._funded = PhraseSet(vocab.funded_by)
        self._about = PhraseSet(vocab.about_openers)
        self._body_endings = tuple(fold(w) for w in catalogue.vocabulary.body_endings)
        self._org_names = PhraseSet(sorted({a for o in catalogue.organisations for a in (o.name, *o.aliases)}))
        self._part_names = frozenset(fold(a) for o in catalogue.omrader for a in (o.name, *o.aliases))
        self._org_words = frozenset(w for o in catalogue.organisations for entry in (o.name, *o.aliases) for w in words(entry))
        # «Evaluering av Råd for samarbeid med arbeidslivet (RSA)»: a council's or member's name is no measure's title.
        self._known_names = frozenset(fold(a) for c in catalogue.councils for a in (c.name, *c.aliases, *c.units)) | frozenset(
            fold(a) for o in catalogue.organisations for a in (o.name, *o.aliases))
        self._scheme_words = tuple(fold(w) for w in vocab.scheme_words)
        self._body_kinds = tuple(fold(w) for w in vocab.body_kinds)
        self._scheme_fillers = frozenset(w for f in vocab.scheme_fillers for w in words(f)) - self._stop - _LINKING
        self._fillers = self._scheme_fillers | self._stop | _LINKING
        self._scheme_owners = frozenset(fold(w) for w in vocab.scheme_owners)
        self._shortened = tuple((fold(s), undoubled(stem(w))) for s in vocab.scheme_short_kinds
                                for w in self._scheme_words if w.endswith(fold(s)))
        self._tails = tuple(sorted((fold(t) for t in vocab.name_tails), key=len, reverse=True))
        self._event_tails = tuple(sorted((fold(t) for t in vocab.event_tails), key=len, reverse=True))
        # Each ending's kind by its bare form, which the vocabulary lists last («konferansen» … «konferanse»).
        self._event_kind = {t: [k for k in map(fold, vocab.event_tails) if k[:3] == t[:3]][-1] for t in self._event_tails}

    @cached_property
    def common_stems(self) -> frozenset[str]:
        """Stems of the words that name no measure: the strategy's, the types', the councils' and organisations'."""
        return frozenset(undoubled(stem(w)) for w in self._common)

    def _distinctive(self, phrase: str) -> list[str]:
        """Its words of its own; a programme the strategy names counts with a word beside it («Kompetansepluss arbeid»)."""
        ws = words(phrase)
        return [w for w in ws if (w not in self._common or len(ws) > 1 and w in self._strategy_names)
                and not w.isdigit() and len(w) > 2]

    def _is_common(self, word: str) -> bool:
        """A known word, or the genitive of one ("KBUs", "NHOs"): an organisation's or council's name names no measure."""
        return word in self._common or (word.endswith("s") and word[:-1] in self._common)

    def _proper_nouns(self, text: str, toks: list[Token]) -> set[str]:
        found = set()
        for i, t in enumerate(toks):
            starts_sentence = i == 0 or bool(_SENTENCE_END.search(text[toks[i - 1].end : t.start] or ""))
            capital = t.text[:1].isupper() and not starts_sentence
            acronym = sum(c.isupper() for c in t.text) >= 2 and len(t.text) >= 2
            after = toks[i + 1] if i + 1 < len(toks) else None
            if capital and t.folded in self._strategy_names and after is not None and after.text.islower() and (
                    after.folded not in self._stop and not text[t.end : after.start].strip()):
                found.add(f"{t.folded} {after.folded}")  # «… gjennom Kompetansepluss frivillighet»: the programme named
            if text[t.end : t.end + 1] == "+" and len(t.folded) >= 3 and not t.folded.isdigit():
                found.add(f"{t.folded}+")  # «Lærling+», «Fagbrev+»: the plus makes a common word a programme's name
                continue
            if not (capital or acronym) or self._is_common(t.folded) or len(t.folded) < 3:
                continue
            if i > 0 and toks[i - 1].folded in _SETTING and not acronym and not (i > 1 and toks[i - 2].folded in self._joins) \
                    and not (toks[i - 1].folded in ("i", "på") and self._base(t.folded)
                             and not t.folded.endswith(self._event_tails)):
                # "under Arendalsuka", "i Bodø": where, not what («i Barnehageløftet» names a programme, «på
                # Realkompetanseportalen» a site)
                continue
            if t.hyphen_after and i + 2 < len(toks) and toks[i + 1].folded in _COORDINATING and toks[i + 1].start > t.end + 1:
                # «Lese- og skriveuka»: the first word's tail is the last one's; the name is the whole phrase.
                found.add(f"{t.folded} {toks[i + 1].folded} {toks[i + 2].folded}")
                continue
            found.add(t.folded)
        return found | self._acronym_compounds(toks)

    def _acronym_compounds(self, toks: list[Token]) -> set[str]:
        """«Yrkes-NM», «KI-løftet»: a word joined by a hyphen to an acronym that is no body's name is one name;
        an acronym first needs an uncommon word after it («KS-prosjektet» is KS's project). An uncommon capitalised
        word joined to a kind («Lærlyst-kampanjen»), even opening the text, is the measure's name."""
        found = set()
        for a, b in zip(toks, toks[1:]):
            if not a.hyphen_after or b.start != a.end + 1:
                continue
            if a.text[:1].isupper() and len(a.folded) >= 4 and not self._is_common(a.folded) and any(
                    b.folded.startswith(k) and len(b.folded) - len(k) <= 3 for k in self._kinds if len(k) >= 4):
                found.add(a.folded)
            first, last = (x.text.isupper() and len(x.text) >= 2 and x.folded not in self._name_words for x in (a, b))
            if last and a.text[:1].isupper() or first and not self._is_common(b.folded):
                found.add(f"{a.folded}-{b.folded}")
        return found

    def _after_opener(self, text: str, toks: list[Token]) -> list[str]:
        """What a text names after words that open it without naming an activity ("Videreføring av
        bransjeprogrammene", "Ny runde av Lærlingløftet"): the measure itself, a title of its own."""
        k = next((i for i, t in enumerate(toks) if t.folded not in self._openers), len(toks))
        rest = toks[k + 1 :] if k < len(toks) and toks[k].folded in _LINKING else toks[k:]
        # One short phrase only: a title, a second sentence or a bracket says more than a name.
        if k == 0 or not rest or len(rest) > MAX_TITLE_WORDS or re.search(r"[:;(]|[.!?]\s|\s-\s", text):
            return []
        return [text[rest[0].start : rest[-1].end]]

    def _opening(self, toks: list[Token]) -> str:
        """The first words of a text opening with a capital, when two or more of them say something ("Fagbrev på
        jobb", not "Det er"); an organisation's or council's name opening it says who, not what."""
        head = toks[:OPENING_WORDS]
        if len(head) < OPENING_WORDS or not head[0].text[:1].isupper() or head[-1].folded in _LINKING:
            return ""
        said = [t for t in head if t.folded not in _LINKING and t.folded not in self._stop]
        # "Rapport om digital …", "Ny digital …": a type's name or an opener says what kind, not which one.
        if len(said) < 2 or any(t.folded in self._name_words or t.folded in self._kinds for t in said):
            return ""
        return " ".join(t.folded for t in head)

    def _capitalised_runs(self, text: str, toks: list[Token], org: set[int]) -> list[str]:
        """A common word written with a capital inside a sentence opens a name ("Innlandet tilbyr Fagbrev på
        jobb …"): the word and the two after it, within the clause. An organisation's, council's or region's
        word is who or where, not a measure's name; `org`: where an organisation's name stands."""
        runs = []
        for i, t in enumerate(toks[1:], 1):
            before = text[toks[i - 1].end : t.start]
            if (not t.text[:1].isupper() or t.text.isupper() or _SENTENCE_END.search(before)
                    or t.folded not in self._common or toks[i - 1].folded in _SETTING
                    # «Norsk i praksis» opens with a word of «Norsk Industri»: who only where the name stands.
                    or t.folded in self._name_words and (i in org or t.folded in self._region_words
                                                         or t.folded not in self._org_words)):
                continue
            borrowed = t.folded in self._name_words  # a word of an organisation's name, not standing in it
            run = [t]
            for nxt in toks[i + 1 :]:
                if re.search(r"[^\s]", text[run[-1].end : nxt.start]):
                    break  # punctuation ends the clause
                run.append(nxt)
                if len(run) >= CAPITALISED_RUN and nxt.folded not in _LINKING:
                    break  # a name ends on a word of its own, not on "for" («Digitalt løft for handelen»)
            k = i + len(run)
            closed = k == len(toks) or bool(re.search(r"[^\s]", text[run[-1].end : toks[k].start]))
            # «Kursrekken Digitalt grunnløft, utviklet …»: two words the clause ends on, the last one no common word.
            short = len(run) == CAPITALISED_RUN - 1 and closed and not self._is_common(run[-1].folded) \
                and len(run[-1].folded) >= NAME_IN_TEXT_CHARS
            if borrowed and (not closed or fold(text[run[0].start : run[-1].end]) in self._part_names):
                continue  # «Kompetanse i små …» runs on; «Læring i arbeidslivet» is the strategy's part
            if (len(run) >= CAPITALISED_RUN or short) and run[-1].folded not in _LINKING:
                runs.append(text[run[0].start : run[-1].end])
        return runs

    def _placed_names(self, text: str, toks: list[Token]) -> list[str]:
        """A capitalised common word right before a region's name is a body's name ("Kompetanseforum Troms",
        "Karrieresenter Agder"), at the sentence's start too; an organisation's ("NAV Troms") is who, not what."""
        found = []
        for hit, _ in self._regions.find_all(toks):
            if hit.first == 0:
                continue
            t = toks[hit.first - 1]
            if (t.text[:1].isupper() and not t.text.isupper() and t.folded in self._common
                    and t.folded not in self._name_words and not text[t.end : toks[hit.first].start].strip()
                    and toks[hit.first].text[:1].isupper()):
                found.append(text[t.start : toks[hit.last].end])
        return found

    def names_a_body(self, name: str) -> bool:
        """«Folkeuniversitetet», «Fagforbundet»: a name ending as an organisation's does names who, not a measure."""
        return fold(name).endswith(self._body_endings)

    def is_kind_joined_name(self, word: str) -> bool:
        """Whether one word is a name with its kind joined to it («Voksenlæringskonferansen»)."""
        return bool(self._base(fold(word)))

    def _base(self, word: str) -> str:
        """«helsekompetansekonferansen» as «helsekompetanse»: a word with a kind joined to it, the kind left off,
        when what is left is a name of its own (long and no common word); '' otherwise."""
        tail = next((t for t in self._tails if word.endswith(t)), "")
        base = word[: -len(tail)] if tail else ""
        ok = len(base) >= BASE_CHARS and not self._is_common(base) and not self._is_common(base.rstrip("s"))
        return base if ok else ""

    def _regional_bodies(self, toks: list[Token], regions: frozenset[str] | set[str]) -> frozenset[str]:
        """«kompetanseforum vestland»: each compound naming a kind of body (a forum, a partnership) with each region
        the row names or its member is of; a bare «forum» names no particular one."""
        found = {undoubled(stem(t.folded)) for t in toks
                 if any(t.folded != k and k in t.folded for k in self._body_kinds)}
        return frozenset(f"{b} {r}" for b in found for r in regions)

    def _untailed(self, text: str) -> str:
        return re.sub(r"\w+", lambda m: self._base(m.group(0)) or m.group(0), fold(text))

    def _opens_about(self, text: str, toks: list[Token]) -> bool:
        hit = self._about.first(toks)
        if hit is None or hit[0].first != 0:
            return False
        # «Informasjonskampanjen «Yrkesfag gir muligheter»»: a quoted name right after the opener is what the
        # campaign is called, so the row is the campaign itself, not something about another measure.
        return not _QUOTED.match(text[toks[hit[0].last].end :].lstrip())

    def _places(self, text: str, toks: list[Token], home: frozenset[str], names: set[str],
                org: set[int]) -> tuple[set[str], set[str]]:
        """(every region the text names, the regions where it places the measure). A region inside a name says
        who, not where ("Innlandet fylkeskommune", "Fagskolen Innlandet", "VOFO Innlandet"), as does the
        member's own county as the sentence's subject ("Vestland har lagt inn tilboda sine i ...") or before
        the programme it names («Karrieresenteret i Agder er partner i KarriereKompasset»); `org`: where an
        organisation's name stands."""
        name_words = {w for n in names for w in n.split()}
        first_name = next((i for i, t in enumerate(toks) if t.folded in name_words), len(toks))
        named, where = set(), set()
        for h, region in self._regions.find_all(toks):
            place = self._region_of.get(fold(region.entry), fold(region.entry))  # «Vikens» is Viken, «nordnorske» Nord-Norge
            named.add(place)
            before = toks[h.first - 1] if h.first else None
            in_name = before is not None and before.text[:1].isupper() and not _SENTENCE_END.search(
                text[toks[h.first - 2].end : before.start] if h.first >= 2 else "x.")
            own = in_home(place, home) and (h.first == 0 or h.last < first_name < len(toks))
            if not (org.intersection(range(h.first, h.last + 1)) or in_name or own):
                where.add(place)
        # «Nordlandspiloten», «Trøndelagspilot»: a region joined to what the measure is there places it there.
        for i, t in enumerate(toks):
            place = next((r for r in self._single_regions if t.folded.startswith(r) and len(t.folded) - len(r) > REGION_JOINED),
                         "")
            if place and i not in org:
                named.add(place)
                where.add(place)
        return named, where

    def _less_funder(self, text: str) -> str:
        """The text less the clause that says who pays («Lesekraft har fått midler gjennom Kompetansepluss
        frivillighet»), when the rest names a measure of its own; the text as it is otherwise."""
        toks = tokens(text)
        hit = self._funded.first(toks)
        if hit is None:
            return text
        end = _CLAUSE_END.search(text, toks[hit[0].last].end)
        rest = clean(text[: toks[hit[0].first].start].rstrip(" ,") + (text[end.start() :] if end else ""))
        rest_toks = tokens(rest)
        opens_with_name = any(t.text[:1].isupper() and not self._is_common(t.folded) and len(t.folded) >= NAME_IN_TEXT_CHARS
                              for t in rest_toks[:1])  # «Lesekraft har fått …»
        return rest if self._proper_nouns(rest, rest_toks) or opens_with_name else text

    def _lead_word(self, text: str) -> set[str]:
        """The one uncommon word a row opens with as its title («Bálggis – digital veiledningsressurs …»): a name."""
        lead = _LEAD_WORD.match(text)
        word = fold(lead.group(1)) if lead else ""
        return {word} if word and not self._is_common(word) and undoubled(stem(word)) not in self.common_stems else set()

    def says_together(self, text: str) -> bool:
        """Whether a row's words say it is done with others, perhaps not with whom («Felles …», «i samarbeid med …»)."""
        return self._together.search(fold(text)) is not None

    def _profile(self, tiltak: str, member: str = "") -> NameProfile:
        text = clean(tiltak)
        own = self._less_funder(text)
        if own != text:
            return self._profile(own, member)
        quoted = [m.group(1) for m in _QUOTED.finditer(text)]
        titles = list(quoted)
        # A name its initials define is a name, though its words are the strategy's own («Kompetansepluss frivillighet
        # (KPF)»).
        defined = [defined_name(m.group(1), m.group(2)) for m in _DEFINED_BEFORE.finditer(text)]
        titles += defined
        titles += [m.group(1) for m in _DEFINED_AFTER.finditer(text)]
        toks = tokens(text)  # the text's words once, for every reading of it below
        org = {i for h, _ in self._org_names.find_all(toks) for i in range(h.first, h.last + 1)}
        titles += self._capitalised_runs(text, toks, org)
        titles += self._after_opener(text, toks)
        lead = _LEAD_TITLE.match(text)
        if lead and len(words(lead.group(1))) <= MAX_TITLE_WORDS:
            titles.append(lead.group(1))
        # A web address names its site both as written and by its name ("Kompetansekartet.no" is Kompetansekartet).
        domains = [m.group(0) for m in _DOMAIN.finditer(text)]
        # A tiltak that is one uncommon word («Samfunnskontrakten», «Helsekompetanse 2028») is a name, capital at the
        # start or not, its year or not; so is a title of one such word dated by its year («Fagløftet 2025: vaksne …»).
        lone = [w for w in words(text) if not w.isdigit()]
        dated = {u for t in titles if len(ws := words(_less_year(t))) == 1 and not self._is_common(u := ws[0])
                 and len(u) >= NAME_IN_TEXT_CHARS}
        names = self._proper_nouns(text, toks) | {fold(d) for d in domains} | dated | (
            {lone[0]} if len(lone) == 1 and not self._is_common(lone[0]) and len(lone[0]) >= NAME_IN_TEXT_CHARS
            else set()) | self._lead_word(text) | {
            site for d in domains if not self._is_common(site := fold(d.rsplit(".", 1)[0])) and len(site) >= 3}
        home = self._member_region.get(member, frozenset())
        places, settings = self._places(text, toks, home, names, org)
        phase = self._phase_reader.read(toks)
        moved = frozenset(w for h, _ in self._moved.find_all(toks) if h.first
                          and not self._is_common(w := toks[h.first - 1].folded) and len(w) > 2)
        # A body named by its kind and its region is a name though both its words are common ones.
        # «Kompetanse i Nord 2019 – …» is also named without its year («… konferansen Kompetanse i Nord i Tromsø, mai
        # 2019»); another year in the other row sets the two apart on its own.
        undated = [u for t in titles if (u := _less_year(t)) and len(words(u)) >= 2 and self._distinctive(u)]
        # A name put in quotes is one though its words are common ones («Omstilling sammen»).
        kept_titles = tuple(fold(t) for t in titles if (self._distinctive(t) or len(words(t)) >= 3 or t in defined and spells_initials(t) >= 2
                                                        or t in quoted and len(words(t)) >= 2)
                            and fold(t) not in self._known_names) + tuple(
            fold(t) for t in self._placed_names(text, toks)) + tuple(fold(u) for u in undated)
        editions = frozenset(m.group(1) for m in _EDITION.finditer(text)
                             if (word := text[: m.start()].split()[-1:]) and word[0][:1].isupper())
        acronyms = frozenset(t.folded for t in toks if t.folded in names and _ACRONYM_CASE.fullmatch(t.text)
                             and ACRONYM_LETTERS[0] <= len(t.text) <= ACRONYM_LETTERS[1])
        named_schemes = schemes(text, toks, self._scheme_words, self._fillers, self._region_words, self._scheme_fillers,
                                self._scheme_owners)
        return NameProfile(frozenset(names), kept_titles, fold(text), frozenset(places), home, phase.phases, editions,
                           frozenset(settings), acronyms, frozenset(spelled(toks, self._common)), moved, phase.news,
                           stem_seq(text), self._opening(toks), self._opens_about(text, toks),
                           frozenset(fold(m.group(1)) for m in _DEFINING.finditer(text)), named_schemes,
                           frozenset(name_stem(b) for n in names if (b := self._base(n))), self._untailed(text),
                           frozenset(name_stem(n) for n in names), phase.loose,
                           dated_events([t.folded for t in toks], self._event_tails, self._event_kind, BASE_CHARS),
                           acronym_kinds(text), phase.regional, self._regional_bodies(toks, places | home),
                           short_schemes(toks, self._shortened, self._fillers),
                           frozenset(r for c in places | home for r in self._larger.get(c, ())), phase.editions,
                           frozenset(undoubled(stem(w)) for w in words(text) if nynorsk_spelled(w)))

    shared = staticmethod(shared_name)
    same_opening = staticmethod(same_opening)
    apart = staticmethod(apart)
