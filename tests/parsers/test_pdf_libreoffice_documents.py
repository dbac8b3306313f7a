"""Small PDFs LibreOffice exported from Word reports (built by tests/parsers/libreoffice_pdfs.py), each named
after the layout that once lost or changed a tiltak: the register shows what the Word report says."""

from __future__ import annotations


from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from pipeline.inbox import document_of
from pipeline.match import match_rows
from tests.parsers.libreoffice_pdfs import CASES, FOLDER


def _register(name: str, matchers) -> list[tuple]:
    path = FOLDER / name
    result = extract_document(document_of(path, path.name, 2**30), matchers, ParseOptions(), 2**30)
    assert result.outcome == "parsed", result.warnings
    return [(t.delmal.value, t.text, t.ansvarlig, t.samarbeidspartnere) for t in match_rows(list(result.rows), matchers)]


def test_every_case_the_builder_makes_is_committed():
    assert [case.name for case in CASES if not (FOLDER / case.name).is_file()] == []


def test_a_hyphen_of_the_text_at_a_line_end_is_kept_and_one_of_the_layout_is_not(matchers):
    # LibreOffice draws a compound's hyphen in the word and a soft hyphen on its own; both end a line here.
    assert _register("pdf-hyphen-at-line-end-in-compound.pdf", matchers) == [
        ("2.4", "Seminar om kompetanse i klyngesamarbeid", ("LO",), ("NHO", "Eyde-klyngen")),
        ("1.4", "Plass i enheten for økonomisk-administrative fag", ("LO",), ("UHR",)),
        ("2.2", "Kartlegging av kompetanseutviklingsbehov i industrien", ("LO",), ("Fafo",)),
        ("2.1", "Kartlegging av behov for etter- og videreutdanning", ("LO",), ("Fafo",)),
    ]


def test_a_delmal_heading_over_three_lines_places_the_bullet_under_it(matchers):
    assert _register("pdf-delmal-heading-over-three-lines.pdf", matchers) == [
        ("1.2", "Kompetanseforum Vestland for partane i arbeidslivet og utdanningsinstitusjonane.",
         ("Vestland fylkeskommune",), ("NAV",)),
    ]


def test_a_bullet_whose_second_line_is_back_at_the_margin_keeps_the_line_and_its_labels(matchers):
    # A "-" and a tab typed before the text: no hanging indent, the wrapped line starts under the dash.
    assert _register("pdf-bullet-second-line-not-indented.pdf", matchers) == [
        ("2.2", "Undersøkelse blant medlemmene om behovet for etter- og videreutdanning etter koronapandemien",
         ("Akademikerne",), ("Ideas2evidence",)),
    ]


def test_bold_titles_under_delmal_headings_in_own_words_are_tiltak_described_by_the_text_under_them(matchers):
    # A title's plain «(kurs)» is its type, not its name; the bold run wrapped onto a second line stays the title.
    assert _register("pdf-bold-titles-with-type-under-delmal-in-own-words.pdf", matchers) == [
        ("1.4", "Medlemskap i det faglige rådet for salg, service og sikkerhet", ("YS",), ("Virke",)),
        ("1.4", "Arbeidsgruppe for ny læreplan i salgsfaget og for lærlingordningen i butikk", ("YS",),
         ("Virke", "NHO Service")),
        ("2.1", "Nettkurs i kundedata", ("YS",), ("AOF",)),
    ]
    path = FOLDER / "pdf-bold-titles-with-type-under-delmal-in-own-words.pdf"
    rows = extract_document(document_of(path, path.name, 2**30), matchers, ParseOptions(), 2**30).rows
    # The first title says no type: it is guessed from the words, and so never sure.
    assert [(t.type.value, t.type.inferred, t.row.raw.get("beskrivelse")) for t in match_rows(list(rows), matchers)] == [
        ("Råd/utvalg/nettverk", True, "Forbundet har to medlemmer i rådet."), ("Råd/utvalg/nettverk", False, "Gruppen leverte sitt forslag i juni."),
        ("Kurs/utdanning", False, "Kurset er tatt av 300 ansatte i butikk.")]


def test_a_list_items_bold_title_before_a_colon_is_the_tiltak_and_the_rest_its_description(matchers):
    # The item's marker («1.», «•») is not bold: the bold lead starts after it, as in the Word list it came from.
    assert _register("pdf-list-items-with-bold-title-before-colon.pdf", matchers) == [
        ("2.3", "Lærlingløftet i Troms", ("Troms fylkeskommune",), ()),
        ("1.3", "Karrieresenter på hjul", ("Troms fylkeskommune",), ()),
        ("3.1", "Fagskoletilbud i havbruk", ("Troms fylkeskommune",), ()),
    ]
    path = FOLDER / "pdf-list-items-with-bold-title-before-colon.pdf"
    rows = extract_document(document_of(path, path.name, 2**30), matchers, ParseOptions(), 2**30).rows
    assert [r.raw.get("beskrivelse") for r in rows] == [
        "Fylket og NHO Troms har skaffet 40 nye læreplasser i små og mellomstore bedrifter i hele fylket",
        "Veiledningsbussen besøkte elleve kommuner", "Nytt deltidsstudium med samlinger i Tromsø"]


def test_titles_in_another_font_and_lines_of_particulars_in_small_italics_are_paragraphs_of_their_own(matchers):
    # A bold sans title set tight over serif text, and a small italic «Delmål 1.3 | Kurs | Sammen med …» line
    # between title and text, are no part of the text: each title is a tiltak its line of particulars completes.
    name = "pdf-sans-titles-over-serif-text-with-a-line-of-particulars.pdf"
    assert _register(name, matchers) == [
        ("2.4", "Opplæringsplaner i verksteder og butikker", ("Avdeling for fag",), ("Fafo", "NTNU")),
        ("1.3", "Studiedager om ny teknologi for lærlinger", ("Virke",), ("NAV", "OsloMet")),
    ]
    path = FOLDER / name
    rows = extract_document(document_of(path, path.name, 2**30), matchers, ParseOptions(), 2**30).rows
    assert [(t.type.value, t.type.inferred, t.row.raw.get("beskrivelse")) for t in match_rows(list(rows), matchers)] == [
        ("Prosjekt", False, "Tolv verksteder har laget en plan for hva de ansatte skal lære de neste to årene."),
        ("Kurs/utdanning", False, "Seks studiedager med 140 deltakere fordelt på tre byer i løpet av høsten."),
    ]


def test_a_letter_spaced_small_caps_kicker_gives_the_delmal_of_the_heading_under_it(matchers):
    # Round 79: pdfium took the letter-spacing for spaces («R Å D S A R B E I D»), and a kicker read in page order
    # closed the measure above it, shifting every measure's delmål by one.
    assert _register("pdf-small-caps-kicker-over-each-heading.pdf", matchers) == [
        ("2.3", "Samarbeidsrådet for yrkesopplæring - KS' to plasser", ("Arbeidsgiverpolitisk avdeling",), ()),
        ("2.2", "Kommuneutvalget i Læringsbarometeret", ("KS Analyse",), ("NHO", "Virke")),
        ("2.1", "Lederprogram i digital transformasjon", ("KS Læring",), ("Universitetet i Agder",)),
    ]
