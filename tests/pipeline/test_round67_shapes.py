"""Shapes held-out round 67 showed the reader after its first look."""

from __future__ import annotations

from pathlib import Path

import docx

from pipeline.other_years import OTHER_STATUS
from tests.conftest import word_table_report
from tests.pipeline.reading import extracted, rejection_beside_a_report, titled_deck

DOCUMENTS = Path(__file__).resolve().parents[1] / "parsers" / "documents"


def test_slides_with_labels_in_two_languages_give_the_fields_and_a_sentence_opening_the_box_is_its_text(tmp_path, matchers):
    # Sametinget (round 67): «Ulbmil / Delmål: 1.3 …» was read as a measure named «Ulbmil /»; the box's first line, a
    # sentence, was taken for a title; and «Ansvar: Opplæringsavdelingen», alike on most slides, for the deck's footer.
    deck = titled_deck([("Sametingets plass i Nasjonalt forum for karriereveiledning",
               ["Sametinget deltok på forumets fire møter og fikk samisk språk inn i rammeverket.",
                "Ulbmil / Delmål: 1.3 – karriereveiledning med samisk perspektiv", "Šládja / Type: Forumplass",
                "Ovddasvástádus / Ansvar: Opplæringsavdelingen"]),
              ("Samisk karrieredag i Karasjok",
               ["En egen dag for elever og unge voksne, med samiske bedrifter og reindriften.",
                "Ulbmil / Delmål: 1.3 – karriereveiledning", "Šládja / Type: Karrieredag",
                "Ovddasvástádus / Ansvar: Opplæringsavdelingen"]),
              ("Kompetansepluss i samiske områder",
               ["Prosjektmidler til opplæring i lesing og skriving på arbeidsplasser i samiske kommuner.",
                "Ulbmil / Delmål: 3.2", "Šládja / Type: Prosjektmidler", "Ovddasvástádus / Ansvar: Næringsavdelingen"])])
    deck.save(tmp_path / "Sametinget 2087.pptx")
    rows = [r.raw for r in extracted(tmp_path / "Sametinget 2087.pptx", matchers).rows]
    assert [(r.get("tiltak"), r.get("delmal")[:3], r.get("ansvarlig")) for r in rows] == [
        ("Sametingets plass i Nasjonalt forum for karriereveiledning", "1.3", "Opplæringsavdelingen"),
        ("Samisk karrieredag i Karasjok", "1.3", "Opplæringsavdelingen"),
        ("Kompetansepluss i samiske områder", "3.2", "Næringsavdelingen")]
    assert rows[0].get("beskrivelse").startswith("Sametinget deltok på forumets fire møter")


def test_a_numbered_list_with_what_why_and_who_lines_gives_the_owner_and_partners(tmp_path, matchers):
    # Unio (round 67): «Hvorfor: … (1.1)» and «Hvem: Forskerforbundet leder arbeidet, sammen med YS og HK-dir.» under
    # each numbered name were no labels: the report gave no measure.
    d = docx.Document()
    d.add_heading("Unios kompetansetiltak i 2087", 3)
    for name, what, why, who in [
        ("Digital grunnmur", "Nettkurset ble gjort tilgjengelig for alle medlemmer.",
         "At alle arbeidstakere henger med i den digitale utviklingen (2.1).",
         "Forskerforbundet leder arbeidet, sammen med YS og HK-dir."),
        ("Unios plass i Kompetansebehovsutvalget", "Unio deltok i utvalgets fem møter.",
         "Bedre kunnskap om hvilken kompetanse samfunnet trenger (1.1).", "Unio-sekretariatet leder arbeidet.")]:
        d.add_paragraph(name, style="List Number")
        for label, text in (("Hva", what), ("Hvorfor", why), ("Hvem", who)):
            d.add_paragraph(f"{label}: {text}")
    d.save(tmp_path / "Unio 2087.docx")
    rows = [r.raw for r in extracted(tmp_path / "Unio 2087.docx", matchers).rows]
    assert [(r.get("tiltak"), r.get("ansvarlig"), r.get("samarbeidspartnere"), r.get("beskrivelse")) for r in rows] == [
        ("Digital grunnmur", "Forskerforbundet", "YS, HK-dir", "Nettkurset ble gjort tilgjengelig for alle medlemmer."),
        ("Unios plass i Kompetansebehovsutvalget", "Unio-sekretariatet", "", "Unio deltok i utvalgets fem møter.")]
    assert ["(2.1)" in r.get("delmal") for r in rows] == [True, False]


