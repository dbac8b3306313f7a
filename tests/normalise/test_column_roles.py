"""Column roles on real Word tables: from the header where it names them, from the cells where it does not,
two header rows read together, and the evidence and confidence each row carries."""

from __future__ import annotations

import docx
import openpyxl

from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from parsers.xlsx import parse_xlsx
from pipeline.rows import content_to_rows
from pipeline.settings import Thresholds

BODY = [
    ["1.3", "Kurs i karriereveiledning for rådgivere i videregående skole", "Kurs", "KS", "Fylkeskommunene, NAV"],
    ["2.2", "Rapport om læring på arbeidsplassen i kommunal sektor", "FoU", "KS", "Fafo"],
    ["3.6", "Seminar om frivillig sektor som læringsarena for voksne", "Arrangement", "VOFO", "Studieforbundene"],
]


def _read(matchers, tmp_path, header, body, name="rapport.docx", second_header=None):
    d = docx.Document()
    rows = [header] + ([second_header] if second_header else []) + body
    t = d.add_table(rows=len(rows), cols=len(header))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    path = tmp_path / name
    d.save(path)
    return content_to_rows(parse_docx(path, name, ParseOptions()), name, matchers)


def _fields(row):
    return {k: v for k, v in row.fields if v}


def test_tiltak_column_under_a_word_no_vocabulary_lists_is_the_long_free_text(matchers, tmp_path):
    read = _read(matchers, tmp_path, ["Delmål", "Årets gjøremål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"], BODY)
    assert [r.get("tiltak") for r in read.rows] == [b[1] for b in BODY]
    assert [r.get("delmal") for r in read.rows] == ["1.3", "2.2", "3.6"]
    row = read.rows[0]
    assert "kolonne 2 («Årets gjøremål») lest som tiltak: den lengste friteksten (i snitt 8 ord)" in row.evidence
    assert "kolonne 1 («Delmål») lest som delmål: overskriften" in row.evidence
    # The header did not say it: the rows are read less surely, though not so low that all go to review.
    assert Thresholds().parse <= row.confidence < 1.0
    assert read.skipped == () and read.structured


def test_columns_only_their_cells_explain(matchers, tmp_path):
    read = _read(matchers, tmp_path, ["Mål", "Hva", "Verktøy", "Hvem", "Med på dugnaden"], BODY)
    assert [_fields(r) for r in read.rows] == [
        dict(zip(("delmal", "tiltak", "type", "ansvarlig", "samarbeidspartnere"), b)) for b in BODY
    ]
    evidence = read.rows[0].evidence
    assert "kolonne 3 («Verktøy») lest som type: 3 av 3 celler er typer" in evidence
    assert "kolonne 4 («Hvem») lest som ansvarlig: navn på organisasjoner" in evidence
    assert "kolonne 5 («Med på dugnaden») lest som samarbeidspartnere: navn på organisasjoner, og overskriften sier «med»" \
        in evidence


def test_a_header_of_words_nobody_uses_still_heads_the_table(matchers, tmp_path):
    read = _read(matchers, tmp_path, ["Nr", "Gjort i år", "Form", "Eier", "Partnere"],
                 [["1", *BODY[0][1:]], ["2", *BODY[1][1:]], ["3", *BODY[2][1:]]])
    assert [r.get("tiltak") for r in read.rows] == [b[1] for b in BODY]
    assert [r.get("type") for r in read.rows] == ["Kurs", "FoU", "Arrangement"]


