"""Reports that come zipped or attached to a saved e-mail: each file taken out is read as a report of its own,
the inbox is left as it was, and what could not be taken out is said."""

from __future__ import annotations

import csv
import hashlib
import zipfile
from email.message import EmailMessage
from pathlib import Path

import docx

from pipeline.batch import run
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "2018"


def _settings(inbox: Path, tmp_path: Path) -> Settings:
    return Settings(inbox=inbox, out=tmp_path / "out", history=tmp_path / "h.sqlite", cache_dir=tmp_path / "cache",
                    jobs=1, year=2018)


def _outcomes(result) -> dict[str, str]:
    return {d.document.source_file: d.outcome.value for d in result.documents}


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*")
            if p.is_file()}


def _sources(out: Path) -> set[str]:
    with open(out / "extracted.csv", encoding="utf-8-sig", newline="") as f:
        return {row["kilde"].split("#")[0] for row in csv.DictReader(f)}


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    return inbox


def _mail(sender: str, subject: str, text: str) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, "sekretariatet@example.no", subject
    message.set_content(text)
    return message


def _anonymous_report(path: Path) -> Path:
    # A report that names no member anywhere in it: only the e-mail it came with says who sent it.
    d = docx.Document()
    d.add_heading("Rapportering av tiltak 2018", 1)
    table = d.add_table(rows=0, cols=3)
    for row in (("Tiltak", "Delmål", "Type"), ("Kurs i digital kompetanse for tillitsvalgte", "2.1", "Kurs"),
                ("Nettverk for karriereveiledere i arbeidslivet", "1.3", "Nettverk")):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    d.save(path)
    return path


def test_the_reports_in_a_zip_archive_are_read_each_as_its_own(tmp_path):
    inbox = _inbox(tmp_path)
    with zipfile.ZipFile(inbox / "rapporter 2018.zip", "w") as z:
        z.write(SAMPLES / "nho_2018.pdf", "NHO/nho_2018.pdf")
        z.write(SAMPLES / "lo_2018.docx", "lo_2018.docx")
        z.writestr("__MACOSX/._lo_2018.docx", b"\x00\x05\x16\x07")
        z.writestr("Thumbs.db", b"\x00")
    before = _snapshot(inbox)
    result = run(_settings(inbox, tmp_path))

    assert _outcomes(result) == {"rapporter 2018.zip": "unpacked", "rapporter 2018.zip/NHO/nho_2018.pdf": "parsed",
                                 "rapporter 2018.zip/lo_2018.docx": "parsed"}
    assert result.exit_code == 0
    assert _sources(tmp_path / "out") == {"rapporter 2018.zip/NHO/nho_2018.pdf", "rapporter 2018.zip/lo_2018.docx"}
    members = {d.document.source_file: d.member for d in result.documents}
    assert members["rapporter 2018.zip/lo_2018.docx"] == "LO" and members["rapporter 2018.zip/NHO/nho_2018.pdf"] == "NHO"
    assert _snapshot(inbox) == before  # nothing unpacked into the inbox


def test_an_e_mail_with_the_report_attached_is_a_cover_letter_and_the_attachment_is_read_as_the_senders(tmp_path):
    inbox = _inbox(tmp_path)
    message = _mail("Kari Nordmann <kari@example.no>", "Rapportering til Kompetansepolitisk råd",
                    "Hei!\n\nVedlagt er vår rapportering av tiltak for 2018.\n\nMed vennlig hilsen\nKari Nordmann\nYS\n")
    message.add_alternative('<p>Hei!</p><p>Vedlagt er vår rapportering.</p><p>Med vennlig hilsen<br>Kari Nordmann<br>'
                            'YS</p><img src="cid:logo@ys">', subtype="html")
    html = message.get_payload()[1]
    html.add_related(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, maintype="image", subtype="png", cid="<logo@ys>",
                     filename="logo.png")
    report = _anonymous_report(tmp_path / "Rapport 2018.docx")
    message.add_attachment(report.read_bytes(), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=report.name)
    (inbox / "Rapportering.eml").write_bytes(bytes(message))
    result = run(_settings(inbox, tmp_path))

    assert _outcomes(result) == {"Rapportering.eml": "cover_letter", "Rapportering.eml/Rapport 2018.docx": "parsed"}
    attachment = next(d for d in result.documents if d.document.source_file.endswith(".docx"))
    assert attachment.member == "YS" and "e-posten" in attachment.member_evidence
    assert [r.raw.get("tiltak") for r in attachment.rows] == ["Kurs i digital kompetanse for tillitsvalgte",
                                                              "Nettverk for karriereveiledere i arbeidslivet"]
    assert result.exit_code == 0


