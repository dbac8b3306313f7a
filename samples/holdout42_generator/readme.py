"""Render samples/holdout42/README.md from the document modules and truth rows."""
from collections import Counter, OrderedDict

from .common import COLUMNS, TYPES

INFO = {
    "01": ("Word (python-docx) → PDF via LibreOffice",
           "Ministry annual report, six numbered chapters; chapter 4 is the skills chapter with one "
           "sub-heading per measure, prose and an italic fact line (delmål · type · ansvarlig · samarbeid). "
           "Key-figure table, footnote and a «Videre arbeid i 2063» plan are not measures.",
           "code in fact line «Delmål 1.1»"),
    "02": ("DOCX (python-docx), landscape",
           "One table; columns in unusual order: Kort om tiltaket | Tiltak | Delmål / type | Samarbeid "
           "med | Ansvar i LO. Type in LO's own words (råd, utvalg og nettverk / utviklingsprosjekt / kurs). "
           "Note under the table with a 2063 plan, contact line.",
           "combined column «2.3 / råd, utvalg og nettverk»"),
    "03": ("PDF (reportlab, 16:9 slides)",
           "Slide deck: title slide, key-figure slide, one slide per measure (title = name, bullets "
           "Hva/Delmål/Type/Ansvar/Partnere), «Veien videre – 2063» plan slide.",
           "bullet «Delmål: 2.4»"),
    "04": ("ODT (hand-written ODF)",
           "Letter with letterhead, reference line, quoted sentence from the council, one paragraph "
           "per measure ending «(delmål X.Y).», a 2063 plan paragraph, signature and contact line. No types.",
           "end of paragraph «(delmål 1.3).»"),
    "05": ("DOC (Word 97, python-docx → LibreOffice)",
           "Nynorsk. Each measure is a heading followed by a two-column field table (Delmål, Type tiltak, "
           "Ansvarleg, Samarbeidspartnarar, Skildring). Key figures and contact at the end.",
           "field row «Delmål | 1.3»"),
    "06": ("RTF (hand-written)",
           "Secretariat questionnaire: numbered questions, sub-questions a–f per measure (name, delmål, "
           "type, ansvar, partners, description); Del C with a 2063 plan and other comments.",
           "answer to question «b) Hvilket delmål …? 1.1»"),
    "07": ("XLSX (openpyxl)",
           "Workbook: cover sheet, one sheet per hovedinnsatsområde with a merged title row and columns "
           "Delmål | Tiltak | Type | Beskrivelse | Ansvarlig | Samarbeidspartnere; on sheet 2 the Delmål "
           "cell 2.1 is merged over two measures; «Nøkkeltall» sheet with numbers only.",
           "code column, one merged cell shared by two rows"),
    "08": ("ODS (hand-written ODF)",
           "One table sheet where the delmål is written in words only (no codes) and the type is VOFO's "
           "own category (Kurs / Utviklingsprosjekt / Konferanse), plus a legend sheet; a merged note row.",
           "words only, e.g. «Stimulere til bruk av Kompetanseplussordningene» (= 3.2)"),
    "09": ("PDF (reportlab, printed e-mail)",
           "E-mail print: header block (Fra/Sendt/Til/Kopi/Emne), bullets with sub-bullets per measure, "
           "signature, and the quoted original request that contains an example measure name.",
           "sub-bullet «delmål 1.4, råd/utvalg/nettverk»"),
    "10": ("PDF, scanned (PIL image, skew −0.6°, blur, noise, stamp; image only)",
           "Paper report with numbered measures, each with a «Delmål: … Tiltakstype: …» line, "
           "Ansvarlig/Samarbeid lines and a description; signature and received-stamp.",
           "«Delmål: 1.3» (OCR needed)"),
    "11": ("ODT (hand-written) → PDF via LibreOffice",
           "Report ordered by roman-numeral områder I–III; each measure is a bold name, an italic "
           "pipe-separated fact line and a description; bullets with key figures and 2063 plans.",
           "«Delmål 1.2 | type | Ansvar: … | Partnere: …»"),
    "12": ("DOCX (python-docx)",
           "Running prose, one paragraph per measure, the delmål mentioned inside the paragraph; no "
           "types; a 2063 plan paragraph. The member Fagskolerådet reports its seats in Nasjonalt fagskoleråd.",
           "inside the text «svarer på delmål 2.5»"),
    "13": ("DOCX (python-docx)",
           "Nynorsk; bullets (measure name in bold) with sub-bullets (delmål – type; ansvarleg/partnarar; "
           "description); «Andre opplysningar» bullets with a key figure and contact.",
           "sub-bullet «Delmål 2.4 – prosjekt»"),
    "14": ("Word (python-docx) → PDF via LibreOffice",
           "NOT a member report: minutes of a council meeting. Mentions KBU, DigiGrunn, Norsk på jobben "
           "and Nasjonal yrkesfagdag; gives no truth rows.",
           "—"),
}

