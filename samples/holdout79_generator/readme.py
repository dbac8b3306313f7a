"""README.md for held-out round 79: the file table, the counts, how each member names the shared councils and the
joint measures, and the notes a reviewer needs (traps, what is not a truth row, doubts)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from .common import COUNCIL_NAMES, COUNCILS, JOINT, TYPES

TRAPS = [
    ("Regjeringen", "Evaluering av Kompetansebehovsutvalget",
     "about KBU, not a seat in it: KD's own commission to Oxford Research, the CSV row right under the ministries' "
     "KBU seat with the same running number 1; «Evalueringen er KDs eget oppdrag; utvalget selv var ikke "
     "oppdragsgiver» (UTR → FoU, 1.1)"),
    ("KS", "Følgestudie av Språksporet i Agder-kommunene",
     "KS' own study of J05, right after KS' J05 measure with the same kicker delmål 3.4; «Studien er KS' egen og "
     "inngår ikke i fellesprosjektet» (følgeforskning → FoU, 3.4)"),
    ("Spekter", "Kurs for ledere som skal inn i RSA-rådene",
     "about RSA, not a seat in it: Spekter's own course for leaders new in the councils, the row right under Helse "
     "Vest's RSA seat with the same delmål 1.4; «Kurset var Spekters eget og ikke en del av rådenes arbeid» "
     "(Opplæring ticked → Kurs/utdanning, 1.4)"),
    ("VOFO", "Karriereuka for ansatte i studieforbundene",
     "VOFO's own internal gathering in the same week, named like J03 and listed right after VOFO's J03 measure with "
     "the same delmål 1.3; «Samlingen var VOFOs egen og ikke en del av den nasjonale karriereuka» (intern samling → "
     "Arrangement, 1.3)"),
    ("Agder fylkeskommune", "Voksenløftet Agder – infokvelder på bibliotekene",
     "the county's own version of J02 named like it, the row right under the county's J02 row with the same codes "
     "(«RP 2.1 / NKS 3.1»); «Kveldene var fylkeskommunens eget tiltak og ikke en del av den nasjonale kampanjen» "
     "(Publikumsmøter → Arrangement, 3.1)"),
    ("UHR", "Praksisbanken for doktorgradskandidater – pilot",
     "UHR's own pilot phase named like J06, right after UHR's J06 row with the same main delmål 1.4; «Piloten er UHRs "
     "egen og er ikke en del av den felles tjenesten» (Pilotprosjekt → Prosjekt, 1.4)"),
]

DESCRIPTIONS = (
    "Descriptions: Regjeringen's «omtale» field; LO's «Dette ble gjort i 2099»; NHO's «Hva ble gjort» on the sheet "
    "«Omtale» (the pivot has no text); KS' paragraph under the heading; Unio's text in whichever of the six "
    "description columns holds it; YS' «Hva vi har oppnådd»; Virke's «Resultat 2099»; Akademikerne's content block "
    "after the function call; Spekter's «Hva ble gjort»; VOFO's paragraph after the «Ansvar: … / Samarbeid: …» line; "
    "Agder's «Omtale»; UHR's «Beskrivelse»; Fagskolerådet's «Hva gjorde dere i 2099?»; Kompetanseforbundet's "
    "paragraph under the bold name (not the key figure); Sametinget's «Mii dahkkojuvvui 2099:s».")

RESPONSIBLE = (
    "Responsible and partners: Regjeringen – departement / samarbeid (semicolons); LO – Ansvarlig ledd / Allianser; "
    "NHO – Ansvar / Samarbeid in the pivot («(tom)» = none); KS – «Ansvarlig i KS:» / «Samarbeid:»; Unio – Forbund / "
    "Sammen med; YS – Forbund / Sammen med; Virke – Prosjekteier / Partnere; Akademikerne – ansvar: / med: (an "
    "array); Spekter – Ansvarlig / Partnere; VOFO – «Ansvar:» / «Samarbeid:»; Agder – Ansvarlig enhet / "
    "Samarbeidspartnere; UHR – Ansvarlig enhet / Samarbeid; Fagskolerådet – Hvem ledet arbeidet? / Hvem var med?; "
    "Kompetanseforbundet – «Ansvar:» / «Med:» in the grey line; Sametinget – Ovddasvástideaddji / "
    "Ovttasbargoguoimmit.")

TYPE_NOTE = (
    "`type` is the secretariat's reading of the member's own word: DELT (Deltakelse i råd og utvalg) / Rådsplass / "
    "Nettverk / Rådsarbeid / rådsarbeid / nettverk / Råd og nettverk column / Råds- og utvalgsarbeid / «Innflytelse "
    "› Råd og utvalg › Faglig råd» / Representasjon / forumdeltakelse / Strategisk enhet / Et råd / Forumplass → "
    "Råd/utvalg/nettverk; UTR (Utredning og evaluering) / Forskningsoppdrag / Undersøkelse / kartlegging / "
    "følgeforskning / Utredning column / Analyse / «Kunnskap › Undersøkelser › Medlemsundersøkelse» / rapport / "
    "Kartlegging / evaluering / En kartlegging / Undersøkelse / Rapport → FoU; OPPL (Tilskudd til opplæring) / "
    "Skolering / Kurs / lederopplæring / Opplæring column / Kompetanseprogram / «Kompetanse › Kurs › Nettkurs» / "
    "etterutdanning / Opplæring ticked / studiesirkel / Utdanningstilbud / Et kursprogram → Kurs/utdanning; FORS "
    "(Forsøk og utviklingsarbeid) / Pilot / utviklingsprosjekt / Utviklingsarbeid column / «Utvikling › Prosjekter "
    "› Pilotprosjekt» / Utviklingsprosjekt ticked / Pilotprosjekt → Prosjekt; KOMM (Kommunikasjon og veiledning) / "
    "Kampanje / Bedriftsbesøk / Informasjon column / nettjeneste / Nettjeneste / En kampanje / Podkast → "
    "Informasjon; MØTE (Konferanser og samlinger) / Fagdag / Webinar / «Aktivitet › Møteplass › Frokostseminar» / "
    "karrieredag / Konferanse ticked / åpne dører / intern samling / Publikumsmøter / Åpent arrangement / En "
    "konferanse / Veiledningsdager / Messe → Arrangement. A seat in a council is always Råd/utvalg/nettverk; a joint "
    "measure has the same type and delmål in every member's row.")

DELMAL_NOTE = (
    "Delmål given otherwise than as a plain code: Regjeringen as a running number 1–16 through the strategy (1 = "
    "1.1, 2 = 1.2, 8 = 2.4, 10 = 2.6, 11 = 3.1, 13 = 3.3), explained only in the field description in "
    "datapackage.json; LO only as the anchor of a printed web address («…/kompetansestrategien#delmal-2-3»); NHO as "
    "a pivot row label («2.4 Behov og tilbud») written only on the first row of its group, so the second 2.4 row has "
    "a blank delmål cell; KS in the small-caps kicker above the heading («rådsarbeid · delmål 2.3»), i.e. before the "
    "measure's name; YS with a letter for YS' own action-plan point («2.4 b», «1.1 a»); Akademikerne as a named "
    "string argument (delmål: \"1.4\"); VOFO in a line «Delmål 1.3 – form: …» in the mail body; Agder as the «NKS» "
    "code in a cell that also holds the regional plan's «RP» code, in either order («RP 1.3 / NKS 2.4», «NKS 2.2 · RP "
    "1.1»); UHR in a sentence where words mark the main delmål («Berører 2.4, men først og fremst 1.4» = 1.4, «Delvis "
    "1.4, hovedsakelig 2.4» = 2.4); Fagskolerådet as «nr. 2.4»; Kompetanseforbundet in the grey line «Delmål 1.3 · "
    "…»; Sametinget under the Sámi head «Oassemihttu». Unio, Spekter and Virke give a plain code.")

YEAR_NOTE = (
    "Reporting year, told only in words: Regjeringen «… trer i kraft 1. mars 2100.» (row R-2099-08); LO «… starter "
    "først i februar 2100.»; NHO «Toppmøtet ble utsatt og holdes i mars 2100.» (on «Omtale»; in the pivot cache with "
    "Status «Utsatt», hidden by the report filter); KS «… holdes i april 2100.» (under «Andre forhold»); Unio «… er "
    "flyttet til mars 2100.» (in the conference column); YS «Kampanjen ble avsluttet i desember 2098 …»; Virke «… tar "
    "opp de første traineene i august 2100.»; Akademikerne «… starter i februar 2100.» (under «= Planlagt for "
    "2100»); Spekter «Kurset ble lagt ned ved utgangen av 2098 …» (its box still ticked); VOFO «… starter i mars "
    "2100.» (under «Ellers:»); Agder «Senteret er vedtatt og åpner i september 2100.»; UHR «… skal etter planen "
    "lanseres høsten 2100.» (under the table); Fagskolerådet «Den nye modulen er klar og starter i januar 2100.» (a "
    "row named «Batteriskolen – …»); Kompetanseforbundet «… er utsatt og starter i 2100.» (under «Til slutt»); "
    "Sametinget «… lanseres i mai 2100.» (under the table). No file has a year column. The reports are dated January "
    "2100.")

CONTAINER_NOTE = (
    "Containers and how made: Regjeringen's report is a Frictionless Data Package in a zip (datapackage.json, "
    "data/tiltak.csv, LESMEG.md); NHO's workbook holds a real pivot table whose cache points through an "
    "externalLinkPath relationship to a source workbook that is not sent (LibreOffice rebuilds the pivot from the "
    "cache; the filtered-out record is in pivotCacheRecords1.xml only); Akademikerne's report is a Typst source file "
    "(it compiles with the Typst compiler; the PDF made from it was not sent); Spekter's workbook uses Excel's in-cell "
    "checkboxes (boolean cells whose format points to the feature property bag part); VOFO's report is an Apple "
    "Mail .emlx file (byte count line, message, plist); KS', YS', UHR's, Kompetanseforbundet's and the non-report's "
    "PDFs are LibreOffice Writer exports of python-docx documents. verify checks each of these facts.")

DOUBTS = (
    "Doubts a reviewer may weigh: Regjeringen's KBU row is the ministries as observers, counted as the seat M03; "
    "Regjeringen's «Digital søknad om godkjenning av utenlandsk fagutdanning» is coded KOMM (Kommunikasjon og "
    "veiledning) and counted as Informasjon; the seats in SRY are LO's (SRY and the faglige råd), KS' (two places "
    "in SRY) and Virke's (one faglig råd), all M01; Unio's, Akademikerne's and Spekter's RSA seats are at three "
    "institutions (OsloMet, NTNU, Høgskulen på Vestlandet), all M02; Unio's observer place and UHR's working "
    "committee are both in UHR-Lærerutdanning (M06); Agder's FSR seat says the county holds the counties' place; "
    "NHO's pivot writes «(tom)» for no partner and the delmål label only once per group, and its Totalsum and "
    "«Sum av Deltakere» numbers are no measures; the NHO number 1 in «Deltakere» for the KBU seat is NHO's one "
    "member; Unio's conference row has its text in the conference column like any other row; Spekter's closed "
    "course has its Opplæring box ticked; Akademikerne's commented-out call is a cancelled course, not a measure, "
    "and the function definition's parameter names are not data; VOFO's body is quoted-printable, so a reader of "
    "the raw file sees «=C3=A5» for «å» and soft line breaks («=» at line ends); Agder's RP codes are the regional "
    "plan's and never delmål even where they look like one; UHR's «Delmål 1.4 (hovedmål); også 2.2» has the main "
    "goal first, two other rows have it last; Fagskolerådet's «Batteriskolen – modul i resirkulering» is named like "
    "J04 but starts in 2100 and is no row; Kompetanseforbundet's key figures (4, 52, 3, 12, 1 100) stand before the "
    "names and are not codes; Sametinget's file name and column heads are North Sámi, its cells Norwegian.")


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def _names(rows, sid) -> str:
    seen = {}
    for r in rows:
        if r["seed_row"] == sid:
            seen.setdefault(r["member"], r["tiltak"])
    return "; ".join(f"{m}: «{n}»" for m, n in seen.items())


def write_readme(out: Path, per_file, rows) -> None:
    members = [m.MEMBER for m, _ in per_file if m.MEMBER]
    seeds = Counter(r["seed_row"] for r in rows)
    m_ids = sorted(k for k in seeds if k[0] == "M")
    j_ids = sorted(k for k in seeds if k[0] == "J")
    n_u = sum(v for k, v in seeds.items() if k[0] == "U")
    types = Counter(r["type"] for r in rows)
    dm = Counter(r["delmal"] for r in rows)
    intro = (
        "Every report covers the measures of 2099 and is dated January 2100. Items a file places in 2098 or earlier, "
        "or in 2100, are not truth rows; the files say so only in words («trer i kraft 1. mars 2100», «lagt ned ved "
        "utgangen av 2098», «utsatt og holdes i mars 2100»), never in a year column. Most of the fifteen reports are "
        "ordinary Word, Excel and PDF reports whose difficulty is in the details: the delmål as the anchor of a web "
        "address, in a kicker above the heading, with a letter for the member's own action-plan point, next to a "
        "regional code in the same cell, in a sentence that marks the main goal, as «nr. 2.4», or under a North Sámi "
        "column head; the kind as a database category path, as the column the description is written in, as a "
        "ticked in-cell checkbox, or as a phrase with an article. The rest are ways of making files not used "
        "before: a Frictionless data package, a workbook holding a real pivot table with its cache, a Typst source "
        "file and an Apple Mail .emlx message. The sixteenth file, not a member report, is the questionnaire for "
        "next year's joint survey, sent by NHO for information.")
    lines = ["# Held-out round 79 – reporting year 2099", "",
             "Regenerate with `python -m samples.holdout79_generator` (writes `samples/holdout79`); check with "
             "`python -m samples.holdout79_generator.verify`. The build is deterministic (fixed dates, metadata and "
             "zip timestamps; the LibreOffice exports with dates, /ID and /DocChecksum fixed; fixed ids in the data "
             "package, the pivot cache and the mail), so a rebuild gives byte-identical files; `verify` rebuilds "
             "into a temporary folder and compares.", "", intro, "",
             "| # | File | Member | Format / how made | Shape | Truth rows |",
             "|---|------|--------|-------------------|-------|-----------:|"]
    for i, (mod, rs) in enumerate(per_file, 1):
        who = mod.MEMBER or "— (not a member report)"
        lines.append(f"| {i} | `{mod.FILENAME}` | {who} | {_esc(mod.FORMAT)} | {_esc(mod.SHAPE)} | {len(rs)} |")
    lines += ["", "## Counts", "",
              f"- Files: {len(per_file)} ({len(members)} member reports from {len(set(members))} different members, "
              f"{len(per_file) - len(members)} document that is not a member report)",
              f"- Truth rows: {len(rows)}",
              f"- Shared-council seats (M): {sum(seeds[k] for k in m_ids)} rows in {len(m_ids)} councils ("
              + ", ".join(f"{k}×{seeds[k]}" for k in m_ids) + ")",
              f"- Joint measures (J): {sum(seeds[k] for k in j_ids)} rows in {len(j_ids)} measures ("
              + ", ".join(f"{k}×{seeds[k]}" for k in j_ids) + ")",
              f"- Single-member measures (U): {n_u} rows, of them {len(TRAPS)} traps (see Notes)",
              "- Types: " + ", ".join(f"{t} {types[t]}" for t in TYPES),
              "- Delmål: " + ", ".join(f"{k} {dm[k]}" for k in sorted(dm, key=lambda c: tuple(map(int, c.split("."))))),
              "", "Council ids: " + ", ".join(f"{k} = {v}" for k, v in COUNCILS.items()) + " ("
              + "; ".join(f"{k} = {v}" for k, v in COUNCIL_NAMES.items()) + ").", "",
              "Joint measure ids: " + "; ".join(f"{k} = {v}" for k, v in JOINT.items()) + ".", "",
              "Shared councils as each member names them:", ""]
    lines += [f"- {k} ({COUNCILS[k]}) – {_names(rows, k)}" for k in m_ids]
    lines += ["", "Joint measures as each member names them:", ""]
    lines += [f"- {k} – {_names(rows, k)}" for k in j_ids]
    lines += ["", "## Notes", "",
              "- `truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, "
              "samarbeidspartnere, beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are "
              "written as the file states them (line breaks joined with a space); `samarbeidspartnere` is empty "
              "where the file names no partner (an empty cell, «(tom)», «Samarbeid: –», no «Med:» part, no med: "
              "argument) and otherwise lists the partners comma-separated as the file names them (Regjeringen's "
              "semicolons and Akademikerne's array become commas). " + DESCRIPTIONS,
              "- `seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a "
              "seat in it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported "
              "by two or three members in their own words, U01.. = a member's own measure, numbered in file order.",
              "- " + TYPE_NOTE, "- " + DELMAL_NOTE, "- " + YEAR_NOTE, "- " + CONTAINER_NOTE, "- " + RESPONSIBLE,
              "- Traps (U rows about a council rather than a seat in it, or a member's own study, event or phase "
              "named like a joint measure):"]
    lines += [f"  - {m}: {t} ({why})" for m, t, why in TRAPS]
    lines.append("- Not truth rows, per file:")
    lines += [f"  - `{mod.FILENAME}`: {mod.NOT_TRUTH}" for mod, _rs in per_file]
    lines += ["- The sixteenth file is the questionnaire for Læringsbarometeret 2100, which NHO sent for information "
              "with its pivot (file 3). Its numbered questions and tick boxes name kinds of training, Voksenløftet, "
              "Batteriskolen, Praksisbanken and Kompetansebehovsutvalget, but it asks about 2100, reports nothing done "
              "in 2099 and has no rows.",
              "- " + DOUBTS,
              "- The sixteen files: five PDFs (LibreOffice Writer exports of DOCX), four DOCX, four XLSX (one with a "
              "pivot table, one with in-cell checkboxes), one zip holding a data package, one Typst source file and "
              "one Apple Mail .emlx message.",
              "- `.tiltakignore` keeps `truth.csv` and this README out of a run."]
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
