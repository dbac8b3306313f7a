"""README.md (dataset card) for samples/holdout47."""
import os
from collections import Counter, OrderedDict

from .data import COUNCILS, FILES, JOINT


def write_readme(outdir):
    rows = [(f, r) for f in FILES for r in f.rows]
    L = []
    a = L.append
    a("# Held-out round 46 — reporting year 2067 (samples/holdout47)")
    a("")
    a("Member reports to Kompetansepolitisk råd for **2067**, written as the files members would send, with a "
      "hand-checked `truth.csv`. Every file is produced by the deterministic generator package "
      "`samples/holdout47_generator/`; nothing here was produced by the extraction program.")
    a("")
    a("## Regenerate and verify")
    a("")
    a("```")
    a(".venv/bin/python -m samples.holdout47_generator samples/holdout47")
    a(".venv/bin/python -m samples.holdout47_generator.verify samples/holdout47")
    a("```")
    a("")
    a("The generator is byte-for-byte deterministic: reportlab runs in invariant mode; DOCX/XLSX/ODF zips are "
      "rewritten with fixed entry timestamps and fixed `dcterms:created/modified`; PDFs exported by LibreOffice "
      "(files 02 and 09) get CreationDate/ModDate/ID patched to fixed values of the same length; LibreOffice "
      "rsids in file 14 are renumbered; the scan (file 11) uses a seeded RNG. Needs `soffice` (LibreOffice) for "
      "files 02, 09 and 14, and `pdftotext`, `pdftoppm` and `tesseract -l nor` for verify.")
    a("")
    a("`verify.py` reads every file back (pdftotext; OCR of the rotated scan in both orientations; DOCX XML incl. "
      "tables; openpyxl; ODF content.xml; CSV) and checks that every word of each truth row's tiltak, ansvarlig, "
      "samarbeidspartnere and beskrivelse occurs in its file (fuzzy for the scan), and that ids, members, types "
      "and delmål are consistent (M ids: council delmål, Råd/utvalg/nettverk, 3–6 distinct members; J ids: 2–3 "
      "distinct members, same delmål/type; U ids unique, file number matches).")
    a("")
    a("## Files")
    a("")
    a("| # | File | Member | Format / how made | Shape | Truth rows |")
    a("|---|------|--------|-------------------|-------|-----------:|")
    for f in FILES:
        a("| %02d | `%s` | %s | %s | %s | %d |" % (f.num, f.name, f.member or "— (not a member report)", f.fmt,
                                                  f.shape, len(f.rows)))
    a("")
    cs = Counter(r.seed[0] for _, r in rows)
    a("## Counts")
    a("")
    a("- Files: %d (15 member reports + 1 non-member document)" % len(FILES))
    a("- Truth rows: **%d** — council seats (M): %d, joint-measure rows (J): %d, single-member measures (U): %d"
      % (len(rows), cs["M"], cs["J"], cs["U"]))
    tc = Counter(r.type for _, r in rows)
    a("- Types: " + ", ".join("%s %d" % (t, n) for t, n in sorted(tc.items())))
    dc = Counter(r.delmal for _, r in rows)
    a("- Delmål: " + ", ".join("%s: %d" % (d, n) for d, n in sorted(dc.items())))
    a("")
    a("## Shared councils (M ids)")
    a("")
    a("| Id | Council | Delmål | Member → wording in the file |")
    a("|----|---------|--------|------------------------------|")
    for mid, (abbr, name, dm) in COUNCILS.items():
        ws = ["%s: “%s”" % (f.member, r.tiltak) for f, r in rows if r.seed == mid]
        a("| %s | %s | %s | %s |" % (mid, name, dm, "; ".join(ws)))
    a("")
    a("Wording variety: abbreviation only (NHO “KBU”, Virke “SRY”); genitive (KS “Kompetansebehovsutvalgets "
      "arbeid”); Nynorsk (Vestland “Nasjonalt forum for karriererettleiing”, “Nasjonalt fagskuleråd”); named "
      "sub-unit (Spekter “Faglig råd for helse- og oppvekstfag” = SRY; Unio “UHR-Lærerutdanning” and Spekter "
      "“UHR-Medisin og helse” = UHR-FSE); “Vi har to representanter i …” (LO FSR); “oppnevner medlemmer til …” "
      "(NHO FSR); council as grammatical subject (NHO SRY); the member leads it (LO leads SRY); abbreviation "
      "leading a lower-case gloss (Agder “NFK – nasjonalt forum for karriereveiledning”, Virke “RSA – råd for "
      "samarbeid med arbeidslivet”); plural (Trøndelag “Rådene for samarbeid med arbeidslivet¹”); English "
      "description around a Norwegian name (Akademikerne).")
    a("")
    a("## Joint measures (J ids) — each member's wording")
    a("")
    for jid, label in JOINT.items():
        a("- **%s – %s**" % (jid, label))
        for f, r in rows:
            if r.seed == jid:
                a("  - %s (file %02d, delmål %s, %s): “%s”" % (f.member, f.num, r.delmal, r.type, r.tiltak))
    a("")
    a("## Traps (measures ABOUT a council → own U ids)")
    a("")
    for f, r in rows:
        if r.role.startswith("trap"):
            a("- `%s` %s: “%s” — %s (delmål %s, %s)" % (r.seed, f.member, r.tiltak, r.role[6:], r.delmal, r.type))
    a("")
    a("## Near misses (own U ids, not the joint measure)")
    a("")
    for f, r in rows:
        if r.role.startswith("near miss"):
            a("- `%s` %s: “%s” — %s (delmål %s, %s)" % (r.seed, f.member, r.tiltak, r.role[11:], r.delmal,
                                                      r.type))
    a("")
    a("## Mentions deliberately NOT rows")
    a("")
    for line in NOT_ROWS:
        a("- " + line)
    a("")
    a("## Type and delmål notation per file")
    a("")
    for line in NOTATION:
        a("- " + line)
    a("")
    a("## Notes and decisions")
    a("")
    for line in DECISIONS:
        a("- " + line)
    a("")
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


