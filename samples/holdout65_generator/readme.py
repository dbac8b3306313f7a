"""README.md for held-out round 65."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("LO", "Skolering av LOs medlemmer i de faglige rådene",
     "LO's own training of the 38 representatives LO and the unions have in the faglige råd, the row right under J02 "
     "and two rows under the SRY seat; «Skoleringen er LOs egen og er ikke en del av rådenes arbeid» (Skolering → "
     "Kurs/utdanning, delmål 2.3)"),
    ("NHO", "Kompetansemonitoren – tilleggsutvalg for Vestland",
     "NHO Vestland's own extra sample of 900 firms for the joint survey, the row right under J03 and named like it; "
     "«Tilleggsutvalget er NHO Vestlands eget og er ikke en del av den nasjonale monitoren» (Kartlegging → FoU, the "
     "same goal words as J03 = 2.2)"),
    ("KS", "Fagbrev i SFO (forprosjekt)",
     "a new phase of J02 that KS owns alone: a pre-project for assistants in the after-school programme, the row "
     "right under J02 and its «(forts.)» row; «Forprosjektet er en ny fase som KS eier alene, og er ikke en del av "
     "Fagbrev i barnehagen» (Utviklingsprosjekt → Prosjekt, the same delmål 2.5)"),
    ("YS", "Innspillsmøte for forbundene før fagskolerådets møter",
     "YS's own meetings with the unions to prepare YS' input to Nasjonalt fagskoleråd, right after the FSR seat; "
     "«Møtene er YS' egne og er ikke en del av rådets arbeid» (Innspillsmøte → Arrangement, the same paraphrase as "
     "the seat = 2.4)"),
    ("Akademikerne", "GOJ-påbygg for ingeniører",
     "Tekna's own paid follow-up module for members who finished the joint course, the row right under J05; "
     "«Påbygget er Teknas eget og er ikke en del av fellesprosjektet» (Fordypningsmodul → Kurs/utdanning, the same "
     "delmål 2.4)"),
    ("Spekter", "Helse Bergens praksisråd",
     "a hospital trust's own council with the colleges, under «Der vi sitter» right after the RSA and KBU seats; "
     "«… bygget etter modell av rådene for samarbeid med arbeidslivet, men er ikke en del av RSA-ordningen» (the "
     "heading «Der vi sitter» → Råd/utvalg/nettverk, 1.4)"),
    ("VOFO", "Notat til NFK om veiledning i frivillig sektor",
     "VOFO's own written note to the forum, row 6 of the scanned sheet, under the NFK seat and J06; «Eget notat fra "
     "VOFO til forumet. Notatet er ikke en del av forumets arbeid.» (notat → FoU, delmål 1.3)"),
    ("UHR", "Håndbok for RSA-sekretariatene",
     "UHR's own guide for those who run the RSA secretariats at the institutions, right after the UHR-FSE seat; "
     "«Håndboken er UHRs egen veiledning og er ikke en del av rådenes arbeid» (a handbook → Informasjon, 1.4 from the "
     "heading «Tettere på arbeidslivet»)"),
    ("Fagskolerådet", "Fagskoledagen i Nord",
     "the northern fagskoler's own regional day in Tromsø a week after the national day, the row right under J04; "
     "«Dagen er ikke en del av Fagskoledagen 2085» (Regional dag → Arrangement, the same delmål 1.4)"),
    ("Kompetanseforbundet", "Veiviser 45+ – kurs for veiledere",
     "the member's own course for counsellors in using the joint service, inserted by a tracked change right after "
     "J01; «Kurset er vårt eget og er ikke en del av Veiviser 45+» (kurs → Kurs/utdanning, the same delmål 1.3)"),
    ("Møre og Romsdal fylkeskommune", "Opning av Veiviser 45+ i Ålesund",
     "the county's own opening event for the joint service, the row right under J01; «Opninga var fylkeskommunen "
     "sitt eige arrangement og ikkje ein del av Veiviser 45+» (Opningsarrangement → Arrangement, the same delmål "
     "1.3)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or paragraph joined with a space); `samarbeidspartnere` is empty where the file names "
    "no partner («–» cells and empty cells are not partners) and otherwise lists the partners comma-separated as the "
    "file names them (lines inside one cell and running text such as «Virke og YS, med NIFU som utfører», "
    "«Utdanningsforbundet, sammen med Universitetet i Agder og KS» or «Med: Høgskulen på Vestlandet og Universitetet "
    "i Bergen» all become a plain list: «Virke, YS, NIFU»; «Universitetet i Agder, KS»). Descriptions: Regjeringen's "
    "the paragraphs under the Heading 2 (three for KBU); LO's «Innhold» (three paragraphs for Fagbrev i barnehagen); "
    "NHO's «Status og resultater 2085»; KS's «Om tiltaket» with the «(forts.)» row joined on; YS's the paragraphs "
    "between the bold name and the grey line; Virke's «Beskrivelse og resultater»; Unio's «Beskrivelse og resultat»; "
    "Akademikerne's «Hva ble gjort i 2085»; Spekter's the paragraph under the bold name; VOFO's «Hva ble gjort»; UHR's "
    "the paragraphs under the Heading 3; Fagskolerådet's «Kort omtale»; Kompetanseforbundet's the paragraph under the "
    "bold name with the tracked changes accepted; Sametinget's the text between the en dash and the italic tail; "
    "Møre og Romsdal's «Kva vart gjort i 2085».",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Utvalg / Rådsverv / Påvirkning i råd / "
    "Rådsmedlemskap / Rådsplass / Rådsdeltakelse / rådsarbeid / observatørplass / Forumdeltaking / Nettverk and "
    "Spekter's heading «Der vi sitter» → Råd/utvalg/nettverk; Analyse / Utredning / utredning / Kartlegging / "
    "FoU-oppdrag / Undersøkelse / notat and «Det vi har undersøkt» → FoU; Studietilbud / Skolering / "
    "Kompetanseprogram / Lederopplæring / Kursrekke / Kursrekkje / Kurstilbud / Nettkurs / Fordypningsmodul / kurs "
    "and «Det vi lærer bort» → Kurs/utdanning; Forsøk / Prosjektmidler / Utviklingsprosjekt / Pilot / prosjekt and "
    "«Det vi har satt i gang» → Prosjekt; Digital tjeneste / Digital teneste / nettjeneste / Veiledningsmateriell / "
    "Veiledningstilbud / Kampanje / informasjon → Informasjon; Fagkonferanse / Innspillsmøte / fagdag / "
    "Fellesarrangement / Regional dag / Opningsarrangement → Arrangement. A seat in a council is always "
    "Råd/utvalg/nettverk. Measures with no kind word, read from the text: Unio's (the two seats Råd/utvalg/nettverk, "
    "the further education Kurs/utdanning, the survey FoU, the career day Arrangement, the mentor programme "
    "Prosjekt) and UHR's (the arbeidslivsutvalg Råd/utvalg/nettverk, the handbook Informasjon, GOJ Kurs/utdanning as "
    "J05, the conference Arrangement, the survey of the career centres FoU).",
    "Delmål given otherwise than as a plain code: Regjeringen only in the appendix table «Vedlegg 1» (the prose has "
    "none); LO «mål 2.3»; NHO only as its own goal words («Få flere til å velge fag- og yrkesopplæring» = 2.3, "
    "«Bedre kobling mellom universiteter og bedrifter» = 1.4, «Vite mer om kompetansebehovene i bedriftene» = 2.2, "
    "«Etter- og videreutdanning som bedriftene etterspør» = 2.4); KS as a code, as «2.5 – fagbrev for voksne» or as "
    "words only («Digital kompetanse i kommunene» = 2.1); YS only in the grey line's «Bidrar til» («at flere velger "
    "yrkesfag og får læreplass» = 2.3, «fagskoletilbud som svarer på behovene i arbeidslivet» = 2.4, «mer kunnskap "
    "om hvordan de ansatte lærer på jobb» = 2.2, «digital omstilling i finansnæringen» = 2.1, «karriereveiledning for "
    "voksne i jobb» = 1.3), while the headings «Trygghet i omstilling», «Kompetanse hele livet» and «Et seriøst "
    "arbeidsliv» are YS's own priorities, not delmål; Unio as words with the code in brackets for some («Et bedre "
    "kunnskapsgrunnlag om kompetansebehov (1.1)») and words only for others («Relevante utdanninger gjennom samarbeid "
    "med arbeidslivet» = 1.4, «Mer kunnskap om læring i arbeidslivet» = 2.2, «Raskere vei til autorisasjon for "
    "helsepersonell utdannet i utlandet» = 2.6); Spekter in «Bidrar til:» («samarbeid mellom utdanningene og "
    "arbeidslivet» = 1.4, «bedre kunnskap om hvilken kompetanse arbeidslivet trenger» = 1.1, «at erfaring fra jobben "
    "kan dokumenteres med fagbrev» = 2.5, «videreutdanning som sykehusene trenger» = 2.4); UHR by the Heading 2 "
    "above the measure («Tettere på arbeidslivet» = 1.4, «Fleksibel etter- og videreutdanning» = 2.4, «Veiledning "
    "for studenter og voksne» = 1.3); Fagskolerådet «1.4 Samarbeid utdanning – arbeidsliv»; Kompetanseforbundet "
    "«Delmål 1.3 · …»; Sametinget in the italic «Strategimål:» («karriereveiledning med samisk perspektiv» = 1.3, «etter- "
    "og videreutdanning tilpasset behovene i samiske kommuner» = 2.4, «flere velger yrkesfag i samiske næringer» = "
    "2.3, «dokumentasjon av kompetanse fra arbeidslivet» = 2.5, «kunnskap om kompetansebehov, også regionalt» = 1.1); "
    "Møre og Romsdal «1.3 Karriererettleiing», «1.2 Regionalt ansvar», «3.5 Opplæringstilbodet til Nav».",
    "Reporting year, told only in words: Regjeringen «ble avviklet i fjor» (a lead paragraph) and «trer i kraft 1. "
    "august neste år» (a Heading 2 of its own, missing from the appendix); LO «gikk i forrige rapporteringsår» and "
    "«Oppstart er lagt til over nyttår» («holdt for andre gang; den første var i fjor» is a 2085 measure); NHO «Ble "
    "arrangert i forrige rapporteringsperiode (mars i fjor)» and «tidligst våren 2086»; KS «holdes første gang i april "
    "neste år» and «Avsluttet før årsskiftet i fjor»; YS «Konferansen ble ikke holdt i 2085. Den forrige var i fjor, og "
    "den neste er berammet til mars neste år» (a bold name with paragraphs but no grey line); Virke «avsluttet i fjor "
    "høst» and «etableres etter påske neste år», each also discussed in a comment thread; Unio «Siste kull fullførte "
    "i juni i fjor» and «lanseres først i 2086»; Akademikerne «Arrangeres for første gang i februar neste år»; Spekter "
    "«avsluttet ved utgangen av fjoråret» and «flyttet og holdes i Trondheim i mars neste år» (the only item under "
    "«Møteplasser»); VOFO «Ikke holdt i 2085. Neste konferanse er i april 2086.»; UHR «starter først til høsten neste "
    "år»; Fagskolerådet «ble sist holdt i 2084. Neste konferanse er i 2086.»; Kompetanseforbundet «starter i mars "
    "neste år» (a measure deleted as a tracked change, with the comment «Tas ut – kurset starter først neste år»); "
    "Sametinget «ble sist holdt i 2084. Neste gang er høsten 2086.»; Møre og Romsdal «Vart ikkje halden i 2085» and "
    "«Gjennomført førre året».",
    "Containers and hidden places: Virke's workbook carries Microsoft 365 threaded comments (xl/threadedComments, "
    "xl/persons and the legacy «[Trådet kommentar]» fallback; verify checks the parts) that discuss the two rows "
    "outside 2085 and a partner cell; Akademikerne's file is a Flat OPC «Word XML-dokument» (.xml with "
    "pkg:package; verify checks the processing instruction and the main part); Fagskolerådet's workbook is Strict "
    "Open XML (purl.oclc.org namespaces, conformance=\"strict\"; verify checks both and that no transitional "
    "spreadsheetml namespace is left); Kompetanseforbundet's ODT holds tracked changes (a deleted measure, an inserted "
    "measure, a deleted partner, a replaced number; verify checks the deletions and insertions are there); VOFO's is "
    "image only, stored losslessly (verify checks there is no text layer and no DCTDecode image, and, where Tesseract "
    "is installed, OCRs the page and looks for the words of every name); Møre og Romsdal's is a Calc export (verify "
    "checks the Creator); Regjeringen's delmål, kind and ministry stand only in the appendix table.",
    "Responsible and partners: Regjeringen – the appendix's «Ansv. dep.» (KD, AID, explained in «Vedlegg 2») / the "
    "partners named in the prose; LO – Ansvarlig forbund eller avdeling / Med på laget; NHO – Eier i "
    "NHO-fellesskapet / Partnere (running text); KS – Hovedansvar / Andre involverte; YS – «Ansvarlig:» / "
    "«Partnere:» in the grey line; Virke – Ansvar i Virke / Eksterne partnere (one per line); Unio – the first name "
    "in «Forbund og partnere» / the names after «sammen med»; Akademikerne – Forening / Partnere; Spekter – «Ansvar:» "
    "/ «Med:» in the italic line; VOFO – Ansvarlig / Med; UHR – the italic «Ansvar:» line / the partners in the "
    "prose; Fagskolerådet – Hvem leder / Samarbeid; Kompetanseforbundet – «Ansvar:» / «Med:» with the tracked "
    "deletion accepted; Sametinget – the department heading / «Samarbeid:» in the italic tail; Møre og Romsdal – "
    "Ansvarleg eining / Samarbeid med.",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 65 – reporting year 2085", "",
             "Regenerate with `python -m samples.holdout65_generator` (writes `samples/holdout65`); check with "
             "`python -m samples.holdout65_generator.verify`. The build is deterministic (fixed dates, metadata, ids "
             "and zip timestamps; LibreOffice exports from Writer and Calc with dates and /ID fixed), so a rebuild "
             "gives byte-identical files; `verify` rebuilds into a temporary folder and compares.", "",
             "Every report covers the measures of 2085. Items that a file marks as finished last year (2084) or "
             "planned for next year (2086) are not truth rows (see Notes for each file); as in an ordinary inbox, "
             "this is said in words inside the text («forrige rapporteringsår», «over nyttår», «førre året», «neste "
             "år», «tidligst våren 2086») rather than in a year column. Ten of the fifteen reports are ordinary Word, "
             "Excel and PDF reports whose difficulty is in the details a member brings: column names and kind words "
             "nobody used before, the delmål as a paraphrase in the member's own terms (also in Nynorsk) or only in "
             "an appendix, headings that are the member's own priorities or kinds rather than delmål, councils named "
             "by a unit's or a meeting's name, a description over several paragraphs or continued in a «(forts.)» "
             "row, partners in running text. The rest are containers not used before: Excel threaded comments, a "
             "Flat OPC Word XML file, a Strict Open XML workbook, an ODT with tracked changes and a lossless scan of a "
             "spreadsheet print; the sixteenth file is a travel expense claim.", "",
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
                "arbeidslivet, one per university or college; FSR = Nasjonalt fagskoleråd; KBU = "
                "Kompetansebehovsutvalget; UHR-FSE = UHR's fagstrategiske enheter, such as UHR-Helse og velferd, "
                "UHR-MNT and UHR-Økonomi og administrasjon; NFK = Nasjonalt forum for karriereveiledning).",
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
    lines.append("- The travel expense claim is a YS deputy's claim on the secretariat's form for her trips to a "
                 "council meeting, to Fagskoledagen 2085 (where she spoke) and to an input meeting on the KBU report. "
                 "Its purposes read like measures and name a council and a joint measure, and it comes from a "
                 "member's representative, but it reports nothing and has no rows. YS's own report (file 5) is the "
                 "one that reports YS's measures.")
    lines.append("- The sixteen files: six PDFs (five exported by LibreOffice – three from DOCX and one from a "
                 "hand-written ODT by Writer, one from an XLSX by Calc –, and one scan stored as a lossless grey page "
                 "image), four DOCX, one ODT with tracked changes, one Flat OPC Word XML file and four XLSX (one with "
                 "threaded comments, one in Strict conformance, one the travel claim).")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
