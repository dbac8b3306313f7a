"""The parts of one list item's text: a title, the type it gives in brackets, and the explanation after a colon.

«Fagskulekonferansen 2024 (arrangement): Konferansen samla 300 deltakarar.» is the tiltak «Fagskulekonferansen
2024» of the given type «arrangement», described by the sentence after the colon; «Kursrekke for tillitsvalgte
(kurs)» is the tiltak without its bracket, and «Title : Explanation.» is a title described. A bracket that names no type («(KBU)», «(30 studiepoeng)») stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Protocol

from normalise.text import clean, fold, words

from tiltak_core.records import Match

from .item_delmal import TYPE_WORDS, OwnDelmal
from tiltak_core.years import YEAR

# A type in brackets closing the title, alone or before a colon and what follows it.
_TYPE_BRACKET = re.compile(r"^(?P<title>.+?)\s*\((?P<type>[^()]{2,30})\)\s*(?:\.|:\s*(?P<rest>.*))?$", re.DOTALL)
# «Title : Explanation.»: a colon set apart by spaces, where the type would have stood in brackets. A colon
# straight after a word («Helsefagarbeiderløftet: Delta har …») may as well go on one sentence: the item stays whole.
_TITLE_COLON = re.compile(r"^(?P<title>[^:]+?)\s+:\s+(?P<rest>\S.*)$", re.DOTALL)
TITLE_WORDS = 15  # a title before a colon is a name, a few words; more is a sentence with a colon in it
_MIN_EXPLANATION_WORDS = 3
SURE_TYPE = 0.85  # a bracket names the item's type only as surely as a type cell would


class TypeNamer(Protocol):
    def given(self, raw: str) -> Match | None: ...


@dataclass(frozen=True)
class ItemParts:
    tiltak: str
    type: str = ""
    beskrivelse: str = ""
    how: str = ""  # what the reader made of the item's shape, for the row's evidence
    doubt: str = ""  # why the item may have a shape the reader did not take: the row goes to review


TYPE_LINE_WORDS = 3  # «Råd», «Kurs/utdanning», «Råd/utvalg/nettverk»: a type's word alone on its line


def type_line(text: str, types: TypeNamer) -> bool:
    """«Råd», «Forskning»: a type's words alone on a line, named surely; «Rapport til Kompetansepolitisk råd» is not, nor
    is a sentence («Opplæring for reindriftsutøvere.»)."""
    named = types.given(text) if len(text.split()) <= TYPE_LINE_WORDS and not text.rstrip().endswith((".", "!", "?")) else None
    return named is not None and named.confidence >= SURE_TYPE


def typed_or_described(fields: dict[str, str], text: str, types: TypeNamer) -> None:
    """A line under a tiltak's title: its type when a type's words stand alone on it and none is given, else more of
    its description."""
    if not clean(fields.get("type")) and type_line(text, types):
        fields["type"] = clean(text)
    else:
        fields["beskrivelse"] = clean(f"{fields.get('beskrivelse', '')} {text}")


def _names_type(text: str, types: TypeNamer) -> bool:
    match = types.given(text)
    return match is not None and match.confidence >= SURE_TYPE


def _is_type_word(text: str, types: TypeNamer) -> bool:
    """A type's own name, or one word naming a type: «– nettverk.»; «– kurs for kursledere» says what, not which type."""
    match = types.given(text)
    return match is not None and (match.confidence == 1.0 or len(text.split()) == 1 and match.confidence >= SURE_TYPE)


def _is_explanation(rest: str) -> bool:
    """Sentences after the colon: opening as a sentence does (a clause goes on in lower case), words enough, ending
    as a sentence does."""
    return (rest[:1].isupper() or rest[:1].isdigit()) and len(rest.split()) >= _MIN_EXPLANATION_WORDS and (
        rest.rstrip().endswith((".", "!", "?")))


