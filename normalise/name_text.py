"""Finding one row's name in another row's words: in another inflection, by its stems in order, or as the same
kind of programme for the same sector («bransjeprogram handel» in «bransjeprogram varehandel»)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .phrases import ENDINGS, Token
from .text import fold, stem, stems, undoubled, words

NAME_IN_TEXT_CHARS = 8  # a shorter name (an acronym, "Oslo") found in the other row's text says too little
SECTOR_CHARS = 6  # a sector's stem inside another's is that sector («handel» in «varehandel»); a shorter is a word
# A name found in another row's text may carry a definite or genitive ending there ("partnerskapet").
NAME_ENDINGS = "(?:e|et|en|a|ene|ane|s|ets|ens|as)?"
# The definite forms a thing's own name often takes («Kompetansebussen», «Kompetanseprogrammet», «Industritrappa»):
# a word ending so may be a name, where its indefinite form is a kind or a common word.
DEFINITE_ENDINGS = ("en", "et", "a", "ene", "ane")
# An acronym is spelt by the first letters of a name's words, the small words between them counted or not
# ("DVL" = «Dagen for voksnes læring», "NPJ" = «Norsk på jobben»).
LINKING = {"for", "og", "i", "på", "av", "til", "med", "om", "frå", "fra"}
ACRONYM_LETTERS = (3, 6)
SECTOR_REACH = 6  # words after a programme's kind that may name its sector («for den kommunale helse- og omsorg…»)
_SECTOR_LINKS = {"for", "i", "om", "innen", "innan"}  # what may stand between the kind and its sector
_SHORT_ENDINGS = ("", "et", "ene", "a", "me", "mer", "met", "mene")  # «programmet», «programma», «programmene»
NO_SECTOR = "*"  # a programme's kind named for no sector: the national scheme («bransjeprogrammene»)
_SECTOR_END = re.compile(r"[:;,.()]|^\s+-")  # a colon, a comma or a dash set apart ends the sector's words


def capitalised_inside(text: str) -> set[str]:
    """Words a text writes with a capital inside a sentence, not in capitals only: the names it gives
    («… Kompetansepluss frivillighet videreutvikles …»)."""
    return {fold(m.group(1)) for m in re.finditer(r"(?<![.!?:]\s)(?<=\s)([A-ZÆØÅ][a-zæøå][\wæøå-]*)", text)}


COINED_LETTERS = 4  # «DigiFag», «KOMPHELSE», «VERK»: a shorter word in capitals is an initialism («NAV», «EVU»)


def coined(word: str) -> bool:
    """Whether a word is spelt as a coined name: a capital inside it («DigiFag») or capitals only, four letters or
    more («KOMPHELSE»); such a word names one programme, not a kind of measure."""
    return len(word) >= COINED_LETTERS and word.isalpha() and any(c.isupper() for c in word[1:])


def coined_in(name: str, text: str) -> bool:
    """Whether a text writes the folded one-word `name` in a coined spelling."""
    return " " not in name and any(coined(m.group(1)) for m in re.finditer(
        rf"(?<!\w)({re.escape(name)}){NAME_ENDINGS}(?!\w)", text, re.IGNORECASE))


def _initials(t: Token) -> str:
    """A word's initial, folded; each capital of a word written in camel case («LæringsLab»: «ll»)."""
    inner = t.text[:1].isupper() and not t.text.isupper() and any(c.isupper() for c in t.text[1:])
    return "".join(c for c in t.text if c.isupper()).casefold() if inner else t.folded[:1]


COMPOUND_WORD = 8  # letters of a word that may be a compound of two known words or more
_JOINS = ("", "s", "e")  # what may join a compound's parts («lærings|undersøkelsen», «helse|læring»)


def compound_initials(word: str, known: frozenset[str]) -> str:
    """The initials of a compound's known parts («helselæringsundersøkelsen»: «hlu», «kompetansenettverk»: «kn»);
    '' when the word is no compound of known words, the last one maybe inflected («-en», «-et»)."""
    def parts(rest: str) -> list[str] | None:
        if any(rest[: len(rest) - len(e)] in known for e in ENDINGS if len(rest) - len(e) >= COMPOUND_PART):
            return [rest]
        for i in range(len(rest) - COMPOUND_PART, COMPOUND_PART - 1, -1):
            for join in _JOINS:
                head = rest[:i]
                if head.endswith(join) and head[: len(head) - len(join)] in known and (tail := parts(rest[i:])):
                    return [head, *tail]
        return None
    if len(word) < COMPOUND_WORD:
        return ""
    found = parts(word)
    return "".join(p[0] for p in found) if found and len(found) > 1 else ""