def test_two_header_rows_the_name_is_the_tiltak_and_the_description_is_kept_apart(matchers, tmp_path):
    d = docx.Document()
    t = d.add_table(rows=4, cols=4)
    body = [["2.1", "Digital konferanse", "Konferansen samlet 400 deltakere om digital kompetanse.", "Arrangement"],
            ["2.2", "Undersøkelse om hjemmekontor", "Barometeret kartla læring på hjemmekontor.", "FoU"]]
    t.cell(0, 0).merge(t.cell(1, 0)).text = "Delmål"
    t.cell(0, 1).merge(t.cell(0, 2)).text = "Tiltak"
    t.cell(1, 1).text, t.cell(1, 2).text = "Navn", "Beskrivelse"
    t.cell(0, 3).merge(t.cell(1, 3)).text = "Type"
    for r, row in enumerate(body, start=2):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    path = tmp_path / "ys.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("delmal"), r.get("tiltak"), r.get("beskrivelse"), r.get("type")) for r in read.rows] == [
        tuple(b) for b in body]
    assert "kolonne 2 («Tiltak – Navn») lest som tiltak: overskriften" in read.rows[0].evidence
    assert [r.provenance.row for r in read.rows] == [3, 4]


def test_a_description_column_alone_is_the_tiltak(matchers, tmp_path):
    read = _read(matchers, tmp_path, ["Delmål", "Beskrivelse", "Kategori", "Ansvarlig", "Samarbeid med"], BODY)
    assert [(r.get("tiltak"), r.get("beskrivelse")) for r in read.rows] == [(b[1], "") for b in BODY]


def test_a_label_and_value_form_is_not_taken_for_a_table(matchers, tmp_path):
    read = _read(matchers, tmp_path, ["Delmål", "2.4"],
                 [["Tiltak", "Kompetanseforum for treindustrien"], ["Type tiltak", "Råd/utvalg/nettverk"],
                  ["Ansvarlig", "Fylkeskommunen"], ["Samarbeidspartnere", "Treklyngen, fagskolen, NAV"]])
    (row,) = read.rows
    assert (row.get("tiltak"), row.get("samarbeidspartnere")) == ("Kompetanseforum for treindustrien",
                                                                  "Treklyngen, fagskolen, NAV")


def test_a_table_without_a_header_is_read_by_what_its_cells_hold(matchers, tmp_path):
    read = _read(matchers, tmp_path, BODY[0], BODY[1:])
    assert [r.get("tiltak") for r in read.rows] == [b[1] for b in BODY]
    assert [r.provenance.row for r in read.rows] == [1, 2, 3]
    assert read.rows[0].confidence < 1.0 and "lest som delmål: 3 av 3 celler er delmål" in read.rows[0].evidence[0]


def test_a_row_above_the_header_is_listed_as_unread_not_dropped(matchers, tmp_path):
    read = _read(matchers, tmp_path, ["2.1", "Kurs som står over overskriften", "Kurs", "LO", ""],
                 [["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"], *BODY])
    assert len(read.rows) == 3
    assert [(s.locator, s.reason) for s in read.skipped] == [("t1-r1", "raden står over tabellens overskriftsrad")]


def test_a_header_that_holds_a_name_among_its_words(matchers, tmp_path):
    body = [["1.2", "Regionalt nettverk for kommunene", "Nettverket møtes fire ganger i året for å dele erfaringer.",
             "Nettverk", "KS"],
            ["2.4", "Kompetanseløft i barnehagene", "Et treårig løft med kurs for assistenter og fagarbeidere.",
             "Prosjekt", "KS"]]
    read = _read(matchers, tmp_path, ["Innsatsområde/delmål", "Navn på aktivitet", "Kort beskrivelse", "Virkemiddel",
                                      "Hovedansvar"], body)
    assert [(r.get("tiltak"), r.get("beskrivelse"), r.get("type"), r.get("ansvarlig")) for r in read.rows] == [
        (b[1], b[2], b[3], b[4]) for b in body]


def test_a_group_header_over_sub_headers_no_vocabulary_names(matchers, tmp_path):
    d = docx.Document()
    t = d.add_table(rows=4, cols=4)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "Delmål"
    t.cell(1, 0).text, t.cell(1, 1).text = "Nr", "Tekst"
    t.cell(0, 2).merge(t.cell(1, 2)).text = "Tiltak"
    t.cell(0, 3).merge(t.cell(1, 3)).text = "Type"
    for r, row in enumerate([["2.1", "Digital kompetanse", "Kurs i digitale verktøy for ansatte", "Kurs"],
                             ["3.6", "Frivillig sektor", "Studiesirkler om klima i lag og foreninger", "Kurs"]], 2):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    path = tmp_path / "grupper.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("delmal"), r.get("tiltak")) for r in read.rows] == [
        ("2.1", "Kurs i digitale verktøy for ansatte"), ("3.6", "Studiesirkler om klima i lag og foreninger")]
    assert read.skipped == ()