# «Digitalt grunnløft (DIGILØFT)», «Webinarserien «Karriere i andre halvdel»», «YS Kompetanseundersøkelse 2057»: a
# title that gives a name (initials, a quoted name, a year) before a dash; what follows it in lower case is its account.
_NAMED = re.compile(rf"\([A-ZÆØÅ]{{2,}}\)|[«\"“][^«»\"“”]{{3,}}[»\"”]|\b[A-ZÆØÅ]{{2,}}\b|\b{YEAR}\b")


_SUBTITLE_WORDS = 9  # «KOMPIS-K – kompetanseløft for ufaglærte i helse og omsorg.»: a name's subtitle is a short phrase


def _sentences(rest: str) -> list[str]:
    # «… i helse og omsorg: Prosjekt sammen med …»; «for elever på 10. trinn» is an ordinal, no sentence's end.
    return re.split(r"(?<![\s(]\d\.)(?<![\s(]\d\d\.)(?<=[.!?:])\s", rest, maxsplit=1)


def _is_clause_account(rest: str) -> bool:
    """A lower-case account after a named title: a first sentence longer than a subtitle, ending as a sentence does."""
    return rest[:1].islower() and len(_sentences(rest)[0].split()) > _SUBTITLE_WORDS and rest.rstrip().endswith((".", "!", "?"))


def _told_on(rest: str) -> bool:
    """A lower-case account that sentences go on from («– vårt eget nettverk for veiledere i skole og NAV. Fire
    samlinger i 2061.»): an account, where one clause alone may be the title's own subtitle («– kurs i …»)."""
    parts = _sentences(rest)
    return _is_clause_account(rest) and len(parts) == 2 and (parts[1][:1].isupper() or parts[1][:1].isdigit())


def _opens_with_type(title: str, types: TypeNamer) -> bool:
    """«Kurs: Digital kompetanse for …» opens with its type, not a title: such an item is whole."""
    return len(title.split()) <= TYPE_WORDS and _names_type(title, types)


def _is_title(title: str) -> bool:
    return 0 < len(title.split()) <= TITLE_WORDS and not title.rstrip().endswith((".", "!", "?", ";", ","))


# «**Title** – What was done.»: a dash set apart by spaces after the bold words, where a colon would have stood.
_DASH_AFTER_TITLE = re.compile(r"^[–—-]\s+(?P<rest>\S.*)$", re.DOTALL)
_KIND_BEFORE_DASH = re.compile(r"^\((?P<type>[a-zæøå][^()]{1,30})\)\s*(?=[–—-]\s)")


_DASH_SPLIT = re.compile(r"^(?P<title>[^–—]+?)\s+[–—-]\s+(?P<rest>\S.*)$", re.DOTALL)
# «Regionale læringsnettverk – nettverk.»: a title, a dash, and a type of a word or few closing the item.
_TYPE_DASH = re.compile(r"^(?P<title>[^–—]+?)\s+[–—-]\s+(?P<type>[^\s.–—-]+(?:\s[^\s.–—-]+){0,2})\s*\.?$")
_SQUARE_TYPE = re.compile(r"\s*\[(?P<type>[^\[\]]{2,30})\]\s*$")
# «Title [opplæring] – What was done.»: the type in square brackets between the title and the dash before its account.
_SQUARE_TYPE_DASH = re.compile(r"^(?P<title>[^\[\]–—]+?)\s*\[(?P<type>[a-zæøå][a-zæøå/ -]{1,30})\]\s*[–—-]\s+(?P<rest>\S.*)$",
                               re.DOTALL)


def closing_type(text: str, types: TypeNamer) -> tuple[str, str] | None:
    """(text, type) for a text closed by its type in brackets («Nettverk for EVU (nettverk)», «… [Kurs]»); None
    otherwise."""
    square = _SQUARE_TYPE.search(clean(text))
    if square and _names_type(_labelled(square["type"]), types) and clean(text)[: square.start()].strip():
        return clean(clean(text)[: square.start()]), _labelled(square["type"])
    bracket = _TYPE_BRACKET.match(clean(text))
    if bracket is None or bracket["rest"] is not None or not _names_type(_labelled(bracket["type"]), types):
        return None
    return clean(bracket["title"]), _labelled(bracket["type"])