def spelled(toks: list[Token], known: frozenset[str] = frozenset()) -> set[str]:
    """Every acronym a run of words starting with a capital spells by its initials (small words optional), and a
    compound of `known` words by each part's (small words left out: «Statens kompetansenettverk» spells SKN, but
    «Kompetanseportal for ledere» no KPF)."""
    found = _runs(toks, lambda t: {_initials(t)}, optional=True)
    if known:
        compounds = {id(t): c for t in toks if (c := compound_initials(t.folded, known))}
        if compounds:
            found |= _runs(toks, lambda t: {_initials(t), compounds.get(id(t), "")} - {""}, optional=False)
    return found


def _runs(toks: list[Token], letters: Callable[[Token], set[str]], optional: bool) -> set[str]:
    """The acronyms runs of words from a capitalised one spell, each word giving one of its `letters`; small words
    counted or not (`optional`), or left out."""
    low, high = ACRONYM_LETTERS
    found: set[str] = set()
    for i, t in enumerate(toks):
        if not t.text[:1].isupper() or t.folded in LINKING:
            continue
        runs = letters(t)
        found.update(r for r in runs if len(r) >= low)
        for nxt in toks[i + 1 : i + 1 + 2 * high]:
            if nxt.folded in LINKING and not optional:
                continue
            grown = {g for r in runs for x in letters(nxt) if len(g := r + x) <= high}
            runs = (runs | grown) if nxt.folded in LINKING else grown
            found.update(r for r in runs if len(r) >= low)
            if not runs:
                break
    return found


def _spells(initials: str, acronym: str) -> bool:
    """Whether words with these initials may spell the acronym: its first letter first, the rest in its order."""
    if not initials or initials[0] != acronym[0]:
        return False
    rest = iter(acronym[1:])
    return all(c in rest for c in initials[1:])


# «DIKA», «DIKA-kursene»: a tiltak that is an acronym alone, maybe with its kind joined on.
_BARE_ACRONYM = re.compile(r"^\s*([A-ZÆØÅ]{2,6})(?:-[a-zæøå]{3,})?\s*$")
# «Digitalt kompetanseløft i arbeidslivet: korte kurs …», «(Digitalt kompetanseløft i arbeidslivet). …»
_OPENING_WORDS = re.compile(r"^\s*\(?\s*([^():.;–—]{3,80}?)\s*(?:\)|[:.;–—])")
SPELLED_OUT_WORDS = 8  # an acronym's words; more is a sentence


def spelled_out(tiltak: str, beskrivelse: str) -> str:
    """The words a description opens with that spell out the acronym a tiltak is («DIKA» over «Digitalt
    kompetanseløft i arbeidslivet: korte kurs …»); '' when the tiltak is no acronym or they spell another."""
    acronym, opening = _BARE_ACRONYM.match(tiltak or ""), _OPENING_WORDS.match(beskrivelse or "")
    if acronym is None or opening is None:
        return ""
    ws = [w for w in opening.group(1).split() if w.casefold() not in LINKING]
    initials = "".join(next((c for c in w if c.isalnum()), "").casefold() for w in ws)
    return opening.group(1) if 2 <= len(ws) <= SPELLED_OUT_WORDS and _spells(initials, acronym.group(1).casefold()) else ""


def defined_name(before: str, acronym: str) -> str:
    """The name an acronym in brackets defines, out of the words before it: the longest run of them ending at the
    bracket whose initials its letters may spell («tilbydere i forsøket med forberedende voksenopplæring (FVO)»
    defines «forberedende voksenopplæring»); all of them when no run does."""
    ws = before.split()
    acr = acronym.casefold()
    found = ""
    for i in range(len(ws) - 1, -1, -1):
        if ws[i].casefold() in LINKING:
            continue
        initials = "".join(next((c for c in w if c.isalnum()), "").casefold() for w in ws[i:] if w.casefold() not in LINKING)
        if _spells(initials, acr):
            found = " ".join(ws[i:])
    return found or before


_ACRONYM_KIND = re.compile(r"\b([A-ZÆØÅ]{2,6})-([a-zæøå]{4,})\b")  # «IA-avtalen», «FVO-forsøket»


