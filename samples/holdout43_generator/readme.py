"""README.md for samples/holdout43 (tables and lists computed from the truth rows)."""
from collections import Counter, OrderedDict

from .truth import FILES, rows

INFO = OrderedDict([
    ("01", ("Regjeringen", "PDF, Word document (python-docx) exported by LibreOffice; dates and /ID fixed",
            "annual-report chapter: title page, typed table of contents, prose sections with the delmål inside "
            "sentences, key-figure and statistics tables, appendix 1 listing the measures by delmål with the "
            "ministry's own 'Virkemiddel' words, appendix 2 statistics; footer with page numbers")),
    ("02", ("LO", "RTF written by hand (cp1252 escapes, footer group)",
            "letter: letterhead, references, quoted request from the secretariat, three numbered sections with "
            "run-in bold measure names followed by «(delmål X.Y, own type word): description», plan for 2064, "
            "signature and contact line")),
    ("03", ("NHO", "XLSX (openpyxl), zip normalised",
            "one row per delmål («1.4 Samarbeid utdanning–arbeidsliv»), several measures in one cell as "
            "«• …» lines with parallel line-separated columns Virkemiddel / Ansvarlig / Merknad; rows saying "
            "«Ingen egne tiltak i 2063»; second sheet with key figures")),
    ("04", ("Unio", "ODT written by hand (content/styles/meta XML)",
            "questionnaire: one block per measure with numbered questions 1–6, delmål and type as check-box lines "
            "(«☐ 1.3   ☒ 1.4»), extra questions 7–8 about plans and comments")),
    ("05", ("KS", "DOC, Word document (python-docx) converted by LibreOffice",
            "measures grouped under type headings (Råd, utvalg og nettverk / Kurs og opplæring / Arrangementer / "
            "Utviklingsprosjekter), measure name as heading, description, italic line «Strategikobling: delmål "
            "X.Y · Ansvarlig: … · Samarbeid: …»; table of apprentice figures; header text")),
    ("06", ("VOFO", "PDF, reportlab (invariant)",
            "numbered list, each item several lines: bold name – description – delmål in brackets at the end "
            "(one item «(delmål 2.2, jf. også 3.6)»); key figures in the intro, plans for 2064, contact line")),
    ("07", ("UHR", "ODS written by hand",
            "vertical field blocks (Tiltak / Delmål / Kategori / Ansvarlig / Samarbeid med / Beskrivelse) one "
            "under the other; delmål stored as numbers (shown 1,4 in Norwegian locale); own category words; "
            "sheets «Nøkkeltall» and «Om skjemaet»")),
    ("08", ("Fagskolerådet", "PDF, image only: letter rendered with Pillow at 200 dpi, −0.55° skew, blur, seeded "
            "noise and specks, a received-stamp, JPEG embedded by reportlab",
            "scanned letter with a numbered list «N. Name. Description (delmål X.Y)»")),
    ("09", ("Vestland fylkeskommune", "DOCX (python-docx) with a hand-added footnotes part, zip normalised",
            "Nynorsk prose under topic headings, bold measure names inside sentences, delmål only in the footnotes "
            "(one footnote is a statistics source); header and footer text; plan for «Karriereløftet 2»")),
    ("10", ("Innlandet fylkeskommune", "PDF, reportlab, A4 landscape, 6 pt condensed font",
            "one wide table: Nr. / Tiltak / Kort om tiltaket / Strategikobling («1.3 Karriereveiledning») / "
            "Kategori (own words) / Eier / Samarbeid / Status / money column with a Sum row; footnote and "
            "key-figure line under the table")),
    ("11", ("Troms og Finnmark fylkeskommune", "PDF, Word document (python-docx) exported by LibreOffice",
            "intro prose naming two measures, key-figure table, then a five-column table (Tiltak / Beskrivelse / "
            "Delmål «Hovedinnsatsområde 1 – delmål 1.3» / Ansvarlig / Samarbeidspartnere) that runs over a page "
            "break with the header row repeated; no type given; bilingual header, footer with page number")),
    ("12", ("Akademikerne", "PDF, reportlab", "printed e-mail (Outlook-style header block), dash bullets "
            "«Name: description (delmål X.Y)», signature, then the quoted request from the secretariat with an "
            "example measure")),
    ("13", ("Virke", "ODT written by hand", "letter-like prose under headings that paraphrase the delmål "
            "(no codes anywhere), one measure in bold, bullet list of priorities for 2064, header/footer")),
    ("14", ("— (not a member report)", "XLSX (openpyxl)", "the secretariat's empty reporting template: guidance "
            "sheet, «Tiltak» sheet with one EXAMPLE row and a type drop-down, list of delmål")),
])