_OPENING_TAG = re.compile(r"^\s*\[(?P<type>[^\[\]]{2,30})\]\s*(?P<title>\S.*)$", re.DOTALL)


def opening_type(text: str, types: TypeNamer) -> tuple[str, str] | None:
    """(text, type) for a text opened by its type as a tag in square brackets («[KURS] Havvindskolen …», a case
    system's registration, round 80); None otherwise."""
    tag = _OPENING_TAG.match(clean(text))
    if tag is None or not _names_type(tag["type"], types):
        return None
    return clean(tag["title"]), tag["type"].strip()


def _labelled(text: str) -> str:
    """A bracket's words after its label («Type: kurs» → «kurs»): «(Samarbeid: Innlandets kommuner)» names partners
    under a label that is also a type's word, and the names are no type."""
    return clean(text.partition(":")[2] if ":" in text else text)


_LEAD_TYPE = re.compile(r"^(?P<type>[^\W\d][\w/ -]{1,30}?)\.\s+(?P<rest>\S.*)$", re.DOTALL)


def own_item_fields(own: OwnDelmal, lead: str, types: TypeNamer,
                    split_labels: Callable[[str], tuple[str, dict[str, str]]]) -> tuple[dict[str, str], ItemParts | None]:
    """The fields of an item that gives its own delmål, and the shape that split its title from the rest (if any):
    «Title (2.4): What was done. Partnere: X.», «Title [Kurs] (delmål 2.1). Account.», «Title – Account (dm 2.2)»."""
    lead_type = _LEAD_TYPE.match(own.rest) if not own.type else None
    if lead_type and len(lead_type["type"].split()) <= TYPE_WORDS and _names_type(lead_type["type"], types):
        # «Title (delmål 1.3) – nettverk. VOFO deltar …»: the type after the code, then the account.
        own = replace(own, type=lead_type["type"], rest=lead_type["rest"])
    head, labelled = split_labels(own.rest)
    said = ""
    for name in ("ansvarlig", "samarbeidspartnere"):
        # «Samarbeid: Udir, Fagforbundet. Spekter har to representanter …»: the sentence after the names says what was done.
        value, stop, after = (labelled.get(name) or "").partition(". ")
        if stop and _is_explanation(after := after.rstrip(".") + "."):  # the label's value lost its closing stop
            labelled[name], said = value, clean(f"{said} {after}")
    fields = {"delmal": own.delmal, **labelled, "tiltak": clean(own.text).rstrip(" .,;:")}
    parts = item_parts(own.text, types, lead)
    if own.type and parts.type and not parts.beskrivelse:
        # «Kompetansepluss frivillighet – informasjonskampanje (delmål 3.2) – informasjon.»: the type stands after the
        # code; a type word after a dash in the title is part of its name.
        parts = ItemParts(clean(own.text))
    # «Title – what was done (delmål 2.3).»: the account's closing stop went with the code that closes the item; it
    # still closes the account. Before more text («DILFRI – Digitalt løft … (delmål 3.6) – prosjekt. …») it closed none.
    closed = _stopped(parts.tiltak) if not clean(own.rest) else parts.tiltak
    dash = dash_title(closed, types) if not parts.beskrivelse else None
    if dash and closed != parts.tiltak and len(dash.beskrivelse.split()) <= _SUBTITLE_WORDS:
        # «Veiviserdagen 2098 – 40 veiledere i sving (Delmål 1.3 · arrangement)»: a phrase no longer than a subtitle,
        # closed by no stop of its own, is the title's subtitle; its account stands under it.
        dash = None
    # An emphasised title keeps the dash inside it: «*Nasjonalt fagskuleråd – Fagskolerådet sin plass* Fagskolerådet
    # møtte …» names the seat by the whole italic run.
    emphasised = bool(lead) and parts.tiltak.rstrip(" .:") in clean(lead)
    if dash is None and parts.beskrivelse and not emphasised and (opening := dash_title(_stopped(parts.tiltak), types)):
        # «Kompetansepluss frivillighet – VOFO har koordinert … . Studieforbundene gjennomførte …»: read as a short
        # first sentence and the rest, where the dash inside that sentence ends the title.
        dash = replace(opening, beskrivelse=clean(f"{opening.beskrivelse} {parts.beskrivelse}"))
    titled = replace(dash, type=parts.type or dash.type) if dash else (
        parts if parts.tiltak != clean(own.text) or parts.type or parts.doubt else None)  # a doubt goes to review
    if titled:
        fields.update(tiltak=titled.tiltak.rstrip(" .,;:"), beskrivelse=titled.beskrivelse,
                      **({"type": titled.type} if titled.type else {}))
    if head or said:
        fields["beskrivelse"] = clean(f"{head} {said}")
    if own.type:
        fields["type"] = own.type
    return fields, titled


