"""What pair scoring needs to know of one row, worked out once per row rather than once per pair."""

from __future__ import annotations

from dataclasses import dataclass

from tiltak_core.records import Tiltak

from .name_profile import NameProfile
from .name_text import spelled_out
from .names import MeasureNames
from .orgs import OrgMatcher
from .text import fold, stems

APART_DELMAL = 0.6  # a delmål read from the report's words less surely than this sets no two rows apart
APART_TYPE = 0.85  # nor does a type («Partssamarbeid» read as Råd/utvalg/nettverk at 0.6), which is asked anyway


@dataclass(frozen=True)
class RowProfile:
    """What pair scoring needs of a row, computed once per row rather than once per pair."""

    file: str
    delmal: str
    type: str  # "" when inferred or read unsurely: such a type does not keep two rows apart
    stems: str
    stem_set: frozenset[str]
    named: frozenset[str]  # council members the tiltak text names
    involved: frozenset[str]  # council members named as ansvarlig or partner
    described: frozenset[str]  # council members its description names («Felles prosjekt med YS der …»)
    names: NameProfile  # the programme it names, its region and phase
    cell_places: frozenset[str]  # regions named as ansvarlig or partner ("Vestland, Møre og Romsdal"): counties
    modelled: bool  # the row copies a measure elsewhere («etter mønster fra Innlandet»)
    together: bool = False  # its text or description says it is done with others («felles», «i samarbeid med»)

    @property
    def members_named(self) -> frozenset[str]:
        """Council members the row names anywhere: in its text, its cells or its description."""
        return self.named | self.involved | self.described



def _named(t: Tiltak) -> str:
    """The tiltak's text, and when it is an acronym the words its description spells it out with, as a report writes
    «DIKA (Digitalt kompetanseløft i arbeidslivet)»: the names another report may give it by."""
    full = spelled_out(t.text, t.row.raw.get("beskrivelse"))
    return f"{t.text} ({full})" if full else t.text


def _involved(t: Tiltak, orgs: OrgMatcher) -> frozenset[str]:
    """Council members a row names as ansvarlig or partner (a federation counts as its confederation)."""
    return frozenset(m for name in (*t.ansvarlig, *t.samarbeidspartnere) if (m := orgs.member_of(name)))



def profile_row(t: Tiltak, orgs: OrgMatcher, stop: frozenset[str], names: MeasureNames) -> RowProfile:
    named = _named(t)
    own = stems(named, stop)
    cells = "; ".join((*t.ansvarlig, *t.samarbeidspartnere))
    # A delmål guessed from the words (the report gave none, or only its område), or matched to the report's words
    # only weakly, keeps no rows apart.
    unsure = t.delmal.inferred or t.delmal.confidence < APART_DELMAL
    return RowProfile(t.row.provenance.source_file, "" if unsure else t.delmal.value, "" if t.type.inferred or t.type.confidence < APART_TYPE else t.type.value,
                    " ".join(own), frozenset(own), frozenset(orgs.members_named(t.text)), _involved(t, orgs),
                    orgs.members_named(t.row.raw.get("beskrivelse")),
                    names.profile(named, t.member), names.profile(cells).places if cells else frozenset(),
                    any(p in fold(t.text) for p in orgs.catalogue.vocabulary.modelled_on),
                    names.says_together(f"{t.text} {t.row.raw.get('beskrivelse') or ''}"))