DELMAL_WRITING = OrderedDict([
    ("01", "«jf. delmål 1.1 i strategien», «(delmål 2.2)», «følger opp delmål 2.5» in sentences; bare code in the "
           "appendix column «Delmål»"),
    ("02", "«(delmål 1.4, rådsarbeid):» after the bold name"),
    ("03", "row label «1.4 Samarbeid utdanning–arbeidsliv» (code + short text) covering several measures"),
    ("04", "check-box line per hovedinnsatsområde, the ticked box ☒ gives the code"),
    ("05", "«Strategikobling: delmål 1.4 · …»"),
    ("06", "«(delmål 3.6)» at the end of each item"),
    ("07", "numeric cell 1.4 next to the label «Delmål»"),
    ("08", "«(delmål 1.4)» at the end of each item (OCR text)"),
    ("09", "footnotes «Delmål 1.3.» / «Delmål 1.2 – …» attached to the bold name"),
    ("10", "column «Strategikobling»: «1.3 Karriereveiledning»"),
    ("11", "column «Delmål»: «Hovedinnsatsområde 1 – delmål 1.3»"),
    ("12", "«(delmål 1.1)» at the end of each bullet"),
    ("13", "no codes: only headings paraphrasing the delmål («Samarbeid mellom utdanning og arbeidsliv» = 1.4, "
           "«Digital kompetanse i hele arbeidsstyrken» = 2.1, «Etter- og videreutdanning tilpasset virksomhetenes "
           "behov» = 2.4, «Kompetansepluss og grunnleggende ferdigheter» = 3.2, «Kvalifisering av innvandrere» = 3.4)"),
    ("14", "template only (no rows)"),
])

SEED_NAMES = {
    "M01": "Kompetansebehovsutvalget (KBU)", "M02": "Råd for samarbeid med arbeidslivet (RSA)",
    "M03": "Samarbeidsrådet for yrkesopplæring (SRY)", "M04": "UHRs fagstrategiske enheter",
    "M05": "Nasjonalt fagskoleråd", "M06": "Nasjonalt forum for karriereveiledning",
    "J01": "Kompetanseløft for fagarbeidere i havbruk (KLAFF)", "J02": "Yrkesfagdagen 2063",
    "J03": "Digital kompetanse for alle i arbeidslivet (DigiGrunn)", "J04": "Kompetansepluss frivillighet",
    "J05": "Kompetansepluss arbeid", "J06": "Karriereløftet (2061–2063)", "J07": "VURK – vurdering av "
    "realkompetanse i arbeidslivet", "J08": "Norsk i arbeid (NiA)", "J09": "Læringsfestivalen 2063",
    "J10": "Undersøkelsen Læring i arbeidslivet (LIA)", "J11": "EVU-portalen",
}