def _stopped(text: str) -> str:
    """A text closed by a sentence's stop: its own, or one put where a comma or colon was left."""
    return text if text.rstrip().endswith((".", "!", "?")) else f"{text.rstrip(' ,;:')}."


def dash_title(text: str, types: TypeNamer) -> ItemParts | None:
    """«Title – What was done. [kurs]»: a short title, a dash, then sentences (and the type in square brackets
    closing them) is a title described; a clause in lower case after the dash goes on one sentence."""
    text = clean(text)
    typed = _SQUARE_TYPE.search(text)
    kind = typed["type"] if typed and _names_type(typed["type"], types) else ""
    body = text[: typed.start()] if kind and typed else text
    dash = _DASH_SPLIT.match(body)
    if not dash or not _is_title(dash["title"]) or not (_is_explanation(dash["rest"]) or _told_on(dash["rest"]) or _NAMED.search(
            dash["title"]) and _is_clause_account(dash["rest"])):
        return None
    return ItemParts(clean(dash["title"]), kind, clean(dash["rest"]), f"{DASH_HOW}setningene etter beskrivelsen")


def bold_title(text: str, lead: str) -> ItemParts | None:
    """«**Title**: what was done»: an item whose bold words end at a colon is titled by them, described by the rest;
    so is «**Title** – What was done.» when a sentence follows the dash («**Studiesenteret** – et tilbud …» goes on
    one clause and stays whole). The bold run is the signal; a plain word before a colon is not."""
    text, lead = clean(text), clean(lead)
    title, rest = lead.rstrip(" :"), text[len(lead):].strip() if lead and text.startswith(lead) else ""
    if lead.endswith(".") and _is_title(title[:-1]) and _is_explanation(rest):
        # «**Kartleggingen «Læring i jobben» (Fafo), i samarbeid med NHO.** Undersøkelsen viser …»: the bold sentence.
        return ItemParts(title[:-1].rstrip(), "", rest, "den uthevede første setningen er tiltaket, resten beskrivelsen")
    if not _is_title(title):
        return None
    # «**Kurs i nordsamisk** (kurs) – Kveldskurs på to nivåer …»: the kind in the member's own lower-case word between.
    kind = _KIND_BEFORE_DASH.match(rest)
    kind = kind if kind and len(kind["type"].split()) <= TYPE_WORDS else None
    dash = _DASH_AFTER_TITLE.match(rest[kind.end():] if kind else rest) if not lead.endswith(":") else None
    # The account's closing stop may have gone with a closing «(dm 1.4)»: a capital and words enough will do.
    if dash and _is_explanation(dash["rest"].rstrip() + "."):
        return ItemParts(title, clean(kind["type"]) if kind else "", clean(dash["rest"]),
                         "den uthevede tittelen før tankestreken er tiltaket, setningen etter beskrivelsen")
    if not lead.endswith(":") and rest[:1].isupper() and _is_explanation(rest.rstrip(".") + "."):
        # «*Kompetansebroen* Fagskulane utvikla …» (a timeline's italic name run into its account): the emphasis ends
        # the title where a sentence begins.
        return ItemParts(title, "", rest, "den uthevede tittelen er tiltaket, setningene etter beskrivelsen")
    if not (lead.endswith(":") or rest.startswith(":")):
        return None
    rest = clean(rest.lstrip(" :"))
    if not rest:
        return None
    return ItemParts(title, "", rest, "den uthevede tittelen før kolon er tiltaket, teksten etter beskrivelsen")