def acronym_kinds(text: str) -> frozenset[tuple[str, str]]:
    """(acronym, the kind's stem) of each acronym joined to a kind of measure («IA-avtalen»: ia, avtal)."""
    return frozenset((m[1].casefold(), name_stem(m[2].casefold())) for m in _ACRONYM_KIND.finditer(text))


_SECTOR_LINK = r"(?:»|\"|”)?\s+(?:i|innen|innan)\s+(?:den\s+|det\s+|de\s+)?([a-zæøå][a-zæøå-]{3,})"
# «i samarbeid med», «i regi av», «i tillegg»: «i» that opens no sector.
_NO_SECTOR = frozenset({"samarbeid", "regi", "tillegg", "perioden", "løpet", "forbindelse", "hele", "heile", "alle"})
SECTOR_PREFIX = 5  # «kommunene» and «kommunal sektor» are one sector: stems this long alike


def sector_after(name: str, text: str) -> str:
    """The word after a name and «i» or «innen» in a folded text («digitalt løft i varehandelen»:
    «varehandelen»); '' where the name stands without one."""
    found = re.search(re.escape(name) + r"\w*" + _SECTOR_LINK, text)
    return found.group(1) if found and found.group(1) not in _NO_SECTOR else ""


# «Karrieresjekk 50+», «Karrieresjekk Ung»: an age group or a capitalised word right after a name, naming which of
# the programme's editions a row reports.
_VARIANT = r"\w*\s+(\d{2}\+|[A-ZÆØÅ][a-zæøå]{2,})(?![\w+])"


def variant_after(name: str, text: str) -> str:
    """The age group or capitalised word that follows a name in a row's text as written; '' where none does."""
    found = re.search(f"(?i:{re.escape(name)})" + _VARIANT, text)
    return found.group(1) if found else ""


def same_sector(a: str, b: str) -> bool:
    """Whether two such words name one sector: one's stem opens the other's, or they open alike."""
    sa, sb = undoubled(stems(a)[0]) if stems(a) else a, undoubled(stems(b)[0]) if stems(b) else b
    return sa.startswith(sb) or sb.startswith(sa) or sa[:SECTOR_PREFIX] == sb[:SECTOR_PREFIX]


SPELL_REACH = 3  # small words that may stand between a kind and the words its acronym spells («om et mer»)
SMALL_WORD = 3  # «om», «et», «mer»: words that may stand between a kind and its name


def kind_spelled(kind: str, acronym: str, stems_of: tuple[str, ...]) -> bool:
    """Whether a text names a kind («avtal») and right after it the words an acronym spells («om et inkluderende
    arbeidsliv» for IA), as «IA-avtalen» names them; a few small words may stand between."""
    for i, s in enumerate(stems_of):
        if not s.endswith(kind):
            continue
        rest = stems_of[i + 1 : i + 1 + SPELL_REACH + len(acronym)]
        for skip in range(SPELL_REACH + 1):
            run = rest[skip : skip + len(acronym)]
            if len(run) == len(acronym) and "".join(w[:1] for w in run) == acronym:
                return all(len(w) <= SMALL_WORD for w in rest[:skip])
    return False


def spells_initials(name: str) -> int:
    """How many words of a name count toward its initials (the small words between them do not)."""
    return sum(1 for w in name.split() if w.casefold() not in LINKING)


def inflected_in(title: str, text: str) -> bool:
    """A one-word title found in the text in another inflected form ("Bransjeprogrammene" in "… om
    bransjeprogram for industri"): its base is the title less its ending and a doubled last consonant."""
    if " " in title:
        return False
    base = undoubled(next((title[: -len(e)] for e in sorted(ENDINGS, key=len, reverse=True) if e and title.endswith(e)
                           and len(title) - len(e) >= NAME_IN_TEXT_CHARS), title))
    pattern = rf"(?<!\w){re.escape(base)}{re.escape(base[-1])}?{NAME_ENDINGS}(?!\w)"
    return re.search(pattern, text) is not None


@lru_cache(maxsize=4096)  # a title's stems are asked for again with every other row it is compared with
def stem_seq(text: str) -> tuple[str, ...]:
    return tuple(undoubled(s) for s in stems(text))


# «Partsbarometret» is «Partsbarometeret» with its -e- left out, as a noun in -ter often is («teatret», «sentret»).
_CONTRACTED = re.compile(r"(?<=t)(?:e?ret)$")


