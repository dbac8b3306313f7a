"""What a table fragment inherits from the one before it, as the row reader goes through a document."""

from __future__ import annotations

from dataclasses import dataclass, field

from normalise.columns import HeaderMap
from parsers.content import TableBlock

from .draft_row import DraftRow


@dataclass
class TableState:
    """What a table fragment inherits from the one before it."""

    header: HeaderMap | None = None
    width: int = 0
    last_block: TableBlock | None = None
    carry: dict[int, str] = field(default_factory=dict)
    follows_table: bool = False  # no paragraph stood between the previous table and this block
    ticks: dict[int, str] = field(default_factory=dict)  # column -> delmål code, in a matrix of tick columns
    kinds: dict[int, str] = field(default_factory=dict)  # column -> header, among columns each headed by a type
    header_texts: frozenset = frozenset()  # the header row(s) as read: repeated mid-table, they head the rest
    title: str = ""  # «Tiltak 3: Partsprosjektet DigiKomp» across the table: the title of the row under it
    omrade: str = ""  # «Hovedinnsatsområde 2: …» across the table: the område of the rows under it, no delmål
    doubt: str = ""  # why every row of the table asks a reviewer (its tiltak column may be another)
    heading: str = ""  # the heading right above the table, if one stands there: a form under it may be its tiltak's
    titled_form: DraftRow | None = None  # the form a heading titled, while the text under it may describe it
    group: str = ""  # «VOFO sentralt» alone over the rows it groups: who ran them, where a row names no one
    listed: tuple[str, str] | tuple[()] = ()  # «Rapporteringsår : 2079 (6)» over a web list's rows: a field they share
