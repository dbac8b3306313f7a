"""README.md for held-out round 68."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Evaluering av Kompetansebehovsutvalget",
     "NIFU's evaluation of how the council's reports are used, ordered by KD; the Heading 2 right after the KBU seat; "
     "«Evalueringen er et eget oppdrag fra departementet og ikke en del av utvalgets arbeid» (Evaluering → FoU, the "
     "same delmål 1.1 as the seat)"),
    ("LO", "VIA-modellen for permitterte",
     "Fellesforbundet's own follow-up of the joint VIA pilot, offered to laid-off members in the union's offices; the "
     "row right under J01, same kind word (Pilot) and delmål; «Tilbudet er forbundets eget og er ikke en del av "
     "pilotprosjektet VIA» (Pilot → Prosjekt, 1.3)"),
    ("NHO", "Bransjeprogrammet havbruk – tilleggsmodul for Troms og Finnmark",
     "a regional version of J02: NHO Arktis' own extra module for firms in the north, named like the joint programme "
     "and in the row right under it; «Modulen er NHO Arktis' egen og er ikke en del av det nasjonale "
     "bransjeprogrammet» (Opplæringsmodul → Kurs/utdanning, the same delmål 2.4)"),
    ("KS", "Samlinger for kommunale medlemmer i yrkesopplæringsnemndene",
     "KS's own gatherings for the municipal members of the counties' vocational training boards – about a board, not "
     "a seat in a shared council; «Samlingene er KS' egne og er ikke en del av nemndenes arbeid» (Opplæringssamling → "
     "Kurs/utdanning, delmål 1.2 by the strategy's own words)"),
    ("YS", "Frokostseminar om KBU-rapporten",
     "YS's own breakfast seminar where KBU's secretariat presented the new report; in the overview table right under "
     "the KBU seat with the same delmål; «Seminaret var YS' eget og var ikke en del av utvalgets arbeid» (Seminar → "
     "Arrangement, 1.1)"),
    ("Akademikerne", "Tekna-nettverket for RSA-representanter",
     "Tekna's own network for its members who sit in RSA councils, right after the RSA seat, with the same goal words "
     "and a council-like kind (Nettverk); «Nettverket er Teknas eget og er ikke en del av rådene» "
     "(→ Råd/utvalg/nettverk, 1.4, but a U row, not M06)"),
    ("Spekter", "Norskkurs for helsefagarbeidere i Helse Nord",
     "Helse Nord's own Norwegian courses that use the material of J05; the row right under J05 with the same delmål; "
     "«Kursene bygger på materiellet i Språkstøtte.no, men er Helse Nords egne og er ikke en del av nettstedet» "
     "(Opplæringsløp → Kurs/utdanning, 3.4)"),
    ("VOFO", "Nettverk for studieforbundenes karriereveiledere",
     "VOFO's own network modelled on the forum, the next database row after J05 and two after the NFK seat, the same "
     "delmål; «Nettverket er VOFOs eget og er ikke en del av Nasjonalt forum for karriereveiledning» (Nettverk → "
     "Råd/utvalg/nettverk, 1.3, but a U row, not M01)"),
    ("Vestland fylkeskommune", "Yrkesfagdag i Sunnfjord",
     "a regional version of J04: the county's own vocational day in Førde in March, the row right under «Yrkesfagveka "
     "2088»; «Dagen var fylkeskommunen sitt eige arrangement og ikkje ein del av Yrkesfagveka» (Arrangement, the same "
     "paraphrase as J04 = 2.3)"),
    ("UHR", "Validering i praksis – følgestudie",
     "a new phase of J06 that UHR owns alone – a follow-up study of the first 400 applicants – named like the joint "
     "project and in the row right under it; «Følgestudien er UHRs egen og er ikke en del av prosjektet Validering i "
     "praksis» (Følgestudie → FoU, the same delmål 2.5)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or paragraph joined with a space); `samarbeidspartnere` is empty where the file names "
    "no partner («–», «ingen», NULL and empty cells are not partners) and otherwise lists the partners comma-separated "
    "as the file names them (lines inside one cell, «+» between names, «A, B og C», «utført av Opinion AS», «i "
    "samarbeid med Nav» all become a plain list: «karrieresentrene, NHO»; «Opinion AS»; «Nav»). Descriptions: "
    "Regjeringen's the paragraphs under the Heading 2 after the grey fact line (two for the havbruk programme); LO's "
    "«Hva skjedde i 2088»; NHO's «Kort fortalt»; Unio's «Hva og hvorfor»; KS's «Om tiltaket»; YS's the paragraph "
    "under the measure's Heading 2 in «Omtale av tiltakene»; Virke's «Beskrivelse»; Akademikerne's the paragraph "
    "under the h3; Spekter's «Hva er gjort» in the HTML table; VOFO's column Omtale; Vestland's «Kva vi gjorde i "
    "2088»; UHR's «Omtale»; Fagskolerådet's «Om tiltaket» (the last column); Kompetanseforbundet's the text between "
    "«(delmål x.y):» and «Ansvar:»; Sametinget's the paragraph between the bold name and the grey line.",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Utvalg / Representasjon / Medlem av råd / "
    "Representasjon i råd / Verv / Verv i råd / Plass i råd / Deltakelse i utvalg / Forum / forum / Forumplass / "
    "Medlemskap / Fagstrategisk enhet / Nettverk / Bedriftsnettverk / Samarbeidsforum and Unio's letter R → "
    "Råd/utvalg/nettverk; Evaluering / Utredning / utredning / Kartlegging / FoU-samarbeid / Undersøkelse / Analyse / "
    "Følgestudie and Unio's K → FoU; Opplæringsprogram / Bransjeprogram / Opplæringsmodul / Tillitsvalgtopplæring / "
    "Opplæringssamling / Opplæringstilbud / Opplæringstilbod / Kurspakke / Kursserie / Nettkurs / Opplæringsløp / "
    "Fagskoletilbud / Studietilbud / Kurs / kurs and Unio's O → Kurs/utdanning; Forsøksordning / Pilot / "
    "Utviklingsarbeid / Utviklingsprosjekt / Utprøving / Prosjekt / prosjekt and Unio's U → Prosjekt; Digital "
    "tjeneste / Nettsted / Nettressurs / Materiell / Kampanje / Veileder / Rådgivning (individual career talks, as the "
    "seed types Akademikerne's help to members) / Nettportal / Informasjonsturné and Unio's I → Informasjon; Seminar "
    "/ Frokostmøte / Konferanse / Arrangement / møteplass and Unio's M → Arrangement. A seat in a council is always "
    "Råd/utvalg/nettverk. Kompetanseforbundet gives no kind: the forum working group Råd/utvalg/nettverk, the VIA pilot "
    "and Validering i praksis Prosjekt (as J01 and J06), the HR course Kurs/utdanning, the report FoU.",
    "Delmål given otherwise than as a plain code: Regjeringen «delmål 1.1» inside the grey fact line above the "
    "description; LO as code with a tag («1.3 (karriereveiledning)»); NHO «punkt 2.4»; Unio as Unio's paraphrase, the "
    "code in brackets for some («Mer kunnskap om læring på arbeidsplassen (2.2)») and words only for others "
    "(«Utdanningene og arbeidslivet må samarbeide tettere» = 1.4, «Sykepleiere skal få relevant etter- og "
    "videreutdanning» = 2.4, «Enklere godkjenning av utdanning fra utlandet» = 2.6); KS as the strategy's own wording "
    "cut short with «…» («Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige …» = 2.3, «Styrke "
    "kunnskapsgrunnlaget om læring i arbeidslivet …» = 2.2, «Styrke regionalt folkevalgt nivås kompetansepolitiske "
    "ansvar og …» = 1.2, «Styrke og videreutvikle den digitale kompetansen i hele …» = 2.1, «Benytte opplærings- og "
    "kompetansetiltak mer aktivt i arbeidsmarkeds- og …» = 3.3, «Gi fleksibel opplæring på voksnes premisser …» = "
    "3.1); Virke «2.2 – kunnskapsgrunnlag»; Akademikerne's «Mål i strategien» («Tettere bånd mellom utdanning og "
    "arbeidsliv» = 1.4, «Digital kompetanse i hele arbeidsstyrken» = 2.1, «Karriereveiledning i alle aldre» = 1.3); "
    "VOFO only as a number (DelmaalID) pointing to a row of the table Delmaal (3 = 1.3, 12 = 3.2, 14 = 3.4, 16 = "
    "3.6); Vestland only as Nynorsk paraphrase («tilgang til karriererettleiing for alle» = 1.3, «fleire skal velje "
    "yrkesfag» = 2.3, «regionalt kompetansesamarbeid» = 1.2, «fleksibel opplæring for vaksne» = 3.1); UHR «delmål "
    "2.5»; Fagskolerådet the main code first with a second in brackets («2.4 (også 1.4)» = 2.4, «2.3 (også 1.3)» = "
    "2.3); Kompetanseforbundet «(delmål 1.3):»; Sametinget only by the heading above the measure («Karriereveiledning "
    "som tar hensyn til samisk språk og kultur» = 1.3, «Fleksibel opplæring for voksne i samiske områder» = 3.1, "
    "«Kunnskap om læring og kompetanse i samiske næringer» = 2.2, «Kompetansepluss i samiske områder» = 3.2, "
    "«Samarbeid mellom utdanning og samisk arbeidsliv» = 1.4).",
    "Reporting year, told in words: Regjeringen «lagt fram for Stortinget i juni i fjor» and «trer i kraft 1. august "
    "neste år» (Heading 2s without a fact line); LO «Kampanjen gikk høsten 2087» and «Starter opp i februar 2089»; NHO "
    "the sheet «Til orientering» («Flyttet til 12. mars 2089», «Avsluttet i fjor»); Unio «Siste samling var i november "
    "i fjor» and «Oppstarten er flyttet til over sommeren 2089»; KS «Ble holdt i mars 2087» and «etableres våren neste "
    "år»; YS «Konferansen ble ikke arrangert i 2088» (a Heading 2 that is not in the overview table); Virke's Status "
    "«Avsluttet i fjor» and «Kommer neste år»; Akademikerne «Neste kompetansedag er 4. februar 2089»; Spekter "
    "«Utsatt til 2089»; VOFO Aar 2087 «Avsluttet» and Aar 2088 with Status «Utsatt – holdes i mars 2089»; Vestland «Vart "
    "ikkje arrangert i 2088»; UHR «holdes i Tromsø i mai neste år»; Fagskolerådet «sist holdt i 2087, neste gang i "
    "2089»; Kompetanseforbundet «Flyttet til våren 2089»; Sametinget «Dagen ble ikke holdt i 2088».",
    "Containers and hidden places: KS's PDF is a LibreOffice hybrid PDF that also carries the ODT (the catalog's "
    "/AdditionalStreams; verify checks that the embedded file is an ODT and holds the same names); Akademikerne's file "
    "is a Safari web archive (a binary plist; verify checks the plist and that WebMainResource is text/html); "
    "Spekter's e-mail is S/MIME opaque-signed, so its text is only inside the CMS SignedData (verify checks that no "
    "measure name is readable in the raw file, that the signature container parses and, where openssl is installed, "
    "that it verifies); VOFO's .odb keeps the measures as SQL in database/script with \\u escapes and the delmål "
    "behind a foreign key (verify checks the mimetype, the embedded HSQLDB connection and that every DelmaalID "
    "resolves); UHR's 7z holds the Word report and a key-figure workbook (verify checks the signature, the CRCs and "
    "that the key-figure workbook names no measure); NHO's workbook has the out-of-year items on a second sheet; "
    "YS's measures are named twice (overview table and sections).",
    "Responsible and partners: Regjeringen – the ministry abbreviation first in the grey line (KD, AID, explained "
    "under «Forkortelser») / the names after «med»; LO – Hvem i LO-familien / Sammen med («+»); NHO – Hvem i NHO / "
    "Partnere (running text); Unio – Forbund / the names after «i samarbeid med» or «samarbeid med» in the text; KS – "
    "Ansvarlig / Samarbeidspartnere; YS – «Ansvar:» / «Partnere:» under each section; Virke – Eier i Virke / Partnere "
    "utenfor Virke (one per line); Akademikerne – Ansvarlig forening / Samarbeid; Spekter – Hovedansvar / Samarbeid; "
    "VOFO – the columns Ansvarlig / Partnere; Vestland – Ansvarleg / Partnarar; UHR – Ansvarlig enhet / Samarbeid; "
    "Fagskolerådet – Hvem leder / Hvem deltar; Kompetanseforbundet – «Ansvar:» / «Samarbeid:» in the bullet; "
    "Sametinget – «Ovddasvástu/Ansvar:» / «Ovttasbargu/Samarbeid:» in the grey line.",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 68 – reporting year 2088", "",
             "Regenerate with `python -m samples.holdout68_generator` (writes `samples/holdout68`); check with "
             "`python -m samples.holdout68_generator.verify`. The build is deterministic (fixed dates, metadata, ids, "
             "keys and zip timestamps; LibreOffice exports from Writer and Calc with dates and /ID fixed, the hybrid "
             "PDF's embedded ODT with fixed zip times and revision ids), so a rebuild gives byte-identical files; "
             "`verify` rebuilds into a temporary folder and compares.", "",
             "Every report covers the measures of 2088. Items that a file marks as finished last year (2087) or "
             "planned for next year (2089) are not truth rows (see Notes for each file); this is said in words inside "
             "the text («i juni i fjor», «Kommer neste år», «Utsatt til 2089», «Vart ikkje arrangert i 2088»), in a "
             "status cell or on a sheet «Til orientering» rather than in a year column (VOFO's database has a year "
             "column, but one of its 2088 rows says in words that it was postponed). Eleven of the fifteen reports "
             "are ordinary Word, Excel and PDF reports whose difficulty is in the details a member brings: column "
             "names and kind words nobody used before, kinds given as single letters with a key, the delmål as a "
             "paraphrase (also in Nynorsk), as the strategy's own words cut short, as a code with a second code in "
             "brackets or only by a heading, facts placed above the description, measures named twice (overview and "
             "sections), bilingual Sámi/Norwegian labels, councils named by a unit or a faglig råd, partners in "
             "running text or joined by «+». One of them (KS) is a LibreOffice hybrid PDF that also carries its ODT. "
             "The other four are containers not used before: a Safari web archive, an S/MIME opaque-signed e-mail, "
             "a LibreOffice Base database with an embedded HSQLDB and a 7z archive; the sixteenth file is a "
             "consultancy's tender.", "",
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
              + " (NFK = Nasjonalt forum for karriereveiledning; KBU = Kompetansebehovsutvalget; UHR-FSE = UHR's "
                "fagstrategiske enheter, such as UHR-Lærerutdanning, UHR-Medisin og helse and UHR-MNT; SRY = "
                "Samarbeidsrådet for yrkesopplæring and its faglige råd; FSR = Nasjonalt fagskoleråd; RSA = Råd for "
                "samarbeid med arbeidslivet, one per university or college).",
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
    lines.append("- The tender is a consultancy's offer to the ministry to evaluate the strategy. Its table of work "
                 "packages has columns that look like a measures table (Innhold, Delmål som belyses) and names KBU, "
                 "the career-guidance forum, RSA and SRY, but it is written by someone who is not a council member "
                 "and reports nothing; it has no rows.")
    lines.append("- The sixteen files: seven PDFs, all exported by LibreOffice (five from DOCX by Writer, one "
                 "hybrid from a hand-written ODT by Writer, one from an XLSX by Calc), three DOCX, two XLSX, one "
                 "Safari web archive, one S/MIME-signed e-mail, one LibreOffice Base database and one 7z archive "
                 "(holding a DOCX and an XLSX).")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
