"""A measure's short name in capitals beside its words in another member's row: asked about, never merged."""

from normalise.syllable_acronyms import part_initials
from tests.normalise.test_dedup import _groups, _row


def test_capitals_opening_the_parts_of_compound_words_spell_the_name_out():
    # Set 68 and set 67: «LLS», «YMN», «GFL», «SENLÆR», «FAB» beside the names they shorten.
    assert part_initials("lls", "DFØ har ledet Lærlingløftet i staten, som skal doble tallet") == "lærlingløftet staten"
    assert part_initials("ymn", "var vertskap for Yrkesmessa Nord i Bodø") == "yrkesmessa nord"
    assert part_initials("senlær", "AID har gitt midler til Seniorlæringsstudien ved OsloMet") == "seniorlæringsstudien"
    assert part_initials("fab", "Fagarbeiderbarometeret viser at") == "fagarbeiderbarometeret"
    # A word the letters merely open, or parts shorter than a word's part, spell nothing.
    assert part_initials("fag", "Fagbrev på jobb for voksne") == ""
    assert part_initials("abc", "Vi har arbeidet med bransjeprogram") == ""


def test_a_joint_measure_named_by_its_capitals_in_one_row_is_asked_about_where_the_delmal_agrees(matchers):
    # Set 68's J-02: YS wrote «LLS» where DFØ and LO wrote «Lærlingløftet i staten»; the rows stood apart, sure.
    rows = [_row("reg.pdf", "Regjeringen", "DFØ har ledet Lærlingløftet i staten, som skal doble tallet på lærlinger i "
                 "statlige virksomheter.", "2.3", "Prosjekt"),
            _row("ys.docx", "YS", "YS Stat deltar i LLS med tillitsvalgte i Skatteetaten og NAV.", "2.3", "Prosjekt"),
            _row("lo.docx", "LO", "LO Stat har gitt innspill til LLS om veiledere for lærlingene.", "1.4", "Prosjekt")]
    groups, clusters = _groups(matchers, rows)
    assert groups == [["LO"], ["Regjeringen"], ["YS"]]
    # Under another delmål (LO's 1.4) the letters may fit by chance: not asked.
    assert [(m.a, m.b, m.evidence) for m in clusters.near_misses] == [
        ("reg.pdf#t1-r2", "ys.docx#t1-r2", "«LLS» kan være en forkortelse for «lærlingløftet staten»")]


def test_capitals_the_catalogue_knows_are_no_measures_short_name(matchers):
    # «RSA» would open «Rådsarbeidsavtale»'s parts; the council's own letters are read by the council matcher.
    rows = [_row("spekter.docx", "Spekter", "Spekter har fornyet rådsarbeidsavtale med helseforetakene.", "1.4", "Prosjekt"),
            _row("nho.docx", "NHO", "NHO Trøndelag har plassen i RSA ved NTNU.", "1.4", "Prosjekt")]
    _, clusters = _groups(matchers, rows)
    assert not any("forkortelse" in m.evidence for m in clusters.near_misses)


def test_one_capital_and_a_year_may_shorten_a_name_and_its_year(matchers):
    # Set 73's J-10: LO wrote «H2030» where Virke wrote «Handel 2030»; the words were too unlike to ask, and the rows
    # stood apart, sure.
    assert part_initials("h2030", "Virke og HK har startet prosjektet «Handel 2030» for butikkansatte") == "handel 2030"
    assert part_initials("h2030", "Handel i 2031 og prosjektet Hverdag 2030") == "hverdag 2030"
    assert part_initials("h2030", "Handelsløftet 2031") == ""
    rows = [_row("lo.docx", "LO", "HK har sammen med Virke fått i gang H2030 i 40 butikker.", "2.1", ""),
            _row("virke.docx", "Virke", "Virke og Handel og Kontor har startet prosjektet «Handel 2030», som skal gi "
                 "butikkansatte digital kompetanse gjennom korte moduler på arbeidsplassen.", "2.1", "")]
    groups, clusters = _groups(matchers, rows)
    assert groups == [["LO"], ["Virke"]]
    assert any("«H2030» kan være en forkortelse for «handel 2030»" in m.evidence for m in clusters.near_misses)