TRAPS = [
    "About a council, not taking part: Regjeringen «Seminar om KBU-rapporten 2062» (U01, partner "
    "field names KBU), Regjeringen «Evaluering av Samarbeidsrådet for yrkesopplæring» (U02, FoU), "
    "LO «Kurs for LO-representanter i faglige råd» (U03, training own representatives, mentions SRY), "
    "Unio «Innspill til KBUs hovedrapport» (U07, input to its report).",
    "New phase: VOFO «DigiGrunn 2 – frivillig sektor» (U12) is separate from DigiGrunn (J03).",
    "Regional version: Nordland «Kompetanseløftet for grønn industri – Nordlandspiloten» (U20) is "
    "separate from the national programme KGI (J01); the text says it is not part of the national scheme.",
    "Near-miss names: Fagskolerådet (a member) vs Nasjonalt fagskoleråd (M05); «Vestland karriereforum» "
    "(U05) vs Nasjonalt forum for karriereveiledning (M06) in the same file; «Kompetanseforum Nordland» "
    "(U19) and «Regionalt kompetanseforum Møre og Romsdal» (U25) are different measures; "
    "«Yrkesfagmessa i Ålesund» (U24) vs the national yrkesfagdag (J02); «Fagskoledagene 2062» (U22).",
    "Named unit of a council: Unio «UHR-Lærerutdanning» = UHRs fagstrategiske enheter (M04); "
    "Nordland «RSA ved Nord universitet» = RSA (M02).",
    "Acronym only: KS «SRY», Nordland «NFK», NHO/Unio «ReKoM», LO «KGI-programmet»; Nynorsk forms "
    "«Nasjonalt forum for karriererettleiing», «Kompetanseløftet for grøn industri».",
    "Mentions that are not measures: key figures (01, 03, 05, 07, 11, 13), plans for 2063 (01, 02, 03, "
    "04, 06, 11, 12), footnote (01), quoted council statement naming Norsk på jobben and DigiGrunn (04), "
    "quoted request with an example «Kompetansebehovsutvalget (KBU), delmål 1.1…» (09), "
    "NHOs kompetansebarometer (03), contact lines, VOFO's note about the council itself (08).",
    "Whole file with no measures: 14 (minutes).",
]


def _c(text):
    """Escape pipes inside a Markdown table cell."""
    return text.replace("|", "\\|")


