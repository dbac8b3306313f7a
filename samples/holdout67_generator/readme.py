"""README.md for held-out round 67."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Regionale kompetansebehovsanalyser i Troms og Finnmark",
     "a regional analysis the ministry commissioned from Norut, right after the KBU section and built on KBU's method; "
     "«… er bestilt av departementet og er ikke en del av utvalgets arbeid» (Forskningsoppdrag → FoU, Strategien pkt. "
     "1.2)"),
    ("LO", "Rekrutteringskampanje til de faglige rådene",
     "LO's own campaign to get young shop stewards to stand for the faglige råd, about the councils rather than a seat "
     "in them; «Kampanjen er LOs egen og er ikke en del av rådenes arbeid» (Kampanje → Informasjon, 2.3)"),
    ("NHO", "Dialogmøte med NHOs representanter i SRY og de faglige rådene",
     "NHO's own meetings with the representatives from its federations, named after SRY; «Møtene er NHOs egne og er "
     "ikke en del av rådenes arbeid» (Møteplass → Arrangement, goal words «Flere skal velge yrkesfag» = 2.3)"),
    ("KS", "Helsefagløftet i Nord-Troms",
     "a regional project KS Nord-Norge owns with three municipalities, the register line right under the joint "
     "Helsefagløftet and named like it; «Prosjektet er ikke en del av det nasjonale Helsefagløftet» (Regionalt "
     "prosjekt → Prosjekt, the same Strategien 2.5)"),
    ("Virke", "Kompetansekompasset for ideelle virksomheter",
     "Virke's own version of the joint tool for non-profit enterprises, two rows under J01; «Versjonen er Virkes egen "
     "og er ikke en del av det felles verktøyet» (Tilpasning → Prosjekt, the same goal words as J01 = 2.4)"),
    ("Akademikerne", "Seminar om KBU-rapporten for medlemsforeningene",
     "Akademikerne's own seminar presenting the KBU report, right after the KBU seat and with the same quotation in "
     "«Relevans for strategien»; «Seminaret var Akademikernes eget og ikke en del av utvalgets arbeid» (Seminar → "
     "Arrangement, 1.1)"),
    ("VOFO", "Norsk i frivilligheten",
     "courses for immigrants in voluntary associations «bygget etter modell av Norsk i arbeid», right under J03; "
     "«Kursene er et eget tilbud og ikke en del av Norsk i arbeid» (kurs → Kurs/utdanning, delmål 3.6 where J03 is "
     "3.4)"),
    ("UHR", "Evaluering av de fagstrategiske enhetene",
     "UHR's own evaluation of its strategic units, about the councils rather than a seat; «Evalueringen er UHRs egen "
     "og er ikke en del av enhetenes arbeid» (Evaluering → FoU, 1.4)"),
    ("Fagskolerådet", "Fagskolerådets arbeidsutvalg",
     "Fagskolerådet's own working committee, listed in table «A. Verv og representasjon» right under the FSR seat; "
     "«Utvalget er Fagskolerådets eget organ og er ikke Nasjonalt fagskoleråd» (a body in the seats table → "
     "Råd/utvalg/nettverk, 2.4)"),
    ("Sametinget", "Samisk karrieredag i Karasjok",
     "Sametinget's own career day the week after the joint week, the slide right after J04; «Dagen var Sametingets "
     "egen og ikke en del av Karriereveiledningsuka» (Karrieredag → Arrangement, the same 1.3)"),
    ("Innlandet fylkeskommune", "Regionalt forum for karriererettleiing i Innlandet",
     "the county's own forum for counsellors, named like NFK and placed right after the NFK seat; «… er ikkje ein del "
     "av det nasjonale forumet» (Regionalt nettverk → Råd/utvalg/nettverk, 1.3)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(paragraphs and lines inside a cell joined with a space); `samarbeidspartnere` is empty where the file names no "
    "partner («–» and empty cells are not partners) and otherwise a plain comma-separated list, whatever the file's "
    "separator: lines in a cell (LO, Spekter), «A og B» (Kompetanseforbundet, Innlandet «Med: …»), «A, B og C» in a "
    "sentence (Regjeringen «Med på arbeidet: …», Unio «…, sammen med A og B.»), «A + B» (Virke), «A; B; C» (KS), "
    "running text «LO, med Fafo som gjennomfører» (NHO → «LO, Fafo»). Descriptions: Regjeringen the paragraphs under "
    "the fact table (two for KBU and Norsk i arbeid); LO the paragraph(s) under the bold name in «Tiltak og kort "
    "omtale»; NHO «Hva har skjedd i 2087»; KS «Beskrivelse»; Unio «Hva:»; Virke «Beskrivelse»; Spekter «Omtale»; UHR "
    "«Omtale»; Fagskolerådet «Hva som skjedde i 2087» / «Beskrivelse»; Innlandet the paragraph under the bold name; "
    "Akademikerne «Hva ble gjort»; YS «Beskrivelse»; VOFO «Hva vi gjorde»; Kompetanseforbundet «Beskrivelse»; "
    "Sametinget the first paragraph of the slide's text box.",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; assigned differently from round 65), J01–J06 = joint measures reported by two or three members in their own "
    "words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Utvalg / Representasjon / Sitter i råd / Rådsplass "
    "/ Utvalgsplass / Rådsmedlem / Rådsarbeid / Forumplass / forumplass / Forum / Regionalt nettverk → "
    "Råd/utvalg/nettverk; Forskningsoppdrag / Undersøkelse / Analyse / Evaluering / Kartlegging / kartlegging / "
    "Policynotat / Medlemsundersøkelse → FoU; Opplæringstilbud / Skoleringstilbud / Bransjeprogram / Opplæring / "
    "Opplæringsløp / Lederutvikling / Studietilbud / Opplæringstilbod / Webinarserie / Nettkurs / kurs → "
    "Kurs/utdanning; Forsøksordning / Partssamarbeid / Pilotprosjekt / Utviklingsprosjekt / Regionalt prosjekt / "
    "Tilpasning / Fellesprosjekt / Tilskotsordning / utviklingsprosjekt / Prosjektmidler → Prosjekt; "
    "Informasjonstiltak / Kampanje / Digitalt verktøy / Verktøy / Nettside / Veileder / Nettressurs → Informasjon; "
    "Konferanse / Møteplass / Messe / Temaveke / Temauke / Seminar / Veiledningsdag / Karrieredag → Arrangement. A "
    "seat in a council is always Råd/utvalg/nettverk, also where no kind is given (Fagskolerådet's table A). Unio "
    "gives no kind at all: the two seats Råd/utvalg/nettverk, Digital grunnmur (a net course) Kurs/utdanning as J05, "
    "the mentor scheme tried out on nine wards Prosjekt, the survey in the police FoU, the fagdag Arrangement. YS "
    "wrote its own words in the template's «Type tiltak» although the guidance asks for one of the six.",
    "Delmål given otherwise than as a plain code: Regjeringen «Strategien pkt. 1.1» in the fact table; LO a code with "
    "a gloss «2.3 (yrkesfag)»; NHO «Delmål 2.4 – bedrifter og tilbydere» or NHO's words only («Flere skal velge "
    "yrkesfag» = 2.3); KS «Strategien 2.3»; Unio in words under «Hvorfor:» («bedre kunnskap om hvilken kompetanse "
    "samfunnet trenger (1.1)», «lærerutdanninger som er tett på skolene og barnehagene» = 1.4, «at alle "
    "arbeidstakere henger med i den digitale utviklingen» = 2.1, «samarbeid mellom utdanningene og arbeidslivet» = "
    "1.4, «mer kunnskap om læring i arbeidslivet» = 2.2, «etter- og videreutdanning som svarer på behovene i "
    "tjenestene» = 2.4); Virke in words with the code in brackets («kompetansebehov i små virksomheter (2.4)»); "
    "Spekter «delmål 1.4»; UHR «1.4 Utdanning og arbeidsliv»; Innlandet in the italic line «Nasjonal strategi: "
    "delmål 3.1», while the headings «Regionalt delmål 1.1 / 1.2 / 2.1» are the county plan's own goals, not the "
    "strategy's (Fagbrev for vaksne under «Regionalt delmål 2.1» is 3.1; Kompetansebarometer under the same heading "
    "is 1.2); Akademikerne only as a quotation of the delmål text («sammenstille og analysere kilder til kunnskap om "
    "Norges kompetansebehov» = 1.1, «gjøre utdanningen relevant» = 1.4, «den digitale kompetansen i hele "
    "arbeidsstyrken» = 2.1, «kunnskapen om verdien av å investere i kompetanseutvikling» = 2.2); Kompetanseforbundet "
    "as numbers in Gnumeric cells (3.4); Sametinget «1.3 – karriereveiledning med samisk perspektiv».",
    "Reporting year, told only in words: Regjeringen «Ordningen ble avviklet ved forrige årsskifte, og det ble ikke "
    "gitt tilskudd i år» (a Heading 2 without a fact table); LO «flyttet til våren neste år»; NHO «Det ble ikke holdt "
    "noen fagdag i år. Neste fagdag er lagt til februar 2088.»; KS status «Avsluttet ved forrige årsskifte» and «hadde "
    "sitt siste kull i fjor»; Unio «Siste kull ble avsluttet før jul i fjor. Kurset starter igjen til høsten neste "
    "år.»; Virke «holdt i mars for ett år siden og er ikke gjentatt»; Spekter «skjøvet til januar neste år»; UHR "
    "«utsatt til våren neste år»; Fagskolerådet «holdes annethvert år. Det var ingen konferanse i år»; Innlandet "
    "«Messa vart ikkje halden i år»; Akademikerne «holdes for første gang i februar neste år»; YS «starter først over "
    "nyttår»; VOFO «avlyst i år»; Kompetanseforbundet a second sheet «Til orientering» with a course «avsluttet før "
    "sommeren i fjor»; Sametinget a closing slide «Boahtte jahki / Neste år».",
    "Containers: KS's file is DIF (values only, Windows-1252; verify checks the TABLE/EOD frame and the encoding); "
    "YS's is an Excel template (.xltx; verify checks the template main-part type); VOFO's is an AbiWord document "
    "(verify checks the abiword root and the table cells); Kompetanseforbundet's is a gzip-compressed Gnumeric "
    "workbook (verify checks the gzip header and the gnm:Workbook root with two sheets); Sametinget's is a flat "
    "OpenDocument presentation (verify checks office:mimetype and the draw:page count); the others are ordinary DOCX, "
    "XLSX and LibreOffice PDF exports (verify checks the Creator of the PDFs).",
    "Responsible and partners: Regjeringen – «Departement:» in the fact table (KD, AID, KDD, explained at the end) / "
    "«Med på arbeidet:»; LO – Hvem i LO-familien / Sammen med; NHO – Ledes av / Med oss på laget; KS – Ansvarlig "
    "enhet / Eksterne parter; Unio – the union named first in «Hvem:» / the names after «sammen med»; Virke – "
    "Ansvarlig / Samarbeid; Spekter – Ansvar / Partnere; UHR – the merged «Enhet i UHR» cell / Samarbeid; "
    "Fagskolerådet – Representert ved / Ansvarlig and Partnere; Innlandet – «Ansvarleg:» / «Med:»; Akademikerne – "
    "Foreningen / Samarbeid; YS – Ansvarlig / Samarbeidspartnere; VOFO – Ansvarlig / Sammen med; Kompetanseforbundet "
    "– Ansvarlig / Samarbeidspartnere; Sametinget – «Ovddasvástádus / Ansvar:» / «Ovttasbargu / Samarbeid:».",
]


INTRO = ("Every report covers the measures of 2087. Items that a file marks as finished last year (2086), not held "
         "this year or planned for next year (2088) are not truth rows (see Notes for each file); as in an ordinary "
         "inbox this is said in words («ved forrige årsskifte», «i mars for ett år siden», «til høsten neste år», "
         "«vart ikkje halden i år»), not in a year column. Ten of the fifteen reports are ordinary Word, Excel and "
         "PDF files whose difficulty is in the details: column names and kind words not seen before, the goal as a "
         "code with a gloss, as the member's words or as a quotation of the strategy, headings that are a county "
         "plan's own numbered goals, the responsible as a merged cell, names and descriptions in one cell, records "
         "over two rows, two tables of different shape, partners joined by «+», «;» or «og». Five are containers not "
         "used before: a DIF export, an Excel template (.xltx), an AbiWord document, a Gnumeric workbook and a flat "
         "ODF presentation (.fodp). The sixteenth file is a letter of support, not a "
         "report.")
CLOSING = [
    "The letter of support is from NHO Innlandet, a regional office of a member, to HK-dir for a manufacturer's "
    "application. It names Kompetansekompasset (J01), Læringsbarometeret 2087 (J06), SRY and a faglig råd, and "
    "planned training modules in a table, but it reports nothing and has no rows; NHO's own report (file 3) is the one "
    "that reports NHO's measures.",
    "The sixteen files: five PDFs exported by LibreOffice (four from DOCX, one from a hand-written ODT), three DOCX, "
    "three XLSX, one XLTX template, one DIF, one AbiWord .abw, one Gnumeric workbook and one flat ODP.",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 67 – reporting year 2087", "",
             "Regenerate with `python -m samples.holdout67_generator` (writes `samples/holdout67`); check with "
             "`python -m samples.holdout67_generator.verify`. The build is deterministic (fixed dates, metadata, ids "
             "and zip timestamps; LibreOffice exports from Writer with dates and /ID fixed), so a rebuild "
             "gives byte-identical files; `verify` rebuilds into a temporary folder and compares.", "",
             INTRO, "",
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
    lines += [f"- {n}" for n in CLOSING]
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