NOT_ROWS = [
    "01 LO, last slide “Videre arbeid 2068”: Læringsløftet fase 2 (application spring 2068), a new round of "
    "training after the 2068 appointments, LO in the planning group for Kompetanseuka 2068 — all explicitly not "
    "started in 2067.",
    "02 NHO: the quoted mail from the secretariat (mentions KBU, SRY, Nasjonalt fagskoleråd and the six types as "
    "instructions); “Til orientering”: Norsk på arbeidsplassen (refers to KS' reporting) and Yrkes-NM (jury "
    "members only) — NHO says these are not its measures.",
    "03 KS: none beyond the intro sentence that unstarted strategy items are left out.",
    "04 Unio: column “Tiltak 6” Lederutviklingsprogram for hovedtillitsvalgte, status “Planlagt – oppstart mars "
    "2068” (note under the table says planned items are for information).",
    "05 Virke: block “Avsluttet i 2066 – til orientering”: Kompetanseuka 2066.",
    "06 Akademikerne, “Other matters”: follows Læringsløftet but is not a partner; a mentoring scheme postponed "
    "to 2068.",
    "07 Spekter: closing note about the parties' working groups on dimensioning (covered under the councils, not "
    "separate measures); health trusts' own measures not reproduced.",
    "08 VOFO, “Annet”: data delivered to Kompetanseforbundets frivillighetsbarometer (Kompetanseforbundet's "
    "measure); “Planlagt for 2068”: Kurslederkonferanse for samiske studieforbund.",
    "09 UHR: refers to Fagskolerådet's report on realkompetanse; national practice guidelines finished in 2066.",
    "12 Vestland, “Planar for 2068”: two paragraphs that still start with “Tiltak:” (Vaksenopplæringsløftet "
    "Vestland; Karrieremesse for vaksne i Bergen).",
    "13 Innlandet CSV: lines INN-2067-005 “Karrieremesse Innlandet 2068” (Status “Planlagt 2068”) and "
    "INN-2067-008 “Kompetanseløft for frivillige lag” (Status “Avsluttet 2066”).",
    "14 Agder, “Ikke med i rapporteringen”: «Fagbrev på jobb i Agder», finished December 2066.",
    "15 Trøndelag: footnote ³ mentions Fagskolerådets utviklingsordning (funding source, not a measure).",
    "16 newsletter: the whole file (KBU report, Kompetanseuka 2067, the career conference, Yrkes-NM 2067/2068, "
    "the reporting deadline, next council meeting) — it is not a member report and has no truth rows.",
]