def render(docs, rows):
    per_file = Counter(r["source_file"] for r in rows)
    out = ["# Held-out round 41 — reporting year 2062 (samples/holdout42)", "",
           "Written without reading the program: the writer read only the brief (delmål list, the six "
           "types, member names and the shared councils). No code, tests, other sample rounds, docs or "
           "history of the repository were read, and the program and its bench were not run. All "
           "organisations' texts, programmes and people are invented or plausible.", "",
           "## Files", "",
           "| # | File | Member | Format / how made | Shape | Truth rows |",
           "|---|------|--------|-------------------|-------|-----------:|"]
    for mod in docs:
        fmt, shape, _ = INFO[mod.FILE[:2]]
        out.append("| %s | `%s` | %s | %s | %s | %d |" % (mod.FILE[:2], mod.FILE, mod.MEMBER or "— (none)",
                                                        _c(fmt), _c(shape), per_file.get(mod.FILE, 0)))
    seeds = OrderedDict()
    for r in rows:
        seeds.setdefault(r["seed_row"], []).append(r)
    shared = [(s, rs) for s, rs in seeds.items() if len({r["member"] for r in rs}) >= 2]
    out += ["", "## Counts", "",
            "- Files: %d (%d member reports, 1 non-report)" % (len(docs), len(docs) - 1),
            "- Truth rows: %d" % len(rows),
            "- Distinct measures (seed_row): %d — %d shared councils (M), %d joint measures (J), "
            "%d reported by one member (U)" % (len(seeds), sum(s.startswith("M") for s in seeds),
                                               sum(s.startswith("J") for s in seeds),
                                               sum(s.startswith("U") for s in seeds)),
            "- Measures reported by 2+ members: %d, covering %d rows" % (len(shared),
                                                                       sum(len(rs) for _, rs in shared)),
            ""]
    for s, rs in sorted(shared):
        words = "; ".join("%s: «%s»" % (r["member"], r["tiltak"]) for r in rs)
        out.append("- **%s** (%d members) — %s" % (s, len(rs), words))
    out += ["", "## Traps", ""] + ["- " + t for t in TRAPS]
    tc = Counter(r["type"] for r in rows)
    out += ["", "## Types in truth", "", "| Type | Rows |", "|------|-----:|"]
    out += ["| %s | %d |" % (t, tc.get(t, 0)) for t in TYPES]
    out += ["", "Files 04 (KS) and 12 (Fagskolerådet) give no type; truth has what a careful secretariat "
            "would infer. Files 02, 05, 08, 09, 13 give types in their own words (mapped to the six names).",
            "", "## How delmål is given", "", "| File | Form |", "|------|------|"]
    out += ["| %s | %s |" % (mod.FILE[:2], _c(INFO[mod.FILE[:2]][2])) for mod in docs]
    out += ["", "## truth.csv", "",
            "Columns: `%s`." % ",".join(COLUMNS), "",
            "- one row per measure per reporting member; `member` exactly as in the council's member list;",
            "- `tiltak` is the measure's name as the document writes it;",
            "- `seed_row` is shared across members for the same measure (M = shared council, J = joint "
            "measure, U = one member only);",
            "- `delmal` is a code (X.Y); `type` one of: %s;" % ", ".join(TYPES),
            "- `ansvarlig` and `samarbeidspartnere` only where the document names them (semicolon-separated);",
            "- `beskrivelse` is the description text of the measure (for prose, the paragraph without the "
            "trailing delmål note).",
            "- The minutes (file 14) have no rows.", "",
            "## Reproduce", "", "```",
            "python -m samples.holdout42_generator --out samples/holdout42",
            "python -m samples.holdout42_generator --verify /tmp/h42_verify --reference samples/holdout42",
            "```", "",
            "Run from the repository root with the project's virtualenv (python-docx, openpyxl, reportlab, "
            "Pillow, numpy, pdfplumber), LibreOffice (`soffice`, throw-away profile "
            "`/tmp/lo_h42`) and Tesseract with the `nor` language. Everything is pinned: reportlab "
            "`invariant=1`, fixed core-property dates, zips rewritten with fixed timestamps, LibreOffice PDF "
            "dates and /ID replaced, seeded noise for the scan. `--verify` rebuilds into DIR, reads every "
            "file back (OCR for the scan), checks that every word of each row's `tiltak` occurs in its "
            "file, and compares all files byte for byte with the reference.", ""]
    return "\n".join(out)