def name_stem(name: str) -> str:
    """A one-word name's stem («yrkesfagløftet» and «yrkesfagløft» alike, «Partsbarometret» and «Partsbarometer»);
    a longer name as it is."""
    found = stems(_CONTRACTED.sub("er", name) if " " not in name.strip() else name)
    return undoubled(found[0]) if len(found) == 1 else name


def schemes(text: str, toks: list[Token], scheme_words: tuple[str, ...], fillers: frozenset[str],
            region_words: frozenset[str], own_fillers: frozenset[str], owners: frozenset[str] = frozenset()) -> frozenset[str]:
    """The sector programmes a text names: the kind («bransjeprogrammet», «partnarskapet»), then its sector after
    «for», «i» or «om» or straight after the kind («Bransjeprogram helse og omsorg»): the kind with the stem of
    each of the sector's first words («bransjeprogram helse», «bransjeprogram omsorg»); no place or body."""
    found = set()
    for i, t in enumerate(toks):
        word = next((w for w in scheme_words if w in t.folded), "")
        kind = undoubled(stem(word)) if word else ""  # «partnarskap» too
        head = t.folded[: t.folded.index(word)].rstrip("s") if kind else ""  # «Trepartsbransjeprogrammene»: how it is run
        if kind and i == len(toks) - 1 and (not head or head in fillers):
            found.add(f"{kind} {NO_SECTOR}")  # «… deltar i bransjeprogrammet.»: the national scheme, no sector named
            continue
        if kind and len(head) >= 3 and head not in fillers:
            # «Industri- og byggbransjeprogrammet»: the sector joined before the kind, and one coordinated with it.
            joined = i >= 2 and toks[i - 1].folded == "og" and text[toks[i - 2].end : toks[i - 2].end + 1] == "-"
            found |= {f"{kind} {undoubled(stems(x)[0])}" for x in (head, *([toks[i - 2].folded] if joined else []))}
            continue
        if not kind:
            continue
        if not head and (of := _sector_genitive(text, toks, i, fillers | owners, region_words)):
            found.add(f"{kind} {of}")  # «industriens bransjeprogram»: «bransjeprogrammet for industrien»
            continue
        after = toks[i + 1].folded
        if after in fillers - _SECTOR_LINKS:
            found.add(f"{kind} {NO_SECTOR}")  # «partnerskap med NAV», «bransjeprogrammet ble …»: no sector named
            continue
        sector: set[str] = set()
        for before, x in zip(toks[i : i + SECTOR_REACH], toks[i + 1 : i + 1 + SECTOR_REACH]):
            between = text[before.end : x.start]
            if sector and _SECTOR_END.search(between) or before is not t and re.search(r"[:(]", between):
                # «Bransjeprogram for reiseliv: nettkurs i …»; «… for kompetanseutvikling: LO er …», «… (kurs)» name none
                break
            if before is not t and before.folded in own_fillers and x.folded not in _SECTOR_LINKS and not between.strip():
                # «… for kompetanseutvikling ble videreført»: after a filler only «i …», «for …» or a dash and what it
                # says («… – tilskudd til industri og bygg») name a sector.
                break
            if x.folded not in fillers and x.folded not in region_words and not x.folded.isdigit():
                sector.add(f"{kind} {undoubled(stems(x.folded)[0])}")
        found |= sector or {f"{kind} {NO_SECTOR}"}
    # A row naming the kind for a sector anywhere names that sector's programme, not the national scheme.
    sectors = {x.split(" ", 1)[0] for x in found if not x.endswith(f" {NO_SECTOR}")}
    return frozenset(x for x in found if not (x.endswith(f" {NO_SECTOR}") and x.split(" ", 1)[0] in sectors))


_GENITIVE = re.compile(r"^(\w{4,}(?:en|et|a|ne))s$")  # a definite noun's genitive: «industriens», «reiselivets»


def _sector_genitive(text: str, toks: list[Token], i: int, fillers: frozenset[str], region_words: frozenset[str]) -> str:
    """The stem of the sector a scheme's kind at `i` is said to be of by a genitive right before it («industriens
    bransjeprogram»), written in lower case (not an owner's name, «Virkes»); '' for none."""
    if i == 0 or toks[i - 1].end != toks[i].start - 1:
        return ""
    before = toks[i - 1]
    said = text[before.start:before.end]
    found = _GENITIVE.match(before.folded)
    if not found or not said[:1].islower() or found[1] in fillers or found[1] in region_words:
        return ""
    return undoubled(stems(found[1])[0])


