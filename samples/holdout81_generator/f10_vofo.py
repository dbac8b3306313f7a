"""VOFO: the CSV file Airtable gives for a view («Last ned CSV»), sent as the report: VOFO keeps its measures in an
Airtable base, and the view «Til KPR» of the table «Tiltak 2091» was downloaded as it is. Linked records are
written as their primary field (the delmål as «1.3 Karriereveiledning»), several links joined by a bare comma,
the long-text description with its line breaks inside quotes, an attachment as «name (url)». A study circle moved
to February 2092 is a record with the status «Utsatt»."""
from __future__ import annotations

import csv
import io

from .common import ARR, FOU, INFO, KURS, RAD, row

FILENAME = "Tiltak 2091-Til KPR.csv"
MEMBER = "VOFO"
FORMAT = ("CSV as Airtable downloads a grid view («Last ned CSV»): comma-separated, UTF-8 with BOM, CRLF, quotes "
          "only where needed, multi-line long-text cells; written with Python's csv module")
SHAPE = ("database view export: header Tiltak / Status / Delmål / Type / Ansvarlig / Samarbeidspartnere / "
         "Beskrivelse / Vedlegg / Sist endret; Delmål as the linked record's primary field («1.3 "
         "Karriereveiledning», «3.6 Læring i frivillig sektor»); Samarbeidspartnere as linked records joined by a "
         "bare comma («Nordland fylkeskommune,Sametinget»); two-line descriptions; one attachment cell «file.pdf "
         "(https://…)»; Sist endret as «2092-01-12 14:03»; VOFO's kind words in a single-select field (Verv, "
         "Arrangement, Opplæring, Kunnskapsinnhenting, Formidling); the NFK seat «VOFOs plass i Nasjonalt forum for "
         "karriereveiledning»; a study circle with the status «Utsatt», moved to February 2092, told only in its "
         "description")
NOT_TRUTH = ("the header, the Status, Delmål, Type, Vedlegg and Sist endret cells, the record 'Studiesirkel om "
             "privatøkonomi for seniorer' (status Utsatt, moved to February 2092)")
SPLIT_FIELDS = ("samarbeidspartnere",)

DM_TITLE = {"1.3": "1.3 Karriereveiledning", "3.6": "3.6 Læring i frivillig sektor"}

# name, status, delmål, kind, ansvarlig, partners, text (\n = line break in the cell), attachment, edited, seed
ROWS = [
    ("VOFOs plass i Nasjonalt forum for karriereveiledning", "Gjennomført", "1.3", "Verv", "VOFO sentralt", [],
     "VOFO deltok i forumets tre møter og la fram hvordan studieforbundene kan bidra i veiledning av voksne.", "",
     "2092-01-08 10:12", "M05"),
    ("Karrieredøgnet 2091 – studieforbundenes veiledningsstand", "Gjennomført", "1.3", "Arrangement",
     "VOFO Nordland", ["Nordland fylkeskommune", "Sametinget"],
     "Studieforbundene var med på Karrieredøgnet i november med veiledere på chat og telefon og en stand på "
     "biblioteket i Bodø.\n310 voksne fikk veiledning om kurs og opplæring.",
     "program_karrieredognet.pdf (https://v5.airtableusercontent.com/v3/u/41/41/0a8fKq2Zt7/program_karrieredognet.pdf)",
     "2092-01-12 14:03", "J03"),
    ("Opplæring av kursledere i grunnleggende ferdigheter", "Gjennomført", "3.6", "Opplæring", "VOFO sentralt",
     ["HK-dir"],
     "Nettkurs og to samlinger for kursledere om hvordan lesing, skriving og regning kan trenes i vanlige kurs.\n"
     "170 kursledere fullførte.", "", "2092-01-09 09:40", None),
    ("Undersøkelse om læring i frivillige lag", "Gjennomført", "3.6", "Kunnskapsinnhenting", "VOFO sentralt",
     ["NORCE"],
     "VOFO spurte 1 400 lag og foreninger om hva medlemmene lærer gjennom frivillig arbeid.\nRapporten kom i "
     "september.", "", "2092-01-09 09:52", None),
    ("Ny versjon av kursoversikten på nett", "Gjennomført", "3.6", "Formidling", "VOFO sentralt",
     ["studieforbundene"],
     "Den nye kursoversikten viser alle studieforbundskurs i landet, med filter for sted og tema. 48 000 besøkte "
     "den i høst.", "", "2092-01-10 15:21", None),
    ("Studiesirkel om privatøkonomi for seniorer", "Utsatt", "3.6", "Opplæring", "VOFO Innlandet", [],
     "Studiesirkelen fikk for få påmeldte i høst.\nDen flyttes til februar 2092.", "", "2092-01-10 15:30", ""),
]

KIND = {"Verv": RAD, "Arrangement": ARR, "Opplæring": KURS, "Kunnskapsinnhenting": FOU, "Formidling": INFO}
HEAD = ["Tiltak", "Status", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse", "Vedlegg",
        "Sist endret"]


def build(out) -> list[dict]:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEAD)
    for n, st, dm, k, a, ps, t, att, ed, _seed in ROWS:
        w.writerow([n, st, DM_TITLE[dm], k, a, ",".join(ps), t, att, ed])
    (out / FILENAME).write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return [row(FILENAME, MEMBER, n, seed, dm, KIND[k], a, ", ".join(ps), t)
            for n, _st, dm, k, a, ps, t, _att, _ed, seed in ROWS if seed != ""]


def records(path) -> list[dict]:
    raw = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(raw, newline="")))


def text(path) -> str:
    return "\n".join("\n".join(r.values()) for r in records(path)) + "\n" + "\n".join(HEAD)