def test_a_name_row_merged_across_the_table_over_each_records_cells_names_the_measure(matchers):
    # Spekter (round 67): the header named only the cells under each shaded name row; the accounts were read as the
    # measures' names and the names were lost. The PDF is LibreOffice's export (tests/parsers/libreoffice_pdfs.py).
    rows = [r.raw for r in extracted(DOCUMENTS / "pdf-name-rows-merged-across-over-each-records-cells.pdf", matchers).rows]
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig")) for r in rows] == [
        ("Lederløft i helseforetakene", "delmål 2.4", "Lederutvikling", "Helse Vest RHF"),
        ("Analyse av behovet for spesialsykepleiere", "delmål 1.1", "Analyse", "Spekter"),
        ("Bli helsefagarbeider", "delmål 2.3", "Kampanje", "Helse Sør-Øst RHF")]
    assert rows[0].get("beskrivelse") == "Et program på 30 studiepoeng for avdelingsledere. 95 fullførte."


def test_a_title_over_its_account_beside_partners_a_line_each_is_one_measure(tmp_path, matchers):
    # LO (round 67): «Læringsbarometeret 2087 / Fafo gjennomførte …» beside «NHO / Fafo» was read as two measures; the
    # partners a line each in a Word cell are a list. A column «Form» (Virke's) gives the kind.
    d = docx.Document()
    d.add_heading("LO – rapportering for 2087", 1)
    table = d.add_table(rows=0, cols=6)
    for row in [("Nr", "Tiltak og kort omtale", "Mål (strategien)", "Form", "Ansvar", "Sammen med"),
                ("1", "Læringsbarometeret 2087|Fafo gjennomførte undersøkelsen blant 6 000 ansatte.", "2.2 (kunnskap)",
                 "Undersøkelse", "Samfunnspolitisk avdeling", "NHO|Fafo"),
                ("2", "Tillitsvalgtkurs|Tre kurs for tillitsvalgte. 180 deltok.", "2.4 (etterutdanning)", "Skolering",
                 "Utdanningsavdelingen", "AOF Norge")]:
        for cell, text in zip(table.add_row().cells, row):
            first, *more = text.split("|")
            cell.text = first
            for line in more:
                cell.add_paragraph(line)  # a paragraph of its own in the cell, as Word writes a new line
    d.save(tmp_path / "LO 2087.docx")
    rows = [r.raw for r in extracted(tmp_path / "LO 2087.docx", matchers).rows]
    assert [(r.get("tiltak"), r.get("beskrivelse"), r.get("samarbeidspartnere")) for r in rows] == [
        ("Læringsbarometeret 2087", "Fafo gjennomførte undersøkelsen blant 6 000 ansatte.", "NHO, Fafo"),
        ("Tillitsvalgtkurs", "Tre kurs for tillitsvalgte. 180 deltok.", "AOF Norge")]
    assert [(r.get("type"), r.get("ansvarlig")) for r in rows] == [
        ("Undersøkelse", "Samfunnspolitisk avdeling"), ("Skolering", "Utdanningsavdelingen")]


def test_a_one_row_fact_box_under_each_title_gives_owner_kind_and_delmal(tmp_path, matchers):
    # Regjeringen (round 67): «Departement: KD | Virkemiddel: Utvalg | Strategien pkt. 1.2» under each heading was
    # not read; the delmål was guessed from the område, the kind from the words. «Med på arbeidet: …» names partners.
    d = docx.Document()
    d.add_heading("Regjeringens rapport for 2087", 1)
    d.add_heading("Gode valg for den enkelte og for samfunnet", 2)
    for title, box, text, partners in [
        ("Regionale kompetansebehovsanalyser i Troms og Finnmark", ("Departement: KD", "Virkemiddel: Forskningsoppdrag",
                                                                   "Strategien pkt. 1.2"),
         "Norut lager egne analyser av kompetansebehovet i de to nordligste fylkene.",
         "Med på arbeidet: Troms fylkeskommune og Finnmark fylkeskommune."),
        ("Kompetanseprogram for karriereveiledere i Nav", ("Departement: AID", "Virkemiddel: Opplæringstilbud",
                                                          "Strategien pkt. 1.3"),
         "Veiledere i Nav tar et emne på 15 studiepoeng. 140 fullførte.", "Med på arbeidet: OsloMet.")]:
        d.add_heading(title, 3)
        table = d.add_table(rows=1, cols=3)
        for cell, value in zip(table.rows[0].cells, box):
            cell.text = value
        d.add_paragraph(text)
        d.add_paragraph(partners)
    d.save(tmp_path / "Regjeringen 2087.docx")
    rows = [r.raw for r in extracted(tmp_path / "Regjeringen 2087.docx", matchers).rows]
    assert [(r.get("tiltak"), r.get("ansvarlig"), r.get("type"), r.get("samarbeidspartnere")) for r in rows] == [
        ("Regionale kompetansebehovsanalyser i Troms og Finnmark", "KD", "Forskningsoppdrag",
         "Troms fylkeskommune og Finnmark fylkeskommune"),
        ("Kompetanseprogram for karriereveiledere i Nav", "AID", "Opplæringstilbud", "OsloMet")]
    assert ["1.2" in rows[0].get("delmal"), "1.3" in rows[1].get("delmal")] == [True, True]


