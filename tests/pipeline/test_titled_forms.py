"""A heading over a small form of a tiltak's particulars («Delmål | …», «Type | …») and a text: the heading is the
tiltak, the form its fields, the text its description."""

from __future__ import annotations

import docx
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.outputs.csv_files import read_csv


def _report(path, measures):
    d = docx.Document()
    d.add_heading("Nordland fylkeskommune – årsrapport 2041, kapittel 4", level=1)
    d.add_paragraph("Kapitlet er også fylkeskommunens rapportering til Kompetansepolitisk råd.")
    for title, fields, text in measures:
        d.add_heading(title, level=2)
        table = d.add_table(rows=0, cols=2)
        for label, value in fields:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        if text:
            d.add_paragraph(text)
    d.save(path)


def test_a_heading_over_a_form_of_particulars_is_the_tiltak(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _report(inbox / "Nordland_fylkeskommune_aarsrapport_2041.docx", [
        ("4.1 Kystforum for kompetanse", [("Delmål", "1.2 – regionalt samarbeid"), ("Type", "Råd/utvalg/nettverk"),
                                           ("Ansvarlig", "Seksjon for utdanning")],
         "Forumet samler partene, NAV og fagskolene fire ganger i året."),
        ("4.2 Nettkurs i havbruk for voksne", [("Delmål", "3.1"), ("Type", "Kurs/utdanning"),
                                               ("Partnere", "Fagskolen i Nordland")], ""),
    ])
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(tmp_path / "h.sqlite"),
                                      "--year", "2041", "--no-cache", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    rows = [(r["tiltak"], r["delmal"], r["type"], r["ansvarlig"], r["samarbeidspartnere"], r["beskrivelse"])
            for r in read_csv(out / "extracted.csv")]
    # The heading's number is the chapter's («4.1»), not a delmål; the form's «Delmål» line gives the delmål.
    assert rows == [
        ("Kystforum for kompetanse", "1.2", "Råd/utvalg/nettverk", "Seksjon for utdanning", "",
         "Forumet samler partene, NAV og fagskolene fire ganger i året."),
        ("Nettkurs i havbruk for voksne", "3.1", "Kurs/utdanning", "", "Fagskolen i Nordland", ""),
    ]