def short_schemes(toks: list[Token], shortened: tuple[tuple[str, str], ...], fillers: frozenset[str]) -> frozenset[str]:
    """The sector programmes a text may name by the sector joined to the end of the kind («Varehandelsprogrammet»
    for «bransjeprogrammet for varehandel»), as (short kind, kind) pairs in `shortened` say: «kind sector».
    Such a word («Omstillingsprogrammet») may be any programme's, so it counts only beside the kind in full."""
    found = set()
    for t in toks:
        for short, kind in shortened:
            at = t.folded.find(short, SECTOR_CHARS)
            head = t.folded[:at].rstrip("-s")
            if at > 0 and kind not in t.folded and t.folded[at + len(short):] in _SHORT_ENDINGS and len(head) >= SECTOR_CHARS and head not in fillers:
                found.add(f"{kind} {undoubled(stems(head)[0])}")
    return frozenset(found)


def same_schemes(a: frozenset[str], b: frozenset[str]) -> list[str]:
    """The sector programmes two rows both name: one kind, and sectors one of which holds the other («handel» in
    «varehandel», «reiseliv» in «reiselivsnæring»); «varehandel» and «handelsnæring» are not known to be one."""
    found = []
    for x in sorted(a):
        kind, sector = x.split(" ", 1)
        for y in sorted(b):
            other_kind, other = y.split(" ", 1)
            short, long_ = sorted((sector, other), key=len)
            if kind == other_kind and (short == long_ or len(short) >= SECTOR_CHARS and short in long_):
                # Two rows naming the kind for no sector name the national scheme itself.
                found.append(kind if short == NO_SECTOR else f"{kind} {short}")
    return found


def in_sequence(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """A title of two or more words standing in another text in other inflections ("Bransjeprogram for
    kompetanseutvikling" in "Bransjeprogrammene for kompetanseutvikling")."""
    n = len(part)
    return n >= 2 and any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


COMPOUND_PART = 4  # each half of a compound split against the other row's words is a word of its own
COMPOUND_ENDING = 2  # letters a whole word and a joining «s» may have beyond the stem («helse»/«hels», «ledelses»)


def split_compounds(wa: list[str], wb: list[str]) -> tuple[list[str], list[str]]:
    """Each row's stems with a compound of two of the other row's stems written as those two («læringskonferans» beside
    «konferans om læring»: «læring konferans»), so that one measure in two word forms reads alike."""
    def head(left: str, other: set[str]) -> str:
        # «helse» + «konferans»: the first half is a whole word, the other row has its stem («hels»); a joining «s».
        return next((o for o in sorted(other, key=len, reverse=True) if len(o) >= COMPOUND_PART
                     and left.startswith(o) and len(left) - len(o) <= COMPOUND_ENDING), "")

    def split(ws: list[str], other: set[str]) -> list[str]:
        out = []
        for w in ws:
            parts = [w] if w in other else next(([first, w[i:]] for i in range(COMPOUND_PART, len(w) - COMPOUND_PART + 1)
                                                 if w[i:] in other and (first := head(w[:i], other))), [w])
            out += parts
        return out
    return split(wa, set(wb)), split(wb, set(wa))


VARIANT_NAME_WORDS = 5  # a name, not a sentence: «Kompetansepluss frivillighet», «Kompetanseradaren 2097 – handel»


def own_tails(a: str, b: str) -> tuple[str, str]:
    """The words two short names end with after the words they open with alike, when each has words the other lacks
    («Kompetansepluss arbeid» / «… frivillighet»: «arbeid», «frivillighet»); ('', '') otherwise. Two variants of one
    scheme, or each member's part of one measure: the words do not say which."""
    # Small linking words only: «arbeid», common as it is, is what sets «Kompetansepluss arbeid» apart.
    wa, wb = ([(stem(w), w) for w in words(x) if not w.isdigit() and w not in LINKING] for x in (a, b))
    if not wa or not wb or max(len(wa), len(wb)) > VARIANT_NAME_WORDS or wa[0][0] != wb[0][0]:
        return "", ""
    n = next((k for k, (x, y) in enumerate(zip(wa, wb)) if x[0] != y[0]), min(len(wa), len(wb)))
    ta, tb = wa[n:], wb[n:]
    if not ta or not tb or {s for s, _ in ta} & {s for s, _ in tb}:
        return "", ""
    return " ".join(w for _, w in ta), " ".join(w for _, w in tb)