def test_events_not_held_moved_or_held_a_year_ago_in_words_are_set_aside(tmp_path, matchers):
    # Round 67: «Det var ingen konferanse i år» after «holdes annethvert år», «Messa vart ikkje halden i år», «flyttet
    # til våren neste år», «holdt i mars for ett år siden», «avviklet ved forrige årsskifte» were read as the year's.
    path = word_table_report(tmp_path / "Fagskolerådet 2087.docx", "Fagskolerådet – tiltak 2087", [
        ("Tiltak", "Delmål", "Beskrivelse"),
        ("Fagskolekonferansen", "2.4", "Konferansen holdes annethvert år. Det var ingen konferanse i år; neste gang er "
                                       "til høsten neste år."),
        ("Yrkesmessa på Hamar", "2.3", "Messa vart ikkje halden i år. Neste messe er hausten 2088."),
        ("Aksjonsdag for lærlinger", "2.3", "Aksjonsdagen ble flyttet til våren neste år fordi lærlingene var i streik."),
        ("Frokostseminar om lærlinger", "2.3", "Seminaret ble holdt i mars for ett år siden og er ikke gjentatt."),
        ("Tilskudd til bransjeprogram", "2.4", "Ordningen ble avviklet ved forrige årsskifte, og det ble ikke gitt "
                                                "tilskudd i år."),
        ("Fagdag om heltid", "2.2", "Fagdagen samlet 200 deltakere i år; neste fagdag er til høsten neste år."),
        ("Kurs i ledelse", "2.4", "Ingen nye kull i år, men 30 fullførte.")])
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Fagdag om heltid", "Kurs i ledelse"]
    assert len(result.skipped) == 5 and all(OTHER_STATUS in s.reason for s in result.skipped)


def test_a_letter_of_support_under_a_letterhead_is_no_report(tmp_path):
    # NHO Innlandet's letter supporting a firm's application (round 67): its subject line under the letterhead says
    # what it is; its table of planned modules was read as three measures.
    d = docx.Document()
    d.add_heading("NHO Innlandet", 1)
    d.add_paragraph("Direktoratet for høyere utdanning og kompetanse (HK-dir)")
    d.add_heading("Støttebrev – søknad fra Raufoss Presisjon AS om midler fra Kompetanseprogrammet", 3)
    d.add_paragraph("NHO Innlandet støtter søknaden. Bedriften vil at 24 operatører skal ta fagbrev.")
    table = d.add_table(rows=0, cols=3)
    for row in [("Modul", "Deltakere", "Periode"), ("Teori for praksiskandidater", "24", "Februar–juni")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    assert "begynner med «støttebrev»" in rejection_beside_a_report(d, "Støttebrev Raufoss.docx", tmp_path, 2087)


def test_a_members_own_kind_words_from_round_67_give_the_type_and_a_webinar_series_is_asked(matchers):
    given = {w: matchers.types.given(w) for w in ("Temaveke", "Forumplass", "Veiledningsdag")}
    assert {w: m.value for w, m in given.items() if m} == {
        "Temaveke": "Arrangement", "Forumplass": "Råd/utvalg/nettverk", "Veiledningsdag": "Arrangement"}
    # Members type a series of webinars as an event or as a course: taken, never sure.
    series = matchers.types.match("Webinarserie om kunstig intelligens i juridisk arbeid", "Webinarserie")
    assert series.value == "Arrangement" and series.confidence < 0.75
