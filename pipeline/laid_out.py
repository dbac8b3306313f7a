"""The content's tables and lines as their layout means them, before rows are read: each a pure transform of the
parsed content that leaves it as it is where its shape is not found."""

from __future__ import annotations

from normalise.matchers import Matchers
from normalise.text import fold
from parsers.content import Content

from .bare_labels import labels_given_colons
from .card_boards import boards_as_text
from .council_keys import seats_coded_by_key
from .delmal_key_table import delmal_by_numbers
from .delmal_keys import delmal_keys_applied
from .delmal_numbering import delmal_numbering_applied
from .export_summary import export_summaries_apart
from .hashtags import tag_lines_as_labels
from .headed_facts import facts_under_headings
from .inline_lists import run_in_lists_as_items
from .joined_sheets import tables_joined
from .kickers import kickers_under_headings
from .named_accounts import accounts_beside_their_tiltak
from .key_tables import column_keys_apart
from .label_tables import label_tables_as_lines
from .lettered_keys import delmal_by_row_labels
from .numbered_keys import accounts_keyed_to_rows, items_keyed_by_table
from .ordinal_delmal import ordinal_delmal_applied
from .outline_sheets import outlines_as_tables
from .owner_grid import owner_columns_as_fields, owner_grids_as_tables
from .parallel_text import parallel_columns_as_text
from .period_grid import grids_as_tables
from .record_titles import name_rows_as_column
from .running_heads import running_heads_as_headings
from .sheet_text import typed_text_as_paragraphs
from .tagged_codes import other_plans_codes_left_out
from .ticks import UNTICKED, header_type
from .slide_cues import cues_as_headings
from .tiled_tables import tiles_joined
from .turned_tables import turned_tables_as_tables
from .twin_columns import twin_columns_unfolded
from .type_grid import type_grids_as_tables
from .wide_groups import groups_unfolded


def as_laid_out(content: Content, matchers: Matchers, source_file: str) -> Content:
    """The content's tables as their layout means them: a wide sheet's two printed pages one table, a form export's
    numbered groups a row each, a grid of periods or of types a row per tiltak, a table of details joined to the
    tiltak it describes by their identifiers, a bilingual report's column of our language, a board's cards and a
    letter typed down a sheet paragraphs, a printed form's labels without colons labels."""
    def is_header(row: tuple) -> bool:
        return bool(matchers.columns.header(row))

    vocabulary, field_of = matchers.catalogue.vocabulary, matchers.columns.field_of
    marks = frozenset(fold(m) for m in vocabulary.check_marks)
    unmarks = frozenset(fold(m) for m in vocabulary.negations) | UNTICKED
    content = column_keys_apart(content, field_of, vocabulary.key_meaning_headers, source_file)
    content = export_summaries_apart(content, vocabulary.export_summary_headers, source_file)
    content = delmal_keys_applied(content, matchers.delmal.codes_in, source_file)
    content = other_plans_codes_left_out(content, vocabulary.strategy_names, source_file)
    content = delmal_numbering_applied(content, matchers.columns.header, [d.code for d in matchers.catalogue.delmal],
                                       matchers.delmal.omrade_led, vocabulary.running_number_words, source_file)
    content = cues_as_headings(content, vocabulary.slide_cues)
    content = tag_lines_as_labels(content, vocabulary.tag_labels, matchers.types.names_type)
    content = ordinal_delmal_applied(content, vocabulary.delmal_ordinals)
    content = kickers_under_headings(content, matchers.delmal.codes_in, header_type(matchers.types.given))
    content = running_heads_as_headings(content, lambda text: matchers.delmal.names_delmal(text, heading=True))
    content = run_in_lists_as_items(content)
    content = seats_coded_by_key(content, lambda text: matchers.councils.decide(text).named)
    content = outlines_as_tables(accounts_keyed_to_rows(items_keyed_by_table(content, field_of), field_of), field_of)
    content = delmal_by_row_labels(delmal_by_numbers(content, field_of, matchers.columns.numbers_rows))
    content = groups_unfolded(tiles_joined(twin_columns_unfolded(content, field_of), vocabulary.identifier_words))
    content = turned_tables_as_tables(grids_as_tables(content, field_of), field_of)
    content = type_grids_as_tables(content, matchers.types.given, matchers.delmal.codes_in)
    content = owner_grids_as_tables(content, lambda t: bool(matchers.types.given(t)),
                                    lambda t: matchers.orgs.lookup(t)[0] is not None)
    content = owner_columns_as_fields(content, lambda t: matchers.orgs.lookup(t)[0] is not None, field_of,
                                      matchers.delmal.codes_in)
    content = tables_joined(content, lambda row: (found := matchers.columns.header(row)) is not None and (
        found.column("tiltak") is not None), vocabulary.identifier_words, marks, unmarks)
    content = accounts_beside_their_tiltak(content, matchers.columns.header)
    content = parallel_columns_as_text(content, matchers.columns.split_labels, is_header)
    content = boards_as_text(content, matchers.delmal.codes_in)
    content = label_tables_as_lines(labels_given_colons(content, field_of), field_of, matchers.columns.label_field)
    content = facts_under_headings(name_rows_as_column(content, field_of), field_of)
    return typed_text_as_paragraphs(content, is_header)
