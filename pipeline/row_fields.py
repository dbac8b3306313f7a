"""The fields of a table row completed from what stands beside them: labelled lines in a short cell, an område
column or an område row over the rows."""

from __future__ import annotations

from normalise.columns import ColumnMapper
from normalise.delmal import joined_code, names_omrade_column
from normalise.text import clean


def cell_text(cell: str | None) -> str:
    """A table cell's text, cleaned; '' for an empty or covered cell."""
    return clean(cell) if cell else ""


def fill_from_labels(fields: dict, mapper: ColumnMapper) -> None:
    """A short field's cell of labelled lines («Ansvar: Virke / Partnere: Fafo», «KS / Samarbeid: Fagforbundet» under
    «Ansvar / samarbeid») fills the fields its labels name; words before the first label are the cell's own."""
    for name in ("ansvarlig", "samarbeidspartnere", "type"):
        head, labelled = mapper.split_labels(fields.get(name) or "")
        if not labelled or head and name in labelled:
            continue
        fields[name] = head or labelled.pop(name, "")
        fields.update((f, v) for f, v in labelled.items() if f != "tiltak" and not clean(fields.get(f)))


def join_omrade(fields: dict, extra: dict, omrade: str = "") -> None:
    """A delmål column of bare numbers beside an område column («II» | «3»): the delmål is 2.3. Without a delmål
    column the område column says all the report says of it («Område 2»): its delmål is guessed within it; so does
    `omrade`, the row across the table over the rows naming their område («Hovedinnsatsområde 2: …»)."""
    for label, value in extra.items():
        if not names_omrade_column(label):
            continue
        code = joined_code(value or "", clean(fields.get("delmal"))) or ("" if clean(fields.get("delmal")) else clean(value))
        if code:
            fields["delmal"] = code
            return
    if omrade and not clean(fields.get("delmal")):
        fields["delmal"] = omrade
