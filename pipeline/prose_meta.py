"""A line of particulars under a tiltak's title and text: «dm 2.3 · prosjekt · Ansvar: Fagforbundet».

A short line that opens with a delmål's code («dm 1.1», «Delmål II.3») and goes on in parts set apart by «·», «|» or «;» (or by labels,
«Delmål 1.4, type: kurs, ansvarlig: X.») says of the tiltak above it its delmål, its type (a part the vocabulary
knows as a type) and the fields its labels name. Every part must be one of those, else the line is text.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from normalise.columns import ColumnMapper, header_key
from normalise.text import clean, fold

from .item_delmal import CODE_PATTERN
from .prose_items import SURE_TYPE, TypeNamer
from .prose_titles import SENTENCES
from .row_fields import listed

_PARTS = re.compile(r"\s*[·|•;]\s*")
# «Delmål 3.1 – Opplæring – Ansvar: …»: beside labels, dashes part them too («Delmål 1.3 – Karriereveiledning» alone is
# the delmål in its words).
_SPACED_DASH = re.compile(r"\s[–—-]\s")
_LABELLED_PARTS = re.compile(r"\s*[·|•;]\s*|\s+[–—-]\s+")
# «dm 1.1», «dm. 1.4», «Delmål 2.3», «1.4»: a delmål's code with at most a word before it.
CODE_THEN_WORDS = re.compile(CODE_PATTERN + r"\.?\s*[-–:]?\s*(?P<rest>.*)", re.IGNORECASE)  # «Delmål 2.4 – …»
_CODE_PART = re.compile(r"^(?:[^\W\d]{1,10}\.?\s*)?\S{1,6}$")
_TYPE_CODE = re.compile(r"(?P<name>[^\W\d]{3,12})\s*:?\s+(?P<code>[A-ZÆØÅ]{1,3})")  # «type R», «kategori: K»
_CODE_THEN_TYPE = re.compile(r"(?P<code>(?:delm[åa]l(?:et)?|dm\.?)\s*\d\s?[.,]\s?\d{1,2})\s+(?P<type>\S+)", re.IGNORECASE)
# «Delmål 2.4 – prosjekt», «delmål 1.4, råd/utvalg/nettverk»: the code, a dash or comma, then the type.
_CODE_DASH_TYPE = re.compile(r"(?P<code>(?:delm[åa]l(?:et)?|dm\.?)\s*\d\s?[.,]\s?\d{1,2})\s*[–—,-]\s*(?P<type>[^\s–—,-][^–—,]{1,30})",
                             re.IGNORECASE)
_BARE_CHIPS = re.compile(r"(?P<code>\d\s?[.,]\s?\d{1,2})\s+(?P<words>[^\W\d][^\d:;·|]{1,60})")
EXACT_TYPE = 1.0  # a tag is a type's own word («Råd»), not a name ending in one («UHR-Lærerutdanning»)
CHIP_WORDS = 4  # «Samarbeid utdanning–arbeidsliv»: a delmål's name on a tag is a few words
LINKED_WORDS = 8  # «Jf. delmål 1.4 i strategien»: a short sentence, not an account that names a code
META_WORDS = 40  # a line of particulars is short; longer is a paragraph that happens to open with a code
_PARTNER_FIELDS = ("samarbeidspartnere", "ansvarlig")  # «Sammen med LO» says its field without a colon
_UNIT = re.compile(r"[A-ZÆØÅ][^\W\d]*(?:[ -][^\W\d]+){0,3}")  # «Sekretariatet», «KS Læring»: a unit's name, no digits


def _unlabelled(part: str, mapper: ColumnMapper) -> tuple[str, str] | None:
    """«Sammen med Fagforbundet, Delta», «med HK»: a field's name opening the part, then its value, no colon between."""
    key = header_key(part)
    vocabulary = mapper.vocabulary
    for name in _PARTNER_FIELDS:
        # A column's one-word name («Samarbeid») may be the part's own first word; a prose label («med») is short.
        labels = [(label, 2) for label in vocabulary.fields.get(name, ())] + [(label, 1) for label in vocabulary.labels.get(name, ())]
        for label, least in labels:
            label_key = header_key(label)
            if len(label_key.split()) >= least and key.startswith(f"{label_key} "):
                words = len(label.split())
                return name, clean(" ".join(part.split()[words:]))
    return None


KIND_WORDS = 0.85  # «Råd, utvalg og nettverk»: words this like a type's, each of them, name a kind of tiltak
CHAPTER = re.compile(r"^\s*\d{1,2}\.?\s+")  # «4 Utviklingsprosjekter»: a chapter's number before its words
_AND = frozenset({"og", "samt", "eller"})
_KIND_WORD = re.compile(r"\b[^\W\d_]+\b(?!-)")  # a word, not the first part of «Etter- og vidareutdanning»


