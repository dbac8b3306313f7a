"""Tiltak written as list items: sub-items of labels, a type in square brackets, a report's heading over them."""

from __future__ import annotations

from pathlib import Path

import docx

from parsers.docx import parse_docx
from parsers.registry import ParseOptions, parser_for
from pipeline.rows import content_to_rows
from samples.generator import docx_xml as dx

ROOT = Path(__file__).resolve().parents[2]


def _rows(matchers, d, path):
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    return read, [(r.get("tiltak"), matchers.delmal.match(r.get("delmal")).value, r.get("type"), r.get("ansvarlig"),
                   r.get("samarbeidspartnere"), r.get("beskrivelse")) for r in read.rows]


def test_a_numbered_items_bold_title_over_sub_items_of_labels_is_one_tiltak_with_those_fields(matchers, tmp_path):
    # Word's numbering button: «1. **Title:** account», then «– Delmål: 1.2», «– Type: …» one level down, under no
    # heading that names a delmål. All 24 items were listed as unread.
    d = docx.Document()
    d.add_heading("Rapport til Kompetansepolitisk råd – tiltak 2052", level=1)
    d.add_paragraph("Fylkeskommunen har i 2052 prioritert disse tiltakene.")
    num = dx.bullet_numbering(d)
    for title, account, labels in (
            ("Kompetanseforum Sør", "regionalt partnerskap for kompetanse. Forumet møttes fire ganger.",
             ("Delmål: 1.2", "Type: nettverk", "Ansvarlig: Seksjon for kompetanse", "Partnere: NHO, LO")),
            ("Norsk på arbeidsplassen", "kurs som kombinerer norsk med praksis.",
             ("Delmål: 3.4", "Type: kurs", "Ansvarlig: Voksenopplæringen"))):
        item = dx.numbered_paragraph(d, "", num)
        item.add_run(f"{title}:").bold = True
        item.add_run(f" {account}")
        for label in labels:
            dx.numbered_paragraph(d, label, num, level=1)
    d.add_paragraph("Bodø, 15. januar 2053")
    read, got = _rows(matchers, d, tmp_path / "nummerert_med_underpunkt.docx")
    assert got == [
        ("Kompetanseforum Sør", "1.2", "nettverk", "Seksjon for kompetanse", "NHO, LO",
         "regionalt partnerskap for kompetanse. Forumet møttes fire ganger."),
        ("Norsk på arbeidsplassen", "3.4", "kurs", "Voksenopplæringen", "", "kurs som kombinerer norsk med praksis.")]
    assert read.warnings == ()


def test_sub_items_of_plain_text_under_a_titled_item_do_not_make_it_a_block(matchers, tmp_path):
    # Sub-items that only say more (no label names a delmål) leave the list as it was: unread, and said so.
    d = docx.Document()
    d.add_heading("Notater fra møtet", level=1)
    num = dx.bullet_numbering(d)
    dx.numbered_paragraph(d, "Orientering om budsjettet", num)
    dx.numbered_paragraph(d, "Saken ble tatt til orientering", num, level=1)
    dx.numbered_paragraph(d, "Eventuelt", num)
    read, got = _rows(matchers, d, tmp_path / "underpunkt_uten_merker.docx")
    assert got == []
    assert "ingen ble lest som tiltak" in " ".join(read.warnings)


def test_a_type_in_square_brackets_between_an_items_title_and_the_dash_before_its_account(matchers, tmp_path):
    # Round 32's first look (Virke): «Title [opplæring] – Virke og YS tilbyr …» under a delmål's heading was read whole
    # as the tiltak, and nothing asked. The bracket is its type as written, the sentences after the dash its account.
    d = docx.Document()
    d.add_heading("Kompetansetiltak i 2053 – rapport til Kompetansepolitisk råd", level=2)
    d.add_paragraph("Tiltakene står under det delmålet i strategien de først og fremst hører til.")
    d.add_heading("Digital kompetanse i arbeidsstyrken", level=3)
    d.add_paragraph("Digiløft handel [opplæring] – Virke og YS tilbyr korte nettkurs for butikkansatte.", style="List Bullet")
    d.add_paragraph("HR-barometer 2053 [undersøkelse] – Undersøkelse blant HR-ledere om kompetanseplaner.",
                    style="List Bullet")
    read, got = _rows(matchers, d, tmp_path / "type_i_hakeparentes.docx")
    assert got == [
        ("Digiløft handel", "2.1", "opplæring", "", "", "Virke og YS tilbyr korte nettkurs for butikkansatte."),
        ("HR-barometer 2053", "2.1", "undersøkelse", "", "", "Undersøkelse blant HR-ledere om kompetanseplaner.")]



def test_the_reports_heading_over_its_intro_is_not_closed_by_the_first_items_particulars(matchers):
    # Round 32's first look (KS, RTF): the heading «Rapportering til Kompetansepolitisk råd – 2053», two sentences,
    # then «1. KS sin plass i Kompetansebehovsutvalget» over «Delmål 1.1 | Type: Utvalg». The particulars closed the
    # heading as a tiltak of its own.
    path = ROOT / "samples" / "holdout33" / "KS_rapport_2053.rtf"
    read = content_to_rows(parser_for("rtf").parse(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("tiltak"), matchers.delmal.match(r.get("delmal")).value, r.get("type")) for r in read.rows][:2] == [
        ("KS sin plass i Kompetansebehovsutvalget", "1.1", "Utvalg"),
        ("Deltakelse i Nasjonalt forum for karriereveiledning", "1.3", "Nettverk")]
    assert len(read.rows) == 5


def test_dashes_under_lettered_items_give_each_item_its_own_delmal_not_the_next_ones(matchers, tmp_path):
    # Round 33's first look (YS, a .doc): «a) Title» over «– delmål 2.3 (karrieremuligheter …)», «– type: …», then a
    # paragraph, the levels lost in conversion. The dash naming a delmål was read as a section over the next item:
    # every item took the delmål of the one before it, sure, and the first was listed unread.
    d = docx.Document()
    d.add_heading("Tiltak for 2054 – rapport til Kompetansepolitisk råd", level=1)
    d.add_paragraph("YS gir her en kort oversikt over tiltak i 2054.")
    for title, lines, text in (
            ("Samarbeidsrådet for yrkesopplæring – medlemskap",
             ("delmål 2.3 (karrieremuligheter i yrkesfaglige utdanninger)", "type: rådsarbeid", "ansvar: YS-sekretariatet"),
             "YS har en fast plass i SRY."),
            ("Kurs i digital sikkerhet for tillitsvalgte",
             ("delmål 2.1 (digital kompetanse i arbeidsstyrken)", "type: kurs"), "Nettkurs om informasjonssikkerhet.")):
        d.add_paragraph(title, style="List Number")
        for line in lines:
            d.add_paragraph(f"-\t{line}")
        d.add_paragraph(text)
    d.add_paragraph("Med hilsen")
    read, got = _rows(matchers, d, tmp_path / "bokstavliste_med_streker.docx")
    assert got == [
        ("Samarbeidsrådet for yrkesopplæring - medlemskap", "2.3", "rådsarbeid", "YS-sekretariatet", "",
         "YS har en fast plass i SRY."),
        ("Kurs i digital sikkerhet for tillitsvalgte", "2.1", "kurs", "", "", "Nettkurs om informasjonssikkerhet.")]
    assert read.warnings == ()
