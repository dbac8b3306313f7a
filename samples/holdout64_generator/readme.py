"""README.md for held-out round 64."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Evaluering av Norsk på vakt",
     "the ministry's own evaluation of J06 by Fafo, the Heading 3 right after «Boks 5.2 Norsk på vakt»; «Evalueringen "
     "er bestilt av departementet og er ikke en del av prosjektet» (no kind word → FoU; same delmål 3.4 from «hvordan "
     "norskopplæringen for innvandrere kan målrettes bedre»)"),
    ("LO", "Fagbrevdagen i Trøndelag",
     "a regional copy of J04 held by LO i Trøndelag the same week, the row right under J04; «Markeringen var LO "
     "Trøndelags eget arrangement og ikke en del av den nasjonale Fagbrevdagen» (Markering → Arrangement, delmål 2.3)"),
    ("NHO", "Kompetanseveien – reiselivssidene",
     "NHO Reiseliv's own industry pages that link to the joint portal, the row under J01; «Sidene er NHO Reiselivs "
     "egne og er ikke en del av Kompetanseveien» (Nettsted → Informasjon, same goal words as J01 = 2.4)"),
    ("Unio", "Unios analyse av LIA-tallene for lærere og sykepleiere",
     "Unio's own analysis of the joint survey's answers, the section right after J03; «Analysen er Unios egen og er "
     "ikke en del av den felles undersøkelsen» (no kind word → FoU, same paraphrase «mer kunnskap om læring i "
     "arbeidslivet» = 2.2)"),
    ("KS", "Norsk på vakt i barnehagene – forprosjekt",
     "a new branch of J06: KS's own pre-project for kindergartens, first row of «Tiltak der KS har ansvaret» while J06 "
     "is in the other table; «Forprosjektet er KS' eget og er ikke en del av Norsk på vakt» (Forprosjekt → Prosjekt, "
     "delmål 3.4)"),
    ("YS", "KI-frokost for YS-forbundene",
     "YS's own breakfast seminar presenting the joint course, the row under J05; «Seminaret var YS' eget og ikke en del "
     "av kurset» (Frokostseminar → Arrangement, same delmål 2.1 as J05)"),
    ("Akademikerne", "Notat til Kompetansebehovsutvalget om spesialistmangel",
     "two member associations' written input to the council, row 3 right under the KBU seat; «Notatet er vårt eget "
     "innspill og ikke en del av utvalgets arbeid» (Innspill → FoU, delmål 1.1)"),
    ("Spekter", "Praksiskandidatkampanjen i Helse Vest",
     "a regional health authority's own campaign modelled on J02, the slide after J02; «Kampanjen er Helse Vests egen "
     "og er ikke en del av Fagbrevløftet 50+» (Rekrutteringskampanje → Informasjon, same delmål 2.5)"),
    ("VOFO", "Språkkafé på sykehjemmet i Bodø",
     "Folkeuniversitetet Nord's own language cafés in nursing homes, the section after J06; «Kafeene er "
     "Folkeuniversitetets eget tilbud og er ikke en del av Norsk på vakt» (kurs → Kurs/utdanning, same delmål 3.4)"),
    ("Vestland fylkeskommune", "Fagbrevløftet 50+ – utviding til Sogn",
     "the county's own extension of J02 to industry in Sogn, the row right under J02 and named like it; «Utvidinga er "
     "fylkeskommunen sitt eige tiltak og ikkje ein del av Fagbrevløftet 50+» (Prosjekt, same delmål 2.5)"),
    ("UHR", "RSA-rapporten 2084",
     "UHR's own compilation of the RSA councils' annual reports, under «UHR-sekretariatet»; «Rapporten er UHRs egen "
     "sammenstilling og ikke en del av rådenes arbeid» (Sammenstilling → FoU, same delmål 1.4)"),
    ("Kompetanseforbundet", "Karriereforum Innlandet",
     "the member's own regional forum modelled on NFK, the last row of the scanned table; «bygget etter modell av det "
     "nasjonale forumet, men ikke en del av NFK» (nettverk → Råd/utvalg/nettverk, same delmål 1.3)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or paragraph joined with a space); `samarbeidspartnere` is empty where the file names "
    "no partner («–» cells and empty cells are not partners) and otherwise lists the partners comma-separated as the "
    "file names them (lines inside one cell, SharePoint's «;#» separators and running text «… sammen med YS, KS og "
    "Fafo» all become «YS, KS, Fafo»). Descriptions: Regjeringen's are the box paragraphs or the paragraphs under the "
    "Heading 3; LO's «Beskrivelse» (three paragraphs for Fagbrevløftet 50+); NHO's «Kort beskrivelse»; Unio's the "
    "three labelled paragraphs «Bakgrunn» / «Dette gjorde vi» / «Resultat» without their labels; KS's «Beskrivelse» "
    "or «KS' rolle»; YS's «Beskrivelse av aktiviteten»; Virke's the text after the dash; Akademikerne's «Omtale»; "
    "Spekter's the body paragraphs of the slide; VOFO's the paragraphs between the bold name and the fact line; "
    "Vestland's the text after the bold first line of the cell; UHR's «Omtale»; Fagskolerådet's «Beskrivelse»; "
    "Kompetanseforbundet's «Hva vi gjorde»; Sametinget's «Omtale».",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Representasjon / Rådsplass / Utvalgsplass / "
    "Rådsarbeid / rådsarbeid / Forum / forum / Nettverk / nettverk / Ovddastus (representasjon) → Råd/utvalg/nettverk; "
    "Rapport / Undersøkelse / Innspill / Sammenstilling / Kartlegging / kartlegging / undersøkelse / Čielggadeapmi "
    "(utredning) → FoU; Opplæringstilbud / Lederprogram / Nettkurs / Videreutdanning / bransjeprogram / Opplæring / "
    "Kurs / kurs / Kursa (kurs) → Kurs/utdanning; Prosjektdeltakelse / Forprosjekt / Prosjekt / prosjekt / Program / "
    "Prošeakta (prosjekt) → Prosjekt; Nettsted / nettportal / Nettkatalog / Rekrutteringskampanje / Digital "
    "veiledning / veiledningstjeneste / Kampánja (kampanje) → Informasjon; Markering / Frokostseminar / Fagdager / "
    "Konferanse / konferanse / Arrangement / arrangement → Arrangement. A seat in a council is always "
    "Råd/utvalg/nettverk. Measures with no kind word: Regjeringen's (KBU Råd/utvalg/nettverk, the fast-track pilot "
    "and Norsk på vakt Prosjekt, the evaluation FoU, the courses for job seekers and the Kompetansepluss training "
    "Kurs/utdanning), Unio's (the seat Råd/utvalg/nettverk, the survey and the analysis FoU, the further education "
    "Kurs/utdanning, the career days Arrangement) and two of Virke's (the SRY seat Råd/utvalg/nettverk, KI-lappen "
    "Kurs/utdanning as J05).",
    "Delmål given otherwise than as a plain code: Regjeringen only as a paraphrase in the text («et felles og godt "
    "kunnskapsgrunnlag om hvilken kompetanse arbeidslivet trenger» = 1.1, «enklere og bedre ordninger for godkjenning "
    "og vurdering av utdanning og yrkeskvalifikasjoner fra utlandet» = 2.6, «mer målrettet norskopplæring og "
    "kvalifisering for innvandrere» and «hvordan norskopplæringen for innvandrere kan målrettes bedre» = 3.4, «styrker "
    "og tilpasser Navs opplæringstilbud for arbeidssøkere» = 3.5, «stimulere til bruk av Kompetanseplussordningene» = "
    "3.2), while its section numbers 5.1–5.5, «Boks 5.1», «Boks 5.2» and «Tabell 5.1» are not delmål; LO's cells with "
    "two codes («2.5, 3.1»), the first being the main goal as the intro says; NHO's own words, with the code in "
    "brackets («Yrkesfag og fagopplæring (2.3)») or without («Etter- og videreutdanning tilpasset bedriftene» = 2.4, "
    "«Mer kunnskap om læring og kompetanse i bedriftene» = 2.2); Unio's «Knytning til strategien» («tettere samarbeid "
    "mellom utdanningene og arbeidslivet» = 1.4, «mer kunnskap om læring i arbeidslivet» = 2.2, «etter- og "
    "videreutdanning som svarer på behovene i virksomhetene» = 2.4, «karriereveiledning for alle» = 1.3); Virke's "
    "question headings («… at flere velger og fullfører yrkesfag?» = 2.3, «… koblet virksomhetenes behov til "
    "utdanningstilbudene?» = 2.4, «… styrket den digitale kompetansen hos de ansatte?» = 2.1, «Hva vet vi mer om læring "
    "i arbeidslivet?» = 2.2); Akademikerne «Delmål 1.4»; Spekter the chip «Strategien: 2.5»; VOFO the fact line "
    "«Delmål: 3.4 · Type: …»; Vestland «1.2 Regionalt ansvar»; UHR «1.4 (relevans)»; Fagskolerådet «2.4 Etter- og "
    "videreutdanning»; Kompetanseforbundet «1.3 / forum» in a scanned cell.",
    "Reporting year, told only in words: Regjeringen «ble avsluttet i fjor» (regional competence offices) and «Fra "
    "neste år» (Seniorløftet); LO «lagt fram i november i fjor» and «starter i februar neste år»; NHO «Siste kull ble "
    "avsluttet i fjor høst» and «Oppstart neste år»; Unio «avsluttet i fjor» and «starter neste år»; KS «avviklet i "
    "fjor» and «holdes i mars neste år»; YS «Ble holdt i fjor – ikke gjentatt i 2084» and «Kommer i gang i løpet av "
    "neste år» («Videreført fra i fjor» is a 2084 measure); Virke «ble avsluttet i fjor» and «neste vår»; Akademikerne "
    "«avsluttet i fjor»; Spekter's closing slide («avsluttet i fjor», «starter neste år»); VOFO «starter opp neste år» "
    "and «gjennomført i fjor»; Vestland «Vart halden i fjor» and «Startar opp neste år» («Vidareført frå i fjor» is a "
    "2084 measure); UHR «lagt ned i fjor» and «starter neste år»; Fagskolerådet «gikk våren i fjor» and «skal etableres "
    "neste år»; Kompetanseforbundet «starter først i mars neste år» (a paragraph under the table, not a row); "
    "Sametinget «ble holdt i fjor» and «lyses ut neste år».",
    "Containers and hidden places: Unio's file is PDF/UA-1 (tagged, pdfuaid part 1 in the XMP packet; verify checks "
    "it); Akademikerne's is a macro-enabled Word document (.docm) with no VBA project, whose template row of "
    "placeholders is still in the table (verify checks the content type); VOFO's is packaged like a Google Docs "
    "download (no docProps parts; verify checks that); YS's first sheet holds only a chart and counts (verify checks "
    "the chart part); Virke's header carries the «UTKAST» watermark (verify checks it) although the report is final; "
    "Fagskolerådet's is a SharePoint export with system columns and «;#» lists (verify checks the table name); "
    "Vestland's names are the bold first run of a rich-text cell whose second run is the description; Spekter's is a "
    "PowerPoint deck exported by Impress; Kompetanseforbundet's is image only (verify uses the typed text and, where "
    "Tesseract is installed, OCRs the page and looks for the words of every name); the appointment letter lists KBU "
    "members but reports nothing.",
    "Responsible and partners: Regjeringen – as said in the text («Kunnskapsdepartementet leder utvalget i samarbeid "
    "med …», «IMDi har ansvaret for prosjektet og samarbeider med …»); LO – Ansvarlig (LO/forbund) / Samarbeid; NHO – "
    "Hvem leder? / Hvem deltar?; Unio – «Ansvarlig i Unio:» / the partners in the «Dette gjorde vi» sentence; KS – "
    "«KS» for the first table (its heading says KS has the responsibility) with Samarbeidspartnere, and «Ledes av» / "
    "«Med i arbeidet» for the second (that cell names KS itself among those taking part, and the truth keeps it as "
    "written); YS – Forbund/ansvar / Samarbeidspart(er); Virke – the unit and partners named "
    "in the paragraph; Akademikerne – Forening / Partnere; Spekter – the chip «Eier:» / «Sammen med:»; VOFO – the "
    "study association in the heading / «Samarbeid:» in the fact line; Vestland – Ansvarleg / Samarbeidspartnarar; "
    "UHR – the unit heading above the table / Samarbeid; Fagskolerådet – Eier / Samarbeid; Kompetanseforbundet – "
    "«Ansvar:» / «Med:»; Sametinget – Ansvar / Samarbeidspartnere.",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 64 – reporting year 2084", "",
             "Regenerate with `python -m samples.holdout64_generator` (writes `samples/holdout64`); check with "
             "`python -m samples.holdout64_generator.verify`. The build is deterministic (fixed dates, metadata, ids "
             "and zip timestamps; LibreOffice exports from Writer and Impress with dates and /ID fixed), so a rebuild "
             "gives byte-identical files; `verify` rebuilds into a temporary folder and compares.", "",
             "Every report covers the measures of 2084. Items that a file marks as finished last year (2083) or "
             "planned for next year (2085) are not truth rows (see Notes for each file); as in an ordinary inbox, "
             "this is said in words inside the text («i fjor», «neste år», «neste vår») rather than in a year column. "
             "Nine of the fifteen reports are ordinary Word, Excel and PDF reports whose difficulty is in the details "
             "a member brings: own column names and kind words (also in North Sámi), two delmål codes in one cell, "
             "the delmål as a question heading or a paraphrase, the responsible given by a heading or a «Ledes av» "
             "column, the name and description in one rich-text cell, a measure told in a «Boks» of a white-paper "
             "chapter. The rest are containers not used before: a PDF/UA export, a macro-enabled .docm, a Google "
             "Docs download, a deck exported by Impress, a SharePoint list export and a scanned e-mail print.", "",
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
              + " (RSA = Råd for samarbeid med arbeidslivet, one per university or college; KBU = "
                "Kompetansebehovsutvalget; UHR-FSE = UHR's fagstrategiske enheter, such as UHR-Lærerutdanning and "
                "UHR-Helse og velferd; SRY = Samarbeidsrådet for yrkesopplæring and its faglige råd; NFK = Nasjonalt "
                "forum for karriereveiledning; FSR = Nasjonalt fagskoleråd).",
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
    lines.append("- The appointment letter is Kunnskapsdepartementet's letter to the organisations (a copy goes to "
                 "the secretariat) appointing members and deputies to Kompetansebehovsutvalget for 2085–2088. It names "
                 "the council, its mandate and eight member organisations with their representatives – what a seat "
                 "looks like – but it is not a member's report and has no rows. Regjeringen's own report (file 1) is "
                 "the one that reports the KBU seat.")
    lines.append("- The sixteen files: six PDFs (four exported by LibreOffice Writer from DOCX – one of them as PDF/UA "
                 "and one the appointment letter –, one exported by Impress from a PPTX, one scan stored as a grey "
                 "page image), five DOCX (one packaged like a Google Docs download), one DOCM and four XLSX (one with "
                 "a chart, one a SharePoint export, one with rich-text cells).")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
