"""README.md for held-out round 77."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCIL_NAMES, COUNCILS, JOINT, TYPES

TRAPS = [
    ("Regjeringen", "Evaluering av Nasjonalt fagskoleråd",
     "about FSR, not a seat in it: KD's own commission to Proba samfunnsanalyse to evaluate the council; "
     "«Departementet er ikke medlem av rådet; evalueringen er et eget oppdrag» (Evaluering → FoU, running number "
     "«4» = 1.4)"),
    ("LO", "Grunnkurs for nye LO-medlemmer i faglige råd",
     "about SRY, not a seat in it: LO's own two-day course for its people newly appointed to faglige råd, the row "
     "right under LO's seat in a faglig råd; «Kurset er LOs eget og er ikke en del av rådenes arbeid» (Kurs → "
     "Kurs/utdanning, 2.3)"),
    ("KS", "Språkløypa – forprosjekt for fase 2",
     "KS' own pre-project for a next phase of J05, the slide right after KS' J05 slide in the same section «3.4 "
     "Norskopplæring»; «Forprosjektet er KS' eget og er ikke en del av fellesprosjektet» (Forprosjekt → Prosjekt, "
     "3.4)"),
    ("Vestland fylkeskommune", "Voksenløftet Vestland – fylket si eiga kampanjeveke",
     "the county's own campaign week named like J01, the row right under the county's J01 row with the same delmål "
     "«3.1»; «Veka er fylkeskommunen si eiga og er ikkje ein del av den nasjonale kampanjen» (Opne dagar → "
     "Arrangement, 3.1)"),
    ("UHR", "Karrieredagen 2097 – UHRs etterundersøkelse",
     "about J03, not part of it: UHR's own survey of the institutions after the joint careers day, the card right "
     "after UHR's J03 card with the same delmål sentence; «Undersøkelsen er UHRs egen og er ikke en del av "
     "fellestiltaket» (Spørreundersøkelse → FoU, 1.3)"),
    ("Kompetanseforbundet", "Medlemsmøte om karriereveiledningsforumet",
     "about NFK, not a seat in it: the federation's own members' meeting where its representative told about the "
     "forum, the row right under the NFK seat; «Møtet var vårt eget og ikke en del av forumets arbeid» (Medlemsmøte → "
     "Arrangement, 1.3)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell joined with a space); `samarbeidspartnere` is empty where the file names no partner "
    "(an empty cell, a missing «Med:»/«Partnere:» part, an empty form line) and otherwise lists the partners "
    "comma-separated as the file names them. Descriptions: Regjeringen's «Hva skjedde i 2097»; LO's «Resultat i 2097»; "
    "NHO's «Beskrivelse»; KS' paragraph on the measure slide (not the tag or the grey line); Unio's «Hva vi gjorde»; "
    "YS' «Hva ble gjort i 2097»; Virke's paragraph under the heading; Akademikerne's «Dette er gjort»; Spekter's "
    "paragraph under the heading (not the fact table); VOFO's «Beskrivelse»; Vestland's «Skildring»; UHR's quadrant "
    "RESULTAT 2097; Fagskolerådet's «Kort beskrivelse»; Kompetanseforbundet's «Hva vi gjorde i 2097»; Sametinget's "
    "«Hva ble gjort i 2097». Unio's name is the one in «Tiltak», not the short name in «Kortnavn» in front of it.",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Observatørplass / Rådsarbeid / Nettverk / "
    "Utvalgsarbeid / Rådsplass / Representasjon / «Råd/utv./nettv.» / Forumplass / Enhetsmøter / Forumarbeid → "
    "Råd/utvalg/nettverk; Evaluering / Undersøkelse / Kartlegging / Rapport / Analyse / Spørreundersøkelse → FoU; "
    "Tilskuddsordning (a scheme that paid for short courses) / Opplæringstilbud / Kurs / Kursprogram / Lederprogram / "
    "Videreutdanning / «Kurs/utd.» / Kursrekke / Etterutdanningskurs / Lederutdanning / Studiesirkel / "
    "Utdanningstilbod → Kurs/utdanning; Forsøk / Prosjekt / Forprosjekt / Pilot / Utviklingsprosjekt → Prosjekt; "
    "Kampanje / Digital veileder / Informasjonsturné / «Info.» / Nettportal / Digital tjeneste / Podkast / "
    "Nettressurs → Informasjon; Konferanse / Frokostmøter / Samlinger / «Arr.» / Åpne dager / Møteplass / Temadag / "
    "Opne dagar / Karrieredag / Medlemsmøte / Stand og veiledning → Arrangement. YS shortens the secretariat's own "
    "words; Fagskolerådet's form prints all six of the secretariat's words on every measure and marks the one that "
    "applies with yellow highlighting – only the highlighted word is the type. A seat in a council is always "
    "Råd/utvalg/nettverk.",
    "Delmål given otherwise than as a plain code: Regjeringen as the delmål's running number in the strategy (1–16, "
    "«1» = 1.1, «4» = 1.4, «8» = 2.4, «11» = 3.1, «15» = 3.5, «2» = 1.2), with a key line under the table; LO only in "
    "the target of the hyperlink in the goal cell («…/kompetansestrategien/delmal-2-3/»), the link text being LO's "
    "short name for the goal («Karrieremuligheter i yrkesfagene»); NHO as the cached value of a formula linked to "
    "the secretariat's list in another workbook («[1]Delmål!$B$9» → «2.4 Relevante etter- og "
    "videreutdanningstilbud»); KS only as the name of the PowerPoint section the measure slide belongs to («2.3 "
    "Yrkesfag og læreplasser»), never on the slide; YS as Roman innsatsområde and delmål number («II-4» = 2.4, «I-1» = "
    "1.1, «III-1» = 3.1), explained in a key line; UHR in a sentence «Bidrar til delmål 1.3 (karriereveiledning).». "
    "Unio, Virke («Delmål 2.3 · kind»), Akademikerne («Delmål 1.4»), Spekter, VOFO (in a collapsed column), Vestland "
    "(in a BIFF5 text cell), Fagskolerådet, Kompetanseforbundet and Sametinget give a plain code.",
    "Reporting year, told only in words: Regjeringen «Forskriften er vedtatt og trer i kraft 1. mars 2098.»; LO "
    "«Nettkurset ble lagt ned ved utgangen av 2096 og er ikke videreført.»; NHO «… prisen deles ut på NHOs "
    "årskonferanse i januar 2098.»; KS «Kompetanseportalen for kommunene er ferdig utviklet og lanseres i mars 2098.» "
    "(on the last slide); Unio «Kurset var planlagt i november, men er utsatt til høsten 2098.»; YS «Piloten ble "
    "avsluttet i 2096 …»; Virke «Programmet er ferdig planlagt og starter i februar 2098.» (page 7 «Dette skjer i "
    "2098»); Akademikerne «Ordningen er ferdig utviklet og starter i april 2098.»; Spekter «Konferansen var planlagt i "
    "november, men er flyttet til mars 2098.»; VOFO «Kurset ble lagt ned ved utgangen av 2096 …»; Vestland «Senteret "
    "er vedteke og opnar hausten 2098.»; UHR «Felles opptak til videreutdanning … er utsatt … arbeidet tas opp igjen "
    "i 2098.» (in the closing paragraph); Fagskolerådet «Nettverk for studieveiledere … ble avviklet i 2096.» (under "
    "«Andre opplysninger»); Kompetanseforbundet «I juni 2098 er vi vertskap for Nordisk veilederkonferanse i Bergen.» "
    "(after the table); Sametinget «Tilskuddet lyses ut i februar 2098.» (after the table). Sametinget's report keeps "
    "last year's template, so its title says «rapportåret 2096» and its footer «Mal for rapportering 2096»; the line "
    "under the title, the column heading and the descriptions say 2097, and every row is a 2097 measure. No file has "
    "a year column. The reports are dated January 2098.",
    "Containers and how made: Regjeringen's, UHR's and the non-report's PDFs are LibreOffice Writer exports of "
    "python-docx documents; LO's goal cells are hyperlinks whose targets carry the code; NHO's workbook has an "
    "external link part with cached values (the linked workbook is not sent); KS' deck carries PowerPoint sections "
    "named by delmål; Virke's PDF is an A5 booklet as printed with book fold to the Adobe PDF printer, its A4 sheets "
    "in saddle-stitch order; Akademikerne's file is a Word 97–2003 binary document under a .docx name; Spekter's PDF "
    "is encrypted at AES-256 (R 6) with an owner password only; VOFO's detail columns are grouped and collapsed; "
    "Vestland's workbook is an Excel 5.0/95 file (BIFF5, «Book» stream); Fagskolerådet's types are marked by "
    "highlighting; Kompetanseforbundet's file is Cocoa RTF from TextEdit with a TextEdit table; Sametinget's report is "
    "in last year's template. verify checks each of these facts (LibreOffice opens the BIFF5 workbook, the .doc under "
    "the .docx name and the Cocoa RTF as well).",
    "Responsible and partners: Regjeringen – Dep. / Andre involverte; LO – Ansvar i LO / Partnere; NHO – Eier i NHO / "
    "Samarbeid; KS – «Ansvar:» / «Med:» on the slide's grey line; Unio – Forbund / Samarbeid; YS – Forbund/ansvar / "
    "Partnere; Virke – «Ansvar:» / «Med:»; Akademikerne – Forening / Samarbeid med; Spekter – Eier / Sammen med; VOFO "
    "– Ansvarlig / Samarbeid (hidden columns); Vestland – Ansvarleg / Partnarar; UHR – «Ansvar:» / «Partnere:» in the "
    "quadrant ANSVAR OG PARTNERE; Fagskolerådet – Ansvarlig: / Samarbeidspartnere:; Kompetanseforbundet – Ansvar / "
    "Partnere; Sametinget – Ansvar / Samarbeid.",
]

DOUBTS = (
    "Doubts a reviewer may weigh: Regjeringen's KBU row is the ministries' observers in KBU, counted as the seat M04; "
    "Unio's «Utdanningsforbundet i UHR-Lærerutdanning», Akademikerne's «Tekna i UHR-MNT» and UHR's own «UHR-Økonomi "
    "og administrasjon – fagstrategisk enhet» are three different fagstrategiske enheter, counted under the one id "
    "M03 as earlier rounds count UHR's units (UHR's row names the unit itself as responsible); LO's and Sametinget's "
    "seats are in faglige råd under SRY and are counted with KS' seat in SRY itself as M05; Vestland's «Kompetanseforum "
    "Vestland» is the county's own network (1.2), not a shared council; Regjeringen's «Tilskuddsordning» for the "
    "aquaculture courses is read as Kurs/utdanning (what the money paid for) and could be argued as Prosjekt; UHR's "
    "trap carries the joint measure's name but is UHR's own survey; KS' sections «Innledning» and «Veien videre» "
    "are not delmål; Unio's first column is its own short name («NSF-pakken»), and the name the truth uses is the "
    "full name in the second column «Tiltak»; Fagskolerådet's text lists all six types on every "
    "measure; VOFO's delmål, kind, responsible and partners stand only in hidden columns; Virke's booklet read sheet "
    "by sheet mixes the two A5 pages of a sheet line by line and runs 8, 1, 2, 7, 6, 3, 4, 5; Spekter's file cannot "
    "be read without decrypting it (it needs no password); NHO's goal cells are formulas into a workbook that is not "
    "sent, and a reader that recalculates instead of taking the cached value gets an error; Akademikerne's file is "
    "not a zip package despite its name; Sametinget's title says 2096 because the template is last year's.")


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 77 – reporting year 2097", "",
             "Regenerate with `python -m samples.holdout77_generator` (writes `samples/holdout77`); check with "
             "`python -m samples.holdout77_generator.verify`. The build is deterministic (fixed dates, metadata and "
             "zip timestamps; the LibreOffice exports with dates and /ID fixed; the encrypted PDF's salts, key and "
             "IVs drawn from a seeded stream; the compound files' times fixed), so a rebuild gives byte-identical "
             "files; `verify` rebuilds into a temporary folder and compares.", "",
             "Every report covers the measures of 2097 and is dated January 2098. Items that a file places in 2096 or "
             "earlier, or in 2098, are not truth rows (see Notes for each file); this is said only in words inside "
             "the text («trer i kraft 1. mars 2098», «lagt ned ved utgangen av 2096», «utsatt til høsten 2098»), "
             "never in a year column. Most of the fifteen reports are ordinary Word, Excel and PDF reports whose "
             "difficulty is in the details a member brings: the delmål as its running number 1–16, only in a "
             "hyperlink's target, as a Roman numeral and a number, or only in the name of a PowerPoint section; an "
             "internal short name in the first column before the full name; the kind as the secretariat's word cut short, "
             "or marked by highlighting among all six; the detail columns grouped and collapsed; goal cells that are "
             "formulas into a workbook that is not sent; last year's template with last year's year in the title. "
             "The rest are ways of making files not used before: an A5 booklet printed in saddle-stitch order, a "
             "Word 97 document under a .docx name, a PDF encrypted at AES-256, an Excel 5.0/95 workbook and a "
             "TextEdit RTF. The sixteenth file, not a member report, is HK-dir's grant award letter to NHO for 2098, "
             "forwarded for information.", "",
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
    lines.append("- Traps (U rows about a council or a joint measure rather than a seat or a share in it, or a "
                 "member's own phase or version of a joint measure named like it):")
    lines += [f"  - {m}: {t} ({why})" for m, t, why in TRAPS]
    lines.append("- Not truth rows, per file:")
    lines += [f"  - `{mod.FILENAME}`: {mod.NOT_TRUTH}" for mod, _rs in per_file]
    lines.append("- The sixteenth file is HK-dir's grant award letter («tilsagnsbrev») to NHO for a second phase of "
                 "Havvindskolen in 2098, with a payment table and conditions. NHO forwarded it for information with "
                 "its report (file 3); it comes from a body that is not a council member, names a joint measure and "
                 "money for next year, reports nothing done in 2097 and has no rows.")
    lines.append("- " + DOUBTS)
    lines.append("- The sixteen files: five PDFs (three exported by LibreOffice Writer from DOCX, Virke's imposed "
                 "booklet and Spekter's encrypted report, both made with reportlab), five DOCX names (one of them a "
                 "Word 97 binary document), three XLSX, one XLS in the Excel 5.0/95 format, one PPTX and one RTF.")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
