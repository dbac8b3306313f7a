"""README.md for held-out round 81: the file table, the counts, how each member names the shared councils and the
joint measures, and the notes a reviewer needs (traps, what is not a truth row, doubts)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from .common import COUNCIL_NAMES, COUNCILS, JOINT, TYPES

TRAPS = [
    ("Regjeringen", "Evaluering av Kompetansebehovsutvalget",
     "about KBU, not a seat in it: KD's own commission of an evaluation of the committee, right under the ministries' "
     "KBU seat with the same running number 1; «Evalueringen gjelder utvalget som ordning og er ikke en del av "
     "departementenes arbeid i utvalget» (utredning → FoU, 1.1)"),
    ("NHO", "Praksisbrua Nord – NHO Nordlands havbrukspilot",
     "NHO Nordland's own pilot named like J01, right under NHO's J01 row with the same code 33 and the same kind "
     "«Pilot»; «Piloten var NHO Nordlands egen og var ikke en del av den nasjonale Praksisbrua» (→ Prosjekt, 3.3)"),
    ("Akademikerne", "Kompetansebarometeret – Teknas tilleggsutvalg",
     "Tekna's own add-on sample named like J02, right under Akademikerne's J02 row with the same delmål and kind; "
     "«Tilleggsutvalget var Teknas eget og inngår ikke i den felles undersøkelsen» (Undersøkelse → FoU, 2.2)"),
    ("Spekter", "Språkløypa fase 2 – Helse Vests egen videreføring",
     "Helse Vest's own new phase named like J05, right under Spekter's J05 row with the same delmål and form; «Fasen "
     "er Helse Vests egen og ikke en del av det felles prosjektet» (Utviklingsprosjekt → Prosjekt, 3.4)"),
    ("Nordland fylkeskommune", "Karrieredøgnet junior – fylkets egen skolekveld",
     "the county's own evening named like J03, right under the county's J03 row with the same delmål and «Arr.»; "
     "«Kvelden var fylkets eget tiltak og ikke en del av Karrieredøgnet» (→ Arrangement, 1.3)"),
    ("UHR", "Kartlegging av RSA-rådenes arbeid med etter- og videreutdanning",
     "about RSA, not a seat in it: UHR's own survey of the councils, on the line under UHR's UHR-FSE seat and linked "
     "to the same delmål 1.4; «Kartleggingen var UHRs egen; UHR har ingen plass i rådene» (Kartlegging → FoU, 1.4)"),
]

DESCRIPTIONS = (
    "Descriptions: Regjeringen's «Gjennomført i 2091»; LO's «Dette ble gjort»; NHO's «Status og resultater»; KS' "
    "«Kort om 2091»; Unio's «Hva skjedde i 2091»; YS' TiltakBeskrivelse; Virke's «Hva ble gjort i 2091?»; "
    "Akademikerne's «Hva vi gjorde»; Spekter's «Hva ble gjort i 2091»; VOFO's Beskrivelse (its line break joined with "
    "a space); Nordland's «Beskrivelse»; UHR's «Hva ble gjort»; Fagskolerådet's «Omtale» without the kind word and "
    "colon in front; Kompetanseforbundet's line under the measure's name line; Sametinget's «Hva ble gjort i 2091».")

RESPONSIBLE = (
    "Responsible and partners: Regjeringen – Departement / Samarbeidspartnere; LO – Hvem i LO / Partnere; NHO – "
    "Landsforening eller region / Samarbeid med; KS – Ansvarlig i KS / Med hvem; Unio – Forbund / Samarbeid; YS – "
    "TiltakAnsvarlig / TiltakSamarbeidspartnere (an empty element = none); Virke – Ansvarlig i Virke / "
    "Samarbeidspartnere; Akademikerne – Ansvarlig / the footnote on the name («Sammen med A, B og C.»; no footnote = "
    "none; «og» becomes a comma); Spekter – Ansvarlig / Samarbeid; VOFO – Ansvarlig / Samarbeidspartnere (linked "
    "records joined by a bare comma); Nordland – Ansvarlig enhet / Samarbeid; UHR – Ansvarlig / Samarbeid; "
    "Fagskolerådet – Ansvar / Partnere; Kompetanseforbundet – «Ansvarlig: …» / «Sammen med: …» («Ingen "
    "samarbeidspartnere.» = none); Sametinget – Ansvarlig (the North Sámi unit name with the Norwegian in brackets, "
    "kept whole) / Samarbeid.")

TYPE_NOTE = (
    "`type` is the secretariat's reading of the member's own word: deltakelse i utvalg / Råd og utvalg (LO's line "
    "under the table) / Verv / dark blue name colour / Rådsarbeid / RAD_UTVALG_NETTVERK / råd / Representasjon / "
    "Verv (VOFO) / Fagstrategisk enhet / Nettverk / «Rådsarbeid:», «Nettverk:» / verv → Råd/utvalg/nettverk; "
    "utredning / Analyse / FOU / undersøkelse / Undersøkelse / Kunnskapsinnhenting / Kartlegging / «Analyse:» → FoU; "
    "tilskudd til kurs / Kurs og opplæring (LO's line) / Kursprogram / green / Skolering / KURS_UTDANNING / kurs / "
    "Kurs / Opplæring / «Kurs:» → Kurs/utdanning; forsøk / Prosjekt (LO's line) / Pilot / orange / "
    "Utviklingsarbeid / Utviklingsprosjekt → Prosjekt; digital tjeneste / Kampanje / teal / INFORMASJON / "
    "veileder / Veiledning / Formidling / Nettjeneste / informasjon / Informasjon → Informasjon; Konferanse (LO's "
    "line) / Møteplass / Fagdag / ARRANGEMENT / seminar / Samling / Arrangement / Konferanse / «Arrangement:» "
    "→ Arrangement. Nordland names the secretariat's kinds with shares in per cent; the largest share gives the "
    "kind («informasjon 30 % · arrangement 70 %» → Arrangement, «FoU 40 % · prosjekt 60 %» → Prosjekt). A seat in "
    "a council is always Råd/utvalg/nettverk; a joint measure has the same type and delmål "
    "in every member's row.")

DELMAL_NOTE = (
    "Delmål given otherwise than as a plain code: Regjeringen as the delmål's running number 1–16 in the strategy "
    "(«13» = 3.3, explained in the intro); NHO as a two-digit whole number without a dot («33» = 3.3, explained in "
    "the key line); YS in the element TiltakDelmal; Virke in a column whose header carries the example «f.eks. 1.3»; "
    "VOFO as the linked record's title («3.6 Læring i frivillig sektor»); Nordland with the prefix «NKS»; UHR only in "
    "the paragraph «Kobling til strategien» under the table, which sorts the letters a)–f) by delmål; "
    "Kompetanseforbundet in brackets after the name «(delmål 2.4, kurs)». LO, KS, Unio, Akademikerne, Spekter, "
    "Fagskolerådet and Sametinget give a plain code.")

YEAR_NOTE = (
    "Reporting year, told only in words: Regjeringen «Meldingen legges fram våren 2092.» (a row with its own "
    "instrument «melding til Stortinget»); LO «… ble utsatt og gjennomføres i mars 2092.»; NHO «… ble flyttet og "
    "holdes i april 2092.» (a row); KS «… ble flyttet og holdes i februar 2092.»; Unio «… holdes i mars 2092.»; YS "
    "«… ble utsatt. Den holdes i mars 2092.» (a sixth Tiltak group); Virke «Første kull starter i august 2092.» (a "
    "row); Akademikerne «… starter i mars 2092 og er derfor ikke med i tabellen.»; Spekter «… ble avsluttet ved "
    "utgangen av 2090 …»; VOFO a record with the status «Utsatt» and «Den flyttes til februar 2092.»; Nordland «… "
    "ble lagt ned ved utgangen av 2090 …» (a row); UHR «… ble flyttet til februar 2092.» (paragraph «Annet»); "
    "Fagskolerådet «… lanseres i august 2092 …»; Kompetanseforbundet «… holdes i mars 2092.»; Sametinget «Beaivi "
    "sirdojuvvui guovvamánnui 2092. Dagen er flyttet til februar 2092.» (a row). No file has a year column; "
    "Spekter's «nytt» / «videreført» and Sametinget's case numbers («SR 102/88») are not years of the measures. The "
    "reports are dated January 2092.")

CONTAINER_NOTE = (
    "Containers and how made: YS' report is the form data of an Altinn form (SERES-style XML, one line after the "
    "declaration); VOFO's report is the CSV Airtable downloads for a grid view; Kompetanseforbundet's report is a "
    "PGP/MIME-signed e-mail from Proton Mail whose Ed25519 key and detached signature are real OpenPGP v4 packets "
    "made from a fixed seed (verify checks the signature itself, and with gpg when it is installed); Akademikerne's "
    "PDF carries real Word footnotes (a hand-added footnotes part) printed at the foot of the page; KS' kinds exist "
    "only as run colours. Regjeringen's, Unio's, Akademikerne's, UHR's and Sametinget's PDFs are LibreOffice Writer "
    "exports of python-docx documents. verify checks each of these facts.")

DOUBTS = (
    "Doubts a reviewer may weigh: the RSA seats are LO's at OsloMet, KS Agder's at Universitetet i Agder and Helse "
    "Vest's (Spekter) at Universitetet i Bergen, all M01; the SRY seats are NHO's, YS' (arbeidstakerplassen) and "
    "Virke's member of faglig råd for salg, service og reiseliv, all M02; the KBU seats are the ministries as "
    "observers, Unio's member («KBU» only in the name, the full name in the description) and Akademikerne's, all "
    "M03; the FSR seats are YS' representative, Nordland's place for the counties and Fagskolerådet's own council "
    "meetings, all M04; the NFK seats are VOFO's, Kompetanseforbundet's («Vervet vårt …») and Sametinget's («forumet "
    "for karriereveiledning» in the name, the full name in the description), all M05; the UHR-FSE seats are UHR's own "
    "unit UHR-Lærerutdanning, Unio/Utdanningsforbundet's observer place in UHR-Lærerutdanning and "
    "Akademikerne/Legeforeningen's observer in UHR-Medisin og helse, all M06. UHR's pilot names «UHR-Helse og sosial» "
    "only as its responsible unit (a U row, not a seat); Nordland's «Kompetanseforum Nordland» and KS' network are "
    "the members' own networks (U rows). Several J rows list the other reporting members among their partners "
    "(Regjeringen's Praksisbrua: LO, NHO; Virke's Kompetansebarometeret: YS, Akademikerne; Nordland's "
    "Karrieredøgnet: VOFO Nordland, Sametinget). Akademikerne's footnote numbers print right after the names, so "
    "«Kompetansebarometeret 2091» reads «Kompetansebarometeret 20911» in the PDF text (the footnote 1 is a "
    "superscript); LO's kinds stand only in the line under the table; KS' kinds only in the name colours (the legend "
    "also names «Kunnskap» and «Samling», which no row uses); Unio's merged kind cell covers two rows; Virke's header "
    "names all six kinds and an example code, while its cells use other words; UHR's letters and Fagskolerådet's "
    "kind words are no part of the names or descriptions; NHO's kind words are the only kind it gives; Nordland's "
    "split cells name two kinds, and the largest share, which decides, stands first only in the Kompetanseforum "
    "row; Spekter's "
    "«videreført» rows are 2091 rows; Sametinget's responsible units are written in North Sámi with the Norwegian in "
    "brackets, and its «SR nnn/yy» case numbers are no codes; the sixteenth file names Praksisbrua, Grønn fagskole, "
    "Kompetansebarometeret 2091, KBU and SRY with 2091 figures but reports nothing.")


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def _names(rows, sid) -> str:
    seen = {}
    for r in rows:
        if r["seed_row"] == sid:
            seen.setdefault(r["member"], r["tiltak"])
    return "; ".join(f"{m}: «{n}»" for m, n in seen.items())


def write_readme(out: Path, per_file, rows) -> None:
    members = [m.MEMBER for m, _ in per_file if m.MEMBER]
    seeds = Counter(r["seed_row"] for r in rows)
    m_ids = sorted(k for k in seeds if k[0] == "M")
    j_ids = sorted(k for k in seeds if k[0] == "J")
    n_u = sum(v for k, v in seeds.items() if k[0] == "U")
    types = Counter(r["type"] for r in rows)
    dm = Counter(r["delmal"] for r in rows)
    intro = (
        "Every report covers the measures of 2091 and is dated January 2092. Items a file places in 2090 or earlier, "
        "or in 2092, are not truth rows; the files say so only in words («legges fram våren 2092», «avsluttet ved "
        "utgangen av 2090», «flyttes til februar 2092»), never in a year column. Most of the fifteen reports are "
        "ordinary Word, Excel and PDF reports whose difficulty is in the details: the delmål as its running number "
        "1–16, as a two-digit number without a dot, only in a paragraph that sorts lettered rows by delmål, or behind "
        "a prefix; the kind only in a line under the table that sorts the row numbers by kind, only as the colour of "
        "the name, as a merged cell over the rows that share it, as shares in per cent of the secretariat's six "
        "kinds, or as the first word of the description; the partners only in Word footnotes; header cells that carry "
        "the filling-in guidance; a new-or-continued column; case numbers with two-digit years. The rest are ways of "
        "making files not used before: the form data of an Altinn form as XML, the CSV Airtable downloads for a view, "
        "and a PGP/MIME-signed e-mail from Proton Mail with a real OpenPGP signature. The sixteenth file, not a member "
        "report, is the draft of an op-ed that NHO sent for information.")
    lines = ["# Held-out round 81 – reporting year 2091", "",
             "Regenerate with `python -m samples.holdout81_generator` (writes `samples/holdout81`); check with "
             "`python -m samples.holdout81_generator.verify`. The build is deterministic (fixed dates, metadata and "
             "zip timestamps; the LibreOffice exports with dates, /ID and /DocChecksum fixed; the OpenPGP key and "
             "signature from a fixed seed and fixed times), so a rebuild gives byte-identical files; `verify` rebuilds "
             "into a temporary folder and compares.", "", intro, "",
             "| # | File | Member | Format / how made | Shape | Truth rows |",
             "|---|------|--------|-------------------|-------|-----------:|"]
    for i, (mod, rs) in enumerate(per_file, 1):
        who = mod.MEMBER or "— (not a member report)"
        lines.append(f"| {i} | `{mod.FILENAME}` | {who} | {_esc(mod.FORMAT)} | {_esc(mod.SHAPE)} | {len(rs)} |")
    lines += ["", "## Counts", "",
              f"- Files: {len(per_file)} ({len(members)} member reports from {len(set(members))} different members, "
              f"{len(per_file) - len(members)} document that is not a member report)",
              f"- Truth rows: {len(rows)}",
              f"- Shared-council seats (M): {sum(seeds[k] for k in m_ids)} rows in {len(m_ids)} councils ("
              + ", ".join(f"{k}×{seeds[k]}" for k in m_ids) + ")",
              f"- Joint measures (J): {sum(seeds[k] for k in j_ids)} rows in {len(j_ids)} measures ("
              + ", ".join(f"{k}×{seeds[k]}" for k in j_ids) + ")",
              f"- Single-member measures (U): {n_u} rows, of them {len(TRAPS)} traps (see Notes)",
              "- Types: " + ", ".join(f"{t} {types[t]}" for t in TYPES),
              "- Delmål: " + ", ".join(f"{k} {dm[k]}" for k in sorted(dm, key=lambda c: tuple(map(int, c.split("."))))),
              "", "Council ids: " + ", ".join(f"{k} = {v}" for k, v in COUNCILS.items()) + " ("
              + "; ".join(f"{k} = {v}" for k, v in COUNCIL_NAMES.items()) + ").", "",
              "Joint measure ids: " + "; ".join(f"{k} = {v}" for k, v in JOINT.items()) + ".", "",
              "Shared councils as each member names them:", ""]
    lines += [f"- {k} ({COUNCILS[k]}) – {_names(rows, k)}" for k in m_ids]
    lines += ["", "Joint measures as each member names them:", ""]
    lines += [f"- {k} – {_names(rows, k)}" for k in j_ids]
    lines += ["", "## Notes", "",
              "- `truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, "
              "samarbeidspartnere, beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are "
              "written as the file states them (line breaks joined with a space); `tiltak` leaves out UHR's letters "
              "and Akademikerne's footnote numbers; `samarbeidspartnere` is empty where the file names no partner (an "
              "empty cell or element, no footnote, «Ingen samarbeidspartnere.») and otherwise lists the partners "
              "comma-separated as the file names them (Akademikerne's «og» and VOFO's bare commas become «, »). "
              + DESCRIPTIONS,
              "- `seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a "
              "seat in it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported "
              "by two or three members in their own words, U01.. = a member's own measure, numbered in file order.",
              "- " + TYPE_NOTE, "- " + DELMAL_NOTE, "- " + YEAR_NOTE, "- " + CONTAINER_NOTE, "- " + RESPONSIBLE,
              "- Traps (U rows about a council rather than a seat in it, or a member's own pilot, sample, phase or "
              "evening named like a joint measure):"]
    lines += [f"  - {m}: {t} ({why})" for m, t, why in TRAPS]
    lines.append("- Not truth rows, per file:")
    lines += [f"  - `{mod.FILENAME}`: {mod.NOT_TRUTH}" for mod, _rs in per_file]
    lines += ["- The sixteenth file is the draft of an op-ed «Praksisbrua viser at voksne vil ta fagbrev» by NHO's "
              "director for competence, which NHO sent for information with its report (file 3); a grey note says it "
              "is no part of the report. It argues with Praksisbrua, Grønn fagskole, Kompetansebarometeret 2091, "
              "Kompetansebehovsutvalget and SRY and with figures from 2091, and asks for three things in 2092; it "
              "reports no measure and has no rows.",
              "- " + DOUBTS,
              "- The sixteen files: five PDFs (LibreOffice Writer exports of DOCX), five DOCX, three XLSX written "
              "with openpyxl, one Altinn form-data XML, one Airtable CSV and one PGP/MIME-signed e-mail.",
              "- `.tiltakignore` keeps `truth.csv` and this README out of a run."]
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