def test_a_column_that_names_each_delmal_in_its_own_words_is_the_delmal_column(matchers, tmp_path):
    from pipeline.match import RowMatcher
    from tiltak_core.records import ExtractedRow

    paraphrases = ["Betre karriererettleiing i heile landet", "Mer digital kunnskap blant de ansatte",
                   "Skoler og arbeidsgivere i tettere samarbeid om utdanningene"]
    body = [[p, t, "Kurs", "KS"] for p, t in zip(paraphrases, (
        "Drop-in-veiledning på biblioteket for voksne", "Kurs i regneark for kontoransatte i kommunene",
        "Praksisplasser for studenter i kommunal sektor"))]
    read = _read(matchers, tmp_path, ["Område i strategien", "Tiltak", "Type tiltak", "Ansvarlig"], body)
    assert [r.get("delmal") for r in read.rows] == paraphrases
    assert "kolonne 1 («Område i strategien») lest som delmål: 3 av 3 celler omskriver et delmål" in read.rows[0].evidence
    matched = [RowMatcher(matchers).delmal(ExtractedRow(r, "KS", 1.0)) for r in read.rows]
    assert [m.value for m in matched] == ["1.3", "2.1", "1.4"]
    # A delmål named in other words is never sure: the rows go to review.
    assert all(m.confidence < Thresholds().delmal for m in matched)


def test_headers_that_ask_what_was_done_and_who_answers_for_it(matchers, tmp_path):
    body = [["Nettverk for opplæringskontora i regionen", "Fylkeskommunen", "NAV, LO"],
            ["Kurs i klarspråk for saksbehandlarar i kommunane", "KS", "Språkrådet"]]
    read = _read(matchers, tmp_path, ["Kva har vi gjort", "Kven har ansvaret", "Saman med"], body)
    assert [(r.get("tiltak"), r.get("ansvarlig"), r.get("samarbeidspartnere")) for r in read.rows] == [
        tuple(b) for b in body]
    assert read.rows[0].confidence == 1.0


def test_a_header_of_a_few_unknown_words_over_longer_free_text_heads_the_table(matchers, tmp_path):
    # Each header cell is three words or more, as free text is; none is a name the vocabulary knows.
    read = _read(matchers, tmp_path, ["Gjøremålene våre i året", "Hvem leder arbeidet", "Andre som deltar"],
                 [b[1:2] + b[3:] for b in BODY])
    assert [(r.get("tiltak"), r.get("ansvarlig"), r.get("samarbeidspartnere")) for r in read.rows] == [
        (b[1], b[3], b[4]) for b in BODY]
    assert [r.provenance.row for r in read.rows] == [2, 3, 4]
    assert "kolonne 1 («Gjøremålene våre i året») lest som tiltak: den lengste friteksten (i snitt 8 ord)" in \
        read.rows[0].evidence
    assert read.rows[0].confidence < 1.0 and read.skipped == ()


def test_a_column_of_sentences_the_header_gives_no_role_describes_the_tiltak(matchers, tmp_path):
    said = ["Tilbudet gis nå ved fire skoler.", "Rapporten kom i oktober.", "Om lag 300 deltok i år."]
    read = _read(matchers, tmp_path, ["Delmål", "Tiltak", "Status 2024", "Type tiltak", "Kommentar"],
                 [[*b[:2], s, b[2], "Pågår"] for b, s in zip(BODY, said)])
    assert [(r.get("tiltak"), r.get("beskrivelse")) for r in read.rows] == [(b[1], s) for b, s in zip(BODY, said)]
    assert "kolonne 3 («Status 2024») lest som beskrivelse: 3 av 3 celler er setninger" in read.rows[0].evidence
    # A note of a word or two is no description: it stays the extra column it was.
    assert [r.extra for r in read.rows] == [(("Kommentar", "Pågår"),)] * 3


