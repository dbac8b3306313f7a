"""README.md for held-out round 74."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("LO", "Samling for LOs medlemmer i de faglige rådene",
     "about a council, not a seat in it: LO's own two-day gathering for its 48 representatives in the faglige råd and "
     "SRY; «Samlingen var LOs egen og ikke et møte i rådene» (Holdt samling → Arrangement, «Læring i arbeidslivet, "
     "tredje delmål» = 2.3)"),
    ("KS", "Kompetansemonitoren – fordypning for barnehagene (fase 2)",
     "a second phase of J02 that KS runs alone, the row right under KS's J02 row with the same NKS code and kind; «Fase "
     "2 er KS' egen og er ikke en del av den felles undersøkelsen» (utr. → FoU, 2.2)"),
    ("Akademikerne", "Policy brief til KBU om realfagskompetanse",
     "about a council, not a seat in it: Akademikerne's own note sent to KBU as input, the row right under the KBU "
     "seat with the same «I.1»; «Notatet er vårt eget innspill og er ikke en del av utvalgets arbeid» (Policy brief → "
     "FoU, 1.1)"),
    ("VOFO", "Veilederløftet 2 – frivillige veiledere",
     "a new phase of J04 that VOFO runs alone, right under VOFO's J04 row; «Fasen drives av VOFO alene og er ikke en "
     "del av Veilederløftet» (#kurs → Kurs/utdanning, 1.3)"),
    ("Innlandet fylkeskommune", "Klimaløftet landbruk – egen pilot",
     "the county's own pilot named after J01, right under the county's J01 row and with the same regional-plan goal; "
     "«Piloten er fylkeskommunens egen og er ikke en del av Klimaløftet» (Pilot → Prosjekt, 2.4)"),
    ("UHR", "Kartlegging av RSA-ene ved universiteter og høyskoler",
     "about the councils, not a seat in one: UHR's own survey of how the RSAs work and who sits in them; "
     "«Kartleggingen er UHRs eget arbeid og er ikke en del av rådenes arbeid» (Kartlegging → FoU, 1.4)"),
    ("Sametinget", "Samisk fagbrevfeiring i Karasjok",
     "Sametinget's own celebration of new Sámi skilled workers in June, named like J03 (which Sametinget does not "
     "report); «Feiringen var Sametingets egen og er ikke en del av Fagbrevdagen» (Arrangement, 2.3)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell joined with a space); `samarbeidspartnere` is empty where the file names no partner "
    "(empty cells and a missing «Samarbeid» part are not partners) and otherwise lists the partners comma-separated "
    "as the file names them (lines inside one NHO cell, Unio's and VOFO's semicolons, Virke's « + », UHR's "
    "role-tagged actors and Sametinget's «Ovttasbargu / Samarbeid:» part all become a plain list). "
    "Descriptions: Regjeringen's «Gjennomført i 2094»; LO's «Dette skjedde i 2094»; NHO's «Hva ble gjort»; KS's "
    "«Omtale» (the letter is not description); Unio's «Hva skjedde»; YS' «Kort om»; Virke's «Slik gjorde vi "
    "det»; Akademikerne's «Beskrivelse»; Spekter's «Status 2094»; "
    "VOFO's «Beskrivelse»; Innlandet's «Innhold 2094»; UHR's «Resultater i 2094»; Fagskolerådet's «Beskrivelse»; "
    "Kompetanseforbundet's «Om tiltaket»; Sametinget's the paragraph under the heading (the grey line is not "
    "description).",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Råd og utvalg (oppnevning) / Satt i utvalget / "
    "Satt i rådet / Partsplass / nettv. / Plass i enheten / Utvalg / Nettverk / Rådsplass / Representasjon / #forum / "
    "Forumplass / Partnerskapsforum / Fagstrategisk arbeid / Råd, utvalg og nettverk / Observatørplass → "
    "Råd/utvalg/nettverk; Kunnskapsgrunnlag / Bestilte forskning / Bedriftsundersøkelse / utr. / Undersøkelse "
    "(felles) / Policy brief / Survey / #kartlegging / Kartlegging / FoU/analyse → FoU; Videreutdanning (tilskudd) / "
    "Holdt kurs / Felles kursprogram / Sommerskole / Praksiskurs / Opplæring / Kursprogram / Lederopplæring / "
    "#videreutdanning / #kurs / Kurstilbud / Opplæringstilbud / Kurs og utdanning / Videreutdanning / Nettkurs / Kurs "
    "→ Kurs/utdanning; Forsøk / Bransjeprosjekt / prosj. / Prosjekt / Felles prosjekt / Pilot → Prosjekt; "
    "Nettjeneste / Veileder / Informasjonsfilm / #kampanje / Nettveiledning / Nettportal / Informasjon / Podkast → "
    "Informasjon; Markering / Holdt samling / Konferanse / Workshop / Fagsamling / Arrangement → Arrangement. A seat "
    "in a council is always Råd/utvalg/nettverk.",
    "Delmål given otherwise than as a plain code: Regjeringen only as the running number of the delmål in the "
    "strategy, 1–16, explained by the key line «Strategimål» above the table (1 = 1.1, 7 = 2.3, 8 = 2.4, 9 = 2.5, 11 "
    "= 3.1, 13 = 3.3); LO as the hovedinnsatsområde's name and an ordinal word («Gode valg for den enkelte og for "
    "samfunnet, første delmål» = 1.1, «Læring i arbeidslivet, første/andre/tredje/fjerde delmål» = 2.1/2.2/2.3/2.4); "
    "NHO as what a Norwegian Excel made of the typed codes in January 2095 – date cells shown with the format dd.mmm "
    "(02.03.2095 = 2.3, 02.04.2095 = 2.4, 02.02.2095 = 2.2, 02.01.2095 = 2.1) and one text cell «2.3»; KS with the "
    "prefix «NKS» («NKS 2.3»), explained in the letter; Unio as its own short code of two letters for the area and "
    "the delmål's number, explained by a key line under the table («GV4» = 1.4, «LA2» = 2.2); Spekter as the code "
    "followed by a letter for the sub-point in Spekter's own action plan («1.4 a», «1.4 c», «2.2 b», «2.3 a»; the "
    "letter is not part of the delmål); Virke only as a breadcrumb «area "
    "› delmål» in Virke's short words («Læring i arbeidslivet › Yrkesfag» = 2.3, «Læring i arbeidslivet › Digital "
    "kompetanse» = 2.1, «Læring i arbeidslivet › Kunnskap om læring» = 2.2, «Gode valg › Utdanning og arbeidsliv» = "
    "1.4, «Svak tilknytning › Norsk og kvalifisering» = 3.4); Akademikerne as a Roman numeral and a digit («I.1», "
    "«I.4», «II.1», «II.2», «III.4»); Innlandet fylkeskommune as a plain code under «Nasjonalt delmål», beside the "
    "county's own regional-plan goal numbered the same way («RP 3.1 Grønn omstilling» is not delmål 3.1); Sametinget "
    "as the first part of each heading («1.4 | Rådsplass | …»).",
    "Reporting year, told only in words: Regjeringen «Forsøket ble avsluttet 31. desember 2093. Sluttrapporten "
    "ventes i mars 2095.»; LO «Kurset ble holdt siste gang i november 2093 og er ikke videreført.»; NHO «Utdelingen "
    "er utsatt og holdes under NHOs årskonferanse i februar 2095.»; KS «Programmet er vedtatt i KS-styret. Oppstart "
    "er i januar 2095.»; Unio «Seminaret ble holdt i april 2093 og er ikke gjentatt.»; YS «Seminaret er utsatt til "
    "våren 2095.»; Virke «Konferansen er utsatt til mars 2095.»; Akademikerne «Modulen er under utvikling og "
    "lanseres i februar 2095.»; Spekter «Kurset er planlagt og starter i 2095.»; VOFO "
    "«Holdes annethvert år. Neste konferanse er i april 2095.»; Innlandet «Tilbudet er vedtatt og starter opp i "
    "februar 2095.»; UHR «Kurset ble avsluttet i 2093 og inngår nå i institusjonenes egne tilbud.»; "
    "Kompetanseforbundet «Ordningen er utsatt til høsten 2095.»; Sametinget «Tilbudet er utsatt til 2095 fordi det "
    "ikke var nok lærere.» Fagskolerådet has no such item. The reports themselves are dated January 2095.",
    "Containers and how made: KS's PDF is two PDFs combined by a PDFium-based tool (Creator and Producer «PDFium»): "
    "a Writer letter and a Calc table; verify checks the producer and the two pages. YS' report is an AVIF photo of "
    "a laptop screen (no EXIF, no text layer); verify checks that it is an AVIF file and, where Tesseract is "
    "installed, OCRs a PNG copy and looks for the words of every name. VOFO's XLSX is shaped like a Google Sheets "
    "download (no docProps, no theme, shared strings; verify checks the parts). Kompetanseforbundet's XLSX is shaped "
    "like a Numbers export with its summary sheet (verify checks the sheet names and that docProps/app.xml is "
    "missing). NHO's goal cells are real date cells (verify checks five dates and one text cell). Regjeringen's, "
    "Spekter's, UHR's and NSO's PDFs are LibreOffice Writer exports of python-docx documents.",
    "Responsible and partners: Regjeringen – Dep. / Med; LO – LO-ansvar / Samarbeidet med; NHO – Eier / Med på laget "
    "(one per line); KS – KS-enhet / Partnere; Unio – Ansvarlig forbund / Med (semicolons); YS – YS-forbund / "
    "Samarbeid; Virke – Virke-ansvarlig / Partnere (« + »); Akademikerne – Lead / Partnere; Spekter – Ansvar i Spekter "
    "/ Partnere; VOFO – Ansvarlig / Partnere (semicolons); Innlandet – Sektor / Partnere; UHR – the one column "
    "«Aktører»: the actor tagged «(ansv.)» / the actors tagged «(partner)»; "
    "Fagskolerådet – Fagskole/enhet / Samarbeidspartnere; Kompetanseforbundet – Hvem / Partnere; Sametinget – "
    "«Ovddasvástádus / Ansvar:» / «Ovttasbargu / Samarbeid:».",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 74 – reporting year 2094", "",
             "Regenerate with `python -m samples.holdout74_generator` (writes `samples/holdout74`); check with "
             "`python -m samples.holdout74_generator.verify`. The build is deterministic (fixed dates, metadata and "
             "zip timestamps; the LibreOffice exports and the PDFium merge with dates and /ID fixed; the photo's noise "
             "seeded and the AVIF encoder run single-threaded), so a rebuild gives byte-identical files; `verify` "
             "rebuilds into a temporary folder and compares.", "",
             "Every report covers the measures of 2094 and is dated January 2095. Items that a file places in 2093 or "
             "earlier, or in 2095, are not truth rows (see Notes for each file); this is said only in words inside "
             "the text («avsluttet 31. desember 2093», «holdt siste gang i november 2093», «utsatt til våren 2095», "
             "«starter i 2095», «neste konferanse er i april 2095»), never in a year column. Eleven of the fifteen "
             "reports are ordinary Word, Excel and PDF reports whose difficulty is in the details a member brings: "
             "the delmål as its running number 1–16, as an area name and an ordinal word, as date cells that Excel "
             "made of the typed codes, as two letters for the area and a digit («LA2»), as a breadcrumb of short "
             "words, as a Roman numeral, with a letter for the member's own sub-point, beside a regional plan "
             "numbered the same way, or at the start of a heading between vertical bars; the kind as verb phrases, "
             "anglicisms, hashtags or the council's categories spelled another way; responsible and partners in one "
             "column with role tags; councils named by an appointment period, a role or the side of the table. The "
             "rest are ways of making files not used before: a PDF combined by a PDFium-based tool, an AVIF photo of "
             "a laptop screen, an XLSX shaped like a Google Sheets download and one shaped like an Apple Numbers "
             "export; the sixteenth file, not a member report, is a non-member's application for a seat.", "",
             "| # | File | Member | Format / how made | Shape | Truth rows |",
             "|---|------|--------|-------------------|-------|-----------:|"]
    for i, (mod, rs) in enumerate(per_file, 1):
        member = mod.MEMBER or "— (not a member report)"
        lines.append(f"| {i} | `{mod.FILENAME}` | {member} | {_esc(mod.FORMAT)} | {_esc(mod.SHAPE)} | {len(rs)} |")
    members = [m.MEMBER for m, _ in per_file if m.MEMBER]
    seeds = Counter(r["seed_row"] for r in rows)
    m_ids = sorted(k for k in seeds if k.startswith("M"))
    j_ids = sorted(k for k in seeds if k.startswith("J"))
    u = [r for r in rows if r["seed_row"].startswith("U")]
    types = Counter(r["type"] for r in rows)
    dm = Counter(r["delmal"] for r in rows)
    n_other = len(per_file) - len(members)
    lines += ["", "## Counts", "",
              f"- Files: {len(per_file)} ({len(members)} member reports from {len(set(members))} different members, "
              f"{n_other} document{'s' if n_other != 1 else ''} that {'are' if n_other != 1 else 'is'} not a member "
              f"report)",
              f"- Truth rows: {len(rows)}",
              f"- Shared-council seats (M): {sum(seeds[k] for k in m_ids)} rows in {len(m_ids)} councils ("
              + ", ".join(f"{k}×{seeds[k]}" for k in m_ids) + ")",
              f"- Joint measures (J): {sum(seeds[k] for k in j_ids)} rows in {len(j_ids)} measures ("
              + ", ".join(f"{k}×{seeds[k]}" for k in j_ids) + ")",
              f"- Single-member measures (U): {len(u)} rows, of them {len(TRAPS)} traps (see Notes)",
              "- Types: " + ", ".join(f"{t} {types[t]}" for t in TYPES_ORDER),
              "- Delmål: " + ", ".join(f"{k} {dm[k]}" for k in sorted(dm, key=lambda c: tuple(map(int, c.split("."))))),
              "", "Council ids: " + ", ".join(f"{k} = {v}" for k, v in COUNCILS.items())
              + " (SRY = Samarbeidsrådet for yrkesopplæring and its faglige råd; RSA = Råd for samarbeid med "
                "arbeidslivet, one per university or college; KBU = Kompetansebehovsutvalget; FSR = Nasjonalt "
                "fagskoleråd; NFK = Nasjonalt forum for karriereveiledning; UHR-FSE = UHR's fagstrategiske enheter, "
                "such as UHR-Lærerutdanning, UHR-Medisin og helse and UHR-Økonomi og administrasjon).",
              "", "Joint measure ids: " + "; ".join(f"{k} = {v}" for k, v in JOINT.items()) + ".", "",
              "Shared councils as each member names them:", ""]
    for k in m_ids:
        names = OrderedDict()
        for r in rows:
            if r["seed_row"] == k:
                names[r["member"]] = r["tiltak"]
        lines.append(f"- {k} ({COUNCILS[k]}) – " + "; ".join(f"{m}: «{n}»" for m, n in names.items()))
    lines += ["", "Joint measures as each member names them:", ""]
    for k in j_ids:
        names = OrderedDict()
        for r in rows:
            if r["seed_row"] == k:
                names[r["member"]] = r["tiltak"]
        lines.append(f"- {k} – " + "; ".join(f"{m}: «{n}»" for m, n in names.items()))
    lines += ["", "## Notes", ""]
    lines += [f"- {n}" for n in NOTES]
    lines.append("- Traps (U rows about a council rather than a seat in it, or a member's own phase or version of a "
                 "joint measure named like it):")
    lines += [f"  - {m}: {t} ({why})" for m, t, why in TRAPS]
    lines.append("- Not truth rows, per file:")
    for mod, _rs in per_file:
        lines.append(f"  - `{mod.FILENAME}`: {mod.NOT_TRUTH}")
    lines.append("- The application is from Norsk studentorganisasjon (NSO), which is not a member of the council: it "
                 "asks for a seat from 2095 and lists its own work in 2094 (student representatives in the RSAs, its "
                 "part in Fagbrevdagen 2094, a survey and a campaign). It reads like a report but reports no member's "
                 "measures and has no rows; the members that report J03 are Regjeringen, YS and Virke (files 1, 6 and "
                 "7).")
    lines.append("- Doubts a reviewer may weigh: Regjeringen's KBU row is the ministries' part in KBU (KD appoints the "
                 "committee and the ministries observe), counted as the seat M03; Akademikerne's and "
                 "Kompetanseforbundet's observer seats (UHR-Medisin og helse, Nasjonalt fagskoleråd) are counted as "
                 "seats; UHR's seat row names Virke, NHO and Spekter as partners of the unit's dialogue; Innlandet's "
                 "«Kompetanseforum Innlandet» is the county's own partnership forum (1.2), not one of the six shared "
                 "councils; NHO's «Sommerskole» for pupils is read as Kurs/utdanning (it serves delmål 2.3); LO's J01 "
                 "row names the LO union Fellesforbundet among the partners, as the file does; YS' photo shows the "
                 "word processor's ribbon and status bar, which are no part of the report.")
    lines.append("- The sixteen files: five PDFs (four exported by LibreOffice Writer from DOCX, one of them the "
                 "non-report, and KS's combined by PDFium from a Writer letter and a Calc table), five DOCX made with "
                 "python-docx, five XLSX (three made with openpyxl, one shaped like a Google Sheets download with "
                 "xlsxwriter, one shaped like a Numbers export with openpyxl) and one AVIF photo.")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
