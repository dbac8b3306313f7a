"""Virke: the team's Notion workspace exported with 'Export → Markdown & CSV, include subpages': a zip with the
parent page as Markdown, the database as CSV and one Markdown file per database row. The description exists only in
the row's own page."""
from __future__ import annotations

import csv
import hashlib
import io
import zipfile

from .common import ARR, FOU, INFO, KURS, RAD, row, write_zip

FILENAME = "Export-7c2e91d4-virke-kpr-2075.zip"
MEMBER = "Virke"
FORMAT = ("ZIP as downloaded from Notion ('Markdown & CSV', subpages included): parent page .md, database .csv "
          "(UTF-8 with BOM) and a folder with one .md per row, every name ending in a 32-hex page id; written as "
          "text, fixed zip timestamps")
SHAPE = ("Notion database 'Tiltak 2075': the CSV holds Name / Delmål (a select: code+words, code only or words "
         "only) / Type (Virke's words, empty once) / Ansvarlig / Samarbeid / Status / Sist endret; each row's page "
         "repeats the properties as 'Key: value' lines and holds the description as body text (the only place it "
         "is); rows with Status 'Avsluttet 2074' and 'Idé 2076', and a loose page 'Mal for nytt tiltak' (not "
         "truth rows)")
NOT_TRUTH = ("the parent page (intro, links), the CSV header, the rows/pages 'Handelsløftet-webinarer' (Avsluttet "
             "2074) and 'Traineeprogram for varehandelen' (Idé 2076), the template page 'Mal for nytt tiltak', "
             "the 'Sist endret' values")

COLS = ["Name", "Delmål", "Type", "Ansvarlig", "Samarbeid", "Status", "Sist endret"]
# (name, delmål, type, ansvarlig, samarbeid, status, body, truth)
ROWS = [
    ("Virkes representasjon i Samarbeidsrådet for yrkesopplæring", "1.4 Samarbeid utdanning–arbeidsliv", "Råd",
     "Virke Utdanning", "",
     "Virke har én fast plass i SRY og deltok på alle rådsmøtene i 2075. Vi la vekt på lærlingordningen i "
     "handel og tjenesteyting.", ("M02", "1.4", RAD)),
    ("Ord på jobb – lese- og skriveopplæring i butikk", "3.2", "Kurs", "Virke Handel", "VOFO, Handel og Kontor",
     "Ansatte i 40 butikker fikk opplæring i lesing, skriving og tallforståelse i arbeidstiden, tilrettelagt "
     "av studieforbundene.", ("J05", "3.2", KURS)),
    ("HR-nettverk for kompetanseledere i handel", "2.4 Koble behov og tilbud", "Nettverk", "Virke HR", "",
     "Nettverket samlet 28 HR-ledere fire ganger for å dele erfaringer med kompetansekartlegging.",
     (None, "2.4", RAD)),
    ("Handelsløftet-webinarer", "2.1", "Webinar", "Virke Handel", "", "Avsluttet 2074",
     "Serien ble avsluttet i desember 2074.", None),
    ("Lederkurs i strategisk kompetanseplanlegging", "2.4 Koble behov og tilbud", "Kurs", "Virke HR",
     "BI Handelshøyskolen",
     "Tredagers kurs for ledere i medlemsbedriftene om å lage en kompetanseplan knyttet til virksomhetens strategi.",
     (None, "2.4", KURS)),
    ("Frokostmøte om KBU-rapporten 2075", "1.1", "", "Virke Analyse", "",
     "Et frokostmøte for medlemmene der funnene i rapporten fra Kompetansebehovsutvalget ble lagt fram og "
     "diskutert.", (None, "1.1", ARR)),
    ("Undersøkelse om fagbrev i handelen", "Kunnskap om læring i arbeidslivet", "Analyse", "Virke Analyse",
     "Fafo", "Kartlegging av hvor mange ansatte i varehandelen som har fagbrev, og hva bedriftene betaler for "
     "fagopplæring.", (None, "2.2", FOU)),
    ("Virke Kompetanseportal", "2.4", "Nettside", "Virke Utdanning", "",
     "Ny nettside der medlemsbedriftene finner kurs, maler og veiledning om kompetanseutvikling.",
     (None, "2.4", INFO)),
    ("Traineeprogram for varehandelen", "1.4", "Program", "Virke Handel", "", "Idé 2076",
     "Ideen skal drøftes med medlemmene i 2076.", None),
]


def _hid(s: str) -> str:
    return hashlib.md5(("virke-notion/" + s).encode()).hexdigest()


def build(out) -> list[dict]:
    parent = "KPR-rapport 2075"
    pid, did = _hid(parent), _hid("db")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLS)
    entries = []
    rows = []
    for i, r in enumerate(ROWS):
        if len(r) == 7:  # measures of 2075 carry the status 'Gjennomført'
            r = (*r[:5], "Gjennomført", *r[5:])
        name, dm, typ, ansv, samarb, status, body, truth = r
        date = f"{10 + i}. januar 2076 {9 + i % 5:02d}:{(i * 7) % 60:02d}"
        w.writerow([name, dm, typ, ansv, samarb, status, date])
        md = [f"# {name}", "", f"Delmål: {dm}"]
        if typ:
            md.append(f"Type: {typ}")
        md += [f"Ansvarlig: {ansv}"]
        if samarb:
            md.append(f"Samarbeid: {samarb}")
        md += [f"Status: {status}", f"Sist endret: {date}", "", body, ""]
        entries.append((f"{parent} {pid}/Tiltak 2075/{name} {_hid(name)}.md", "\n".join(md), True))
        if truth:
            rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, samarb, body))
    tmpl = "# Mal for nytt tiltak\n\nDelmål: \nType: \nAnsvarlig: \n\nSkriv en kort omtale her.\n"
    parent_md = (f"# {parent}\n\nHer samler vi Virkes tiltak til rapporten til Kompetansepolitisk råd. Alle tiltak "
                 f"legges inn i databasen under.\n\n[Tiltak 2075]({parent}%20{pid}/Tiltak%202075%20{did}.csv)\n\n"
                 f"[Mal for nytt tiltak]({parent}%20{pid}/Mal%20for%20nytt%20tiltak%20{_hid('mal')}.md)\n")
    files = [(f"{parent} {pid}.md", parent_md, True),
             (f"{parent} {pid}/Tiltak 2075 {did}.csv", "\ufeff" + buf.getvalue(), True),
             *entries,
             (f"{parent} {pid}/Mal for nytt tiltak {_hid('mal')}.md", tmpl, True)]
    write_zip(out / FILENAME, files)
    return rows


def text(path) -> str:
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            out.append(z.read(n).decode("utf-8-sig"))
    return "\n".join(out)