TRAPS = [
    "Measures ABOUT a council, each its own U row and not part of the council's M row: Regjeringen «Fagseminar om "
    "KBU-rapporten» (Arrangement) and «Evaluering av Nasjonalt forum for karriereveiledning» (FoU); LO «Skolerings"
    "program for LOs representanter i SRY og de faglige rådene» (Kurs/utdanning); UHR «Innspill til KBUs rapport "
    "2063» (Informasjon).",
    "The council as the subject: Regjeringen writes «Kompetansebehovsutvalget (KBU) … la fram», «Nasjonalt "
    "fagskoleråd … ble oppnevnt»; Fagskolerådet reports «Nasjonalt fagskoleråd. Rådet hadde fire møter» — still "
    "M rows.",
    "Named sub-units counted as the council: Unio «Observatørplass i UHR-Lærerutdanning» = M04; Troms og Finnmark "
    "«Arbeidsgruppe for kvalitet i karriereveiledning under Nasjonalt forum for karriereveiledning» = M06.",
    "Nynorsk forms: «Nasjonalt fagskuleråd» (M05) and «Nasjonalt forum for karriererettleiing» (M06) in Vestland.",
    "New phase / regional version / extension = separate one-member measure: Innlandet «Karriereløftet fase 2» "
    "(U01) beside «Karriereløftet (fase 1, 2061–2063)» (J06); Troms og Finnmark «KLAFF Nord» (U03, not J01); "
    "Vestland «Læringsfestivalen Vestland» (U02, not J09); Regjeringen «Forsøk med Kompetansepluss arbeid kombinert "
    "med fagopplæring» (U03, not J05).",
    "Near-miss names: «Kompetansepluss frivillighet» (J04) vs «Kompetansepluss arbeid» (J05); NHO «Digitalt løft "
    "for små og mellomstore bedrifter» (U01) is not DigiGrunn (J03); the three county partnerships «Kompetanseforum "
    "Vestland», «Regionalt kompetansepartnerskap Innlandet», «Kompetansealliansen i nord» are three different U rows.",
    "Same measure twice in one report: NHO lists «KLAFF-programmet – se 2.4» under 1.4 and describes it fully under "
    "2.4; truth has it once, under 2.4 (the row that describes it, and the one the 1.4 row points to).",
    "Same measure twice in one file without being two rows: Regjeringen names each measure in the prose and again "
    "in appendix 1; Troms og Finnmark names Karriereløftet and KLAFF Nord in the intro and in the table; VOFO's "
    "item 4 gives two delmål «(delmål 2.2, jf. også 3.6)» — truth takes the first, 2.2.",
    "Non-measures that must not become rows: key-figure tables (Regjeringen, KS, NHO sheet 2, UHR sheet 2, "
    "Troms og Finnmark), the statistics table row «Havbruk (KLAFF)» and appendix 2 (Regjeringen), plans for 2064 "
    "(«Kompetansepluss digital», «Karriereløftet 2», KS's planned network, Unio's question 7, VOFO's pilot, LO's "
    "trepartsavtale, Virke's bullet list), NHO cells «Ingen egne tiltak i 2063», the quoted secretariat request "
    "with its example «Deltakelse i Samarbeidsrådet for yrkesopplæring (SRY)» (LO letter, Akademikerne e-mail), "
    "contact lines, Vestland's statistics footnote, Innlandet's footnote and Sum row, the received-stamp on the scan.",
    "File 14 is the secretariat's empty template with an EXAMPLE row: it yields no rows.",
    "Types: given as the six names only in Unio's check boxes; in own words elsewhere (LO «utvalgsarbeid», "
    "«skolering»; NHO «Rådsarbeid», «Bransjeprogram»; UHR «Innspill», «Nettportal», «Kartlegging»; Innlandet "
    "«Partnerskap», «Opplæring»; Regjeringen «Offentlig utvalg», «Tilskuddsordning», «Forsøk»); as group "
    "headings in KS; not at all in VOFO, Fagskolerådet, Vestland, Troms og Finnmark, Akademikerne, Virke.",
]


