"""A table the page break cut: whether a fragment goes on from the one before it, and whether its top row is the
rest of the row the break cut, which is then joined to that row; and a row a merged tiltak cell joins to the one above."""

from __future__ import annotations

from normalise.columns import HeaderMap
from parsers.content import TableBlock

from .draft_row import DraftRow
from .row_fields import cell_text


def continues(block: TableBlock, prev: TableBlock | None, follows_table: bool, width: int) -> bool:
    """Whether `block` goes on from `prev`, the table fragment just before it, as one table."""
    if prev is None or not follows_table or len(block.rows[0]) != width:
        return False
    if block.page is None or prev.page is None:
        return block.caption == prev.caption  # Word: two tables with nothing between them read as one
    if block.page == prev.page + 1:
        return block.top_of_page and prev.bottom_of_page
    return block.page == prev.page


def rest_of_cut_row(fields: dict, header: HeaderMap) -> bool:
    """Whether the top row of a continued fragment holds the rest of the row the page break cut."""
    ids = [f for f in ("delmal", "type", "ansvarlig") if header.column(f) is not None]
    if ids and all(not cell_text(fields.get(f)) for f in ids):
        return True
    # «ferdigheter for sesongarbeidere …» under «Norsk og grunnleggende»: the ansvarlig's cell was cut too; «opplæringskontor
    # i kommunene» beside «synliggjøre og utvikle …»: so was the delmål's words (a code would open with its digit).
    return cell_text(fields.get("tiltak"))[:1].islower() and all(
        not (said := cell_text(fields.get(f))) or f == "delmal" and said[:1].islower() for f in ("delmal", "type"))


def ends_fragment(row: DraftRow, fragment: TableBlock | None) -> bool:
    """Whether the row was read from the fragment's last row: only that row can be the one the break cut (a last row
    set aside leaves nothing to join the rest to)."""
    where = row.provenance
    return fragment is not None and (where.page, where.table, where.row) == (
        fragment.page, fragment.index, fragment.first_row + len(fragment.rows))


def join_cut_row(cut: DraftRow, fields: dict, extra: dict) -> None:
    """The rest of a cut row added to its start, cell by cell; its delmål and type stand in the start only."""
    for name, value in fields.items():
        if cell_text(value) and name not in ("delmal", "type"):
            cut.fields[name] = f"{cut.fields.get(name, '')} {value}"
    for name, value in extra.items():
        if cell_text(value):
            cut.extra[name] = f"{cut.extra.get(name, '')} {value}"


def join_merged_row(row: DraftRow, fields: dict, extra: dict, covered: set[int], header: HeaderMap) -> None:
    """A row whose tiltak cell is merged with the row above («Plan 2067» under «Resultat 2066», one name over both):
    the same tiltak, its own cells added to that row's; the merged ones repeat what the row above says."""
    label = {i: h for i, h in header.extras}
    join_cut_row(row, {f: v for f, v in fields.items() if header.column(f) not in covered},
                 {h: v for h, v in extra.items() if h not in {label.get(i, f"kolonne {i + 1}") for i in covered}})
