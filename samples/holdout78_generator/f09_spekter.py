"""Spekter: an ordinary Excel list, but the workbook is encrypted with Excel's built-in default password
«VelvetSweatshop», as a case system does when it marks an export read-only: the file is a compound file holding
EncryptionInfo (agile encryption, AES-256, SHA-512) and EncryptedPackage, and Excel and LibreOffice open it without
asking for a password. A web course closed in 2097 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, KURS, PROSJEKT, RAD, office_decrypt, office_encrypt, row, sheet_rows, xlsx_all_text, \
    xlsx_bytes

FILENAME = "Spekter_tiltak_KPR_2098.xlsx"
MEMBER = "Spekter"
FORMAT = ("XLSX encrypted with Excel's default password «VelvetSweatshop» (opens without a prompt): an OLE2 compound "
          "file (hand-written, version 3) with EncryptionInfo (ECMA-376 agile encryption 4.4: AES-256-CBC, SHA-512, "
          "100 000 spins, dataIntegrity HMAC), EncryptedPackage (4096-byte segments) and the \\x06DataSpaces storage "
          "(Version, DataSpaceMap, DataSpaceInfo, TransformInfo/\\x06Primary); the package inside made with openpyxl; "
          "salts, key and verifier drawn from a seeded stream")
SHAPE = ("ordinary Excel list that must be decrypted first: title in row 1, a line in row 2 «Eksportert fra Spekters "
         "saksbehandlingssystem – arket er skrivebeskyttet», header on row 4 Navn på tiltak / Hva ble gjort / "
         "Strategiens delmål / Kategori (Spekter) / Ansvar / Partnere; delmål as a plain code; Spekter's kind words "
         "(Observatør, Prosjekt, Lederutvikling, Kartlegging, Konferanse); the UHR-FSE seat «Spekters "
         "observatørplass i UHR-Helse og sosial»; a web course closed in 2097 told only in words")
NOT_TRUTH = ("the title and the export line, the header, the delmål and Kategori cells, the row 'Nettkurs i "
             "forhandlingsteknikk' (closed in 2097), the encryption parts")
SPLIT_FIELDS = ("samarbeidspartnere",)
PASSWORD = "VelvetSweatshop"

# name, gjort, delmål, kategori, ansvar, partnere, seed, type
ROWS = [
    ("Spekters observatørplass i UHR-Helse og sosial",
     "Spekter fulgte enhetens arbeid med praksis i sykepleier- og vernepleierutdanningene og la fram "
     "helseforetakenes behov for praksisveiledere.", "1.4", "Observatør", "Spekter", "", "M04", RAD),
    ("Språkvakta – helseforetakene",
     "Fire helseforetak la norskopplæring inn i turnusen for ansatte med kort botid, og 35 språkmentorer ble "
     "lært opp på sengepostene.", "3.4", "Prosjekt", "Spekter helse", "KS, Unio, Helse Nord RHF", "J05", PROSJEKT),
    ("Lederprogram for avdelingsledere i sykehus",
     "Program over fem samlinger om ledelse av fagfolk, turnus og kompetanseplanlegging. 64 avdelingsledere "
     "fullførte.", "2.4", "Lederutvikling", "Spekter", "Handelshøyskolen BI", None, KURS),
    ("Kartlegging av kompetansebehov i ambulansetjenesten",
     "Spekter kartla hvilken videreutdanning paramedisinere og ambulansearbeidere trenger de neste fem årene. "
     "Rapporten kom i november.", "2.2", "Kartlegging", "Spekter helse", "Helse Sør-Øst RHF", None, FOU),
    ("Lærlingkonferansen i spesialisthelsetjenesten",
     "Konferanse i Trondheim for lærlinger, instruktører og ledere om læretid i sykehus. 230 deltok.", "2.3",
     "Konferanse", "Spekter", "Fagforbundet, Delta", None, ARR),
    ("Nettkurs i forhandlingsteknikk",
     "Kurset ble lagt ned i 2097 og er erstattet av samlinger i lederprogrammet.", "2.4", "Kurs", "Spekter", "", "",
     None),
]


def package() -> bytes:
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws["A1"] = "Spekter – tiltak rapportert til Kompetansepolitisk råd 2098"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = "Eksportert fra Spekters saksbehandlingssystem 12.01.2099 – arket er skrivebeskyttet"
    ws["A2"].font = Font(name="Calibri", size=9, italic=True)
    head = ["Navn på tiltak", "Hva ble gjort", "Strategiens delmål", "Kategori (Spekter)", "Ansvar", "Partnere"]
    body = [[n, g, dm, k, a, p] for n, g, dm, k, a, p, *_r in ROWS]
    sheet_rows(ws, 4, head, body, [34, 60, 12, 16, 16, 26], fill="E2EFDA")
    ws.freeze_panes = "A5"
    return xlsx_bytes(wb, "Spekter saksbehandling")


def build(out) -> list[dict]:
    (out / FILENAME).write_bytes(office_encrypt(package(), PASSWORD, seed=7809))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, p, g) for n, g, dm, _k, a, p, seed, ty in ROWS if ty]


def text(path) -> str:
    from pathlib import Path
    return xlsx_all_text(office_decrypt(Path(path).read_bytes(), PASSWORD))