def item_parts(text: str, types: TypeNamer, lead: str = "") -> ItemParts:
    """A list item's tiltak, and the type and description its shape gives; the text whole when it has no such shape."""
    typed = _SQUARE_TYPE.search(clean(text))
    if typed and _names_type(typed["type"], types):
        # «**Title** – What was done. [Kurs]»: the type closing the item, then the item's shape without it.
        parts = item_parts(clean(text)[: typed.start()], types, lead)
        return replace(parts, type=parts.type or clean(typed["type"]))
    between = _SQUARE_TYPE_DASH.match(clean(text))
    if between and _is_title(between["title"]) and _is_explanation(between["rest"]):
        # A word or few in lower case there is the type as the report words it, known to us or not.
        return ItemParts(clean(between["title"]), clean(between["type"]), clean(between["rest"]),
                         "typen i hakeparentes etter tittelen, setningene etter tankestreken beskrivelsen")
    titled = bold_title(text, lead)
    if titled:
        typed = _TYPE_BRACKET.match(titled.tiltak)  # «**Kurs for tillitsvalgte (kurs)**: …»
        if typed and not typed["rest"] and _names_type(typed["type"], types):
            return replace(titled, tiltak=clean(typed["title"]), type=clean(typed["type"]))
        return titled
    text = clean(text)
    bracket = _TYPE_BRACKET.match(text)
    if bracket and _is_title(bracket["title"]) and _names_type(bracket["type"], types):
        rest = clean(bracket["rest"] or "")
        if bracket["rest"] is None or rest:
            return ItemParts(clean(bracket["title"]), clean(bracket["type"]), rest,
                             "typen i parentes etter tittelen" + (", forklaringen etter kolon er beskrivelsen" if rest else ""))
    dashed = _TYPE_DASH.match(text)
    # «**Karriereveiledning på samisk – nettressurs**»: a bold name that runs on over the dash is one name (round 75).
    whole_bold = bool(lead) and fold(clean(lead)).rstrip(" .:") == fold(text).rstrip(" .:")
    if dashed and _is_title(dashed["title"]) and _is_type_word(dashed["type"], types) and not whole_bold:
        return ItemParts(clean(dashed["title"]), clean(dashed["type"]), how="typen etter tankestreken")
    colon = _TITLE_COLON.match(text)
    if colon and _is_title(colon["title"]) and _is_explanation(colon["rest"]) and not _opens_with_type(colon["title"], types):
        return ItemParts(clean(colon["title"]), "", clean(colon["rest"]), "tittelen før kolon er tiltaket, "
                         "forklaringen etter beskrivelsen")
    named = named_account(text, types)
    if named:
        # «Helsefagløftet: Forbundet har …»: most often a name and its account, but the colon may go on a sentence.
        title, rest = named
        return ItemParts(title, "", rest, "navnet før kolon er tiltaket, teksten etter beskrivelsen",
                         doubt=f"«{title}» {NAMED_DOUBT}")
    typed = _TYPED_NAME.match(text)  # «Ny veileder: Lærlinger i kommunal sektor. Digital veileder for …»
    first = (typed if typed and _opens_with_type(typed["kind"], types) else None) or _NAME_SENTENCE.match(text) or (
        _ONE_WORD_NAME.match(text)) or ((long := _ONE_LONG_WORD.match(text)) and not types.given(long["title"]) and long)
    if first and _is_title(first["title"]) and _is_explanation(first["rest"]) and (
            len(first["rest"].split()) >= _MIN_ACCOUNT_WORDS):
        dashed_title = loose_dash_account(f"{first['title']}.", types)
        if dashed_title and dashed_title[1].split()[0].casefold() in _CLAUSE_SUBJECTS:
            # «Bransjeprogram helse og omsorg – vi sitter i styringsgruppa. Over 2 000 …»: the short first sentence is
            # a title and a clause about it, opened by its subject.
            return ItemParts(dashed_title[0], "", clean(f"{dashed_title[1]} {first['rest']}"),
                             DASH_HOW + "setningene etter beskrivelsen")
        return ItemParts(clean(first["title"]), "", clean(first["rest"]), "første korte setning er navnet, resten "
                         "beskrivelsen")
    return ItemParts(text, doubt=_doubt(text, types))