def names_a_kind(text: str, types: TypeNamer) -> bool:
    """«1 Råd, utvalg og nettverk», «Etter- og vidareutdanning»: a kind's words only; «Statistikkbank for etter- og
    videreutdanning» names a measure of that kind, «Råd for samarbeid med arbeidslivet» a council."""
    named = CHAPTER.sub("", text)
    kinds = [w for w in _KIND_WORD.findall(named) if w.casefold() not in _AND]
    return bool(kinds) and not any(c.isdigit() for c in named) and all(
        (given := types.given(w)) is not None and given.confidence >= KIND_WORDS for w in [named, *kinds])


def code_and_type(delmal: str, types: TypeNamer) -> dict[str, str]:
    """A delmål as written split into its code and the type after a dash or comma, when that names a type surely;
    {} else."""
    typed = _CODE_DASH_TYPE.fullmatch(delmal)
    if typed and (named := types.given(typed["type"])) is not None and named.confidence >= SURE_TYPE:
        return {"delmal": typed["code"], "type": typed["type"]}
    return {}


OWN_TYPE_WORDS = 2  # «Kurstilbud», «Rådsarbeid i SRY» is more than a type


def meta_fields(text: str, mapper: ColumnMapper, codes_in: Callable[[str], list[str]],
                types: TypeNamer, names_delmal: Callable[[str], bool] = lambda _: False, tags: bool = False,
                paraphrases: Callable[[str], bool] = lambda _: False, dashes: bool = False,
                dashed: bool = False) -> dict[str, str]:
    """The fields a line of particulars gives (its delmål as written first among them), or {} for any other line.
    With `tags`, a line set as text may be a card's tags side by side with nothing between them («2.4 Nettverk»);
    set as a heading, that is a numbered section («3.1 Videreutdanning»). With `dashes`, a line set as text may part
    its code and its type by a dash (`dashed`: so read)."""
    if len(text.split()) > META_WORDS:
        return {}
    if dashes and not dashed and _SPACED_DASH.search(text):
        # «Delmål 1.1 – rådsarbeid», «Digital kompetanse i arbeidsstyrken – kurs»: a dash before the type parts them
        # as a «·» would; «Delmål 1.4 – Samarbeid mellom …» is the code and its delmål's name, one part.
        split = meta_fields(text, mapper, codes_in, types, names_delmal, tags, paraphrases, dashed=True)
        typed = split.get("type", "")
        if typed and len(typed.split()) <= OWN_TYPE_WORDS and not paraphrases(typed) and not names_delmal(typed):
            return split
    head, labelled = mapper.split_labels(text)
    vocabulary = mapper.vocabulary
    if labelled and (linked := _linked_code(head, (*vocabulary.delmal_references, *vocabulary.delmal_links), codes_in)):
        # «Jf. delmål 1.4 i strategien. Virkemiddel: rådsplass. Ansvar: …»: a sentence that links the delmål, then
        # labels (round 73).
        return {"delmal": linked, **{name: value.strip(" ·|") for name, value in labelled.items()}}
    # «(Arrangement, delmål 1.4.) Ansvarlig: UHR.», a tag «[1.3 | forumarbeid | Sekretariatet]»
    bracketed = re.fullmatch(r"\(([^()]+?)[\s.]*\)[\s.]*|\[([^\[\]]+?)[\s.]*\][\s.]*", head)
    said = re.sub(r"\s*,\s*", " · ", bracketed[1] or bracketed[2]) if bracketed else head  # a comma parts them too
    parts = [p for p in (_LABELLED_PARTS if labelled or dashed else _PARTS).split(
        said.rstrip(" .,;·|–—-" if labelled or dashed else " .,;·|"))
             if p.strip(" ,")]
    if bracketed:
        parts.sort(key=lambda p: not (_CODE_PART.match(p.strip(" ,")) and codes_in(p)))  # in brackets, the code first
    if not parts:
        return {}
    first, *rest = (p.strip(" ,") for p in parts)
    before = _before_code([first, *rest], codes_in, types) if not labelled and not bracketed else None
    if before is not None:
        first, rest = rest[len(before) - 1], rest[len(before):]
    chips = _CODE_THEN_TYPE.fullmatch(first) if labelled and not rest else None
    if chips and (named := types.given(chips["type"])) is not None and named.confidence >= SURE_TYPE:
        # «Delmål 1.4 Råd/nettverk Ansvar: UHR»: a slide's tags side by side, nothing but the gap between them.
        first, rest = chips["code"], [chips["type"]]
    bare = _BARE_CHIPS.fullmatch(first) if tags and not rest and not labelled else None
    if bare and codes_in(bare["code"]) and not names_delmal(bare["words"]):
        # «1.4 Samarbeid utdanning–arbeidsliv Råd», «2.4 Nettverk»: a card's tags, the code, the delmål's words and
        # a type's word, nothing but the gaps between them.
        *words, last = bare["words"].split()
        named = types.given(last)
        # The delmål's words as the card shortens them; the type's word set apart by its capital.
        if named is not None and named.confidence >= EXACT_TYPE and (not words or names_delmal(" ".join(words)) or (
                len(words) <= CHIP_WORDS and last[:1].isupper())):
            first, rest = bare["code"], [last]
    if not (_CODE_PART.match(first) and codes_in(first) or rest and not labelled and _delmal_by_name(first, codes_in, paraphrases)):
        return {}
    fields = {"delmal": first}
    for n, part in enumerate(rest):
        named = types.given(part)
        if named is not None and named.confidence >= SURE_TYPE and "type" not in fields:
            fields["type"] = part
            continue
        coded = _TYPE_CODE.fullmatch(part)
        if coded and "type" not in fields and mapper.field_of(coded["name"])[0] == "type":
            fields["type"] = coded["code"]  # «type R»: a code the report's key explains (legend.read_type_key)
            continue
        unlabelled = _unlabelled(part, mapper)
        if unlabelled is None and n == 0 and len(part.split()) <= OWN_TYPE_WORDS and not re.search(r"\d", part) \
                and not names_delmal(part) and not dashed:
            # «Delmål 2.1 · Kurstilbud»: the tag after the code is the type, in the member's own word (the type
            # matcher says it knows no such type, and guesses); «DM 1.3 · KARRIEREVEILEDNING» names the delmål.
            unlabelled = ("type", part)
        if unlabelled is None and bracketed and n == len(rest) - 1 and "type" in fields and "ansvarlig" not in labelled \
                and _UNIT.fullmatch(part):
            # «[1.3 | forumarbeid | Sekretariatet]»: a tag's last part after the code and the type, a unit's name, is
            # who ran it (the report's key says so; a name is what else a tag holds).
            unlabelled = ("ansvarlig", part)
        if unlabelled is None or unlabelled[0] in fields:
            return {}
        fields[unlabelled[0]] = unlabelled[1]
    for name, value in labelled.items():
        fields.setdefault(name, value.strip(" ·|"))
    for name, value in (before or {}).items():
        if name in fields:
            return {}
        fields[name] = value
    return fields


