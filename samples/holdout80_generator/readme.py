"""README.md for held-out round 80: the file table, the counts, how each member names the shared councils and the
joint measures, and the notes a reviewer needs (traps, what is not a truth row, doubts)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from .common import COUNCIL_NAMES, COUNCILS, JOINT, TYPES

TRAPS = [
    ("Regjeringen", "Bestilling av temarapport om havvind fra Kompetansebehovsutvalget",
     "about KBU, not a seat in it: KD's own commission of a theme report, right under the ministries' KBU seat in "
     "the same merged delmål cell 1.1; «Oppdraget er departementets eget og hører ikke til observatørrollen i "
     "utvalget» (kunnskap – utredning → FoU, 1.1)"),
    ("NHO", "Havvindskolen Nord – forprosjekt i Hammerfest",
     "NHO Arktis' own pre-project named like J04, right under NHO's J04 row with the same delmål 2.4; «Forprosjektet "
     "er NHO Arktis' eget og er ikke en del av det felles kursprogrammet» (code 2.4/P → Prosjekt, 2.4)"),
    ("KS", "Fagbrevdagen Trøndelag – kommunenes egen høstdag",
     "KS Trøndelag's own day named like J02, right under KS' J02 row with the same role «arrangerer» and delmål "
     "2.3; «Dagen var KS Trøndelags eget tiltak og ikke en del av den nasjonale Fagbrevdagen» (→ Arrangement, 2.3)"),
    ("Spekter", "Norsk i turnus – Helse Nords nettkurs (egen fase 2)",
     "Helse Nord's own phase named like J05, right under Spekter's J05 row with the same delmål 3.4; «Kurset er "
     "Helse Nords eget og ikke en del av det felles prosjektet» (Opplæring → Kurs/utdanning, 3.4)"),
    ("Innlandet fylkeskommune", "Veiledningsbussen – fylkets egen høstrute i Nord-Østerdal",
     "the county's own route named like J03, right under the county's J03 row with the same delmål 1.3 and the same "
     "instrument words; «Ruten var fylkets eget tiltak og ikke en del av den felles ordningen» (→ Informasjon, 1.3)"),
    ("UHR", "Seminar for nye medlemmer i RSA-rådene",
     "about RSA, not a seat in it: UHR's own seminar for people new in the councils, next to UHR's UHR-FSE seat on "
     "the same overview line with the same delmål 1.4; «Seminaret var UHRs eget og ikke et møte i noen av rådene» "
     "(Seminar → Arrangement, 1.4)"),
    ("Kompetanseforbundet", "Medlemsundersøkelse som innspill til Kompetansebehovsutvalget",
     "about KBU, not a seat in it: a member survey sent to the committee's secretariat as input; «Forbundet har "
     "ingen plass i utvalget» (notat med svar fra 1 200 medlemmer → FoU, 1.1)"),
]

DESCRIPTIONS = (
    "Descriptions: Regjeringen's «omtale»; LO's «Slik gikk det»; NHO's «Gjennomført i 2089»; KS' «Dette skjedde i "
    "2089»; Unio's spoken sentences after «Ansvarlig var …» and the partner sentence (joined across cues); YS' column "
    "«1b»; Virke's «Hva ble gjort»; Akademikerne's omtale string in the tribble; Spekter's «Hva skjedde»; VOFO's «Hva "
    "skjedde i 2089» (its «\\\\ » read as a line break, joined with a space); Innlandet's «Omtale»; UHR's paragraph "
    "under the measure's Heading 2; Fagskolerådet's «Beskrivelse»; Kompetanseforbundet's «Hva og hvorfor»; "
    "Sametinget's «Hva ble gjort i 2089».")

RESPONSIBLE = (
    "Responsible and partners: Regjeringen – the merged departement index cell / samarbeid; LO – Hvem i LO / Sammen "
    "med; NHO – Landsforening / Partnere; KS – Ansvarlig i KS / Samarbeid; Unio – «Ansvarlig var …» / «Vi samarbeidet "
    "med A og B» («Her hadde vi ingen samarbeidspartnere» = none; «og» becomes a comma); YS – 1e / 1f; Virke – "
    "Ansvarlig i Virke / Partnere; Akademikerne – ~ansvar / ~med (NA = none); Spekter – the actor marked «(ansvarlig)» "
    "/ those marked «(partner)», in the order they stand; VOFO – Ansvar / Med; Innlandet – «Ansvar:» / «Med:» lines "
    "in the Fakta cell («Med: –» = none); UHR – «Ansvarlig:» / «Samarbeid:» («Samarbeid: ingen» = none); "
    "Fagskolerådet – Ledet av / Sammen med; Kompetanseforbundet – Ansvar / Partnere; Sametinget – Ansvarlig / "
    "Samarbeid.")

TYPE_NOTE = (
    "`type` is the secretariat's reading of the member's own word: «organisatorisk – deltakelse i utvalg» / Verv / "
    "U (utvalg og råd) / deltar / rådsarbeid (said) / Rådsverv / Råd og utvalg / rådsarbeid / Representasjon / "
    "Forumplass / representasjon / nettverk / Fagstrategisk enhet / Nettverk / [RÅD] / «fire nettverksmøter» / "
    "ráđđebargu → Råd/utvalg/nettverk; «kunnskap – utredning» / Undersøkelse / A (analyse) / utreder / «en "
    "undersøkelse, altså forskning» (said) / Medlemsundersøkelse / Rapport / Analyse / Kartlegging / Utredning / "
    "[ANALYSE] / «notat med svar fra 1 200 medlemmer» / iskkadeapmi → FoU; «økonomisk – tilskudd til opplæring» / "
    "Kursrekke / Tillitsvalgtkurs / O (opplæring) / lærer opp / «et kurs» (said) / E-læring / Kurs og opplæring / "
    "etterutdanning / Opplæring / Kursvirksomhet / utdanningstilbud / [KURS] / «14 kurskvelder med 190 deltakere» / "
    "kursa → Kurs/utdanning; «organisatorisk – forsøk» / P (pilot og utvikling) / utvikler og prøver ut / «et "
    "utviklingsprosjekt» (said) / Utviklingsprosjekt / utviklingsarbeid / Pilot / prošeakta → Prosjekt; «pedagogisk – "
    "veiledning og informasjon» / K (kommunikasjon) / Medlemskampanje / Informasjonsarbeid / informasjon og "
    "veiledning / Nettjeneste / [INFO] / «hefte i 5 000 eksemplarer og nettversjon» / diehtojuohkin → Informasjon; "
    "Konferanse / M (møteplass) / arrangerer / Møteplass / karrieredag / Seminar / [MØTE] / «seks åpne kveldsmøter "
    "med 85 deltakere» → Arrangement. A seat in a council is always Råd/utvalg/nettverk; a joint measure has the "
    "same type and delmål in every member's row.")

DELMAL_NOTE = (
    "Delmål given otherwise than as a plain code: Regjeringen as a pandas index level written as merged cells, so "
    "«1.1» and «2.5» stand once over two rows each (the second row's cell is empty in the merged range); LO as shares "
    "in per cent («1.3 (20 %) · 1.4 (80 %)» = 1.4; the largest share is first in only one of the four split cells); "
    "NHO joined with a kind letter («2.4/O»); Unio said in a sentence («…, under delmål 3.4.») that may run over a "
    "cue break; YS in the column «1c»; Virke only in the link sheet «Delmål», where the line marked «Ja» gives it; "
    "Akademikerne as the string \"1.4\" in the tribble; VOFO sorted by delmål with «:::» for a cell merged with the "
    "one above (the second 1.3 row and three 3.6 rows, one of them struck through); Innlandet as a line «Nasjonalt delmål: 1.3» somewhere in the "
    "Fakta cell; Sametinget before a Sámi kind word («2.2 – iskkadeapmi»). KS, Spekter, UHR, Fagskolerådet and "
    "Kompetanseforbundet give a plain code.")

YEAR_NOTE = (
    "Reporting year, told only in words: Regjeringen «Forskriften … trer i kraft 1. juli 2090.» (a row with its own "
    "virkemiddel «juridisk – forskrift»); LO «… ble utsatt til mai 2090.»; NHO «Kurset ble flyttet fra november og "
    "holdes i mars 2090.»; KS «… ble avsluttet ved utgangen av 2088 …» (under the table); Unio «… er flyttet til mars "
    "2090.» (the closing cue); YS «Konferansen ble avlyst i november og holdes i stedet i april 2090.»; Virke «… tar "
    "opp de første deltakerne i september 2090.»; Akademikerne a commented-out tribble line «Avlyst i oktober – for "
    "få påmeldte.» and the section «Planlagt for 2090»; Spekter «Senteret … åpner i mars 2090.»; VOFO a struck-"
    "through row «Ble ikke holdt i 2089; flyttet til februar 2090.»; Innlandet «Senteret flytter … i februar "
    "2090.»; UHR «… holdes i april 2090.» (section «Annet»); Fagskolerådet «Prosjektet er vedtatt og starter i "
    "august 2090.»; Kompetanseforbundet «… er utsatt. Arbeidet starter i 2090.» (under the table); Sametinget «… er "
    "flyttet til mars 2090.» (under the glossary). No file has a year column. The reports are dated January 2090.")

CONTAINER_NOTE = (
    "Containers and how made: Regjeringen's workbook is written by pandas' DataFrame.to_excel from a frame with a "
    "three-level row index (pandas' own merged index cells and header; the package dates fixed afterwards); Unio's "
    "report is a SubRip subtitle file of a video (UTF-8 with BOM, CRLF, two-line cues); Akademikerne's report is a "
    "Quarto source file whose data are string literals in an R tribble() (it renders with Quarto and R; the document "
    "made from it was not sent); VOFO's report is the raw text of a DokuWiki page; KS', UHR's, "
    "Kompetanseforbundet's, Sametinget's and the non-report's PDFs are LibreOffice Writer exports of python-docx "
    "documents. verify checks each of these facts.")

DOUBTS = (
    "Doubts a reviewer may weigh: the KBU seats are the ministries as observers (Regjeringen), NHO's member and "
    "Unio's member, all M05; the SRY seats are LO's (SRY and faglig råd for bygg- og anleggsteknikk), KS' two "
    "employer places and Virke's member of faglig råd for informasjonsteknologi og medieproduksjon, all M06; the RSA "
    "seats are at Nord universitet (LO/Fagforbundet), Universitetet i Bergen (Akademikerne/Samfunnsøkonomene) and "
    "UiT (Spekter/Helse Nord), all M04; the UHR-FSE seats are Unio/NSF's observer place in UHR-Helse og sosial, "
    "Akademikerne/Tekna's observer place in UHR-MNT and UHR's own unit UHR-Helse og sosial, all M03; Fagskolerådet's "
    "plenary meetings and YS' employee place are both in Nasjonalt fagskoleråd (M02); VOFO, Innlandet and Sametinget "
    "hold places in Nasjonalt forum for karriereveiledning (M01), Innlandet on behalf of the counties; Regjeringen's "
    "Kompetansepasset row lists YS among the partners although YS reports no J06 row; several J rows list the other "
    "reporting members among their partners (LO's Læringspulsen row: YS, Unio; NHO's Fagbrevdagen row: KS, Virke); NHO's «Ref.» column and Virke's ids are "
    "no codes; NHO's code letter is the only kind it gives; KS' verbs are the only kind it gives; "
    "Kompetanseforbundet's deliverables are the only kind it gives (its meeting series «seks åpne kveldsmøter» is "
    "read as Arrangement, its «fire nettverksmøter» as a network); Unio's subtitles say the partners with «og» and "
    "split names and sentences over cue and line breaks («Det» / «er rådsarbeid, …»); Akademikerne's `delmal` strings "
    "and the table header renames (Delmål = delmal …) are code, and the commented-out line is a cancelled course; "
    "VOFO's «:::» cells take the delmål of the nearest row above with a code, and its struck-through row has «<del>» "
    "in every cell; Innlandet's Fakta lines come in four different orders; UHR's overview puts two measures on each "
    "line and its measure names also stand as Heading 2s; Fagskolerådet's tags «[ANALYSE]», «[MØTE]» are kinds, not "
    "part of the names; Sametinget's glossary names a sixth kind (čoahkkin) that no row uses; the sixteenth file "
    "names «Norsk i turnus», «Havvindskolen» and VOFO's moved study circle as courses in 2090.")


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
        "Every report covers the measures of 2089 and is dated January 2090. Items a file places in 2088 or earlier, "
        "or in 2090, are not truth rows; the files say so only in words («trer i kraft 1. juli 2090», «avsluttet ved "
        "utgangen av 2088», «flyttet til februar 2090»), never in a year column. Most of the fifteen reports are "
        "ordinary Word, Excel and PDF reports whose difficulty is in the details: the delmål as shares in per cent, "
        "joined with a kind letter in one code, only in a link sheet with a main-goal flag, as a labelled line in a "
        "multi-line facts cell, or together with a North Sámi kind word; the kind as a verb for the member's role, "
        "as a bracketed tag before the name, or only as the deliverable; column heads that are only the numbers of "
        "the secretariat's sub-questions; the responsible and the partners in one cell told apart by roles in "
        "parentheses; two measures on each line of an overview table. The rest are ways of making files not used "
        "before: a workbook written by pandas from a frame with a merged three-level index, the SubRip subtitles of "
        "a video report, a Quarto source file with the measures in an R tribble, and the raw text of a DokuWiki page. "
        "The sixteenth file, not a member report, is a selection from the study associations' course catalogue for "
        "the spring of 2090, sent by VOFO for information.")
    lines = ["# Held-out round 80 – reporting year 2089", "",
             "Regenerate with `python -m samples.holdout80_generator` (writes `samples/holdout80`); check with "
             "`python -m samples.holdout80_generator.verify`. The build is deterministic (fixed dates, metadata and "
             "zip timestamps; the LibreOffice exports with dates, /ID and /DocChecksum fixed; the subtitle timings "
             "computed from the text), so a rebuild gives byte-identical files; `verify` rebuilds into a temporary "
             "folder and compares.", "", intro, "",
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
              "written as the file states them (line and cue breaks joined with a space); `tiltak` leaves out "
              "Fagskolerådet's bracketed tag; `samarbeidspartnere` is empty where the file names no partner (an empty "
              "cell, NA, «Med: –», «Samarbeid: ingen», «Her hadde vi ingen samarbeidspartnere», no actor marked "
              "«(partner)») and otherwise lists the partners comma-separated as the file names them (Unio's «og» and "
              "Spekter's semicolons become commas). " + DESCRIPTIONS,
              "- `seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a "
              "seat in it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported "
              "by two or three members in their own words, U01.. = a member's own measure, numbered in file order.",
              "- " + TYPE_NOTE, "- " + DELMAL_NOTE, "- " + YEAR_NOTE, "- " + CONTAINER_NOTE, "- " + RESPONSIBLE,
              "- Traps (U rows about a council rather than a seat in it, or a member's own event, route, course or "
              "phase named like a joint measure):"]
    lines += [f"  - {m}: {t} ({why})" for m, t, why in TRAPS]
    lines.append("- Not truth rows, per file:")
    lines += [f"  - `{mod.FILENAME}`: {mod.NOT_TRUTH}" for mod, _rs in per_file]
    lines += ["- The sixteenth file is a selection from the study associations' course catalogue for the spring of "
              "2090, which VOFO sent for information with its wiki page (file 10). Its eight courses start between "
              "January and April 2090 – among them «Norsk i turnus – kveldskurs for helsearbeidere», «Havvindskolen – "
              "forkurs i matematikk og fysikk» and the study circle VOFO moved to February 2090 – and it reports "
              "nothing done in 2089; it has no rows.",
              "- " + DOUBTS,
              "- The sixteen files: five PDFs (LibreOffice Writer exports of DOCX), four DOCX, three XLSX written "
              "with openpyxl and one written by pandas, one SubRip subtitle file, one Quarto source file and one "
              "DokuWiki page as text.",
              "- `.tiltakignore` keeps `truth.csv` and this README out of a run."]
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