# «Lærlingløftet i kommunesektoren. Målet er at …»: a name of a few words closed by a full stop, then an account of it.
# The account may open with a number («… i bedrift. 22 lærere hospiterte …»), but not after a short word a stop
# abbreviates («Tiltak nr. 2 …»).
_NAME_SENTENCE = re.compile(r"^(?P<title>[^.!?:;,\s][^.!?:;,]{1,78}\s[^.!?:;,]*[^\s.])\s?\.\s+"
                            r"(?P<rest>[A-ZÆØÅ].*|(?<=[^\s.]{4}\.\s)\d+\s[a-zæøå].*)$", re.DOTALL)
# «DigiKomp. Samarbeid med …», «LAPS. Partsprosjekt …»: one word is a name when written as one (a capital inside
# it, or an acronym); «Kurs. Vi holdt …» is no name.
_ONE_WORD_NAME = re.compile(r"^(?P<title>[A-ZÆØÅ][a-zæøå]+[A-ZÆØÅ][\wæøåÆØÅ-]*|[A-ZÆØÅ]{3,8})\.\s+(?P<rest>[A-ZÆØÅ].*)$",
                            re.DOTALL)
# «Yrkesfagsuka. Sammen med fylkeskommunene arrangerer KS …»: one long word that names no type is a name too.
_ONE_LONG_WORD = re.compile(r"^(?P<title>[A-ZÆØÅ][a-zæøå-]{7,})\.\s+(?P<rest>[A-ZÆØÅ].*)$", re.DOTALL)
# «Ny veileder: Lærlinger i kommunal sektor. Digital …»: the kind before a colon, the name after it, then the account.
_TYPED_NAME = re.compile(r"^(?P<title>(?P<kind>[^.!?:;,]{2,30}):\s[^.!?:;]{3,78}[^\s.])\s?\.\s+(?P<rest>[A-ZÆØÅ].*)$",
                         re.DOTALL)
_MIN_ACCOUNT_WORDS = 5
# «– vi sitter i styringsgruppa»: a pronoun opens a clause about the title; «– digital kompetanse for …» is its subtitle.
_CLAUSE_SUBJECTS = frozenset({"vi", "me", "de", "dei", "han", "hun", "ho"})


# «… (rådsarbeid)»: a closing bracket of a word or two in lower case reads like a type the vocabulary does not know.
_LOWER_BRACKET = re.compile(r"\(\s*([a-zæøå][a-zæøå/ -]{1,30}?)\s*\)\s*\.?\s*$")
# «Helsefagløftet: Delta har …»: a name before a colon may be the tiltak, and the rest what it did.
_NAME_COLON = re.compile(r"^(?P<title>[^:]+?):\s+(?P<rest>\S.*)$", re.DOTALL)
_NAME_WORDS = 8  # «Deltakelse i referansegruppen for KI-løftet: …»: a name of a few words, no sentence


NAMED_DOUBT = "foran kolon er lest som tiltakets navn og resten som beskrivelse; kontroller"


def named_account(text: str, types: TypeNamer, name_words: int = _NAME_WORDS) -> tuple[str, str] | None:
    """(name, account) of «Karrieresentrene ved UH-institusjonene: Nettverk for …»: a name of a few words, a colon,
    and sentences about it; None for any other text."""
    named = _NAME_COLON.match(clean(text))
    if named and len(named["title"].split()) <= name_words and _is_title(named["title"]) and (
            _is_explanation(named["rest"]) and not _opens_with_type(named["title"], types)):
        return _asked(named["title"], named["rest"])
    return None


