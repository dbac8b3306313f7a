"""Following measures across years: a form's link, a shared council and near-identical wording are sure; a
near miss is only a candidate for review; each of last year's tiltak continues at most once."""

from dataclasses import replace

from normalise.continuity import COUNCIL, FORM, WORDING, link_years
from normalise.dedup import find_clusters
from pipeline.history import HistoryRow
from pipeline.match import match_rows
from tiltak_core.records import ExtractedRow, Provenance, RawRow

RAD, FOU, KURS = "Råd/utvalg/nettverk", "FoU", "Kurs/utdanning"
LAST_YEAR = [
    HistoryRow("TAAAA0001", "1", "1.1", "Kompetansebehovsutvalget (KBU)", RAD, ("KD",), (), ("Regjeringen", "LO")),
    HistoryRow("TAAAA0002", "2", "2.2", "Fafo-notat om tillitsvalgtes rolle i kompetanseutvikling på arbeidsplassen",
               FOU, ("LO",), ("Fafo",), ("LO",)),
    HistoryRow("TAAAA0003", "1", "1.3", "Utvikling av en nasjonal digital karriereveiledningstjeneste", "Informasjon",
               ("KD",), (), ("Regjeringen",)),
    HistoryRow("TAAAA0004", "2", "2.1", "Kurs i digital kompetanse for tillitsvalgte", KURS, ("LO",), (), ("LO",)),
]


def _rows(matchers, *rows, link: dict[int, str] | None = None):
    raw = []
    for n, (member, text, delmal, type_) in enumerate(rows):
        fields = (("delmal", delmal), ("tiltak", text), ("type", type_))
        row = RawRow(Provenance(f"{member.lower()}.docx", table=1, row=n + 2), fields)
        if link and n in link:
            row = replace(row, forrige_tiltak_id=link[n], status="videreført")
        raw.append(ExtractedRow(row, member, 1.0))
    tiltak = match_rows(raw, matchers)
    clusters = find_clusters(tiltak, matchers.orgs, matchers.catalogue.vocabulary.stopwords, 0.85, 0.92)
    return tiltak, clusters.groups


def _link(matchers, tiltak, groups, last_year=LAST_YEAR):
    return link_years(tiltak, groups, last_year, matchers.orgs, matchers.catalogue.vocabulary.stopwords, 0.85, 0.92,
                      0.7, 0.85)


def _of(tiltak, groups, links, text):
    g = next(n for n, group in enumerate(groups) if any(tiltak[i].text == text for i in group))
    return links.get(g)


def test_a_council_and_the_same_wording_continue_last_years_tiltak(matchers):
    tiltak, groups = _rows(
        matchers,
        ("LO", "LO deltar i Kompetansebehovsutvalget", "1.1", RAD),
        ("Regjeringen", "Kompetansebehovsutvalget la fram sin andre rapport", "1.1", RAD),
        ("LO", "Fafo-notat om tillitsvalgtes rolle i kompetanseutvikling på arbeidsplassen", "2.2", FOU),
        ("LO", "Kurs i økonomi for nye tillitsvalgte i LOs forbund", "2.1", KURS),
    )
    c = _link(matchers, tiltak, groups)
    kbu = _of(tiltak, groups, c.sure, "LO deltar i Kompetansebehovsutvalget")
    assert (kbu.previous, kbu.how, kbu.sure) == ("TAAAA0001", COUNCIL, True)
    fafo = _of(tiltak, groups, c.sure, "Fafo-notat om tillitsvalgtes rolle i kompetanseutvikling på arbeidsplassen")
    assert (fafo.previous, fafo.how) == ("TAAAA0002", WORDING)
    assert _of(tiltak, groups, c.sure, "Kurs i økonomi for nye tillitsvalgte i LOs forbund") is None
    assert c.known and c.previous_ids == {r.tiltak_id for r in LAST_YEAR}


def test_a_near_miss_is_a_candidate_for_review_with_its_evidence_not_a_link(matchers):
    tiltak, groups = _rows(matchers, ("Regjeringen", "Den nasjonale nettbaserte karriereveiledningstjenesten åpnet i "
                                      "november med veiledning på chat og telefon", "1.3", "Informasjon"))
    c = _link(matchers, tiltak, groups)
    assert c.sure == {}
    possible = c.possible[0]
    assert possible.previous == "TAAAA0003" and not possible.sure and "tekstlikhet" in possible.evidence


def test_another_members_text_is_never_sure(matchers):
    tiltak, groups = _rows(matchers, ("YS", "Fafo-notat om tillitsvalgtes rolle i kompetanseutvikling på arbeidsplassen",
                                      "2.2", FOU))
    c = _link(matchers, tiltak, groups)
    assert c.sure == {} and "rapportert av LO i fjor" in c.possible[0].evidence


def test_a_forms_link_wins_over_wording_and_takes_the_tiltak_from_it(matchers):
    # The first row's text is last year's Fafo note word for word, but its form links it to the course.
    text = "Fafo-notat om tillitsvalgtes rolle i kompetanseutvikling på arbeidsplassen"
    tiltak, groups = _rows(matchers, ("LO", text, "2.2", FOU), ("LO", text + " i 2019", "2.2", FOU),
                           link={0: "TAAAA0004"})
    c = _link(matchers, tiltak, groups)
    form = _of(tiltak, groups, c.sure, text)
    assert (form.previous, form.how, form.sure) == ("TAAAA0004", FORM, True)
    other = _of(tiltak, groups, c.sure, text + " i 2019")
    assert other.previous == "TAAAA0002"  # the note continues once, in the row its form did not take


def test_each_of_last_years_tiltak_continues_once_the_other_asks(matchers):
    text = "Fafo-notat om tillitsvalgtes rolle i kompetanseutvikling på arbeidsplassen"
    tiltak, groups = _rows(matchers, ("LO", text, "2.2", FOU), ("LO", text + " del to", "2.2", FOU))
    c = _link(matchers, tiltak, groups)
    assert [link.previous for link in c.sure.values()] == ["TAAAA0002"]
    assert [p.previous for p in c.possible.values()] == ["TAAAA0002"]
    assert "koblet til et annet av årets tiltak" in next(iter(c.possible.values())).evidence


def test_without_last_years_register_only_forms_link_and_nothing_is_called_new(matchers):
    tiltak, groups = _rows(matchers, ("LO", "Et tiltak", "2.2", FOU), ("NHO", "Et annet tiltak", "2.1", KURS),
                           link={0: "TAAAA0002"})
    c = link_years(tiltak, groups, None, matchers.orgs, frozenset(), 0.85, 0.92)
    assert not c.known and [link.how for link in c.sure.values()] == [FORM] and c.possible == {}