def test_short_titles_under_an_unknown_header_left_of_sentences_are_the_tiltak(matchers, tmp_path):
    # «Vårt bidrag | Kort om status 2031»: neither header is known; the titles name the tiltak, the sentences
    # beside them describe it (before, the longest text, the sentences, was taken for the tiltak).
    body = [["1.3", "Karrieredag for lærlinger", "Dagen samlet 300 lærlinger og 40 bedrifter i Bodø.", "Kurs"],
            ["2.2", "Undersøkelse om etterutdanning", "Svar fra 1 200 medlemmer viser at færre får betalt permisjon.", "FoU"],
            ["3.6", "Studiesirkler i frivillige lag", "Lagene holdt 80 sirkler med støtte fra studieforbundet.", "Kurs"]]
    read = _read(matchers, tmp_path, ["Delmål", "Vårt bidrag", "Kort om status 2031", "Type tiltak"], body)
    assert [(r.get("tiltak"), r.get("beskrivelse")) for r in read.rows] == [(b[1], b[2]) for b in body]
    assert any("lest som tiltak: korte titler til venstre for setninger" in e for e in read.rows[0].evidence)


def test_a_header_naming_the_year_reported_names_its_field_without_the_year(matchers, tmp_path):
    read = _read(matchers, tmp_path, ["Hva Virke har gjort i 2031", "Knyttes til delmål", "Sammen med"],
                 [["Bransjedag for varehandelen", "2.3", "HK"], ["Kurs i netthandel for butikkansatte", "2.1", ""]])
    assert [(r.get("tiltak"), r.get("delmal")) for r in read.rows] == [
        ("Bransjedag for varehandelen", "2.3"), ("Kurs i netthandel for butikkansatte", "2.1")]


def test_a_head_of_particulars_with_one_word_labels_is_skipped_however_short_its_values(matchers, tmp_path):
    read = _read(matchers, tmp_path, ["Rådsmedlem", "Unio"],
                 [["Rapporteringsår", "2031"], ["Kontaktperson", "Kari Nordmann"], ["Dato", "20. januar 2032"]])
    assert read.rows == ()
    assert any("opplysninger om rapporten" in w for w in read.warnings)


def test_a_column_of_row_numbers_is_never_the_tiltak_however_short_its_cells(matchers, tmp_path):
    # «Nr. | Innsats (med kort omtale)»: the header's «omtale» named the long column a description, and the
    # numbers left of it («1.», «2.») were taken for titles and read as the tiltak.
    body = [["Hovedinnsatsområde 1: Gode valg", "", "", ""],
            ["1.", "Karrieredag for lærlinger\nDagen samlet 300 lærlinger og 40 bedrifter i Bodø.", "1.3", "Kurs"],
            ["2.", "Undersøkelse om etterutdanning\nSvar fra 1 200 medlemmer viser at færre får permisjon.", "2.2", "FoU"],
            ["3.", "Studiesirkler i frivillige lag\nLagene holdt 80 sirkler med støtte fra studieforbundet.", "3.6", "Kurs"]]
    read = _read(matchers, tmp_path, ["Nr.", "Innsats (med kort omtale)", "Delmål", "Kategori"], body)
    assert [r.get("tiltak") for r in read.rows] == [
        "Karrieredag for lærlinger", "Undersøkelse om etterutdanning", "Studiesirkler i frivillige lag"]
    assert read.rows[1].get("beskrivelse") == "Svar fra 1 200 medlemmer viser at færre får permisjon."