def _asked(title: str, rest: str) -> tuple[str, str]:
    """(name, account): «Webinarrekke: Hva betyr KBU-rapporten for kommunene? Fire webinarer …» names the series by
    its question too; any other account stands as it is."""
    asked = _QUESTION_TITLE.match(rest)
    if asked and len(asked["question"].split()) <= _QUESTION_WORDS:
        return clean(f"{title}: {asked['question']}"), clean(asked["rest"])
    return clean(title), clean(rest)


_QUESTION_TITLE = re.compile(r"^(?P<question>[^.!?:;]{3,100}\?)\s+(?P<rest>[A-ZÆØÅ\d].*)$", re.DOTALL)
_QUESTION_WORDS = 12


def loose_named_account(text: str, types: TypeNamer) -> tuple[str, str] | None:
    """(name, account) of «Kompetanseforum Troms: forumet har fått …»: a name, a colon and words about it, written
    as a clause; a document's way only when most of its items are so written (cell_lines.settle_named_items)."""
    named = _NAME_COLON.match(clean(text))
    if named and len(words(named["title"])) <= _NAME_WORDS and _is_title(named["title"]) and (
            len(named["rest"].split()) >= _MIN_EXPLANATION_WORDS and not _is_type_label(named["title"], types)):
        return _asked(named["title"], named["rest"])
    return None


DASH_HOW = "tittelen før tankestreken er tiltaket, "
_CLAUSE_WORDS = 5  # «– lederen for Karriere Oslo er …»: longer than a type's word or two after a dash


def loose_dash_account(text: str, types: TypeNamer) -> tuple[str, str] | None:
    """(title, account) of «Norsk på arbeidsplassen – norskkurs i arbeidstiden for ansatte i renhold, …»: a title, a
    dash and a clause in lower case; a document's way only where its named items are so split
    (cell_lines.settle_dash_items)."""
    dash = _DASH_SPLIT.match(clean(text))
    if dash and _is_title(dash["title"]) and not _opens_with_type(dash["title"], types) and (
            dash["rest"][:1].islower() and len(_sentences(dash["rest"])[0].split()) >= _CLAUSE_WORDS):
        return clean(dash["title"]), clean(dash["rest"])
    return None


def _is_type_label(title: str, types: TypeNamer) -> bool:
    """«Kurs:», «Nettverk/utvalg:»: a type's own name as a label; «Kompetanseforum Troms» is a name."""
    given = types.given(title)
    return given is not None and given.confidence >= 1.0


def _doubt(text: str, types: TypeNamer) -> str:
    """Why an item read whole may be a title with more after it; '' when nothing in its shape says so."""
    bracket = _LOWER_BRACKET.search(text)
    if bracket and len(bracket[1].split()) <= TYPE_WORDS:
        return (f"punktet slutter med «({bracket[1]})», som kan være tiltakets type, men ikke er en type programmet "
                "kjenner; parentesen er lest som en del av tiltaket")
    boundary = _INNER_BOUNDARY.search(text)
    rest = text[boundary.end() :].split() if boundary else []
    # What follows must have words enough for an account of the name; short phrases one after the other («Bruk av
    # studieforbund. Kurs for medlemmene.») are one item in pieces.
    if boundary and len(rest) >= _ACCOUNT_WORDS:
        return (f"punktet fortsetter etter «{clean(text[: boundary.start() + 1])[-40:]}» med en ny setning; det kan være "
                "en tittel med en beskrivelse etter, men hele punktet er lest som tiltaket")
    return ""


# «Title. What was done.», «Title – What was done»: a sentence or a dashed clause inside an item read whole.
_ACCOUNT_WORDS = 6
_INNER_BOUNDARY = re.compile(r"[\w)\]»\"”](?:\.\s+|\s+[–—-]\s+)(?=[A-ZÆØÅ])")