def _linked_code(head: str, links: Sequence[str], codes_in: Callable[[str], list[str]]) -> str:
    """What a short sentence opening with a link to the delmål («Jf. delmål 1.4 i strategien.», «Hører til delmål
    2.3.») says of it, when it names one code; else ''."""
    said = clean(head).rstrip(" .")
    link = next((w for w in links if fold(said).startswith(f"{fold(w)} ")), None)
    rest = said[len(link) + 1:].strip() if link is not None else ""
    if not rest or len(rest.split()) > LINKED_WORDS or re.search(r"[.!?]\s", rest):
        return ""
    return rest if len(codes_in(rest)) == 1 else ""


_OWNER = re.compile(r"[A-ZÆØÅ][A-ZÆØÅa-zæøå-]{1,9}")  # «KD», «AID», «HK-dir»: a body's short name, set before the code


def _before_code(parts: list[str], codes_in: Callable[[str], list[str]], types: TypeNamer) -> dict[str, str] | None:
    """«KD · Utvalg · delmål 1.1 · med AID»: who ran it and its kind set before the code; their fields, or None when the
    line does not so open. The kind is a type's word or the member's own in one or two words; the owner a short name."""
    at = next((n for n, p in enumerate(parts[:3]) if n and _CODE_PART.match(p) and codes_in(p)), 0)
    if not at:
        return None
    fields: dict[str, str] = {}
    for part in parts[:at]:
        named = types.given(part)
        if named is not None and named.confidence >= SURE_TYPE and "type" not in fields:
            fields["type"] = part
        elif _OWNER.fullmatch(part) and part[1:2].isupper() and "ansvarlig" not in fields:
            fields["ansvarlig"] = part
        elif "ansvarlig" in fields and "type" not in fields and len(part.split()) <= OWN_TYPE_WORDS \
                and not re.search(r"\d", part):
            fields["type"] = part  # «KD · Forsøksordning · delmål 3.5»: after the owner, the kind in the member's word
        else:
            return None
    return fields


