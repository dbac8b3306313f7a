"""README.md for held-out round 62."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Kurs for karriereveiledere i bruk av kompetansebehovsanalyser",
     "HK-dir's own courses for career counsellors in using the council's analyses, the assignment right after the "
     "KBU and Seniorveiviseren rows; «Kursene er HK-dirs eget tilbud og inngår ikke i utvalgets arbeid» (no kind "
     "word → Kurs/utdanning, delmål 1.3)"),
    ("LO", "Formøter for LOs representanter i SRY og de faglige rådene",
     "LO's own pre-meetings for its members of SRY and the faglige råd, logged between the lines of the FSR and the "
     "faglig råd seats; «Formøtene er LOs egne» (Nettverk → Råd/utvalg/nettverk, same delmål 2.3 as the seat)"),
    ("NHO", "Lærlingløftet Agder",
     "NHO Agder's own continuation «etter mønster av Lærlingløftet i grønn industri», two rows under the J01 row; "
     "«Ikke en del av det nasjonale prosjektet» (Prosjekt, same delmål 2.3)"),
    ("Unio", "Unios tilleggsspørsmål til Kompetansebarometeret",
     "Unio's own extra questions to its members, analysed by Unio; «Tilleggsspørsmålene er ikke en del av det felles "
     "barometeret» (Analyse → FoU, same delmål 2.2 as J02)"),
    ("KS", "Regionalt nettverk for lærerutdanning i Innlandet",
     "KS Innlandet's network «bygd opp etter modell av Nasjonalt råd for lærerutdanning, men … KS Innlandets eget», "
     "the lines right under the NRLU seat (Nettverk → Råd/utvalg/nettverk, same delmål 1.4)"),
    ("YS", "Kompetansebarometeret – YS' tilleggsutvalg i privat sektor",
     "YS's own extra sample of private-sector employees, the box under the J02 box on the roadmap; «Tilleggsutvalget "
     "er YS' eget og inngår ikke i barometeret» (Undersøkelse → FoU, same delmål 2.2)"),
    ("Virke", "Studiepoeng i arbeid – ideell sektor",
     "Virke's own pilot «etter samme modell», the row under the J06 row; «Piloten er ikke en del av det felles "
     "programmet» (Pilot → Prosjekt, same delmål 2.4)"),
    ("Akademikerne", "Kurs i Seniorveiviseren for tillitsvalgte",
     "Akademikerne's own course for its union representatives in using the joint tool; «Kurset er vårt eget og ikke "
     "en del av selve nettjenesten» (Kurs/utdanning, same delmål 1.3 in the note)"),
    ("Spekter", "DigiOmsorg for ledere",
     "Spekter's own programme for ward managers, on the measure level right after DigiOmsorg's activities; «bygger "
     "på erfaringene fra DigiOmsorg, men er ikke en del av det» (Lederprogram → Kurs/utdanning, same delmål 2.1)"),
    ("VOFO", "Realkompetansedagen nord",
     "VOFO Nord's own day in Tromsø, told right after the national day; «i egen regi og ikke som en del av den "
     "nasjonale dagen» (Arrangement, same delmål 2.5)"),
    ("Vestland fylkeskommune", "Yrkesopplæringsnemnda i Vestland",
     "the county's own statutory board, «sett saman etter mønster av SRY, men … ikkje ein del av det nasjonale "
     "rådet» (Nemnd → Råd/utvalg/nettverk, delmål 2.3)"),
    ("UHR", "Kartlegging av RSA-rådenes arbeid 2082",
     "UHR's own survey of the members of the RSA councils; «Kartleggingen er UHRs egen og ikke en del av rådenes "
     "arbeid» (utredning → FoU, same delmål 1.4 as the RSA seat)"),
    ("Fagskolerådet", "Fagskuleforum Nord",
     "a regional forum of three vocational colleges «bygd opp etter mønster av Nasjonalt fagskuleråd, men ikkje ein "
     "del av det», the card after the J03 card (Nettverk → Råd/utvalg/nettverk, same delmål 1.4 as the FSR seat)"),
    ("Sametinget", "Sámi ráđđeaddiid fierpmádat – samisk veiledernettverk",
     "Sametinget's own network of Sámi-speaking career counsellors, row 2 right under the NFK seat with the same "
     "drop-down delmål; «Nettverket er Sametingets eget og er ikke en del av det nasjonale forumet» "
     "(Råd/utvalg/nettverk)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or paragraph joined with a space); `samarbeidspartnere` is empty where the file "
    "names no partner («–» cells, KS's ditto marks, empty cells are not partners). Descriptions: Regjeringen's is "
    "the cell «Virksomhetens rapportering»; LO's the Aktivitet of the measure's first line in 2082; NHO's «Kort om "
    "2082»; Unio's the Beskrivelse on page 2; KS's the Aktivitet cells of the measure's lines joined with a space; "
    "YS's the speaker note after «Name:»; Virke's the Beskrivelse; Akademikerne's the sentence of the answer that "
    "says what was done; Spekter's the Omtale; VOFO's the spoken sentence(s) describing the measure; Vestland's the "
    "Kommentar; UHR's the «Formål:» paragraph; Fagskolerådet's the card's SKILDRING; Kompetanseforbundet's the "
    "printed note on the name cell; Sametinget's «Kort beskrivelse».",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Rådsplass / Rådsarbeid / rådsarbeid / Utvalgsplass / Forum / "
    "Nettverk / Partnarskap / Nemnd → Råd/utvalg/nettverk; Undersøkelse / Analyse / Utredning / Kartlegging / "
    "utredning → FoU; Kurs / Videreutdanning / videreutdanning / Opplæring / Kompetanseprogram / Lederprogram / "
    "etter- og videreutdanning → Kurs/utdanning; Prosjekt / Pilot → Prosjekt; Kampanje / nettjeneste / Informasjon → "
    "Informasjon; "
    "Arrangement / Samling / Møteplass / Konferanse → Arrangement. A seat in a council is always "
    "Råd/utvalg/nettverk. Sametinget uses the template's six types. Files with no kind word: Regjeringen (KBU seat "
    "Råd/utvalg/nettverk, Seniorveiviseren and the digital guide Informasjon, the course Kurs/utdanning, the trial "
    "Prosjekt, the evaluation FoU), Akademikerne (seats Råd/utvalg/nettverk, Seniorveiviseren Informasjon, the two "
    "courses Kurs/utdanning), VOFO (seat Råd/utvalg/nettverk, the course bank Informasjon, the language cafés "
    "Kurs/utdanning, the two days Arrangement).",
    "Delmål given otherwise than as a plain code: Regjeringen in the column KPR-delmål; LO's DM column on each log "
    "line; NHO's table column, overridden for tiltak 3 by the correction box (2.2 → 2.4); Unio's table visual on "
    "page 1; KS's DM column (ditto marks on continuation lines); YS «DM 1.1 · Utvalgsplass» inside the box; Virke's "
    "Delmål column; Akademikerne only in the note to the secretariat («… – 1.4»); Spekter only as a paraphrase on "
    "the nearest level-1 row above (no code); VOFO said aloud in the speech («Det er delmål 3.4, norskopplæring for "
    "innvandrere»); Vestland «2.3 Karrieremoglegheiter i yrkesfaga»; UHR «Strategikobling: delmål 1.4»; "
    "Fagskolerådet the card's DELMÅL field; Kompetanseforbundet column B; Sametinget the template's drop-down entry "
    "«1.3 Karriereveiledning».",
    "Reporting year: Regjeringen's rows «TB 2081 pkt. 4.2» (closed 2081) and «TB 2083 (under arbeid)»; LO's log "
    "lines of 15.12.2081 and from 5.12.2082 on a campaign starting 2083; NHO's withdrawn tiltak 6 (starts autumn "
    "2083); Unio's page-2 rows with Rapportår 2081 and 2083 (page 1 is filtered to 2082); KS's Periode «2079–2081» "
    "and «2083–2084»; YS's boxes placed only under 2081 and, dashed, only under 2083; Akademikerne's café closed in "
    "2081 and mentor programme from 2083 (only in the last answer); Spekter's Status «Avsluttet 2081» / «Oppstart "
    "2083»; VOFO's closing words; Vestland's 100 % row «Ferdig i 2081» and 0 % row «Oppstart hausten 2083»; UHR's "
    "measures with every milestone in 2081 or in 2083; Fagskolerådet's card with ÅR 2081 and the stamp AVSLUTTA; "
    "Kompetanseforbundet's Status «Avsluttet 2081» / «Planlagt 2083»; Sametinget's rows «Gjennomført i 2081» and "
    "«Planlagt til 2083».",
    "Containers and hidden places: Regjeringen's measures are assignments in letters of allocation, carried out by "
    "agencies (the agency is the ansvarlig); LO's measures are the Tiltak values of a dated activity log, each "
    "recurring on several lines (one truth row each); NHO's truth follows a correction box that overrides the table; "
    "Unio's facts are split over two BI pages and joined by name; KS's measures run over several lines with ditto "
    "marks; YS's year is the box's position on the roadmap and its descriptions are only in the speaker notes; "
    "Virke's N rows are internal and its hidden row is not shown or printed by Word (verify checks that it is "
    "hidden); Akademikerne's report is a magazine interview; Spekter's levels are only indentation; VOFO's report "
    "is a speech manuscript; UHR's milestones are steps, not measures; Fagskolerådet's cards are image only (verify "
    "uses the typed text and, where Tesseract is installed, OCRs the pages and looks for the words of every name); "
    "Kompetanseforbundet's descriptions are printed cell notes joined by cell reference; Sametinget's measures run "
    "on into a copied sheet and the template's example rows were left in.",
    "Responsible and partners: Regjeringen – Virksomhet / Samarbeid; LO – Ansvarlig i LO / Sammen med; NHO – "
    "Ansvarlig / Samarbeid (tiltak 5's partner as corrected); Unio – Ansvarlig forbund (page 1) / Samarbeid (page "
    "2); KS – Ansvarlig i KS / the Samarbeidspart cells of all the measure's lines; YS – «Ansvar: … · Med: …» in "
    "the box; Virke – Ansvarlig / Partnere; Akademikerne – as said in the answers («Det er Akademikernes sekretariat "
    "som …», «Juristforbundet har plassen vår …», «sammen med Kunnskapsdepartementet og HK-dir»); Spekter – "
    "Ansvarlig / Samarbeid; VOFO – as said in the speech; Vestland – Ansvarleg / Partnarar; UHR – «Eier:» / "
    "«Partnere:»; Fagskolerådet – ANSVARLEG / SAMAN MED; Kompetanseforbundet – columns D / E; Sametinget – Ansvarlig "
    "/ Samarbeidspartnere.",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 62 – reporting year 2082", "",
             "Regenerate with `python -m samples.holdout62_generator` (writes `samples/holdout62`); check with "
             "`python -m samples.holdout62_generator.verify`. The build is deterministic (fixed dates, metadata, ids "
             "and zip timestamps; LibreOffice exports with dates and /ID fixed), so a rebuild gives byte-identical "
             "files; `verify` rebuilds into a temporary folder and compares.", "",
             "Every report covers the measures of 2082. Items that a file marks as finished in 2081 or planned for "
             "2083 are not truth rows (see Notes for each file). Every file is in a format and layout not used in "
             "earlier rounds.", "",
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
              + " (RSA = Råd for samarbeid med arbeidslivet, one per university or college; FSR = Nasjonalt "
                "fagskoleråd; UHR-FSE = UHR's fagstrategiske enheter and their units, such as the national councils "
                "for teacher and technology education and UHR-Helse og velferd; KBU = Kompetansebehovsutvalget; NFK = "
                "Nasjonalt forum for karriereveiledning; SRY = Samarbeidsrådet for yrkesopplæring and its faglige "
                "råd).",
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
    lines.append("- The nomination is sent to the secretariat by Hydrogenklyngen Vest, an industry cluster that is not "
                 "a council member, proposing the joint measure Lærlingløftet i grønn industri for the council's "
                 "prize; it describes the measure, its owners and its 2082 results as a report would and names SRY "
                 "and KBU, but it reports nothing on behalf of a member, so it has no rows. The same measure is "
                 "reported by LO, NHO and Vestland fylkeskommune (J01).")
    lines.append("- The sixteen files: eight PDFs (four exported by LibreOffice – from three DOCX and from an XLSX "
                 "through Calc – plus the nomination from a DOCX; two drawn with reportlab; one scan stored as grey "
                 "page images), three DOCX, three XLSX, one PPTX and one ODT.")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
