"""An Emacs Org-mode outline read as its author exports it: headings with their state, tags and property drawer,
never an unexported subtree; a state that places a heading in another year sets it aside."""

from __future__ import annotations

from parsers.detect import detect
from parsers.org import org_to_markdown
from parsers.registry import ParseOptions
from parsers.text import parse_text
from pipeline.other_years import set_aside
from pipeline.rows import content_to_rows

OUTLINE = """#+TITLE: Fagforbundet Teknikk – tiltak til Kompetansepolitisk råd 2081
#+TODO: PLANLAGD STARTA | FERDIG AVSLUTTA
#+OPTIONS: toc:nil

Tiltaka våre i 2081.

* Læring i arbeidslivet
** FERDIG Bransjeskule for heisteknikarar                       :kurs:
   CLOSED: [2081-06-02 ty. 10:00]
   :PROPERTIES:
   :ID:       5b1f0a7e-7c1a-4f41-9d0e-1f2d7c4a9e10
   :DELMÅL:   2.1
   :ANSVARLEG: Fagforbundet Teknikk
   :SAMARBEID: [[https://heis.no][Heisleverandørenes forening]]
   :END:
   Tre samlingar for lærlingar og svennar
   med ny teknologi i heisfaget.

** STARTA [#A] Partssamarbeid om kompetanseplanar                   :prosjekt:
   :PROPERTIES:
   :DELMÅL:   2.4
   :ANSVARLEG: Fagforbundet Teknikk
   :END:
   Pilot i fire verksemder.

** AVSLUTTA Sertifisering for kuldeteknikk                           :kurs:
   CLOSED: [2080-03-11 ty. 09:00]
   :PROPERTIES:
   :DELMÅL:   2.1
   :END:
   Avslutta i 2080.

** PLANLAGD Teknikkdagen 2082                                           :arrangement:
   :PROPERTIES:
   :DELMÅL:   1.4
   :END:
   Ein dag for elevar i september 2082.

** COMMENT Utkast: fagdag for tillitsvalde
   :PROPERTIES:
   :DELMÅL:   2.2
   :END:

* Arbeidsnotat                                                     :noexport:
** Ring sekretariatet om fristen
   :PROPERTIES:
   :DELMÅL:   1.1
   :END:
"""


def _rows(tmp_path, matchers, year=2081):
    path = tmp_path / "fagforbundet_teknikk_2081.org"
    path.write_text(OUTLINE, encoding="utf-8")
    assert detect(path) == "text"
    content = parse_text(path, path.name, ParseOptions())
    return content, set_aside(content_to_rows(content, path.name, matchers), content.blocks, path.name, year,
                              matchers.catalogue.vocabulary)


def test_each_heading_is_a_tiltak_with_its_drawers_values_and_its_tag_as_the_type(tmp_path, matchers):
    # Read as plain text, the stars, drawers and tags were lines of one long list: the fields were never found.
    content, read = _rows(tmp_path, matchers)
    assert content.title == "Fagforbundet Teknikk – tiltak til Kompetansepolitisk råd 2081"
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig"), r.get("samarbeidspartnere"))
            for r in read.rows] == [
        ("Bransjeskule for heisteknikarar", "2.1", "[kurs]", "Fagforbundet Teknikk", "Heisleverandørenes forening"),
        ("Partssamarbeid om kompetanseplanar", "2.4", "[prosjekt]", "Fagforbundet Teknikk", ""),
        ("Teknikkdagen 2082", "1.4", "[arrangement]", "", "")]
    assert "Tre samlingar for lærlingar og svennar med ny teknologi i heisfaget." in read.rows[0].get("beskrivelse")


def test_a_state_closed_in_an_earlier_year_is_set_aside_and_a_plan_naming_only_later_years_asked_about(
        tmp_path, matchers):
    _, read = _rows(tmp_path, matchers)
    assert [s.text for s in read.skipped] == ["Sertifisering for kuldeteknikk"]
    # A plan may be next year's, or (as the 2018 matrix counts KS's «Planlagt | Oppstart 2019») the year's own.
    assert [r.doubt for r in read.rows][:2] == ["", ""]
    assert read.rows[2].doubt == ("statusen er «Planlagd» og raden nevner bare 2082: kontroller at tiltaket gjelder "
                                  "2081")


def test_unexported_and_commented_subtrees_and_orgs_bookkeeping_are_not_part_of_the_report():
    text = org_to_markdown(OUTLINE)
    for left_out in ("Ring sekretariatet", "Utkast: fagdag", "5b1f0a7e", "#+OPTIONS", "CLOSED", ":END:"):
        assert left_out not in text


def test_an_org_table_becomes_a_table_under_its_first_row():
    text = org_to_markdown("* Tiltak\n|---+---|\n| Tiltak | Delmål |\n|---+---|\n| Lærlingløftet | 1.3 |\n"
                           "| Fagbrev på jobb | 2.5 |\n")
    assert "| Tiltak | Delmål |\n|---|---|\n| Lærlingløftet | 1.3 |\n| Fagbrev på jobb | 2.5 |" in text