def test_a_first_body_cell_that_opens_with_a_header_word_but_is_a_delmals_words_heads_nothing(matchers, tmp_path):
    # «Samarbeid mellom utdanning og arbeidsliv» (delmål 1.4 in short) opens with «Samarbeid», a partners header:
    # the row was taken for the header, its delmål cells for partners, and the header above it was lost.
    body = [["Forbundet er representert i SRY", "Samarbeid mellom utdanning og arbeidsliv", "Råd/utvalg", "LO"],
            ["Kompetansefrokost i Arendal", "Kunnskap om verdien av læring i arbeidslivet", "Arrangement", "NHO"],
            ["Kartlegging av behovet for spesialsykepleiere", "Karriereveiledning for alle", "Kartlegging", "KS"]]
    read = _read(matchers, tmp_path, ["Hva Forbundet har gjort i 2033", "Strategiens mål", "Form", "Med hvem"], body)
    assert [(r.get("tiltak"), matchers.delmal.match(r.get("delmal")).value, r.get("samarbeidspartnere"))
            for r in read.rows] == [(b[0], code, b[3]) for b, code in zip(body, ("1.4", "2.2", "1.3"))]
    assert read.skipped == ()


def test_a_group_header_naming_only_the_tiltak_over_sub_headers_in_a_members_own_words(matchers, tmp_path):
    # «Tiltaket | | Plassering i strategien | | Aktører» over «Hva vi gjorde | Nærmere om aktiviteten | Kategori |
    # Strategiens mål | Hvem står bak»: the top row alone named no table, and the sub-headers were read as a tiltak.
    body = [["Plass i SRY", "NHO har to faste medlemmer i rådet.", "Råd/utvalg/nettverk", "1.4", "NHO"],
            ["Kompetansebarometer", "Spørreundersøkelse blant medlemsbedriftene.", "FoU", "2.2", "NHO"]]
    read = _read(matchers, tmp_path, ["Tiltaket", "", "Plassering i strategien", "", "Aktører"], body,
                 second_header=["Hva vi gjorde i 2035", "Nærmere om aktiviteten", "Kategori", "Strategiens mål",
                                "Hvem står bak"])
    assert [(r.get("tiltak"), r.get("beskrivelse"), r.get("delmal"), r.get("type"), r.get("ansvarlig"))
            for r in read.rows] == [tuple(b[:2]) + (b[3], b[2], b[4]) for b in body]
    assert read.skipped == ()


def test_a_header_asking_what_kind_of_tiltak_heads_the_type_and_a_long_one_opening_with_tiltak_the_tiltak(
        matchers, tmp_path):
    # «Kva slag tiltak» holds the word «tiltak» but asks for the type; «Tiltak og kva det går ut på» is the tiltak.
    read = _read(matchers, tmp_path, ["Nr.", "Tiltak og kva det går ut på", "Delmål", "Kva slag tiltak", "Ansvarleg"],
                 [["1", "Kompetanseforum Vestland", "1.2", "Råd/utval/ nettverk", "Vestland fylkeskommune"],
                  ["2", "Karriererettleiing på mobile kontor i distrikta", "1.3", "Prosjekt", "Karriere Vestland"]])
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type")) for r in read.rows] == [
        ("Kompetanseforum Vestland", "1.2", "Råd/utval/ nettverk"),
        ("Karriererettleiing på mobile kontor i distrikta", "1.3", "Prosjekt")]


def test_a_rows_number_under_the_tiltak_group_header_is_not_the_tiltak(matchers, tmp_path):
    # Round 32's first look (Trøndelag): «Tiltak» merged over «Nr | Navn» in a workbook. «Nr» took the group's
    # field, so «T-01» … «T-06» were the tiltak and every name was lost, quietly.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Tiltak", "", "Plassering i strategien", "Type", "Organisering", ""])
    ws.append(["Nr", "Navn", "Delmål", "", "Ansvarlig", "Partnere"])
    ws.merge_cells("A1:B1")
    ws.merge_cells("E1:F1")
    ws.merge_cells("D1:D2")
    for row in (["T-01", "Yrkesfagdagene i Trøndelag", "Karrieremuligheter i yrkesfagene", "Arrangement",
                 "Fylkeskommunen", "Opplæringskontorene"],
                ["T-02", "Kompetansemegling for industrien", "2.4", "Prosjekt", "Fylkeskommunen", "NHO"]):
        ws.append(row)
    path = tmp_path / "gruppe_nr_navn.xlsx"
    wb.save(path)
    read = content_to_rows(parse_xlsx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(matchers.delmal.match(r.get("delmal")).value, r.get("tiltak"), r.get("type"), r.get("ansvarlig"))
            for r in read.rows] == [("2.3", "Yrkesfagdagene i Trøndelag", "Arrangement", "Fylkeskommunen"),
                                    ("2.4", "Kompetansemegling for industrien", "Prosjekt", "Fylkeskommunen")]


