"""Tables held-out round 37 showed the reader: a form whose first value reads like a header, and a table that asks
in short questions («Hva», «Slags tiltak», «Hvem gjør det», «Kort fortalt»)."""

from __future__ import annotations

import docx

from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from pipeline.rows import content_to_rows


def _rows(matchers, d, path):
    d.save(path)
    return content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers).rows


def test_a_form_table_whose_first_value_names_a_field_is_still_a_form(matchers, tmp_path):
    # UHR's report: «Tiltak | Råd for samarbeid med arbeidslivet (RSA)» passed for a header («samarbeid»), so «Mål i
    # strategien», «Kategori» … were read as five tiltak and RSA's row was lost without a word.
    d = docx.Document()
    d.add_heading("Innsatsområde 1 – Gode valg for den enkelte og for samfunnet", level=2)
    form = [("Tiltak", "Råd for samarbeid med arbeidslivet (RSA)"), ("Mål i strategien", "1.4"), ("Kategori", "Råd"),
            ("Ansvar", "Institusjonene"), ("Beskrivelse", "UHR samordner erfaringsutveksling mellom rådene.")]
    t = d.add_table(rows=len(form), cols=2)
    for r, (label, value) in enumerate(form):
        t.cell(r, 0).text, t.cell(r, 1).text = label, value
    rows = _rows(matchers, d, tmp_path / "uhr.docx")
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig")) for r in rows] == [
        ("Råd for samarbeid med arbeidslivet (RSA)", "1.4", "Råd", "Institusjonene")]


def test_a_table_asking_in_short_questions_has_its_columns_named(matchers, tmp_path):
    # VOFO's .doc: «Hva | Hvorfor (delmål) | Slags tiltak | …» read «Slags tiltak» as the tiltak column, and each row's
    # type as its tiltak («Verksted»); «Hva» names no field, and its cells, short titles, show it is the tiltak.
    d = docx.Document()
    head = ("Hva", "Hvorfor (delmål)", "Slags tiltak", "Hvem gjør det", "Kort fortalt")
    body = [("Lær mer frivillig", "3.6", "Samarbeidsprosjekt", "VOFO", "Studieforbundene tilbyr kurs i lag og foreninger."),
            ("Søknadsverksted for Kompetansepluss frivillighet", "3.2", "Verksted", "VOFO",
             "Digitale verksteder der studieforbundene får hjelp med søknadene."),
            ("Frivillighetens læringsbarometer 2058", "3.6", "Undersøkelse", "VOFO",
             "Årlig undersøkelse av hvem som deltar i opplæring i frivillig sektor.")]
    t = d.add_table(rows=1 + len(body), cols=len(head))
    for r, cells in enumerate([head, *body]):
        for c, text in enumerate(cells):
            t.cell(r, c).text = text
    rows = _rows(matchers, d, tmp_path / "vofo.docx")
    assert [(r.get("tiltak"), r.get("type"), r.get("ansvarlig"), r.get("beskrivelse")) for r in rows] == [
        (b[0], b[2], b[3], b[4]) for b in body]
