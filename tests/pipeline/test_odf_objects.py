"""A Writer report whose tiltak stand only in an embedded Calc object (Sett inn > OLE-objekt > LibreOffice Calc) gives
them in the register with their delmål and type; a broken object is named in a note, and the batch goes on."""

from __future__ import annotations

from pipeline.outputs.csv_files import read_csv
from tests.odf_files import SHEET, TEXT, content, frame, package, sheet_body, text_body
from tests.pipeline.small_inbox import run_inbox

ROWS = [["Tiltak", "Delmål", "Type", "Ansvarlig", "Partnere", "Beskrivelse"],
        ["Evaluering av RSA-ordningen", "1.4", "Evaluering", "UHR", "NIFU", "NIFU evaluerte rådene på oppdrag fra UHR."],
        ["Digital grunnmur – universitetenes moduler", "2.1", "Nettkurs", "UHR-MNT", "Virke",
         "To moduler om datasikkerhet; 6 000 fullførte dem."]]
INTRO = "Universitets- og høgskolerådet rapporterer her tiltakene for 2087. Tiltakene står i regnearket nedenfor."


def _report(objects: dict, *frames: str) -> bytes:
    return package(TEXT, text_body("UHR – tiltak i oppfølgingen av kompetansestrategien 2087", INTRO, *frames,
                                   "Spørsmål om rapporten kan rettes til UHR."), objects)


def test_the_tiltak_of_a_calc_object_in_a_writer_report_reach_the_register(soffice, tmp_path):
    report = _report({"Object 1": (SHEET, content(sheet_body(ROWS, name="Tiltak 2087")))}, frame("Object 1"))
    found, documents = run_inbox(tmp_path, {"UHR – rapport om tiltak 2087.odt": report})
    register = [(r["tiltak"], r["delmal"], r["type"], r["ansvarlig"], r["kilder"])
                for r in read_csv(tmp_path / "ut" / "register.csv")]
    assert register == [
        ("Evaluering av RSA-ordningen", "1.4", "FoU", "UHR", "UHR – rapport om tiltak 2087.odt#t1-r2"),
        ("Digital grunnmur - universitetenes moduler", "2.1", "Kurs/utdanning", "UHR-MNT",
         "UHR – rapport om tiltak 2087.odt#t1-r3")]
    assert documents["UHR – rapport om tiltak 2087.odt"]["warnings"] == [
        "UHR – rapport om tiltak 2087.odt: teksten har ingen tiltak, så regnearket «Object 1», som er innebygd i filen, "
        "er lest; tiltakene står bare der, ikke i dokumentets tekst"]


def test_a_broken_object_is_named_in_a_note_and_the_batch_goes_on(soffice, tmp_path):
    good = content(sheet_body(ROWS))
    files = {"UHR tiltak 2087.odt": _report({"Object 1": (SHEET, good[: len(good) // 2]), "Object 2": (SHEET, good)},
                                            frame("Object 1"), frame("Object 2", "Objekt2")),
             "UHR vedlegg 2087.odt": _report({"Object 1": (SHEET, None)}, frame("Object 1"))}
    found, documents = run_inbox(tmp_path, files)
    assert [row[:3] for row in found["UHR tiltak 2087.odt"]] == [("Evaluering av RSA-ordningen", "1.4", "FoU"), (
        "Digital grunnmur - universitetenes moduler", "2.1", "Kurs/utdanning")]
    damaged = ("UHR tiltak 2087.odt: regnearket «Object 1», som er innebygd i filen, ble ikke lest: innholdet er skadet "
               "(content.xml er ikke gyldig XML); be medlemmet om en ny kopi av filen, eller om tabellen satt inn i "
               "selve dokumentet")
    assert damaged in documents["UHR tiltak 2087.odt"]["warnings"]
    missing = documents["UHR vedlegg 2087.odt"]
    assert missing["outcome"] == "parsed_no_tiltak" and "UHR vedlegg 2087.odt" not in found
    assert missing["warnings"][0].startswith("UHR vedlegg 2087.odt: regnearket «Object 1», som er innebygd i filen, ble "
                                             "ikke lest: innholdet (content.xml) mangler i objektet")