def test_a_file_both_in_the_inbox_and_in_an_archive_is_read_once_from_the_inbox(tmp_path):
    inbox = _inbox(tmp_path)
    (inbox / "lo_2018.docx").write_bytes((SAMPLES / "lo_2018.docx").read_bytes())
    with zipfile.ZipFile(inbox / "alt.zip", "w") as z:
        z.write(SAMPLES / "lo_2018.docx", "lo_2018.docx")
        z.write(SAMPLES / "ks_2018.pdf", "ks_2018.pdf")
    result = run(_settings(inbox, tmp_path))
    assert _outcomes(result) == {"alt.zip": "unpacked", "alt.zip/ks_2018.pdf": "parsed",
                                 "alt.zip/lo_2018.docx": "duplicate", "lo_2018.docx": "parsed"}


def test_a_zip_archive_with_nothing_to_read_is_a_problem_said_in_norwegian(tmp_path):
    inbox = _inbox(tmp_path)
    with zipfile.ZipFile(inbox / "tomt.zip", "w") as z:
        z.writestr("mappe/", b"")
    (inbox / "skadet.zip").write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    result = run(_settings(inbox, tmp_path))
    outcomes = {d.document.source_file: d for d in result.documents}
    assert {n: d.outcome.value for n, d in outcomes.items()} == {"skadet.zip": "rejected", "tomt.zip": "rejected"}
    assert "ZIP-arkivet inneholder ingen filer som kan leses" in outcomes["tomt.zip"].error
    assert outcomes["skadet.zip"].error.startswith("skadet.zip: ") and "Error" not in outcomes["skadet.zip"].error
    assert result.exit_code == 1


def test_a_name_packed_on_norwegian_windows_keeps_its_letters(tmp_path):
    inbox = _inbox(tmp_path)
    with zipfile.ZipFile(inbox / "fylker.zip", "w") as z:
        z.write(SAMPLES / "more_og_romsdal_fk_2018.docx", "placeholder.docx")
    # Windows' own zip writes names in the OEM code page without the UTF-8 flag: «Møre» as CP850 bytes, which
    # Python's zipfile reads as CP437 («M¢re»). Same length, so both headers can be patched in place.
    raw = (inbox / "fylker.zip").read_bytes()
    (inbox / "fylker.zip").write_bytes(raw.replace(b"placeholder", "Møre_2018_".encode("cp850") + b"x"))
    result = run(_settings(inbox, tmp_path))
    assert _outcomes(result) == {"fylker.zip": "unpacked", "fylker.zip/Møre_2018_x.docx": "parsed"}


def test_a_report_that_names_no_member_is_the_members_whose_folder_it_lies_in(tmp_path):
    inbox = _inbox(tmp_path)
    report = _anonymous_report(tmp_path / "Rapport 2018.docx")
    with zipfile.ZipFile(inbox / "rapporter.zip", "w") as z:
        z.write(report, "Virke/Rapport 2018.docx")
    result = run(_settings(inbox, tmp_path))
    read = next(d for d in result.documents if d.document.source_file == "rapporter.zip/Virke/Rapport 2018.docx")
    assert (read.outcome.value, read.member, len(read.rows)) == ("parsed", "Virke", 2)
    assert "«Virke»" in read.member_evidence


def test_a_plain_zip_named_as_a_word_file_is_no_archive_of_reports(tmp_path):
    inbox = _inbox(tmp_path)
    with zipfile.ZipFile(inbox / "ks_2018.docx", "w") as z:
        z.write(SAMPLES / "ks_2018.pdf", "ks_2018.pdf")
    result = run(_settings(inbox, tmp_path))
    assert _outcomes(result) == {"ks_2018.docx": "rejected"}
    assert "filen heter .docx, men er et ZIP-arkiv" in result.documents[0].error


def test_an_e_mail_saved_into_an_archive_has_its_attachment_read_too(tmp_path):
    inbox = _inbox(tmp_path)
    message = _mail("post@example.no", "Rapport fra Virke", "Se vedlegg.")
    message.add_attachment((SAMPLES / "virke_2018.pdf").read_bytes(), maintype="application", subtype="pdf",
                           filename="rapport.pdf")
    with zipfile.ZipFile(inbox / "innkommet.zip", "w") as z:
        z.writestr("Virke.eml", bytes(message))
    result = run(_settings(inbox, tmp_path))
    assert _outcomes(result) == {"innkommet.zip": "unpacked", "innkommet.zip/Virke.eml": "cover_letter",
                                 "innkommet.zip/Virke.eml/rapport.pdf": "parsed"}
