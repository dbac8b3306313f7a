"""Shapes held-out round 43 showed the reader: an outline giving each delmål as «hovudområde 1, punkt 3», a slide's
line of particulars set large with the member's own type word, and an overview table whose tiltak each get a
section of labelled lines under it."""

from __future__ import annotations

import docx

from parsers.content import Content, Paragraph
from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from pipeline.rows import content_to_rows


def _docx_rows(matchers, d, path):
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    return read.rows, read.warnings


def test_items_giving_their_delmal_as_a_point_of_a_main_area_are_read_with_that_delmal(matchers, tmp_path):
    # Vestland's Nynorsk outline: «Kompetanseforum Vestland (hovudområde 1, punkt 2) – partnarskap» under an område's
    # heading; every item was left unread for want of a delmål, and its description read as a tiltak.
    d = docx.Document()
    d.add_heading("Hovudområde 1 – Gode val for den einskilde og for samfunnet", level=2)
    for item, text, labels in [
            ("Kompetanseforum Vestland (hovudområde 1, punkt 2) – partnarskap",
             "Regionalt partnarskap med partane, NAV, universitet og fagskular. Fire møte i 2064.",
             "Ansvarleg: Seksjon for kompetanse og næring. Samarbeid: NAV Vestland, LO, NHO."),
            ("Karrierekonferansen 2064 (hovudområde 1, punkt 3) – konferanse",
             "Vestland stilte med seks rettleiarar og heldt eit innlegg om digital rettleiing.",
             "Ansvarleg: Karriere Vestland.")]:
        d.add_paragraph(item, style="List Number")
        d.add_paragraph(text)
        d.add_paragraph(labels)
    rows, warnings = _docx_rows(matchers, d, tmp_path / "vestland_2064.docx")
    m = matchers.delmal
    assert [(r.get("tiltak"), m.match(r.get("delmal")).value, r.get("type"), r.get("ansvarlig")) for r in rows] == [
        ("Kompetanseforum Vestland", "1.2", "partnarskap", "Seksjon for kompetanse og næring"),
        ("Karrierekonferansen 2064", "1.3", "konferanse", "Karriere Vestland")]
    assert not warnings


def test_a_slides_line_of_particulars_set_large_with_its_own_type_word_gives_the_titles_delmal(matchers):
    # Virke's deck: «Delmål 2.1 · Kurstilbud» under the title, and on another slide «Delmål 2.2 · Nettverk» after the
    # labelled lines, both set as large as headings; the two slides gave no tiltak and no warning.
    lines = [(1, "Virkes kompetansetiltak 2064", "heading", 1),
             (2, "Digitalt grunnløft for arbeidslivet (DigiGrunn)", "heading", 3),
             (2, "Delmål 2.1 · Kurstilbud", "heading", 6),
             (2, "Hva: Gratis nettkurs i grunnleggende digitale ferdigheter; 2 300 fullførte.", "text", 0),
             (2, "Ansvarlig: Virke HR og kompetanse", "text", 0),
             (3, "Virkes HR-nettverk for kompetanseutvikling", "heading", 3),
             (3, "Hva: Fire nettverkssamlinger om måling av effekt av kompetansetiltak.", "text", 0),
             (3, "Ansvarlig: Virke HR og kompetanse", "text", 0),
             (3, "Delmål 2.2 · Nettverk", "heading", 6)]
    blocks = tuple(Paragraph(page, n, text, kind, level) for n, (page, text, kind, level) in enumerate(lines, 1))
    read = content_to_rows(Content(blocks=blocks), "virke_2064.pdf", matchers)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig")) for r in read.rows] == [
        ("Digitalt grunnløft for arbeidslivet (DigiGrunn)", "Delmål 2.1", "Kurstilbud", "Virke HR og kompetanse"),
        ("Virkes HR-nettverk for kompetanseutvikling", "Delmål 2.2", "Nettverk", "Virke HR og kompetanse")]


def test_a_kicker_of_code_and_the_delmals_own_words_over_a_title_stays_its_section(matchers):
    # Round 30's newsletter: «DM 1.3 · KARRIEREVEILEDNING» set small over each title names the delmål in its words,
    # no type in the member's own word; read as a title's particulars, the tiltak under it was lost.
    lines = [(1, "DM 1.3 · KARRIEREVEILEDNING", "heading", 4), (1, "Karrieredagen for helseyrker", "heading", 2),
             (1, "Messe for elever og studenter der sykehusene viser fram yrker.", "text", 0),
             (1, "Tiltakstype: Messe · Ansvar: Spekter · Partnere: Universitetssykehusene", "text", 0)]
    blocks = tuple(Paragraph(page, n, text, kind, level) for n, (page, text, kind, level) in enumerate(lines, 1))
    read = content_to_rows(Content(blocks=blocks), "spekter_2050.pdf", matchers)
    assert [(r.get("tiltak"), matchers.delmal.match(r.get("delmal")).value, r.get("type")) for r in read.rows] == [
        ("Karrieredagen for helseyrker", "1.3", "Messe")]


