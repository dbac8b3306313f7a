"""Loads the report vocabulary (vocabulary.toml): header names, labels and the word lists the readers and matchers use."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from tiltak_core.records import FIELDS

from .data_file import Problems, raise_problems, read_table, read_toml
from .text import fold

VOCABULARY = "vocabulary.toml"
_TABLES = ("fields", "labels", "question_words", "versions", "region_counties", "region_adjectives", "phase_numbers",
           "ordinals", "stopwords")  # read one by one below; every other entry is a list of words


# Version marks in the order a later one replaces an earlier one; a report without a mark ranks between
# a draft and a revised version.
VERSION_RANKS = ("draft", "revised", "final")


@dataclass(frozen=True)
class Vocabulary:
    """The words reports use, as data: header names, labels, and the word lists the matchers read."""

    fields: dict[str, tuple[str, ...]]
    known_extra: tuple[str, ...]
    sum_rows: tuple[str, ...]
    delmal_words: tuple[str, ...]
    participation: tuple[str, ...]
    stopwords: frozenset[str]
    name_headers: tuple[str, ...] = ()
    whole_name_headers: tuple[str, ...] = ()
    owner_questions: tuple[str, ...] = ()
    owner_parts: tuple[str, ...] = ()
    identifier_words: tuple[str, ...] = ()
    partner_words: tuple[str, ...] = ()
    running_number_words: tuple[str, ...] = ()
    export_summary_headers: tuple[str, ...] = ()
    own_possessives: tuple[str, ...] = ()
    lead_tags: tuple[str, ...] = ()
    partner_tags: tuple[str, ...] = ()
    closing_words: tuple[str, ...] = ()
    unit_words: tuple[str, ...] = ()
    preparing_words: tuple[str, ...] = ()
    other_lead_ins: tuple[str, ...] = ()
    figure_words: tuple[str, ...] = ()
    pivot_labels: tuple[str, ...] = ()
    box_captions: tuple[str, ...] = ()
    table_note_openers: tuple[str, ...] = ()
    sheet_references: tuple[str, ...] = ()
    reporting_notes: tuple[str, ...] = ()
    delmal_links: tuple[str, ...] = ()
    delmal_references: tuple[str, ...] = ()
    delmal_link_subjects: tuple[str, ...] = ()
    versions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    region_counties: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a larger region -> its counties
    region_adjectives: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a region -> its adjectives
    phase_numbers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a phase's number -> its words («andre»)
    ordinals: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a number -> its ordinal words («fjerde»)
    council_traps: tuple[str, ...] = ()
    council_doubts: tuple[str, ...] = ()
    council_trap_doubts: tuple[str, ...] = ()
    council_trap_fields: tuple[str, ...] = ()
    owner_runs: tuple[str, ...] = ()
    council_about: tuple[str, ...] = ()
    council_openers: tuple[str, ...] = ()
    seat_links: tuple[str, ...] = ()
    own_people_links: tuple[str, ...] = ()
    council_people: tuple[str, ...] = ()
    compound_participation: tuple[str, ...] = ()
    participation_idioms: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    council_copies: tuple[str, ...] = ()
    phase: tuple[str, ...] = ()
    phase_news: tuple[str, ...] = ()
    phase_doubtful: tuple[str, ...] = ()
    version_words: tuple[str, ...] = ()
    phase_grades: tuple[str, ...] = ()
    note_labels: tuple[str, ...] = ()
    phase_exceptions: tuple[str, ...] = ()
    phase_current: tuple[str, ...] = ()
    moved: tuple[str, ...] = ()
    modelled_on: tuple[str, ...] = ()
    done_together: tuple[str, ...] = ()
    type_trials: tuple[str, ...] = ()
    funded_by: tuple[str, ...] = ()
    about_openers: tuple[str, ...] = ()
    scheme_words: tuple[str, ...] = ()
    scheme_fillers: tuple[str, ...] = ()
    scheme_owners: tuple[str, ...] = ()
    scheme_short_kinds: tuple[str, ...] = ()
    body_kinds: tuple[str, ...] = ()
    name_tails: tuple[str, ...] = ()
    event_tails: tuple[str, ...] = ()
    type_openers: tuple[str, ...] = ()
    auxiliaries: tuple[str, ...] = ()
    subject_verbs: tuple[str, ...] = ()
    not_name_openers: tuple[str, ...] = ()
    title_articles: tuple[str, ...] = ()
    time_words: tuple[str, ...] = ()
    time_links: tuple[str, ...] = ()
    report_words: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    type_containers: tuple[str, ...] = ()
    type_two_ways: tuple[str, ...] = ()
    standing_events: tuple[str, ...] = ()
    type_two_ways_endings: tuple[str, ...] = ()
    type_loose: tuple[str, ...] = ()
    note_words: tuple[str, ...] = ()
    note_summaries: tuple[str, ...] = ()
    own_audiences: tuple[str, ...] = ()
    prepositions: tuple[str, ...] = ()
    check_marks: tuple[str, ...] = ()
    particulars_words: tuple[str, ...] = ()
    other_documents: tuple[str, ...] = ()
    particulars_headers: tuple[str, ...] = ()
    responsible_sentences: tuple[str, ...] = ()
    not_report_notes: tuple[str, ...] = ()
    reporting_words: tuple[str, ...] = ()
    unanswered: tuple[str, ...] = ()
    answer_labels: tuple[str, ...] = ()
    other_year_phrases: tuple[str, ...] = ()
    other_year_words: tuple[str, ...] = ()
    other_year_statuses: tuple[str, ...] = ()
    status_reasons: tuple[str, ...] = ()
    year_columns: tuple[str, ...] = ()
    start_columns: tuple[str, ...] = ()
    start_statuses: tuple[str, ...] = ()
    end_columns: tuple[str, ...] = ()
    period_columns: tuple[str, ...] = ()
    date_columns: tuple[str, ...] = ()
    correction_headings: tuple[str, ...] = ()
    header_only: tuple[str, ...] = ()
    overhead_lines: tuple[str, ...] = ()
    slide_cues: tuple[str, ...] = ()
    tag_labels: tuple[str, ...] = ()
    delmal_ordinals: tuple[str, ...] = ()
    strategy_names: tuple[str, ...] = ()
    main_delmal_words: tuple[str, ...] = ()
    none_cells: tuple[str, ...] = ()
    council_about_weak: tuple[str, ...] = ()
    inverted_verbs: tuple[str, ...] = ()
    we_words: tuple[str, ...] = ()
    stopped_words: tuple[str, ...] = ()
    postponed_words: tuple[str, ...] = ()
    withdrawn_phrases: tuple[str, ...] = ()
    group_row_words: tuple[str, ...] = ()
    key_meaning_headers: tuple[str, ...] = ()
    before_year_words: tuple[str, ...] = ()
    ended_words: tuple[str, ...] = ()
    planned_words: tuple[str, ...] = ()
    last_year_phrases: tuple[str, ...] = ()
    next_year_phrases: tuple[str, ...] = ()
    this_year_phrases: tuple[str, ...] = ()
    continued_words: tuple[str, ...] = ()
    continuation_marks: tuple[str, ...] = ()
    held_words: tuple[str, ...] = ()
    cancelled_words: tuple[str, ...] = ()
    recurring_phrases: tuple[str, ...] = ()
    none_words: tuple[str, ...] = ()
    event_topic_tails: tuple[str, ...] = ()
    venue_events: tuple[str, ...] = ()
    programme_topic_tails: tuple[str, ...] = ()
    partner_sentences: tuple[str, ...] = ()
    no_partner_sentences: tuple[str, ...] = ()
    goal_citations: tuple[str, ...] = ()
    goal_citations_after: tuple[str, ...] = ()
    body_endings: tuple[str, ...] = ()
    none_said: tuple[str, ...] = ()
    placeholders: tuple[str, ...] = ()
    meeting_items: tuple[str, ...] = ()
    left_out_marks: tuple[str, ...] = ()
    example_labels: tuple[str, ...] = ()
    template_prompts: tuple[str, ...] = ()
    delmal_stopwords: tuple[str, ...] = ()  # words saying nothing of which delmål a heading names
    pointer_words: tuple[str, ...] = ()
    labels: dict[str, tuple[str, ...]] = field(default_factory=dict)  # prose-only labels per field ("Med:")
    question_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a form's question's words per field


def load_vocabulary() -> Vocabulary:
    """Read the built-in vocabulary; raise CatalogueError listing every problem."""
    label, text, data = read_toml(None, VOCABULARY)
    p = Problems()
    raw_fields = read_table(data, "fields", p)
    names = {f: p.texts(raw_fields, f, "[fields]") for f in FIELDS}
    for f, given in names.items():
        if not given:
            p.add(f"[fields]: ingen navn for feltet '{f}'")
    raw_labels = read_table(data, "labels", p)  # optional: labels only prose reads ("Form:", "Med:")
    raw_questions = read_table(data, "question_words", p)  # optional: «Hva heter tiltaket?» asks for the tiltak
    raw_versions = read_table(data, "versions", p)
    raw_regions = read_table(data, "region_counties", p)
    raw_adjectives = read_table(data, "region_adjectives", p)
    raw_numbers = read_table(data, "phase_numbers", p)
    raw_ordinals = read_table(data, "ordinals", p)
    lists = {f.name: p.texts(data, f.name, "vocabulary") for f in fields(Vocabulary) if f.name not in _TABLES}
    vocab = Vocabulary(
        fields=names,
        labels={f: given for f in FIELDS if (given := p.texts(raw_labels, f, "[labels]"))},
        question_words={f: given for f in FIELDS if (given := p.texts(raw_questions, f, "[question_words]"))},
        versions={rank: p.texts(raw_versions, rank, "[versions]") for rank in VERSION_RANKS},
        region_counties={region: p.texts(raw_regions, region, "[region_counties]") for region in raw_regions},
        region_adjectives={region: p.texts(raw_adjectives, region, "[region_adjectives]") for region in raw_adjectives},
        phase_numbers={number: p.texts(raw_numbers, number, "[phase_numbers]") for number in raw_numbers},
        ordinals={number: p.texts(raw_ordinals, number, "[ordinals]") for number in raw_ordinals},
        stopwords=frozenset(fold(w) for w in p.texts(data, "stopwords", "vocabulary")),
        **lists,
    )
    for region in vocab.region_counties:
        if region not in vocab.regions:
            p.add(f"[region_counties]: «{region}» står ikke i 'regions'; legg den til der")
    for region, adjectives in vocab.region_adjectives.items():
        for adjective in adjectives:
            if adjective not in vocab.regions:
                p.add(f"[region_adjectives]: «{adjective}» ({region}) står ikke i 'regions'; legg det til der")
    raise_problems(label, text, data, VOCABULARY, p)
    return vocab
