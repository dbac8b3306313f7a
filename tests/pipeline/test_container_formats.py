"""A member's report packed in a 7z archive, saved by Safari as a web archive, sent as an opaque-signed S/MIME e-mail,
kept in a LibreOffice Base database, packed in a tar archive or kept by Apple Mail as an .emlx file gives its tiltak
rows in extracted.csv like any Word report; a damaged file of each kind is refused with a Norwegian message saying what
to do, and the batch goes on."""

from __future__ import annotations

import io
import tarfile
from email import policy
from email.message import EmailMessage

from tests.container_files import (docx_report, encrypted_message, envelope, odb_bytes, seven_zip, signed_message,
                                   web_archive)
from tests.pipeline.small_inbox import refused, run_inbox


def test_a_7z_archive_gives_its_reports_tiltak_and_a_locked_or_cut_off_one_is_refused(tmp_path):
    report = docx_report("Unio – rapport til Kompetansepolitisk råd 2087", [
        ("Lærlingløftet i Nord-Norge", "2.1", "Prosjekt", "Unio", "NHO Arktis"),
        ("Karriereveiledning for sykepleiere", "1.3", "Informasjon", "Unio", "Karrieresenteret i Bodø")])
    figures = "Nøkkeltall 2087;Antall\nMedlemmer;380000\nKurs;42\n".encode()
    good = seven_zip({"Unio/Unio tiltak 2087.docx": report, "Unio/Nøkkeltall 2087.csv": figures}, bcj=True)
    found, documents = run_inbox(tmp_path, {"Unio 2087.7z": good, "Unio låst.7z": seven_zip({"r.docx": report}, "pw"),
                                       "Unio kopi.7z": good[: len(good) // 2]})
    assert found["Unio 2087.7z/Unio/Unio tiltak 2087.docx"] == [
        ("Lærlingløftet i Nord-Norge", "2.1", "Prosjekt", "Unio"),
        ("Karriereveiledning for sykepleiere", "1.3", "Informasjon", "Unio")]
    assert documents["Unio 2087.7z"]["outcome"] == "unpacked"
    assert "Unio 2087.7z/Unio/Nøkkeltall 2087.csv" in documents
    refused(documents["Unio låst.7z"], "arkivet er passordbeskyttet", "uten passord", "encrypted")
    refused(documents["Unio kopi.7z"], "7z-arkivet er skadet eller avkuttet", "Pakk det ut selv")


def test_a_safari_web_archive_gives_its_pages_tiltak_and_a_cut_off_one_is_refused(tmp_path):
    page = """<html><head><title>Akademikerne – rapport 2087</title></head><body>
<nav>Forside · Om oss · Kontakt</nav><div id="cookie-banner">Vi bruker informasjonskapsler.</div>
<h1>Akademikerne – rapport til Kompetansepolitisk råd 2087</h1>
<table><tr><th>Tiltak</th><th>Delmål</th><th>Type</th><th>Ansvarlig</th><th>Samarbeidspartnere</th></tr>
<tr><td>Fagbrev på jobb for helsefagarbeidere</td><td>2.1</td><td>Kurs/utdanning</td><td>Akademikerne</td><td>KS</td></tr>
<tr><td>Kompetansedag for tillitsvalgte i Nordland</td><td>2.3</td><td>Arrangement</td><td>Akademikerne</td><td></td></tr>
</table><footer>© Akademikerne</footer></body></html>"""
    good = web_archive(page, "UTF-8")
    found, documents = run_inbox(tmp_path, {"Akademikerne 2087.webarchive": good,
                                            "Akademikerne kopi.webarchive": good[: len(good) - 80]})
    assert found["Akademikerne 2087.webarchive"] == [
        ("Fagbrev på jobb for helsefagarbeidere", "2.1", "Kurs/utdanning", "Akademikerne"),
        ("Kompetansedag for tillitsvalgte i Nordland", "2.3", "Arrangement", "Akademikerne")]
    refused(documents["Akademikerne kopi.webarchive"], "nettarkivet (Safari) er skadet", "lagre den som PDF")


def test_an_opaque_signed_e_mail_gives_its_tables_and_attachments_tiltak_and_an_encrypted_one_is_refused(tmp_path):
    inner = EmailMessage()
    inner.set_content("Hei! Tiltakene står i tabellen, og rapporten ligger ved.")
    rows = [("Tiltak", "Delmål", "Type", "Ansvarlig"), ("Nettkurs i grunnleggende ferdigheter", "1.2", "Kurs", "VOFO"),
            ("Læringsfestival i Tromsø", "2.3", "Arrangement", "VOFO")]
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    inner.add_alternative(f"<html><body><p>Hei!</p><table>{table}</table><p>Hilsen VOFO</p></body></html>",
                          subtype="html")
    inner.add_attachment(docx_report("VOFO – rapport 2087", [
        ("Studieforbund i distriktene", "2.4", "Prosjekt", "VOFO", "Folkehøgskolerådet")]),
        maintype="application", subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="VOFO rapport 2087.docx")
    entity = inner.as_bytes(policy=policy.SMTP)
    headers = {"From": "Kari Nordmann <kari@vofo.example.no>", "To": "sekretariatet@example.no",
               "Subject": "VOFO – tiltak 2087", "Date": "Mon, 13 Jan 2087 09:12:00 +0100"}
    found, documents = run_inbox(tmp_path, {"VOFO 2087.eml": envelope(headers, signed_message(entity)),
                                            "VOFO kryptert.eml": envelope(headers, encrypted_message(entity))})
    assert found["VOFO 2087.eml"] == [("Nettkurs i grunnleggende ferdigheter", "1.2", "Kurs/utdanning", "VOFO"),
                                      ("Læringsfestival i Tromsø", "2.3", "Arrangement", "VOFO")]
    assert found["VOFO 2087.eml/VOFO rapport 2087.docx"] == [("Studieforbund i distriktene", "2.4", "Prosjekt", "VOFO")]
    refused(documents["VOFO kryptert.eml"], "e-posten er kryptert", "uten kryptering", "encrypted")


def test_a_base_database_gives_its_tiltak_with_their_delmal_and_one_pointing_elsewhere_is_refused(tmp_path):
    script = r"""CREATE SCHEMA PUBLIC AUTHORIZATION DBA
CREATE MEMORY TABLE "Delm\u00e5l"("ID" INTEGER NOT NULL PRIMARY KEY,"Kode" VARCHAR(10),"Tekst" VARCHAR(200))
CREATE MEMORY TABLE "Tiltak"("ID" INTEGER NOT NULL PRIMARY KEY,"Tiltak" VARCHAR(200),"Delm\u00e5lID" INTEGER,"Type" VARCHAR(50),"Ansvarlig" VARCHAR(50),CONSTRAINT SYS_FK_59 FOREIGN KEY("Delm\u00e5lID") REFERENCES "Delm\u00e5l"("ID"))
SET SCHEMA PUBLIC
INSERT INTO "Delm\u00e5l" VALUES(7,'2.1','Digital kompetanse i arbeidslivet')
INSERT INTO "Delm\u00e5l" VALUES(8,'1.3','Karriereveiledning for voksne')
INSERT INTO "Tiltak" VALUES(1,'Digitalt l\u00f8ft for seniorer i Tr\u00f8ndelag',7,'Kurs/utdanning','KS')
INSERT INTO "Tiltak" VALUES(2,'Karriereveiledning p\u00e5 arbeidsplassen',8,'Informasjon','KS')
"""
    found, documents = run_inbox(tmp_path, {"KS tiltak 2087.odb": odb_bytes(script),
                                            "KS register.odb": odb_bytes("", href="sdbc:postgresql://db.ks.example.no/kpr")})
    # The register's rows, and no others: the delmål table is read through the register's links, not as measures.
    assert found["KS tiltak 2087.odb"] == [
        ("Digitalt løft for seniorer i Trøndelag", "2.1", "Kurs/utdanning", "KS"),
        ("Karriereveiledning på arbeidsplassen", "1.3", "Informasjon", "KS")]
    refused(documents["KS register.odb"], "peker til en database et annet sted", "CSV")


def _tar(files: dict[str, bytes], compression: str) -> bytes:
    packed = io.BytesIO()
    with tarfile.open(fileobj=packed, mode=f"w:{compression}") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return packed.getvalue()


def test_a_tar_archive_gives_its_reports_tiltak_and_a_note_beside_them_is_their_cover_letter(tmp_path):
    report = docx_report("UHR – rapport til Kompetansepolitisk råd 2087", [
        ("Nasjonalt nettverk for EVU-koordinatorer", "2.4", "Råd/utvalg/nettverk", "UHR", "HK-dir"),
        ("Kurs i digital undervisning for EVU-lærere", "2.1", "Kurs/utdanning", "UHR", "NTNU")])
    note = "Rapporten fra UHR til Kompetansepolitisk råd for 2087 ligger i Word-filen i denne mappen.\n".encode()
    files = {"uhr-2087/UHR rapport 2087.docx": report, "uhr-2087/LESMEG.txt": note, "uhr-2087/._LESMEG.txt": b"\0\5\26\7"}
    gz = _tar(files, "gz")
    other = docx_report("Spekter – rapport til Kompetansepolitisk råd 2087", [
        ("Lederprogram for avdelingsledere i sykehus", "2.4", "Kurs/utdanning", "Spekter", "BI")])
    found, documents = run_inbox(tmp_path, {"uhr-kpr-2087.tar.gz": gz, "spekter.tar.xz": _tar({"Spekter.docx": other}, "xz"),
                                            "uhr kopi.tgz": gz[: len(gz) // 2]})
    assert found["uhr-kpr-2087.tar.gz/uhr-2087/UHR rapport 2087.docx"] == [
        ("Nasjonalt nettverk for EVU-koordinatorer", "2.4", "Råd/utvalg/nettverk", "UHR"),
        ("Kurs i digital undervisning for EVU-lærere", "2.1", "Kurs/utdanning", "UHR")]
    assert found["spekter.tar.xz/Spekter.docx"] == [
        ("Lederprogram for avdelingsledere i sykehus", "2.4", "Kurs/utdanning", "Spekter")]
    assert documents["uhr-kpr-2087.tar.gz"]["outcome"] == documents["spekter.tar.xz"]["outcome"] == "unpacked"
    assert documents["uhr-kpr-2087.tar.gz/uhr-2087/LESMEG.txt"]["outcome"] == "cover_letter"
    assert "uhr-kpr-2087.tar.gz/uhr-2087/._LESMEG.txt" not in documents
    refused(documents["uhr kopi.tgz"], "tar-arkivet er skadet eller avkuttet", "Pakk det ut selv")


def _emlx(message: bytes) -> bytes:
    plist = (b'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>flags</key>\n'
             b"\t<integer>8590195843</integer>\n</dict>\n</plist>\n")
    return f"{len(message)}\n".encode() + message + plist


def test_an_apple_mail_message_file_gives_its_attachments_tiltak_and_a_cut_off_one_is_refused(tmp_path):
    # VOFO (round 79) sent the secretariat its report as Mail keeps a message on disk (.emlx): the message's byte count
    # on the first line, then the message, then Mail's property list. It was «ukjente binærdata».
    report = docx_report("VOFO – rapport til Kompetansepolitisk råd 2087", [
        ("Studiesirkler i digitale ferdigheter for seniorer", "2.1", "Kurs/utdanning", "VOFO", "Seniornett Norge")])
    mail = EmailMessage(policy=policy.SMTP)
    mail["From"], mail["To"], mail["Subject"] = "hilde@vofo.no", "kpr@hkdir.no", "VOFOs rapport til KPR for 2087"
    mail.set_content("Hei,\n\nvedlagt er VOFOs rapport for 2087.\n\nVennlig hilsen Hilde\n")
    mail.add_attachment(report, maintype="application", subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                        filename="VOFO rapport 2087.docx")
    whole = _emlx(mail.as_bytes())
    found, documents = run_inbox(tmp_path, {"58214.emlx": whole, "58215.emlx": whole[: len(whole) // 2]})
    assert found["58214.emlx/VOFO rapport 2087.docx"] == [
        ("Studiesirkler i digitale ferdigheter for seniorer", "2.1", "Kurs/utdanning", "VOFO")]
    assert documents["58214.emlx"]["outcome"] == "cover_letter"
    refused(documents["58215.emlx"], "Apple Mail-meldingen er avkuttet", "Eksporter e-posten på nytt")
