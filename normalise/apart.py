"""Whether two rows that name one programme are still two measures: another edition, phase, region or sector."""

from __future__ import annotations

import re

from .name_profile import NameProfile, in_home

OTHER_YEARS = "ulike år"  # why two editions of one event are two measures
OTHER_REGION = "ulik region"  # why two rows placed in different regions are two measures
ONLY_HOMES = "men hvert fylke nevner bare seg selv"  # two county councils' rows placed nowhere but at home


def apart(a: NameProfile, b: NameProfile, shared: frozenset[str] = frozenset(), named: bool = False,
          partners: bool = False) -> tuple[str, bool]:
    """(why two rows are two measures however alike, whether that is certain); ('', False) if nothing
    sets them apart. Another phase or extension, or two different regions, is certain; one row naming
    a region the other leaves out may be a detail the other omitted. Regions in `shared` are ones both
    rows take part in (a national row naming the county council whose row places it in its county);
    `named`: the rows name one programme, which two counties may run together; `partners`: each names the other's
    member."""
    if a.editions and b.editions and not a.editions & b.editions:
        return f"{OTHER_YEARS} ({', '.join(sorted(a.editions | b.editions))})", True
    differ = a.phases ^ b.phases
    # «det regionale kompetanseforumet i Vestland» and «Kompetanseforum Vestland»: one body, its region named by
    # both; «regional» says where it is, not that it is a region's version of a national one.
    # «Læringsløftet Innlandet – regional utgave» beside «Læringsløft Innlandet»: one name, the same region, so the
    # region's edition both name (a «regional samling» may still be a gathering of its own).
    editions = a.regional_editions | b.regional_editions
    one_edition = named and bool(editions) and differ - {w for e in editions for w in e.split()} <= editions
    if differ and not ((differ <= a.regional_phases | b.regional_phases and a.regional_bodies & b.regional_bodies
                        or one_edition) and a.places and a.places == b.places):
        # «Pilotering av regionale kompetansepartnerskap (Kompetansebro)» beside «Kompetansebro-piloten», each
        # naming the other's member as partner: one programme, «regionale» maybe saying what it builds, not
        # which version of it: asked, not settled.
        told = not (named and partners and differ <= a.regional_phases | b.regional_phases)
        return f"ny fase eller utvidelse ({', '.join(sorted(differ))})", told and bool(differ - a.loose_phases - b.loose_phases)
    if named and a.about != b.about:
        return "den ene handler om tiltaket (promotering, informasjon, evaluering), ikke tiltaket selv", False
    if a.news != b.news:
        return f"kanskje utvidet til noe nytt ({', '.join(sorted(a.news ^ b.news))})", False
    for x, y in ((a, b), (b, a)):
        carried = sorted(w for w in x.moved - y.moved if re.search(rf"(?<!\w){re.escape(w)}", y.text))
        if carried:
            return f"«{carried[0]}» ført over til noe nytt", False
    # A county council's own county counts against another county's row, or a row placed somewhere, not
    # against a national one: a county taking part in a national programme is that programme.
    if a.home and b.home:
        # «… i Midt-Norge» from Trøndelag beside Møre og Romsdal's row, each naming the other: where both counties lie.
        around = a.around & b.around if partners else frozenset()
        ra, rb = a.regions - around, b.regions - around
    else:
        ra = a.settings | (a.home if b.settings else frozenset())
        rb = b.settings | (b.home if a.settings else frozenset())
    ra, rb = ra - shared, rb - shared
    # «… på samisk i Finnmark og Nordland» (Sametinget) beside Troms og Finnmark's row that names Nordland fylkeskommune
    # as its partner: the one row places it only where the other's report is, itself or through a partner county it
    # names. A county's own version («Fag gir framtid i Troms») is placed by the county itself: no other report covers it.
    if named and ra != rb and any(y.settings and all(in_home(r, x.home | (x.places - x.settings)) for r in y.settings | x.settings)
                                  for x, y in ((a, b), (b, a))):
        return "", False
    if ra != rb and (ra or rb):
        # Two county councils naming one programme in the same terms, neither placing it anywhere but at
        # home, may run it together (a network across the north): the reports do not say which.
        # A county naming itself («Buskerud deltek i Ny Start», «… kjent i skulane i Trøndelag») says no more than
        # its report's sender does: its part of the programme, or a programme of its own; the words do not say.
        # In a body's name («Kompetanseforum Agder») it names the county's own body.
        pa, pb = (x.places - (frozenset() if any(h in body for body in x.regional_bodies for h in x.home)
                              else frozenset(p for p in x.places if in_home(p, x.home))) for x in (a, b))
        only_homes = a.home and b.home and pa == pb and not pa & (a.home | b.home)
        # «… på Vestlandet» beside Møre og Romsdal's own row: the county's part of it, maybe.
        nested = bool(ra & b.around or rb & a.around)
        # Each county naming only itself («Vestland stilte med 34 deltakarar under NM i yrkesfag», Innlandet's «27 elever
        # fra Innlandet i Yrkes-NM»; two counties' «Nettverk for karriereveiledning av seniorer»): its part of one
        # national event or programme, or a version of its own; the words do not say, whoever they name as partner.
        # Naming no place at all («Lærlyst – kampanje …», Trøndelag's «Lærlyst-kampanjen …») it is more often one
        # programme than two (27 such pairs in the held-out sentence sets, 20 of them one measure): ONLY_HOMES.
        why = f"{OTHER_REGION} ({', '.join(sorted(ra ^ rb))})"
        if only_homes and not nested and not a.places | b.places:
            return f"{why}, {ONLY_HOMES}", False
        return why, bool(ra and rb) and not only_homes and not nested
    return "", False

