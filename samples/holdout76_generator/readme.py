"""README.md for held-out round 76."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCIL_NAMES, COUNCILS, JOINT, TYPES

TRAPS = [
    ("Regjeringen", "Utredning av RSA-ordningen",
     "about a council, not a seat in it: KD's own commission to Oxford Research to map how the RSA councils work; "
     "«Departementet sitter ikke i rådene; utredningen er et eget oppdrag» (Utredningsoppdrag → FoU, «1.4» in the KD "
     "column)"),
    ("LO", "Samling for LOs medlemmer i de faglige rådene",
     "about SRY, not a seat in it: LO's own two-day gathering for its representatives in SRY and the faglige råd; "
     "«Samlingen er LOs egen og er ikke en del av rådenes arbeid» (Samling → Arrangement, 2.3)"),
    ("NHO", "KI-sertifikatet 2.0 – forprosjekt",
     "NHO's own pre-project for a next version of J06, the row right above NHO's J06 row (the export is sorted by "
     "name) with the same «2.1 Digital kompetanse»; «Forprosjektet er NHOs eget og er ikke en del av det felles "
     "sertifikatet» (Forprosjekt → Prosjekt, 2.1)"),
    ("Nordland fylkeskommune", "Fagbrevbussen Lofoten – fylkets egen rute",
     "the county's own bus route named like J01, the box next to the county's J01 box in the same lane with the same "
     "Shape Data delmål; «Ruten er fylkeskommunens egen og er ikke en del av den nasjonale Fagbrevbussen» "
     "(Informasjon, 3.1)"),
    ("Kompetanseforbundet", "Artikkelserie om karriereveiledningsforumet",
     "about NFK, not a seat in it: the member magazine's own series about the forum, the card right after the NFK "
     "seat card; «Serien er vår egen og er ikke en del av forumets arbeid» (Artikkelserie → Informasjon, 1.3)"),
    ("Sametinget", "Yrkesfagveka i Sápmi – Sametingets egne dager",
     "Sametinget's own vocational days named like J03 (which Sametinget does not report); «Dagene er Sametingets "
     "egne og er ikke en del av den nasjonale Yrkesfagveka» (Temadager → Arrangement, 2.3)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell joined with a space); `samarbeidspartnere` is empty where the file names no partner "
    "(an empty cell, a missing «Med:»/«Samarbeid:» part, an empty Shape Data value and Kompetanseforbundet's slot "
    "fallback «–» are not partners) and otherwise lists the partners comma-separated as the file names them. "
    "Descriptions: Regjeringen's «Status ved utgangen av 2096»; LO's «Dette gjorde LO i 2096»; NHO's «Beskrivelse»; "
    "KS' «Hva KS gjorde»; Unio's «Hva vi gjorde»; YS' «Hva YS gjorde»; Virke's «Dette gjorde Virke»; Akademikerne's "
    "paragraph on the measure slide (the bullets and speaker notes are not description); Spekter's «beskrivelse»; "
    "VOFO's paragraph under the heading; Nordland's Shape Data «Beskrivelse»; UHR's «Resultat i 2096» (not "
    "«Omfang»); Fagskolerådet's «Beskrivelse» as the sheet now stands; Kompetanseforbundet's light-DOM paragraph; "
    "Sametinget's Norwegian paragraph.",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Oppnevnt utvalg / Rådsplass / Utvalgsarbeid / "
    "Rådsarbeid / Nettverk / Utvalgsplass / the section «Råd og utvalg» / RAAD_UTVALG_NETTVERK / Representasjon / "
    "Råd/utvalg → Råd/utvalg/nettverk; Utredningsoppdrag / Utredning / Spørreundersøkelse / Undersøkelse / «Rapport, "
    "undersøkelse (hovedform)» / Rapport / the section «Analyser» / FOU / Evaluering → FoU; Kurstilbud / "
    "Kursprogram / Kurs / Nettkurs / Videreutdanning / «Webinarer, kurs (hovedform)» / Bransjeprogram / the section "
    "«Kurs og webinarer» / KURS_UTDANNING / Opplæring → Kurs/utdanning; Forsøk / Forprosjekt / Prosjekt / "
    "Pilotprosjekt → Prosjekt; Informasjonsturné / Digital tjeneste / Kampanje / Veileder / the section "
    "«Nettressurser» / INFORMASJON / Artikkelserie / Nettjeneste → Informasjon; Aksjonsuke / Samling / «Konferanse "
    "(hovedform), nettverk» / Åpne dager / the section «Møteplasser» / ARRANGEMENT / Konferanse / Fagdag / Temadager "
    "→ Arrangement. Nordland's Shape Data and most of Fagskolerådet's cells use the secretariat's own words. UHR gives "
    "no kind; it is read from «Omfang»: «Fire møter i enheten» (the seat) → Råd/utvalg/nettverk, «Utviklingsarbeid "
    "over ti måneder, tolv institusjoner med» → Prosjekt, «Én konferanse, 350 deltakere» → Arrangement, «Én rapport "
    "med tall fra 21 institusjoner» → FoU, «Nettkurs på 5 studiepoeng, 1 100 deltakere» → Kurs/utdanning. A seat in "
    "a council is always Råd/utvalg/nettverk. Unio's main form is the one marked «(hovedform)», which is not always "
    "the first.",
    "Delmål given otherwise than as a plain code: Regjeringen as the code written in the column of the responsible "
    "ministry (one of KD / AID / NFD / KDD), the other three left empty; NHO as the dashboard model's label «2.4 "
    "Relevant etter- og videreutdanning» (code and short name); KS only through «Tabell 2», where each delmål row "
    "lists the numbers of its measures; Virke as the first code of the cell, last year's code following in brackets "
    "(«2.4 (i 2095: 2.1)» = 2.4, «2.5 (i 2095: 2.2)» = 2.5, «2.2 (i 2095: 1.4)» = 2.2); Akademikerne and VOFO as "
    "«Strategien: delmål x.y»; Nordland only as the box's Shape Data «Delmål»; Fagskolerådet as a plain code whose "
    "earlier value survives in the change tracking («2.3», now «2.4»); Kompetanseforbundet as a chip «Delmål x.y» "
    "inside the card's shadow root; Sametinget as «Delmål x.y» in the Norwegian layer's fact line (the hidden North "
    "Sámi layer says «Oassemihttu x.y»). LO, Unio, YS, Spekter and UHR give a plain code in a column of its own.",
    "Reporting year, told only in words: Regjeringen «Ordningen er vedtatt og lyses ut i februar 2097.»; LO "
    "«Nettkurset ble lagt ned ved utgangen av 2095 og er ikke videreført.»; NHO «Utdelingen er utsatt og holdes på "
    "NHOs kompetansekonferanse i mars 2097.»; KS «Programmet er ferdig planlagt og starter i april 2097.» (its number "
    "7 still stands in table 2); Unio «Kurset ble holdt for siste gang i 2095 …»; YS «Konferansen er flyttet til mai "
    "2097.»; Virke «Tilbudet ble avsluttet i 2095 …»; Akademikerne «Programmet er klart og starter i mars 2097.»; "
    "Spekter «Senteret er vedtatt og åpner i Tromsø høsten 2097.» (its status is GODKJENT like every other row); "
    "VOFO «Prisen ble delt ut for siste gang i 2095 …»; Nordland «Tilbudet er vedtatt og starter i august 2097.» "
    "(a dashed box); UHR «Portalen er utsatt og skal etter planen åpne høsten 2097.»; Fagskolerådet's row «Digital "
    "fagskolemesse 2095» («Messen ble holdt på nett i november 2095.») exists only as a deleted row in the change "
    "tracking; Kompetanseforbundet «Podkasten er spilt inn, og første episode kommer i februar 2097.»; Sametinget "
    "«Tilbudet er utsatt til høsten 2097 fordi det var for få søkere.» NHO's export notes the filter «Rapportår er "
    "2096» under the data; no file has a year column. The reports themselves are dated January 2097.",
    "Containers and how made: LO's table is the result of a LINK field (pasted from Excel as a link); NHO's workbook "
    "is shaped as Power BI's data export (sheet «Export», applied filters under the data); YS' workbook is an Excel "
    "binary workbook (.xlsb, BIFF12 records); Akademikerne's deck was made by pandoc from Markdown; Spekter's "
    "workbook is shaped as Apache POI's streaming writer makes it (inline strings, dimension «A1»); VOFO's PDF is "
    "the printer's file with bleed, crop marks and a slug line; Nordland's file is a Visio drawing whose measure facts "
    "are Shape Data; Fagskolerådet's ODS was saved by LibreOffice Calc with change recording on; "
    "Kompetanseforbundet's page was saved by SingleFile and keeps its web components' shadow roots as declarative "
    "templates; Sametinget's PDF has two language layers over each other, the Sámi one hidden by default. verify "
    "checks each of these facts (LibreOffice opens the XLSB and the VSDX as well). Regjeringen's, Unio's and "
    "Virke's PDFs are LibreOffice Writer exports of python-docx documents.",
    "Responsible and partners: Regjeringen – the ministry column that holds the code / Involverte; LO – Ansvar i LO / "
    "Sammen med; NHO – Eier / Samarbeidspartnere; KS – Ansvarlig i KS / Samarbeidspartnere; Unio – Forbund / "
    "Samarbeidet med; YS – Ansvarlig forbund / Samarbeidspartnere; Virke – Ansvarlig / Med; Akademikerne – the "
    "«Ansvar:» and «Med:» bullets; Spekter – ansvarlig_enhet / samarbeidspartnere; VOFO – «Ansvar:» / «Med:»; "
    "Nordland – the lane the box stands in / Shape Data «Samarbeidspartnere»; UHR – Ansvarlig / Partnere; "
    "Fagskolerådet – Ansvarlig / Samarbeid; Kompetanseforbundet – the slotted «ansvar» and «partnere» spans; "
    "Sametinget – «Ansvar:» / «Samarbeid:» in the Norwegian layer.",
]

DOUBTS = (
    "Doubts a reviewer may weigh: Regjeringen's KBU row is the ministries' observers in KBU, counted as the seat M04; "
    "Unio's «Sykepleierforbundet i UHR-Helse og velferd» and UHR's own «UHR-Helse og velferd – fagstrategisk enhet» "
    "are the same unit seen from a member union and from UHR, counted once each under M03 (UHR's row names the unit "
    "itself as responsible); KS' «Regionale kompetansenettverk for kommunene» and Nordland's «Kompetanseforum "
    "Nordland» are the members' own networks (1.2), not shared councils; Nordland's NFK row says the county holds "
    "the seat «for perioden 2095–2097», which makes it a 2096 seat; UHR's kinds are read from «Omfang» and could be "
    "argued (the framework as Prosjekt, the survey report as FoU); Virke's bracketed codes are last year's and not "
    "the delmål; Fagskolerådet's change tracking holds earlier values and a deleted 2095 row that the sheet no "
    "longer shows; Sametinget's hidden North Sámi layer repeats every measure in Sámi over the Norwegian text, and a "
    "layer-blind text extractor gets the two mixed; VOFO's slug line and crop marks lie outside the trim; "
    "Akademikerne's speaker notes are not description; NHO's rows are sorted by name, so the trap stands above the "
    "joint row it is named after.")


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 76 – reporting year 2096", "",
             "Regenerate with `python -m samples.holdout76_generator` (writes `samples/holdout76`); check with "
             "`python -m samples.holdout76_generator.verify`. The build is deterministic (fixed dates, metadata and "
             "zip timestamps; the LibreOffice exports with dates and /ID fixed; the Calc file's change dates fixed; "
             "pandoc run with SOURCE_DATE_EPOCH), so a rebuild gives byte-identical files; `verify` rebuilds into a "
             "temporary folder and compares.", "",
             "Every report covers the measures of 2096 and is dated January 2097. Items that a file places in 2095 or "
             "earlier, or in 2097, are not truth rows (see Notes for each file); this is said only in words inside "
             "the text («lyses ut i februar 2097», «lagt ned ved utgangen av 2095», «utsatt til høsten 2097»), never "
             "in a year column; Fagskolerådet's 2095 row survives only as a deleted row in the file's change tracking. "
             "Most of the fifteen reports are ordinary Word, Excel and PDF reports whose difficulty is in the details "
             "a member brings: the delmål written in the column of the responsible ministry, only in a second table "
             "that lists measure numbers per delmål, with last year's code in brackets, or as a dashboard's label; the "
             "kind as the form marked «(hovedform)» among several, as a system's enum constant, or only implied by "
             "what the measure consisted of; a table that is a LINK field's result; a workbook written as Apache POI "
             "streams it; a dashboard's data export; a spreadsheet with its change tracking left in; a printer's file "
             "with bleed and slug. The rest are containers not used before: an Excel binary workbook (.xlsb), a Visio "
             "drawing with the facts in Shape Data, a slide deck made by pandoc with the kind given by the section "
             "slides, a web page saved by SingleFile with shadow DOM, and a PDF with two language layers on top of "
             "each other. The sixteenth file, not a member report, is Spekter's internal competence plan for its own "
             "staff in 2097, attached by mistake.", "",
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
              f"{n_other} document that is not a member report)",
              f"- Truth rows: {len(rows)}",
              f"- Shared-council seats (M): {sum(seeds[k] for k in m_ids)} rows in {len(m_ids)} councils ("
              + ", ".join(f"{k}×{seeds[k]}" for k in m_ids) + ")",
              f"- Joint measures (J): {sum(seeds[k] for k in j_ids)} rows in {len(j_ids)} measures ("
              + ", ".join(f"{k}×{seeds[k]}" for k in j_ids) + ")",
              f"- Single-member measures (U): {len(u)} rows, of them {len(TRAPS)} traps (see Notes)",
              "- Types: " + ", ".join(f"{t} {types[t]}" for t in TYPES),
              "- Delmål: " + ", ".join(f"{k} {dm[k]}" for k in sorted(dm, key=lambda c: tuple(map(int, c.split("."))))),
              "", "Council ids: " + ", ".join(f"{k} = {v}" for k, v in COUNCILS.items()) + " ("
              + "; ".join(f"{k} = {v}" for k, v in COUNCIL_NAMES.items()) + ").",
              "", "Joint measure ids: " + "; ".join(f"{k} = {v}" for k, v in JOINT.items()) + ".", "",
              "Shared councils as each member names them:", ""]
    for k in m_ids:
        names = OrderedDict((r["member"], r["tiltak"]) for r in rows if r["seed_row"] == k)
        lines.append(f"- {k} ({COUNCILS[k]}) – " + "; ".join(f"{m}: «{n}»" for m, n in names.items()))
    lines += ["", "Joint measures as each member names them:", ""]
    for k in j_ids:
        names = OrderedDict((r["member"], r["tiltak"]) for r in rows if r["seed_row"] == k)
        lines.append(f"- {k} – " + "; ".join(f"{m}: «{n}»" for m, n in names.items()))
    lines += ["", "## Notes", ""]
    lines += [f"- {n}" for n in NOTES]
    lines.append("- Traps (U rows about a council rather than a seat in it, or a member's own phase or version of a "
                 "joint measure named like it):")
    lines += [f"  - {m}: {t} ({why})" for m, t, why in TRAPS]
    lines.append("- Not truth rows, per file:")
    lines += [f"  - `{mod.FILENAME}`: {mod.NOT_TRUTH}" for mod, _rs in per_file]
    lines.append("- The sixteenth file is Spekter's internal competence plan for its own staff in 2097 (negotiation "
                 "and Excel courses, first aid, a study trip, a plain-language course, a programme for new leaders, "
                 "with costs). It was attached by mistake to the mail that carried Spekter's report (file 9); it "
                 "looks like a list of courses but reports no measure of 2096 and has no rows.")
    lines.append("- " + DOUBTS)
    lines.append("- The sixteen files: five PDFs (three exported by LibreOffice Writer from DOCX, VOFO's printer's "
                 "file and Sametinget's layered PDF, both made with reportlab), three DOCX, three XLSX (one of them "
                 "the non-report), one XLSB, one PPTX made by pandoc, one ODS saved by LibreOffice Calc, one VSDX and "
                 "one HTML page saved by SingleFile.")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