def _delmal_by_name(part: str, codes_in: Callable[[str], list[str]], paraphrases: Callable[[str], bool]) -> bool:
    """«Delmål 3.4 Kvalifisering av innvandrere», «Samarbeid mellom utdanning og arbeidsliv» before a «·» and a type:
    the delmål by its code and name, or by its name alone, as a newsletter's tag line gives it."""
    if re.search(r"[.!?]\s+\w", part):
        return False  # «UTVALG. Ansvar KD · Samarbeid ASD»: a sentence's end inside; a delmål's name has none
    worded = CODE_THEN_WORDS.fullmatch(clean(part))
    if worded and codes_in(part):
        return bool(worded["rest"]) and paraphrases(worded["rest"])
    return paraphrases(part)


# «… i butikk og lager. Delmål 2.1 · Kurs · med HK», «… hovedrapporten. (Delmål 1.1, råd/utvalg)»: the particulars
# closing a list item's account.
_CLOSING = re.compile(r"(?<=[.!?])\s+(?=\(?(?:delm[åa]l(?:et)?|dm\.?)\s*[\dIV])", re.IGNORECASE)


def closing_particulars(text: str, parse: Callable[[str], dict[str, str]]) -> tuple[str, dict[str, str]]:
    """The account and the particulars that close it (meta_fields, by `parse`); (text, {}) when none do."""
    *said, last = _CLOSING.split(text)
    meta = parse(last) if said else {}
    return (" ".join(said), meta) if meta else (text, {})


# «… levert som innspill til KBU (i samarbeid med Samfunnsøkonomisk analyse)»: partners in a closing bracket.
_CLOSING_BRACKET = re.compile(r"\s*\(([^()]{3,160})\)\s*\.?\s*$")


def _named_without_colon(text: str, mapper: ColumnMapper, labelled: dict[str, str]) -> dict[str, str] | None:
    """The field a part names without a colon («sammen med NHO og HK-dir»), where the labels left it empty."""
    named = _unlabelled(text, mapper)
    return {named[0]: named[1]} if named and named[1] and not labelled.get(named[0]) else None


def item_labels(text: str, mapper: ColumnMapper) -> tuple[str, dict[str, str]]:
    """An item's text and the fields its labels give («Type tiltak: FoU.»), a closing bracket that names the partners
    or the one responsible without a colon («(i samarbeid med Fafo)») among them."""
    head, labelled = mapper.split_labels(text)
    bracket = _CLOSING_BRACKET.search(head)
    named = _named_without_colon(bracket.group(1), mapper, labelled) if bracket else None
    return (head[: bracket.start()], {**labelled, **named}) if bracket and named else (head, labelled)


def particular_labels(text: str, mapper: ColumnMapper) -> tuple[str, dict[str, str]]:
    """The fields of the parts beside an item's own code («samarbeid: Virke», «sammen med NHO og HK-dir»)."""
    head, labelled = mapper.split_labels(text)
    named = _named_without_colon(head, mapper, labelled) if head else None
    return ("", {**labelled, **named}) if named else (head, labelled)



def bold_title(fields: dict[str, str], lead: str, text: str) -> dict[str, str]:
    """«**Tiltak: NM i yrkesfag 2067.** Vestland stilte med …»: the bold words after the label are the tiltak, the text
    after them its account (round 47); the fields as they are where no bold words open the label's answer."""
    title, said = clean(lead.partition(":")[2]).rstrip(" .:"), clean(fields.get("tiltak"))
    rest = said[len(title):].lstrip(" .:–-") if ":" in lead and title and said.startswith(title) else ""
    if not rest:
        return fields
    if f"{rest}." in clean(text):
        rest += "."  # the label's answer lost its closing stop; the account keeps it
    return {**fields, "tiltak": title, "beskrivelse": clean(f"{rest} {fields.get('beskrivelse', '')}")}


NONE_LEAD = 4  # «her hadde vi», «i år var det»: the words a sentence saying there were no partners opens with


def partners_told(text: str, openings: tuple[str, ...], none: tuple[str, ...]) -> tuple[str, str | None]:
    """A description less its sentences naming the partners («Vi samarbeidet med LO og NHO.») or saying there were
    none, and the partners they name (None when no sentence spoke of them)."""
    kept, partners = [], None
    nothing = {fold(n) for n in none}
    for sentence in SENTENCES.split(clean(text)):
        said = fold(sentence).rstrip(" .")
        opening = next((o for o in openings if said.startswith(f"{fold(o)} ")), "")
        # «Her hadde vi ingen samarbeidspartnere.»: a few words before the phrase say the same
        if said in nothing or any(said.endswith(f" {n}") and len(said.split()) <= len(n.split()) + NONE_LEAD
                                  for n in nothing):
            partners = partners or ""
        elif opening and partners is None:
            partners = listed(sentence[len(opening):].strip().rstrip(" ."))
        else:
            kept.append(sentence)
    return " ".join(kept), partners