def test_an_overview_table_and_a_section_for_each_of_its_tiltak_give_each_tiltak_once(matchers, tmp_path):
    # Fagskolerådet's report: «Nr. | Tiltak | Delmål», then «Tiltak 1: …» with «Delmål: 2.4 – …», «Tiltakstype: …»
    # lines; every tiltak was counted twice.
    d = docx.Document()
    d.add_heading("Oversikt", level=3)
    t = d.add_table(rows=3, cols=3)
    for r, cells in enumerate([("Nr.", "Tiltak", "Delmål"), ("1", "Kompetansebevis-prosjektet", "2.5"),
                               ("2", "Fagskoledagen 2064", "2.3")]):
        for c, text in enumerate(cells):
            t.cell(r, c).text = text
    for n, (title, code, kind) in enumerate([("Kompetansebevis-prosjektet", "2.5 – dokumentasjon av kompetanse", "Utviklingsprosjekt"),
                                             ("Fagskoledagen 2064", "2.3 – karrieremuligheter i yrkesfag", "Arrangement")], 1):
        d.add_heading(f"Tiltak {n}: {title}", level=3)
        for line in (f"Delmål: {code}", f"Tiltakstype: {kind}", "Ansvar: Fagskolerådets sekretariat",
                     "Beskrivelse: Prøvd ut ved tre fagskoler."):
            d.add_paragraph(line)
    rows, warnings = _docx_rows(matchers, d, tmp_path / "fagskoleradet_2064.docx")
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type")) for r in rows] == [
        ("Kompetansebevis-prosjektet", "2.5", "Utviklingsprosjekt"), ("Fagskoledagen 2064", "2.3", "Arrangement")]
    assert any("beskrevet igjen i teksten under" in w for w in warnings)


def test_a_paragraph_whose_last_sentence_links_it_to_a_delmal_in_words_takes_that_delmal(matchers):
    # Kompetanseforbundet's e-mail: «… Dette hører inn under Kompetanseplussordningene i strategien.» took the delmål
    # of the paragraph above (3.6); «Vi regner den inn under målet om læring i frivillig sektor.» was not read at all.
    lines = ["Her kommer en kort oppsummering fra Kompetanseforbundet for 2064.",
             "Som vanlig arrangerte vi Voksnes læringsuke 2064 sammen med VOFO og bibliotekene. Også dette regner vi "
             "under delmål 3.6.",
             "Vi har også vært med i Kompetansepluss Sápmi, der Sametinget har hovedansvaret. Studieforbundene har stått "
             "for deler av opplæringen. Dette hører inn under Kompetanseplussordningene i strategien.",
             "Til slutt: Studieforbundenes digitale kursplattform – Felles plattform der studieforbundene kan tilby kurs. "
             "Vi regner den inn under målet om læring i frivillig sektor."]
    content = Content(blocks=tuple(Paragraph(1, n, t) for n, t in enumerate(lines, 1)))
    read = content_to_rows(content, "kompetanseforbundet_2064.pdf", matchers)
    assert [(r.get("tiltak"), r.get("delmal")) for r in read.rows] == [
        ("Voksnes læringsuke 2064", "3.6"), ("Kompetansepluss Sápmi", "3.2"),
        ("Studieforbundenes digitale kursplattform", "3.6")]


def test_a_newsletters_headline_over_a_tiltak_gives_way_to_the_name_its_text_opens_with(matchers, tmp_path):
    # UHR's newsletter: «Hurtigsporet gir raskere godkjenning» and «Hvor finnes EVU-tilbudene?» over text naming the
    # measure were taken for its name. A heading that is the measure's own name stays.
    d = docx.Document()
    for heading, text, code in [
            ("Hurtigsporet gir raskere godkjenning", "Hurtigsporet er et samarbeid med Akademikerne og HK-dir.", "2.6"),
            ("Hvor finnes EVU-tilbudene?", "Nasjonal EVU-kartlegging i UH-sektoren ble gjennomført i høst.", "2.4"),
            ("Kompetansepluss arbeid", "Kompetansepluss arbeid er en tilskuddsordning for opplæring på jobben.", "3.2")]:
        d.add_heading(heading, level=2)
        d.add_paragraph(text)
        d.add_paragraph(f"Delmål: {code}")
        d.add_paragraph("Ansvarlig: UHR-sekretariatet")
    rows, _ = _docx_rows(matchers, d, tmp_path / "uhr_nytt_2065.docx")
    assert [(r.get("tiltak"), r.get("delmal")) for r in rows] == [
        ("Hurtigsporet", "2.6"), ("Nasjonal EVU-kartlegging i UH-sektoren", "2.4"), ("Kompetansepluss arbeid", "3.2")]
    assert "forteller om tiltaket" in " ".join(rows[0].evidence)
