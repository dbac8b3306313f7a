"""A form's export keeps every response: the same sender's later answer about the same tiltak replaces the earlier,
which is listed with its reason; other answers of that sender, and like answers of other senders, stay."""

from __future__ import annotations

import openpyxl

from parsers.registry import ParseOptions
from parsers.xlsx import parse_xlsx
from pipeline.resubmissions import REPLACED
from pipeline.rows import content_to_rows

HEADER = ["ID", "Starttidspunkt", "Fullføringstidspunkt", "E-post", "Navn", "Navn på tiltaket",
          "Hvilket delmål i strategien bidrar tiltaket til?", "Hva slags tiltak er det?"]
RESPONSES = [
    [1, "2082-01-09 14:03", "2082-01-09 14:10", "per.strand@finansforbundet.no", "Per Strand",
     "Autorisasjon for finansielle rådgivere", "2.5 Dokumentere kompetanse", "Kurs/opplæring"],
    [2, "2082-01-09 15:00", "2082-01-09 15:05", "kari@ys.no", "Kari", "Autorisasjon for finansielle rådgivere",
     "2.5 Dokumentere kompetanse", "Kurs/opplæring"],
    [3, "2082-01-10 11:20", "2082-01-10 11:33", "per.strand@finansforbundet.no", "Per Strand",
     "Autorisasjonsordningen for finansielle rådgivere", "2.5 Dokumentere kompetanse", "Sertifisering"],
    [4, "2082-01-11 09:00", "2082-01-11 09:10", "per.strand@finansforbundet.no", "Per Strand",
     "Kurs i bærekraftig finans", "2.4 Koble kompetansebehov", "Kurs/opplæring"],
]


def test_a_senders_later_answer_about_the_same_tiltak_replaces_the_earlier(tmp_path, matchers):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [HEADER, *RESPONSES]:
        ws.append(row)
    path = tmp_path / "KPR-rapportering fra YS-forbundene 2082(1-4).xlsx"
    wb.save(path)
    read = content_to_rows(parse_xlsx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("tiltak"), r.get("type")) for r in read.rows] == [
        ("Autorisasjon for finansielle rådgivere", "Kurs/opplæring"),  # another sender's: kept
        ("Autorisasjonsordningen for finansielle rådgivere", "Sertifisering"),
        ("Kurs i bærekraftig finans", "Kurs/opplæring")]
    assert [(s.locator, s.reason) for s in read.skipped] == [("t1-r2", REPLACED)]
    assert any("erstattet av et senere svar fra samme avsender" in w and "(t1-r2)" in w for w in read.warnings)