NOTATION = [
    "01 LO: slide titles “Delmål 1.4 – …”; own type words (Utvalg, Råd, Kurs, Nettkurs, Prosjekt, Samling, "
    "Utdanning).",
    "02 NHO: codes in brackets at sentence end “(1.4)”, “(2.2, prosjekt)”, “(1.1, utredning)”; council and BGI "
    "rows have no type; BGI has no delmål (implied 2.4); “Pilot” → Prosjekt; “utredning” → FoU.",
    "03 KS: “2.1 Digital kompetanse”; the six official type names.",
    "04 Unio: plain codes; official names except “Nettverk”.",
    "05 Virke: “DM 2.4”; Form = Råd / Kursrekke / Kampanje / Arrangement.",
    "06 Akademikerne: “Sub-goal: 2.4”; English categories (council / committee, network, course / education, "
    "research / survey, webinar series → Arrangement).",
    "07 Spekter: plain codes, official type names.",
    "08 VOFO: “delmål 3.2” except «Lær noe nytt i år», linked only by paraphrase “læringsmotivasjon gjennom "
    "opplæring i frivillig sektor” (→ 3.6); Form = nettverk / pilot / kampanje / konferanse / kursrekke.",
    "09 UHR: own codes “1d-1”, “2e-2” with a key (1a–1d, 2a–2f, 3a–3f).",
    "10 Fagskolerådet: “1.4 Samarbeid med arbeidslivet” in merged/blank-repeat cells; NO type at all (truth "
    "holds the type the secretariat would assign).",
    "11 Sametinget: plain codes; no type column (assigned: forum/network → Råd/utvalg/nettverk, materials → "
    "Informasjon, “Forsøk” → Prosjekt).",
    "12 Vestland: heading “Delmål 1.3 – karriererettleiing”; Nynorsk type words (nettverk, råd, arrangement, "
    "kurs/utdanning).",
    "13 Innlandet: plain codes in column Delmaal; official type names in Kategori.",
    "14 Agder: decimal comma “1,3”; Form = Forum / Konferanse / Pilot / Arrangementsuke / Partnerskap.",
    "15 Trøndelag: plain codes; official names.",
]

DECISIONS = [
    "Truth `delmal` for council rows is always the council's delmål (KBU 1.1, NFK 1.3, others 1.4), which is "
    "also what every member shows.",
    "Joint measures carry one delmål/type across members (Kompetanseuka 2.2 Arrangement; Læringsløftet 2.2 "
    "Prosjekt; DigiHelse 2.1 Kurs/utdanning; Realkompetanseportalen 2.5 Informasjon; Yrkes-NM 2.3 "
    "Arrangement; KPF Sápmi 3.2 Prosjekt; BGI 2.4 Kurs/utdanning; karrierekonferansen 1.3 Arrangement; NAP "
    "3.4 Prosjekt; masterkurs 2.4 Kurs/utdanning).",
    "NHO's “Innspill til KBUs hovedrapport” is labelled “(1.1, utredning)” by NHO, so truth keeps 1.1 / FoU; "
    "it is a trap (about KBU), not KBU itself.",
    "Unio's “Frokostseminar om KBU-rapporten” keeps Unio's delmål 1.1 (Arrangement); UHR's “Evaluering av "
    "RSA-ordningen” keeps 1.4 (FoU); LO's training of its SRY representatives keeps 1.4 (Kurs/utdanning).",
    "Regional copies (Trøndelag kompetansebehovsutvalg modelled on KBU; Samisk karriereveiledernettverk "
    "modelled on NFK) are Råd/utvalg/nettverk with the member's own delmål (1.2 and 1.3) and own U ids.",
    "Near misses keep their own U ids even when the text names the joint measure: Realkompetanseportalen fase 2 "
    "(UHR, same file as J04), Læringsløftet i helseforetakene (Spekter), Bransjeprogram handel og service "
    "(Virke), Bransjeprogram grøn industri – Vestlandspakka (Vestland), Kompetanseuka Agder (Agder), Yrkes-NM "
    "2068 – vertskap (Innlandet, same file as J05).",
    "`ansvarlig`/`samarbeidspartnere` are copied as written; empty where the file names none (e.g. most NHO "
    "council sentences). Where the file writes “… med LO, NHO og KS”, the partner list omits the reporting "
    "member itself.",
    "`beskrivelse` is the description text only: NHO's bracketed codes and the “Ansvarlig hos oss:” sentence "
    "are not part of it; Trøndelag's footnote text is not part of the description; LO's slide bullets "
    "“Hva vi gjorde:” label is not part of it.",
    "File 11 is an image-only PDF: a landscape table rotated 90° on a portrait page (with slight skew, blur and "
    "speckle). verify OCRs it in both orientations and matches words fuzzily.",
    "File 14 was written as an HTML page and converted to DOCX with LibreOffice (HTML (StarWriter) import), so "
    "its tables and headings carry LibreOffice's HTML-derived styles.",
    "File 09 was written with python-docx and exported to PDF by LibreOffice; file 02 is an HTML e-mail printed "
    "to PDF by LibreOffice.",
]
