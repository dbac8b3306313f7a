"""README.md for held-out round 59."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Evaluering av Kompetansebehovsutvalget",
     "an external evaluation of the council (Type tiltak Evaluering → FoU), on KD's sheet right under the KBU row"),
    ("LO", "Innspill til KBUs rapport om kompetanse i grønn omstilling",
     "a written input to KBU's work (case 31/79, «Innspillet oversendes KBUs sekretariat» → Informasjon), in the "
     "same meeting as LO's KBU case"),
    ("NHO", "Webinarrekke om KBU-rapporten 2079",
     "webinars about the council's report (Kategori Webinar → Arrangement), strategy label '1.1 – KBU' like NHO's "
     "seat"),
    ("KS", "Læreplassgarantien – fase 2 i Innlandet",
     "a new regional phase of the joint measure Læreplassgarantien run by KS Innlandet (Utviklingsarbeid → "
     "Prosjekt, same delmål and kind as J01, but its own measure)"),
    ("YS", "Samling for YS-representanter i faglige råd",
     "a gathering for YS's own members of the faglige råd under SRY (Skolering → Kurs/utdanning)"),
    ("Virke", "Oppfølgingsundersøkelse etter SMB-kartleggeren",
     "a follow-up study after the joint SMB-kartleggeren (Kartlegging → FoU, same delmål and kind as J05, but "
     "Virke's own measure with another partner)"),
    ("Akademikerne", "Kurs for medlemmer som sitter i RSA-råd",
     "a course for Akademikerne's members appointed to RSA councils (Form Kurs → Kurs/utdanning), right under the "
     "NTNU RSA row"),
    ("Spekter", "Seminar om Lesesterk-resultatene for HR-ledere",
     "a seminar about the joint measure's results (📅 møteplass → Arrangement), right under Spekter's Lesesterk row"),
    ("UHR", "Nasjonal samling for RSA-ledere",
     "a yearly gathering UHR holds for the leaders of the RSA councils (Samling → Arrangement), next to the RSA row"),
    ("Fagskolerådet", "Opplæring av studentrepresentantar til Nasjonalt fagskuleråd",
     "training for the student members of the council (opplæring → Kurs/utdanning), under the same letter N/O as "
     "Fagskolerådet's seat"),
    ("Kompetanseforbundet", "Veiledningsforum Vest",
     "a regional forum started «etter modell av det nasjonale forumet» (nettverk → Råd/utvalg/nettverk, but "
     "Kompetanseforbundet's own measure, delmål 1.2)"),
    ("Sametinget", "Samisk oversettelse av Karrierekompasset",
     "Sametinget's own translation project for the joint tool Karrierekompasset (Utviklingsprosjekt → Prosjekt); "
     "Sametinget does not report J02 itself"),
    ("Nordland fylkeskommune", "Utredning av fagskolealliansens utvidelse til Troms og Finnmark",
     "a study of a possible extension of the joint Nordnorsk fagskoleallianse (Utredning → FoU), next to the "
     "alliance's own row"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or paragraph joined with a space); `samarbeidspartnere` is empty where the file "
    "names no partner. Descriptions: LO's is the case presentation (without the Vedtak), KS's the «Kort fortalt» "
    "box, Akademikerne's the sentence under the bold name, Kompetanseforbundet's the first quarterly comment on the "
    "measure, Sametinget's the «Gjennomført i 2079» text, Unio's the sentence after the bold name (without the "
    "bracket), Fagskolerådet's the paragraph under the name, Nordland's the hidden 'Beskrivelse' detail row.",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Forum / Utvalg / Råd / Råd og utvalg / "
    "Rådsarbeid / rådsarbeid / Utvalgsarbeid / Fagstrategisk enhet / Samarbeid / Nettverk / nettverk / forum / "
    "Læringsnettverk / 🤝 → Råd/utvalg/nettverk; Evaluering / Kartlegging / kartlegging / Undersøkelse / Utredning / "
    "🔬 → FoU; Tilskudd / Kurs / Skolering / Opplæring / opplæring / utdanning / Studiesirkel / Utdanningstilbud / "
    "🎓 → Kurs/utdanning; Forsøk / Pilot / Prosjekt / Utviklingsarbeid / Utviklingsprosjekt / 🛠 → Prosjekt; "
    "Digitalt verktøy / digitalt verktøy / Kampanje / kampanje / Informasjon → Informasjon; Fagdag / Konferanse / "
    "konferanse / Webinar / Møteplass / møteplass / Samling / Festival / 📅 → Arrangement. A seat in a council is "
    "always Råd/utvalg/nettverk. Unio gives the kind only by the grid row (Råd og utvalg → Råd/utvalg/nettverk, "
    "Kurs og opplæring → Kurs/utdanning, Konferanser → Arrangement; 'Prosjekter og utredninger' is read per item: "
    "the mentor scheme Prosjekt, the survey FoU); LO gives no kind word: the seats are Råd/utvalg/nettverk, the "
    "steering group of Læreplassgarantien Prosjekt (as the other members type J01), Lesesterk Kurs/utdanning, the "
    "input Informasjon, «Kurset» Kurs/utdanning.",
    "Delmål given in words only is resolved to its code: Regjeringen's ASD and HOD sheets give code and words "
    "('3.5 NAVs opplæringstilbud'); Akademikerne 'Relevante utdanninger i samarbeid med arbeidslivet' = 1.4 and "
    "'Kunnskap om læring i arbeidslivet' = 2.2; Spekter gives only its own phrase, hyperlinked to the delmål "
    "(link target …#delmal-2-3): 'Flere gode fagarbeidere og yrkesveier' = 2.3, 'Utdanninger som svarer på "
    "arbeidslivets behov' = 1.4, 'Grunnleggende ferdigheter på jobben' = 3.2, 'Mer kunnskap om læring og kompetanse "
    "i arbeidslivet' = 2.2; NHO's labels carry the code ('2.4 – Behov og tilbud'); LO's code stands in «jf. delmål "
    "x.y» inside the case text.",
    "Reporting year: Regjeringen's KD sheet has a row with Status 'Avsluttet 2078' and ASD's a row that starts in "
    "2080; LO's minutes hold an evaluation of a 2078 event and a case about a 2080 campaign; NHO's Status column "
    "says 'Idé 2080' and 'Avsluttet 2078'; Unio's grid has one 2078 and one 2080 cell; YS's year is only the "
    "symbol in the columns 2078 / 2079 / 2080 (a row counts when 2079 has ●); Virke's list groups the rows by "
    "Rapporteringsår and prints the 2078 and 2080 groups too; Spekter's grey rows say «(2078)» and «(2080)»; VOFO "
    "struck one row through by hand (margin note «utsatt til 2080!»); UHR's letter announces a 2080 portal; Fagskolerådet's "
    "alphabet holds «(avslutta 2078)» and «(planlagt 2080)» entries; Kompetanseforbundet's Q1 table has a 2078 "
    "final report and Q4 a 2080 pilot; Sametinget's plan has a row 'Ikke gjennomført. Flyttet til 2080.'; "
    "Nordland's Status says 'Avsluttet 2078' and 'Planlagt 2080'; KS's last page «Andre saker» names one of each.",
    "Containers and hidden places: Regjeringen's responsible ministry is only the sheet (tab and title), and its "
    "first sheet is a status list of the ministries (not measures); Nordland's descriptions, owners and partners "
    "are in hidden, collapsed outline rows under each measure; Spekter's delmål code is only in the hyperlink "
    "target; NHO's Prioritet cells are formulas; Akademikerne's activity bullets sound like measures but are parts "
    "of the measure on their row; Kompetanseforbundet repeats a measure in up to four quarterly tables (one truth "
    "row each); UHR's letter names RSA and the mikroemne catalogue once more in prose before the appendix; UHR's "
    "appendix headings Nr / Delm. / Type are turned 90°; Virke's print has no vertical rules, so plain extraction "
    "interleaves wrapped cells (verify reads each column on its own); KS's, UHR's, Kompetanseforbundet's and "
    "Sametinget's tables are checked cell by cell; VOFO's scan is image only (verify uses the printed text).",
    "Responsible and partners: Regjeringen – the sheet name (KD, ASD, HOD); LO – the «Saksansvarlig:» line and "
    "the partners named in the case text (checked part by part); Unio – the column head (the union); KS – «Ansvarlig "
    "i KS»; Akademikerne – «Ansvar:» / «Med:» lines; Spekter – Eier / Med; VOFO – the Ansvarlig and Samarbeid "
    "columns (checked part by part); Fagskolerådet – «Ansvarleg:» / «Med:» in the grey line; Kompetanseforbundet – "
    "«ansvar:» / «med:» in the overview list; Sametinget – «Ansvarlig:» / «Samarbeid:» lines in the right cell; "
    "Nordland – the hidden detail rows.",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 59 – reporting year 2079", "",
         "Regenerate with `python -m samples.holdout59_generator` (writes `samples/holdout59`); check with "
         "`python -m samples.holdout59_generator.verify`. The build is deterministic (fixed dates, metadata, ids, "
         "boundaries and zip timestamps), so a rebuild gives byte-identical files; `verify` rebuilds into a "
         "temporary folder and compares.", "",
         "Every report covers the measures of 2079. Items that a file marks as finished in 2078 or planned for 2080 "
         "are not truth rows (see Notes for each file). Every file is in a format and layout not used in earlier "
         "rounds.", "",
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
          f"- Shared-council seats (M): {sum(seeds[k] for k in m_ids)} rows in {len(m_ids)} measures ("
          + ", ".join(f"{k}×{seeds[k]}" for k in m_ids) + ")",
          f"- Joint measures (J): {sum(seeds[k] for k in j_ids)} rows in {len(j_ids)} measures ("
          + ", ".join(f"{k}×{seeds[k]}" for k in j_ids) + ")",
          f"- Single-member measures (U): {len(u)} rows, of them {len(TRAPS)} traps (see Notes)",
          "- Types: " + ", ".join(f"{t} {types[t]}" for t in TYPES_ORDER),
          "- Delmål: " + ", ".join(f"{k} {dm[k]}" for k in sorted(dm, key=lambda c: tuple(map(int, c.split("."))))),
          "", "Council ids: " + ", ".join(f"{k} = {v}" for k, v in COUNCILS.items())
          + " (KBU = Kompetansebehovsutvalget; SRY = Samarbeidsrådet for yrkesopplæring; RSA = Råd for samarbeid med "
            "arbeidslivet; UHR-FSE = UHR's fagstrategiske enheter and their units; FSR = Nasjonalt fagskoleråd; "
            "NFK = Nasjonalt forum for karriereveiledning).", "",
          "Joint measure ids: " + "; ".join(f"{k} = {v}" for k, v in JOINT.items()) + ".", "",
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
    lines.append("- Traps (U rows about a council, or modelled on one, that are not a seat in it):")
    lines += [f"  - {m}: {t} ({why})" for m, t, why in TRAPS]
    lines.append("- Not truth rows, per file:")
    for mod, _rs in per_file:
        lines.append(f"  - `{mod.FILENAME}`: {mod.NOT_TRUTH}")
    lines.append("- The høyringsfråsegn is a consultation response from Høgskulen i Volda (not a council member) to "
             "the draft revised strategy; it comments on delmål 1.1, 1.3, 1.4, 2.3 and 3.4, names KBU, Nasjonalt "
             "forum for karriererettleiing, RSA and Karrierekompasset and proposes new measures («Vi rår til at "
             "…»), but it reports nothing done, so it has no rows.")
    lines.append("- All sixteen files are in the formats members send most: eight PDFs (six exported by LibreOffice from "
             "Word documents, the non-report among them; one browser print; one scan), three DOCX and five XLSX.")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
