"""Who sat on the council the year reported on: a report from a member outside its years is flagged."""

from __future__ import annotations

from dataclasses import replace

from normalise.catalogue import Catalogue

from .work import Processed


def _span(from_year: int | None, to_year: int | None) -> str:
    if from_year and to_year:
        return f"{from_year}–{to_year}"
    return f"fra {from_year}" if from_year else f"til og med {to_year}"


def note_membership(processed: list[Processed], catalogue: Catalogue, year: int) -> list[Processed]:
    """A warning on every report whose member the catalogue does not count on the council in `year`."""
    out = []
    for p in processed:
        org = catalogue.organisation(p.result.member) if p.result.member else None
        if org is not None and org.is_member and not org.member_in(year):
            warning = (f"{p.result.document.source_file}: {org.name} var ikke medlem av rådet i {year} (medlem "
                       f"{_span(org.from_year, org.to_year)}); tiltakene er tatt med, men sjekk året og katalogen")
            p = replace(p, result=replace(p.result, warnings=p.result.warnings + (warning,)))
        out.append(p)
    return out
