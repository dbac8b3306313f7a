"""The record of what a row says about which measure it is: the names it gives, its places, phases and edition."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NameProfile:
    """What a row says about which measure it is."""

    names: frozenset[str]  # distinctive proper nouns, acronyms and addresses, folded
    titles: tuple[str, ...]  # quoted or leading titles, folded, for finding them in another text
    text: str  # folded text
    places: frozenset[str]  # regions the text names, in an organisation's name too
    home: frozenset[str]  # the region of the member that reports it (a county council's county)
    phases: frozenset[str]  # phase, round or extension words it uses
    editions: frozenset[str] = frozenset()  # years written right after a name
    settings: frozenset[str] = frozenset()  # the places it names as where the measure is, not in a name
    acronyms: frozenset[str] = frozenset()  # the acronyms among its names, folded
    spelled: frozenset[str] = frozenset()  # the acronyms its capitalised word runs spell, folded
    moved: frozenset[str] = frozenset()  # names it carries somewhere new ("X overført til ..."), folded
    news: frozenset[str] = frozenset()  # words saying the programme grew, without naming into what
    stem_seq: tuple[str, ...] = ()  # the text's word stems in order, for finding a title in another inflection
    opening: str = ""  # the text's opening words when they may name a measure ("Fagbrev på jobb"), folded
    about: bool = False  # it opens as a measure about a programme ("Promotering av …"), not the programme
    defined: frozenset[str] = frozenset()  # acronyms it spells out before giving them in brackets, folded
    schemes: frozenset[str] = frozenset()  # a sector's programme it names ("bransjeprogram varehandel")
    bases: frozenset[str] = frozenset()  # stems of its names less a kind joined on («helsekompetansekonferansen»)
    untailed: str = ""  # its folded text with such kinds left off its words
    name_stems: frozenset[str] = frozenset()  # its names as stems («yrkesfagløftet» as «yrkesfagløft»)
    loose_phases: frozenset[str] = frozenset()  # its phase words that may say who, not which («regionale partar»)
    events: frozenset[str] = frozenset()  # a yearly event it names with the year («karrierekonferanse 2019»)
    acronym_kinds: frozenset[tuple[str, str]] = frozenset()  # «IA-avtalen»: (acronym, the kind's stem), folded
    regional_phases: frozenset[str] = frozenset()  # its phase words that may say only where («regionalt forum»)
    regional_bodies: frozenset[str] = frozenset()  # «kompetanseforum vestland»: a body's compound and a region it names
    short_schemes: frozenset[str] = frozenset()  # «Varehandelsprogrammet» as «bransjeprogram varehandel»
    around: frozenset[str] = frozenset()  # the larger regions its counties lie in («vestlandet» for Møre og Romsdal)
    regional_editions: frozenset[str] = frozenset()  # «regional utgave»: its phase words naming a region's edition
    nynorsk_stems: frozenset[str] = frozenset()  # stems of its words spelt the Nynorsk way («prøvenemndskulen»)

    @property
    def regions(self) -> frozenset[str]:
        """The regions the row is about: those it names and its member's own."""
        return self.places | self.home


def in_home(place: str, home: frozenset[str]) -> bool:
    """Whether a place is the member's county or a part of its name («Telemark» of Vestfold og Telemark)."""
    return any(set(place.split()) <= set(h.split()) for h in home)
