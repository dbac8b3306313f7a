"""A member's report saved as a DIF export, a Gnumeric workbook or an AbiWord document gives its tiltak rows in
extracted.csv like any Word or Excel report; a damaged file of each kind is refused with a Norwegian message saying
what to do, and the batch goes on."""

from __future__ import annotations

from tests.interchange_files import (abiword_bytes, abw_paragraph, abw_table, dif_bytes, gnumeric_bytes,
                                     gnumeric_sheet)
from tests.pipeline.small_inbox import refused, run_inbox

HEADER = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere"]


def test_a_dif_export_gives_its_tiltak_and_a_cut_off_one_is_refused(tmp_path):
    rows = [HEADER,
            ["Lærlingløftet i Nord-Norge", 2.1, "Prosjekt", "Unio", "NHO Arktis, Nordland fylkeskommune"],
            ["Karriereveiledning for sykepleiere", 1.3, "Informasjon", "Unio", "Karrieresenteret i Bodø"]]
    good = dif_bytes(rows, title="Tiltak")
    found, documents = run_inbox(tmp_path, {"Unio tiltak 2087.dif": good, "Unio vedlegg 2087.dif": good[:-40]})
    assert found["Unio tiltak 2087.dif"] == [
        ("Lærlingløftet i Nord-Norge", "2.1", "Prosjekt", "Unio"),
        ("Karriereveiledning for sykepleiere", "1.3", "Informasjon", "Unio")]
    assert "Unio vedlegg 2087.dif" not in found
    refused(documents["Unio vedlegg 2087.dif"], "DIF-filen er skadet: den slutter midt i", "CSV-eksport")


def test_a_gnumeric_workbook_gives_its_tiltak_and_a_cut_off_one_is_refused(tmp_path):
    sheet = gnumeric_sheet("Tiltak 2087", [
        ["YS – rapportering til Kompetansepolitisk råd 2087", None, None, None, None],
        HEADER,
        ["Bransjeprogram for varehandelen", 2.1, "Kurs/utdanning", "YS", "Virke, HK"],
        ["Kompetansedag for tillitsvalgte", 2.3, "Arrangement", "YS", ""]], merged=["A1:E1"])
    other = gnumeric_sheet("Notater", [["Internt notat", "ikke til rådet"]], hidden=True)
    good = gnumeric_bytes([("Tiltak 2087", sheet), ("Notater", other)], title="YS tiltak 2087")
    found, documents = run_inbox(tmp_path, {"YS 2087.gnumeric": good, "YS kopi 2087.gnumeric": good[: len(good) // 2]})
    assert found["YS 2087.gnumeric"] == [("Bransjeprogram for varehandelen", "2.1", "Kurs/utdanning", "YS"),
                                         ("Kompetansedag for tillitsvalgte", "2.3", "Arrangement", "YS")]
    refused(documents["YS kopi 2087.gnumeric"], "Gnumeric-filen er skadet (den pakkede filen er avkuttet",
             "lagre den som Excel (XLSX)")


def test_an_abiword_document_gives_its_tiltak_and_a_cut_off_one_is_refused(tmp_path):
    good = abiword_bytes([
        abw_paragraph("Akademikerne – rapport til Kompetansepolitisk råd 2087", style="Heading 1"),
        abw_paragraph(("font-weight:bold", "Om rapporten."), " Tabellen viser våre tiltak i 2087."),
        abw_table([HEADER + ["Status"],
                   ["Etterutdanning for leger i distriktene", "2.1", "Kurs/utdanning", "Akademikerne", "Legeforeningen",
                    "Pågår"],
                   ["Forskning på livslang læring", "2.2", "FoU", "Akademikerne", "NIFU", "Avsluttet"]]),
        abw_paragraph("Kontakt: sekretariatet i Akademikerne."),
    ], title="Akademikerne – tiltak 2087")
    found, documents = run_inbox(tmp_path, {"Akademikerne 2087.abw": good,
                                       "Akademikerne utkast 2087.abw": good[: good.index(b"<table")]})
    assert found["Akademikerne 2087.abw"] == [
        ("Etterutdanning for leger i distriktene", "2.1", "Kurs/utdanning", "Akademikerne"),
        ("Forskning på livslang læring", "2.2", "FoU", "Akademikerne")]
    refused(documents["Akademikerne utkast 2087.abw"], "AbiWord-filen er skadet (den er ikke gyldig XML)",
             "lagre den som Word (DOCX) eller PDF")