def readme_text():
    rs = rows()
    by_file = Counter(r["fid"] for r in rs)
    L = ["# Held-out round 42 — reporting year 2063 (samples/holdout43)", "",
         "Written without reading the program: only the brief (delmål list, the six types, member names and the "
         "shared councils) was used. No code, tests, other samples or docs of the program were opened, and the "
         "program was not run on these files.", "",
         "Fourteen files: thirteen yearly reports from members of Kompetansepolitisk råd for 2063 and one "
         "document that is not a member report (file 14, no truth rows). All organisations' texts, programmes "
         "and people are invented; addresses use `.example` domains.", "",
         "## Files", "", "| # | File | Member | Format / how made | Shape | Truth rows |", "|---|---|---|---|---|---|"]
    for fid, (member, fmt, shape) in INFO.items():
        L.append("| %s | `%s` | %s | %s | %s | %d |" % (fid, FILES[fid], member, fmt, shape, by_file.get(fid, 0)))
    seeds = Counter(r["seed_row"][0] for r in rs)
    L += ["", "## Counts", "",
          "- truth rows: %d (files with rows: %d; file 14 has none)" % (len(rs), len(by_file)),
          "- rows by kind: M (shared council participation) %d, J (joint measures) %d, U (one member only) %d"
          % (seeds["M"], seeds["J"], seeds["U"]),
          "- distinct measures: %d (%d M, %d J, %d U)" % (
              len({(r["seed_row"] if r["seed_row"][0] != "U" else r["fid"] + r["seed_row"]) for r in rs}),
              len({r["seed_row"] for r in rs if r["seed_row"][0] == "M"}),
              len({r["seed_row"] for r in rs if r["seed_row"][0] == "J"}),
              sum(1 for r in rs if r["seed_row"][0] == "U")),
          "- members: %d" % len({r["member"] for r in rs}), "",
          "## Multi-member measures and each member's wording", ""]
    for seed in sorted({r["seed_row"] for r in rs if r["seed_row"][0] in "MJ"}):
        group = [r for r in rs if r["seed_row"] == seed]
        L.append("- **%s %s** (%s, %s): " % (seed, SEED_NAMES[seed], group[0]["type"], "%d members" % len(group))
                 + "; ".join("%s «%s» (%s)" % (r["member"], r["tiltak"], r["delmal"]) for r in group))
    L += ["", "U seeds are numbered per file (U01, U02 … restart in each file); a U row is never merged with "
          "another file's U row. In truth.csv each U seed carries its file's number (U0501 is file 05's U01), so that "
          "equal seed_row values mean one measure across the round.", "", "## Traps", ""]
    L += ["- " + t for t in TRAPS]
    L += ["", "## Types in truth", ""]
    for t, n in sorted(Counter(r["type"] for r in rs).items(), key=lambda kv: -kv[1]):
        L.append("- %s: %d" % (t, n))
    L += ["", "## How the delmål is written in each file", ""]
    for fid, how in DELMAL_WRITING.items():
        L.append("- %s `%s`: %s" % (fid, FILES[fid], how))
    L += ["", "## truth.csv", "",
          "UTF-8, comma-separated, header `source_file,member,tiltak,seed_row,delmal,type,ansvarlig,"
          "samarbeidspartnere,beskrivelse`, one row per measure per reporting member.", "",
          "- `source_file`: file name in this folder", "- `member`: exactly as in the council's member list",
          "- `tiltak`: the measure's name as this file writes it (every word occurs in the file's text)",
          "- `seed_row`: M01–M06 shared council participation, J01–J11 joint measures (same id across members), "
          "U01… measures of one member only", "- `delmal`: code X.Y", "- `type`: one of FoU, Kurs/utdanning, "
          "Råd/utvalg/nettverk, Prosjekt, Informasjon, Arrangement (always the correct one, also where the file "
          "gives none)", "- `ansvarlig`, `samarbeidspartnere`: only where the file names them; several are "
          "separated by «; »", "- `beskrivelse`: the measure's description text in the file", "",
          "## Reproduce", "", "```", "python -m samples.holdout43_generator --out samples/holdout43",
          "python -m samples.holdout43_generator --verify /tmp/h43_check --reference samples/holdout43", "```", "",
          "The build is deterministic: fixed core-property dates, zip entries with a fixed timestamp, reportlab "
          "`invariant=1`, LibreOffice PDF `/CreationDate`, `/ModDate`, `/ID` and `/DocChecksum` replaced by fixed values of the "
          "same length, seeded noise for the scan. LibreOffice runs headless with the throw-away profile "
          "`/tmp/lo_h43` and under `setarch -R` (files 01, 05, 11; also used by --verify to read the DOC and RTF); "
          "because it now and then writes the embedded font subsets of a PDF in another order, each conversion is "
          "repeated until one result has come out twice, and that one is kept. The Word files ask for Liberation "
          "fonts; on the build machine LibreOffice substitutes DejaVu, which is what the PDFs embed. `--verify` rebuilds "
          "into the given folder, reads every file back (pdfplumber, python-docx with the footnotes part, "
          "openpyxl, the ODF XML, LibreOffice text export for DOC/RTF, Tesseract `nor` for the scan), checks "
          "members, types and codes, checks that every word of each row's `tiltak` occurs in its file's text, and "
          "compares all files byte for byte with the reference. OCR tolerance: on the scan each word must match "
          "an OCR token exactly or with a difflib similarity of at least 0.8; no word may be missing.", ""]
    return "\n".join(L)
