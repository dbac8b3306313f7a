"""A table typed with tab stops in a Word memo: read as a table, each row's description paragraph its description."""

from __future__ import annotations

import docx
from docx.enum.text import WD_BREAK

from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tiltak_core.records import Document

ROWS = [
    ("Representasjon i SRY", "1.4", "Rådsarbeid", "Unio", "–",
     "Unio har ett medlem og ett varamedlem i Samarbeidsrådet for yrkesopplæring."),
    ("Praksisløftet", "1.4", "Samarbeidsprosjekt", "Norsk Sykepleierforbund", "Spekter, UHR",
     "Et treårig prosjekt for bedre veiledning av sykepleierstudenter i praksis."),
    ("(Planlagt 2072) Seniorprogram", "2.2", "Program", "Unio", "–", "Programmet starter tidligst høsten 2072."),
    ("Godkjenningsguiden for sykepleiere|utdannet utenfor EU/EØS", "2.6", "Informasjon", "Norsk Sykepleierforbund",
     "Helsedirektoratet", "Nettguide som forklarer veien til autorisasjon."),
]


def _memo(path):
    document = docx.Document()
    document.add_heading("Rapportering til Kompetansepolitisk råd – Unio 2071", 1)
    document.add_paragraph("Unio rapporterer her på tiltakene fra 2071, satt opp som en liste med tabulatorer.")
    document.add_paragraph().add_run("Tiltak\tDelmål\tType\tAnsvarlig\tSamarbeid").bold = True
    for name, *fields, text in ROWS:
        p = document.add_paragraph()
        first, _, rest = name.partition("|")
        p.add_run(first).bold = True
        if rest:  # a name too long for its tab stop, broken by hand; its fields follow on the second line
            p.add_run().add_break(WD_BREAK.LINE)
            p.add_run(rest).bold = True
        p.add_run("\t" + "\t".join(fields))
        document.add_paragraph(text).paragraph_format.left_indent = 360000
    document.add_paragraph("Med vennlig hilsen Unio")
    document.save(path)
    return path


def test_a_table_typed_with_tab_stops_is_read_as_one(tmp_path, matchers):
    # Before, each row was one paragraph of its fields run together («Praksisløftet 1.4 Samarbeidsprosjekt …»): the
    # header line's «Delmål» was read as a delmål, every row under 1.2.
    path = _memo(tmp_path / "Unio rapportering 2071.docx")
    result = extract_document(Document(path, path.name, "docx", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig"),
             r.raw.get("samarbeidspartnere"), r.raw.get("beskrivelse")) for r in result.rows] == [
        (name.replace("|", " "), delmal, kind, who, "" if partners == "–" else partners, text)
        for name, delmal, kind, who, partners, text in ROWS if "Planlagt" not in name]
    # The greyed plan is another year's: set aside and said. The closing greeting is no one's description.
    assert [s.text[:30] for s in result.skipped] == ["(Planlagt 2072) Seniorprogram"]
