"""README.md for held-out round 63."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Regionale kompetansebehovsanalyser",
     "HK-dir's own regional analyses for six counties, the section right after the KBU section; «Analysene bygger på "
     "utvalgets metode, men de er HK-dirs egne og er ikke en del av utvalgets arbeid» (no kind word → FoU; delmål "
     "1.2 from «fylkeskommunene … ansvaret for den regionale kompetansepolitikken»)"),
    ("LO", "Skolering av LO-medlemmer i de faglige rådene",
     "a course for LO's own members of SRY and the faglige råd, the row right under the faglig råd seat; "
     "«Skoleringen er LOs egen og er ikke en del av rådenes arbeid» (Skolering → Kurs/utdanning, same topic words "
     "«Yrkesfag og læreplasser» = 2.3 as the seat)"),
    ("NHO", "Bransjenotater fra Omstillingsbarometeret",
     "NHO's own notes per industry made from the barometer's company data, the row under J02; «Notatene er NHOs "
     "egne og er ikke en del av det felles barometeret» (Kunnskapsgrunnlag → FoU, same delmål 2.2 as J02)"),
    ("Unio", "Unios innspill til KBU om lærer- og sykepleiermangel",
     "Unio's written input to the council's report, the bullet right after the KBU seat; «Notatet er Unios eget "
     "innspill og er ikke en del av utvalgets rapport» (no kind word → FoU, same paraphrase «bedre kunnskap om "
     "framtidens kompetansebehov» = 1.1)"),
    ("KS", "Praksisbanken fase 2 – forprosjekt om læreplasser",
     "a new phase: KS's own pre-project on apprenticeships, the row under J01; «Det er KS sitt eget og er ikke en del "
     "av Praksisbanken slik den drives i dag» (Forprosjekt → Prosjekt, delmål 2.3)"),
    ("YS", "Digital grunnmur – påbygg for tillitsvalgte",
     "YS's own add-on course for union representatives, the row under J05; «Påbygget er ikke en del av det felles "
     "kurset»; Merknad «Ferdig i mars», so it ran in 2083 (Nettkurs → Kurs/utdanning, same paraphrase as J05 = 2.1)"),
    ("Virke", "Virkes arbeidslivspanel for høyskolene",
     "Virke's own panel of member firms advising colleges, the row under the RSA seat; «Panelet er Virkes eget og er "
     "ikke det samme som rådene for samarbeid med arbeidslivet» (Panel → Råd/utvalg/nettverk, same delmål 1.4)"),
    ("Akademikerne", "Frokostmøte om KBU-rapporten",
     "Akademikerne's own breakfast meeting where the council's report was presented, item 4; «Møtet var vårt eget "
     "arrangement og ikke en del av utvalgets arbeid» (Frokostmøte → Arrangement, delmål 1.1 in «Oversikt»)"),
    ("VOFO", "Språkvenn på byggeplassen i Bergen",
     "a regional copy of J03 run by AOF Vestland, the section right after J03; «Gruppene drives i AOF Vestlands egen "
     "regi og er ikke en del av Norsk i praksis» (kurs → Kurs/utdanning, same delmål 3.4)"),
    ("Møre og Romsdal fylkeskommune", "Fylkesforum for karriererettleiing i Møre og Romsdal",
     "the county's own forum, the row right after the NFK seat and J06; «bygd opp etter mønster av det nasjonale "
     "forumet, men er fylkeskommunen sitt eige og ikkje ein del av det» (Forum → Råd/utvalg/nettverk, same paraphrase "
     "«Karriererettleiing for alle» = 1.3)"),
    ("UHR", "Kartlegging av studentenes erfaringer med Praksisbanken",
     "UHR's own survey of students about the joint service, the row under J01; «Undersøkelsen er UHRs egen og er ikke "
     "en del av tjenesten» (Studentundersøkelse → FoU, same delmål 1.4)"),
    ("Fagskolerådet", "Fagskuledagen i Nord",
     "a regional day in Bodø modelled on J04, the row under J04; «i Fagskulen i Nordland si eiga regi og ikkje ein "
     "del av Fagskulekonferansen 2083» (Fagdag → Arrangement, same delmål 2.4)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or paragraph joined with a space); `samarbeidspartnere` is empty where the file names "
    "no partner («–» cells and empty cells are not partners) and, where the partners are named in running text, it "
    "lists them comma-separated as the text names them («… sammen med UHR, Spekter og HK-dir» → «UHR, Spekter, "
    "HK-dir»). Descriptions: Regjeringen's are all paragraphs under the measure's heading joined (for KBU the four "
    "paragraphs without the bullet list of publications); LO's «Hva skjedde i 2083»; NHO's «Om innsatsen»; Unio's "
    "the text after the dash in the first-level bullet; KS's «Nærmere om tiltaket og hvem vi samarbeider med»; YS's "
    "«Beskrivelse»; Virke's «Omtale»; Akademikerne's the paragraph under the item's name; Spekter's «Kort om "
    "tiltaket»; VOFO's the paragraphs under the heading (without the bullet list of key figures and the italic "
    "line); Møre og Romsdal's «Kva vart gjort i 2083»; UHR's «Status og resultater 2083»; Fagskolerådet's "
    "«Skildring» (both paragraphs of the cell); Kompetanseforbundet's the typed paragraph under the item's name; "
    "Sametinget's «Omtale», for the report whose cell says «Se omtale under tabellen» the three paragraphs under "
    "the table.",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Rådsplass / Forumsplass / forumsplass / Forumplass "
    "/ Forum / Utvalgsdeltakelse / Rådsarbeid / Representasjon / Representasjon i råd / Rådsdeltakelse / "
    "Forumdeltakelse / Nettverk / nettverk / Panel / Utvalg / Råd → Råd/utvalg/nettverk; Analyse / Kunnskapsgrunnlag "
    "/ Undersøkelse / undersøkelse / Spørreundersøkelse / Studentundersøkelse / Kartlegging / Utredning → FoU; "
    "Skolering / Kursrekke / Kompetansetilbud / Nettkurs / Opplæring / E-læring / Videreutdanning / Kurs / kurs → "
    "Kurs/utdanning; Forprosjekt / Prosjekt / prosjekt / Pilot → Prosjekt; Kampanje / Digital tjeneste / Nettjeneste "
    "/ Nettportal / informasjon → Informasjon; Fagdag / Samling / Frokostmøte / Konferanse / Messe / arrangement → "
    "Arrangement. A seat in a council is always Råd/utvalg/nettverk. Files with no kind word: Regjeringen (KBU seat "
    "Råd/utvalg/nettverk, the regional analyses FoU, the guide Godkjenningsveiviseren Informasjon, Norsk i praksis "
    "Prosjekt, the training for job seekers Kurs/utdanning) and Unio (seats Råd/utvalg/nettverk, the input note FoU, "
    "the further education Kurs/utdanning, the pilot J06 Prosjekt).",
    "Delmål given otherwise than as a plain code: Regjeringen only as a paraphrase inside the text («Utvalget er "
    "selve kjernen i strategiens mål om et felles kunnskapsgrunnlag om Norges kompetansebehov» = 1.1, «ta ansvaret "
    "for den regionale kompetansepolitikken» = 1.2, «enklere og raskere godkjenning av utenlandsk utdanning og "
    "yrkeskvalifikasjoner» = 2.6, «mer målrettet norskopplæring for innvandrere» = 3.4, «styrke Navs "
    "opplæringstilbud for arbeidssøkere» = 3.5); LO's «Knytning til strategien» («Yrkesfag og læreplasser» = 2.3, "
    "«Karriereveiledning for alle» = 1.3, «Kunnskap om læring på jobben» = 2.2, «Videregående opplæring for voksne» "
    "= 3.1, «Etter- og videreutdanning i bedriftene» = 2.4); NHO's «Treffer delmål» with a second goal in brackets "
    "(«1.4 (også 2.4)» = 1.4); Unio's «Strategien:» bullets («bedre kunnskap om framtidens kompetansebehov» = 1.1, "
    "«tettere samarbeid mellom utdanningene og arbeidslivet» = 1.4, «karriereveiledning for alle, også for voksne i "
    "jobb» = 1.3); YS's «Hva det bidrar til» («Flere velger yrkesfag og fullfører» = 2.3, «Utdanning som "
    "arbeidslivet trenger» = 1.4, «Vite mer om hva arbeidslivet trenger av kompetanse» = 2.2, «Digitale ferdigheter "
    "for alle ansatte» = 2.1, «Få godkjent det du kan» = 2.5); Akademikerne only in the table «Oversikt» at the end, "
    "joined by item number; VOFO the italic line «Strategien: 3.4 · Tiltakstype: prosjekt»; Møre og Romsdal's «Mål i "
    "strategien» in Nynorsk («Karriererettleiing for alle» = 1.3, «Vaksne skal kunne ta vidaregåande» = 3.1, «Fylket "
    "sitt ansvar for kompetansepolitikken» = 1.2, «Fleire vel yrkesfag» = 2.3); Kompetanseforbundet the fact line "
    "«Delmål: 2.4» on the scan.",
    "Reporting year, told only in words: Regjeringen «Andre forhold» («avsluttet i fjor») and «Videre arbeid» («Fra "
    "neste år»); LO's rows «Nettverket ble avsluttet i fjor» and «Planlegges til våren neste år» (the campaign that "
    "«videreføres neste år» ran in 2083 and is a truth row); NHO «avsluttet i desember i fjor» and «Oppstart neste "
    "år» («Videreført fra 2082» is a truth row); Unio's closing paragraph; KS «Siste kull fullførte i fjor» and "
    "«starter opp neste år»; YS's Merknad «Gjennomført i fjor, ikke gjentatt» and «Sendes ut over nyttår» («Ferdig "
    "i mars» is a truth row); Virke «ble avsluttet i fjor» and «Planlagt oppstart neste høst»; Akademikerne's closing "
    "paragraph; Spekter «Ble arrangert i fjor» and «Oppstart neste år» («Videreført fra i fjor» is a truth row); "
    "VOFO's closing section; Møre og Romsdal «Vart halden i fjor» and «Startar opp neste år»; UHR «lagt ned i fjor» "
    "and «fra neste år»; Fagskolerådet «Vart gjennomført i fjor» and «Skal skipast neste år»; Kompetanseforbundet's "
    "item 4, withdrawn by the sticky note («flyttet til mars 2084»); Sametinget «avsluttet i fjor» and «åpner neste "
    "år».",
    "Containers and hidden places: Akademikerne's file is PDF/A-2b (XMP packet, output intent; verify checks the "
    "pdfaid part); Spekter's is a macro-enabled workbook (.xlsm) whose columns H–I (internal comment, budget) are "
    "hidden and whose kind column is a drop-down fed from the guidance sheet (verify checks the content type and the "
    "hidden columns); Fagskolerådet's is a flat XML spreadsheet (.fods) with the responsible merged over three rows "
    "(the covered cells belong to it) and two-paragraph cells; Kompetanseforbundet's is image only (verify uses the "
    "typed text and, where Tesseract is installed, OCRs the pages and looks for the words of every name and of the "
    "sticky note); Sametinget's one description is below the table; Akademikerne's delmål and kinds are in a table "
    "keyed by item number; UHR's responsible is the first column.",
    "Responsible and partners: Regjeringen – as said in the text («Kunnskapsdepartementet leder utvalget i samarbeid "
    "med …», «IMDi har ansvaret for prosjektet og samarbeider med …»); LO – Hvem i LO / Sammen med; NHO – Ledes av / "
    "Øvrige deltakere; Unio – «Ansvar i Unio:» / «Sammen med:»; KS – Ansvarlig i KS / partners in the running text; "
    "YS – Hovedansvar / Andre involverte; Virke – Hvem hos Virke / Sammen med; Akademikerne – as said in the item's "
    "paragraph («Tekna møter for oss», «drives av Juristforbundet»); Spekter – Ansvarlig enhet / Samarbeidspartnere; "
    "VOFO – VOFO or the study association named in the text / partners in the running text; Møre og Romsdal – "
    "Ansvarleg eining / Partnarar; UHR – Institusjon/enhet / Samarbeid; Fagskolerådet – Ansvarleg (the merged cell) "
    "/ Saman med; Kompetanseforbundet – «Ansvarlig:» / «Samarbeid:»; Sametinget – Ansvar / Samarbeid.",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 63 – reporting year 2083", "",
             "Regenerate with `python -m samples.holdout63_generator` (writes `samples/holdout63`); check with "
             "`python -m samples.holdout63_generator.verify`. The build is deterministic (fixed dates, metadata, ids "
             "and zip timestamps; LibreOffice exports with dates, /ID and the PDF/A colour profile's date fixed), so a "
             "rebuild gives byte-identical files; `verify` rebuilds into a temporary folder and compares.", "",
             "Every report covers the measures of 2083. Items that a file marks as finished last year (2082) or "
             "planned for next year (2084) are not truth rows (see Notes for each file); this round says so in words "
             "inside the text («i fjor», «neste år», «over nyttår») rather than in a year column. Most files are "
             "ordinary Word, Excel and PDF reports whose difficulty is in the details: own column names and kind "
             "words, delmål as a paraphrase in the member's own terms, partners in running text, a measure described "
             "over several paragraphs. Every file is in a format and layout not used in earlier rounds.", "",
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
              + " (NFK = Nasjonalt forum for karriereveiledning; SRY = Samarbeidsrådet for yrkesopplæring and its "
                "faglige råd; KBU = Kompetansebehovsutvalget; FSR = Nasjonalt fagskoleråd; RSA = Råd for samarbeid "
                "med arbeidslivet, one per university or college; UHR-FSE = UHR's fagstrategiske enheter, such as "
                "UHR-Lærerutdanning, UHR-Helse og velferd and UHR-Medisin og helse).",
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
    lines.append("- Traps (U rows about a council or a joint measure, or modelled on one, that are not a seat in it "
                 "or the same measure):")
    lines += [f"  - {m}: {t} ({why})" for m, t, why in TRAPS]
    lines.append("- Not truth rows, per file:")
    for mod, _rs in per_file:
        lines.append(f"  - `{mod.FILENAME}`: {mod.NOT_TRUTH}")
    lines.append("- The request for an extended deadline is sent by Troms fylkeskommune, a county that does not "
                 "report in this round; it lists, with a few words each, the measures the county intends to report "
                 "later (its seat in Nasjonalt forum for karriereveiledning, the Yrkesopplæringsnemnda that prepares "
                 "SRY matters, Fagbrev på jobb in Nord-Troms, Kompetanseforum Troms), but it reports nothing, so it "
                 "has no rows.")
    lines.append("- The sixteen files: seven PDFs (four exported by LibreOffice from DOCX – one of them as PDF/A-2b –, "
                 "one from a hand-written ODT, one through Calc from an XLSX; one scan stored as colour page images), "
                 "five DOCX (one is the non-report), two XLSX, one XLSM and one flat ODS (.fods).")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