def test_names_under_an_unknown_header_that_hold_a_types_word_are_the_tiltak_beside_a_named_type_column(matchers, tmp_path):
    # Held-out round 39 (first look), LO: «Hva vi gjorde | Kategori | Delmål | Partnere | Kommentar». The names
    # («Bransjeprogram for varehandel», «Samarbeidsrådet …») read as types, «Kategori» already the type column: no tiltak
    # column was found, the header row was read as a tiltak «Kommentar» and each comment as a tiltak, quietly.
    body = [["Samarbeidsrådet for yrkesopplæring (SRY)", "Rådsarbeid", "2.3", "NHO; Virke", "LO har nestledervervet i SRY."],
            ["Bransjeprogram for varehandel", "Kurs/opplæring", "2.4", "HK Norge; Virke", "Korte nettbaserte moduler for butikkansatte."],
            ["Tillitsvalgtskolering i digital omstilling", "Kurs", "2.1", "", "Kursrekke for 600 tillitsvalgte om ny teknologi."]]
    read = _read(matchers, tmp_path, ["Hva vi gjorde", "Kategori", "Delmål", "Partnere", "Kommentar"], body)
    assert [(r.get("tiltak"), r.get("type"), r.get("delmal"), r.get("beskrivelse")) for r in read.rows] == [
        (name, kind, code, comment) for name, kind, code, _, comment in body]


def test_a_sheet_of_the_bodies_a_member_sits_in_reads_each_body_as_the_tiltak(matchers, tmp_path):
    # Held-out round 39 (first look), NHO: «Organ | Delmål nr. | Vår rolle | Merknad». With no word for the tiltak
    # column the remarks were read as the tiltak, and the bodies, each a shared council, were lost.
    body = [["Kompetansebehovsutvalget", "1.1", "Medlem", "NHOs sjeføkonom sitter i utvalget."],
            ["SRY", "2.3", "Leder", "NHO leder rådet fra 1. januar 2060."]]
    read = _read(matchers, tmp_path, ["Organ", "Delmål nr.", "Vår rolle", "Merknad"], body)
    assert [(r.get("tiltak"), r.get("delmal")) for r in read.rows] == [(b[0], b[1]) for b in body]


def test_a_header_or_label_said_as_the_members_own_names_its_field_but_a_cards_label_and_value_do_not(matchers):
    # Round 63: «Ansvar i Unio:», «Ansvarlig hos Virke»; round 62's scanned cards read «TILTAK Nasjonalt …» as a cell,
    # and held-out round 50's form «Tiltak (navn) Råd for …», a label and its value, not the field said as someone's.
    columns = matchers.columns
    assert [columns.field_of(h)[0] for h in ("Ansvar i Unio", "Ansvarlig hos Virke", "Ansvarlig i KS")] == [
        "ansvarlig", "ansvarlig", "ansvarlig"]
    assert [columns.field_of(h)[0] for h in ("TILTAK Nasjonalt", "SKILDRING Kampanje", "Nr. 14 i TILTAK", "Tiltak (navn) Råd",
                                             "Type tiltak Nettverk")] == ["", "", "", "", ""]
    assert columns.split_labels("Ansvar i Unio: Utdanningsforbundet") == ("", {"ansvarlig": "Utdanningsforbundet"})
    assert columns.split_labels("Vi samarbeider i Oslo: med NAV")[1] == {}
