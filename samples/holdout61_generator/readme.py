"""README.md for held-out round 61."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Regionale analyser etter KBU-modellen",
     "KD's own grant to nine counties for regional analyses made with the council's method; the Merknad says the "
     "scheme «ligger utenfor utvalgets budsjett», and its cost line comes right after the two KBU lines (no kind "
     "word → FoU, delmål 1.2)"),
    ("LO", "LOs innspill til KBUs rapport om grønn omstilling",
     "LO's own written input to the council's report, in the measures table of the årsmelding while the KBU seat "
     "is in the representation list above («Notat» → FoU, same delmål 1.1)"),
    ("NHO", "Samarbeidsforum for yrkesopplæring i Nordland",
     "a regional forum «bygd opp etter mønster av SRY, men … NHO Nordlands eget» (Nettverk → Råd/utvalg/nettverk, "
     "same delmål 2.3 as the SRY seat)"),
    ("Unio", "Kurs for Unios representanter i RSA-rådene",
     "a course for Unio's own members of the RSA councils, under the same own goal (Mål A) as the RSA seat "
     "(Kurs/utdanning, delmål 1.4 through the mapping)"),
    ("KS", "Partnerskapsforum for lærerutdanning i Nord",
     "a regional forum «etter modell av det nasjonale rådet for lærerutdanning», filled in the same council colour "
     "as the UHR-FSE seat right above it (Råd/utvalg/nettverk, own measure)"),
    ("YS", "Nettverk for YS-representanter i faglige råd",
     "an internal network of YS's own representatives in SRY's faglige råd, under the same adviser as the SRY seat "
     "(Nettverk → Råd/utvalg/nettverk, same delmål 2.3)"),
    ("Virke", "Bransjeprogrammet for varehandel – fase 2: netthandel i distriktene",
     "Virke's own second phase of the joint programme, the row under it in the portfolio with the same phase, "
     "delmål and kind; «Fase 2 er ikke en del av det felles programmet» (Kompetanseprogram → Kurs/utdanning)"),
    ("Akademikerne", "Akademikernes skyggeutvalg for kompetansebehov",
     "a shadow panel of young members that commented on the council's report, bookmarked right after the KBU seat; "
     "«ikke en del av Kompetansebehovsutvalget» (Råd/utvalg/nettverk, own measure)"),
    ("VOFO", "Kurslederopplæring i Kompetansekompasset",
     "training for course leaders in using the joint tool, the item after VOFO's J01 item; «Opplæringen er VOFOs "
     "egen» (opplæring → Kurs/utdanning)"),
    ("Møre og Romsdal fylkeskommune", "Yrkesfagdag på Nordmøre",
     "a regional day «etter mønster av den nasjonale festivalen», on the same sheet right under the county's J03 "
     "row (Arrangement, same delmål 2.3)"),
    ("UHR", "Ledersamling for RSA-sekretariatene",
     "a gathering UHR holds for the secretariats of the RSA councils; «Samlingen er UHRs egen» (Arrangement)"),
    ("Kompetanseforbundet", "Brukertest av Kompetansekompasset blant seniorer",
     "a user test of the joint tool commissioned by Kompetanseforbundet alone, the row under its J01 row; «et eget "
     "oppdrag utenfor fellesprosjektet» (Undersøkelse → FoU)"),
    ("Sametinget", "Samisk veiledersamling før forumets møter",
     "a gathering of Sámi career counsellors before each NFK meeting, the paragraph after the NFK seat; «Samlingen "
     "er Sametingets egen» (Arrangement)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or paragraph joined with a space); `samarbeidspartnere` is empty where the file "
    "names no partner (UHR's «Ikke besvart» and the «–» cells are not partners). Descriptions: Regjeringen's is the "
    "Merknad of the measure's first cost line; LO's seats the text between the bold name and «Representant:», its "
    "table the Kort omtale; NHO's the «Dette fungerte» cell; Unio's the paragraph under the bold name; YS's the "
    "Status 2081 cell; Virke's the Leveranser 2081; Akademikerne's the caption without the «Ansvar/Med/(Delmål)» "
    "tail; Spekter's the Beskrivelse on the sheet where the measure belongs (for Helsefagløftet 'Spekter sentralt'); "
    "VOFO's the sentence(s) between the bold name and the bracket; UHR's the «Kort beskrivelse» answer; "
    "Fagskolerådet's the record's indented description lines; Sametinget's the Formål cell for grant schemes and "
    "the text between the bold name and the bracket for its own measures.",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Rådsarbeid / Rådsplass / Råd/forum / Nettverk / "
    "Forum / «Råd, utvalg eller nettverk» / KS's blue «Råd og nettverk» → Råd/utvalg/nettverk; Undersøkelse / "
    "Analyse / Kartlegging / Notat / «Forskning, utredning eller analyse» → FoU; Kurs / kurs / opplæring / "
    "Opplæring / Utdanning / Kompetanseprogram / «Kurs eller utdanning» / KS's green «Opplæring» → Kurs/utdanning; "
    "Pilot / Prosjekt / Utviklingsprosjekt / KS's yellow «Utviklingsprosjekt» → Prosjekt; Informasjon / Kampanje / "
    "digitalt verktøy / Digitalt verktøy / KS's grey «Informasjon og veiledning» → Informasjon; Arrangement / "
    "konferanse / Messe / KS's orange «Arrangement» → Arrangement. A seat in a council is always "
    "Råd/utvalg/nettverk. Files with no kind word: Regjeringen (cost lines: the KBU lines Råd/utvalg/nettverk, the "
    "tool Informasjon, the regional analyses and the evaluation FoU, the further-education modules Kurs/utdanning, "
    "the trial Prosjekt), LO's representation list (seats), Unio (seats Råd/utvalg/nettverk, course and grant "
    "Kurs/utdanning, survey FoU), Akademikerne (panel Råd/utvalg/nettverk, survey FoU, career day Arrangement, "
    "course Kurs/utdanning), Sametinget (the two grant schemes for studies and language courses Kurs/utdanning, the "
    "gathering Arrangement, the survey FoU). KS gives the kind only as the fill colour of the Tiltak cell.",
    "Delmål given otherwise than as a plain code: Regjeringen in the column KPR-delmål of a cost line; LO's seats "
    "only in one sentence after the list («delmål 1.1 (KBU) og 2.3 (de faglige rådene under SRY)»); NHO «DM 2.3» "
    "in a grey line; Unio only through its own goals (Mål A → 1.4, B → 2.4, C → 2.2, D → 1.3; Mål E has none); YS "
    "and KS a DM / Delmål column; Virke «KPR 2.2 · Virke: Kunnskap»; Akademikerne «(Delmål 1.1)» at the end of the "
    "caption; VOFO «(Strategien: delmål 1.3. …)»; Møre og Romsdal only the sheet name («1.2», «2.3», «3.1»); UHR "
    "the chosen option «1.4 Samarbeid mellom utdanning og arbeidsliv»; Fagskolerådet the DM field of the listing; "
    "Kompetanseforbundet a column in the embedded sheet; Sametinget «Delmål 1.4» in the Strategien column and "
    "«(Delmål 1.3. …)» in the prose.",
    "Reporting year: Regjeringen's cost lines 'Fagbrevkampanjen 2080 – sluttfaktura fra byrået' (the campaign ended "
    "in 2080, only its invoice was paid in 2081) and 'Forprosjekt 2082: …' (0 kr); LO's chapter 4.3; NHO's row for "
    "a programme ended in 2080 and evaluated in 2081, and its closing line on 2082; Unio's «Planer for 2082»; KS "
    "only by font (struck through = 2080, italics = 2082); YS's status cells «Avsluttet 2080 – ingen aktivitet i "
    "2081» and «Planlegges – oppstart 2082»; Virke's phases «Avsluttet 2080» and «Idé – oppstart 2082»; "
    "Akademikerne's bookmarks «Tilbakeblikk: … 2080» and «Kommer i 2082: …»; Spekter's Status «Avsluttet 2080» / "
    "«Planlagt 2082»; VOFO's whole part 4 «Planlagte tiltak 2082», in the same layout as part 3; Møre og Romsdal's "
    "Status «Avslutta 2080» / «Planlagt 2082»; UHR's last free-text answer; Fagskolerådet's records with ÅR 2080 and "
    "2082; Kompetanseforbundet's Status «Avsluttet 2080»; Sametinget's scheme discontinued 31.12.2080 and part 4.",
    "Containers and hidden places: Regjeringen's measures are cost lines in a budget follow-up, one measure over "
    "two lines (one truth row), salary and rent lines among them; LO's measures are one chapter of an annual report "
    "whose HMS chapter has its own «tiltak»; NHO's measures are rows of an evaluation with star scores; Unio's "
    "delmål is only in the mapping table; KS's kind is only a fill colour; YS's ansvarlig is the person heading "
    "above each table; Virke's report is a printed project portfolio with phases; Akademikerne's measure names are "
    "only PDF bookmarks (verify reads the outline), the pages are pictures with captions; Spekter's Helsefagløftet "
    "is on four sheets (one truth row); VOFO's report is part 3 of a grant application; Møre og Romsdal's delmål is "
    "only the sheet name; UHR's report is a printed web-form receipt; Fagskolerådet's is a scanned tractor-feed "
    "listing, image only (verify uses the printed text and, where Tesseract is installed, OCRs the page and looks "
    "for the words of every name); Kompetanseforbundet's measures exist only in an embedded Excel object (verify "
    "reads word/embeddings/…xlsx); Sametinget's grant schemes are measures but its direct operating grants are not.",
    "Responsible and partners: Regjeringen – Ansvarlig column, partners from the Merknad (checked part by part); "
    "LO – «Representant:» for the seats, Ansvarlig / Sammen med in the table; NHO – «Ansvar:» / «Med:» in the grey "
    "line; Unio – «Ansvar:» / «Med:»; KS – KS-enhet / Samarbeid; YS – the person in the heading, partners the Med "
    "cell; Virke – Prosjekteier / Partnere; Akademikerne – «Ansvar:» / «Med:» in the caption (two associations for "
    "the career day); Spekter – Ansvarlig / Partnere; VOFO – «Ansvar:» / «Samarbeid:» in the bracket; Møre og "
    "Romsdal – Ansvarleg / Saman med; UHR – the answers «Hvem er ansvarlig?» / «Samarbeidspartnere»; Fagskolerådet "
    "– «Ansvarleg: … / Saman med: …»; Kompetanseforbundet – Ansvar / Partnere; Sametinget – Forvaltes av for the "
    "schemes, «Ansvar:» / «Samarbeid:» in the bracket for its own measures.",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 61 – reporting year 2081", "",
             "Regenerate with `python -m samples.holdout61_generator` (writes `samples/holdout61`); check with "
             "`python -m samples.holdout61_generator.verify`. The build is deterministic (fixed dates, metadata, ids, "
             "boundaries and zip timestamps; LibreOffice exports with dates and /ID fixed), so a rebuild gives "
             "byte-identical files; `verify` rebuilds into a temporary folder and compares.", "",
             "Every report covers the measures of 2081. Items that a file marks as finished in 2080 or planned for "
             "2082 are not truth rows (see Notes for each file). Every file is in a format and layout not used in "
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
              + " (KBU = Kompetansebehovsutvalget; SRY = Samarbeidsrådet for yrkesopplæring and its faglige råd; RSA = "
                "Råd for samarbeid med arbeidslivet, one per university or college; UHR-FSE = UHR's fagstrategiske "
                "enheter and their units; FSR = Nasjonalt fagskoleråd; NFK = Nasjonalt forum for karriereveiledning).",
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
    lines.append("- The letter of intent is a signed agreement between HK-dir (not a council member), VOFO and "
                 "Kompetanseforbundet on the next phase of Kompetansekompasset, forwarded to the secretariat «til "
                 "orientering»; it names the joint measure, KBU and NFK and describes roles for 2082–2084, but it "
                 "reports nothing done in 2081, so it has no rows.")
    lines.append("- The sixteen files: eight PDFs (four exported by LibreOffice – from an ODT, from two DOCX and "
                 "from an XLSX through Calc – plus the letter of intent from a DOCX; two drawn with reportlab, one of "
                 "them with bookmarks; one scan stored as a colour page image), four DOCX (one with an embedded Excel "
                 "object), three XLSX and one ODS.")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
