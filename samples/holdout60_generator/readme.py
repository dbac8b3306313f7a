"""README.md for held-out round 60."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Kunnskapsgrunnlag fra SSB til utvalget",
     "KD's own commission to Statistics Norway for register data that KBU uses (no kind word → FoU); the text says "
     "it is «ikke en del av utvalgets arbeid», and it is the next sub-heading after the KBU seat"),
    ("LO", "Yrkesopplæringsnemnda i Oslo",
     "a county vocational training board in LO's appointment register between the faglig råd (an SRY seat) and "
     "an expired faglig råd; a seat in a regional board, not in SRY (Råd/utvalg/nettverk, own measure)"),
    ("NHO", "Kurs for NHO-representanter i faglige råd",
     "a course for NHO's own members of SRY's faglige råd (Opplæring → Kurs/utdanning)"),
    ("KS", "Yrkesvalgsuka Agder – egen høstuke for Vg1",
     "a regional week «lagt opp etter mønster av den nasjonale uken», in the row right under KS's Yrkesvalgsuka "
     "row (Arrangement, same delmål and kind as J03, but KS Agder's own measure)"),
    ("YS", "Webinar om fagskolerådets strategi for høyere yrkesfaglig utdanning",
     "a webinar where Nasjonalt fagskoleråd is the partner line («innleder») (Webinar → Arrangement), next to "
     "YS's seat in the council"),
    ("Virke", "Frokostmøte om KBU-rapporten",
     "a breakfast meeting about the council's report (Møteplass → Arrangement) with project number KPR-1.1-03 "
     "beside the seat's KPR-1.1-02 and Kompetansebehovsutvalget as Eksterne parter"),
    ("Akademikerne", "Spørreundersøkelse om RSA-rådenes arbeid",
     "a survey of the associations' members of the RSA councils (#undersøkelse → FoU)"),
    ("Spekter", "Dybdestudie etter Kompetansebarometeret i tre helseforetak",
     "Spekter's own follow-up interview study after the joint survey (Kunnskapsgrunnlag → FoU, same delmål and "
     "kind as J05, other partners), right under the J05 row"),
    ("UHR", "Evaluering av RSA-ordningen",
     "an external evaluation of the RSA councils (evaluering → FoU), the line after the RSA line"),
    ("Fagskolerådet", "Kompetansebroen fase 2 – Nord-Noreg",
     "a new phase of the joint Kompetansebroen run by Fagskolerådet alone (utviklingsprosjekt → Prosjekt, same "
     "delmål and kind as J01, but its own measure)"),
    ("Kompetanseforbundet", "Regionalt karriereforum Innlandet",
     "a regional forum «bygd opp etter mønster av det nasjonale forumet» (Nettverk → Råd/utvalg/nettverk, own "
     "measure; largest share delmål 1.2)"),
    ("Sametinget", "Samisk veiledernettverk",
     "a network Sametinget runs for career counsellors, under the same plenary decision as its NFK seat "
     "(Råd/utvalg/nettverk, own measure)"),
    ("Vestland fylkeskommune", "Opplæring i Realkompetanseportalen for rettleiarar",
     "training for municipal counsellors in using the joint portal (Opplæring → Kurs/utdanning); Vestland does "
     "not report J04 itself"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or paragraph joined with a space); `samarbeidspartnere` is empty where the file "
    "names no partner. Descriptions: Regjeringen's is the paragraph under the italic sub-heading without the "
    "partner sentence and the «(jf. delmål …)»; LO's seats the Merknad cell; Unio's the sentence under the bold "
    "name; YS's the Beskrivelse on the measure's first line; Virke's the Prosjektbeskrivelse; Akademikerne's the "
    "text before the «Med:» line; UHR's the indented paragraph; Fagskolerådet's the sentences between the italic "
    "name and the fact bracket; Sametinget's the text under the bold name in «Oppfølging i 2080»; Vestland's the "
    "Skildring row.",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Rådsdeltakelse / Rådsarbeid / rådsarbeid / "
    "Rådsplass / Råd og utvalg / Nettverk / fagstrategisk enhet / samarbeidsorgan → Råd/utvalg/nettverk; Analyse / "
    "Kartlegging / kartlegging / Undersøkelse / #undersøkelse / Utredning / Kunnskapsgrunnlag / evaluering → FoU; "
    "Opplæring / Kurs / #kurs / Utdanning / utdanning → Kurs/utdanning; Pilot / Utviklingsprosjekt / "
    "utviklingsprosjekt → Prosjekt; Kampanje / Kommunikasjon / #informasjon / Digital tjeneste / digital tjeneste "
    "→ Informasjon; Arrangement / Møteplass / Webinar / Samling / messe / konferanse / #fagdag → Arrangement. A "
    "seat in a council is always Råd/utvalg/nettverk. Files with no kind word: Regjeringen (the budget prose: the "
    "SSB data FoU, the portal Informasjon, the further education programme Kurs/utdanning, the trial Prosjekt), "
    "LO's appointment register (all seats Råd/utvalg/nettverk), Unio (the logic model: survey FoU, further "
    "education Kurs/utdanning, EVU-dag Arrangement), Sametinget (the network Råd/utvalg/nettverk, the grant to "
    "training companies for apprentices Kurs/utdanning, the project Prosjekt, the fagdag Arrangement).",
    "Delmål given otherwise than as a plain code: Regjeringen «(jf. delmål 1.1)» at the end of the paragraph; "
    "LO's register gives none (the seats take the council's delmål: KBU 1.1, a faglig råd and the county "
    "yrkesopplæringsnemnd 2.3); Unio only as a paraphrase in «Ønsket effekt»: 'Utdanningene svarer bedre på "
    "behovene i arbeidslivet' and 'Tettere samarbeid mellom utdanning og arbeidsliv' = 1.4, 'Bedre kunnskap om "
    "læring på arbeidsplassen' = 2.2, 'Koble kompetansebehov og tilbud om etter- og videreutdanning' = 2.4; KS "
    "«DM 2.3»; Virke only inside the project number (KPR-2.4-05 → 2.4); Akademikerne as a hashtag «#delmål1.4»; "
    "Spekter «Delmål 2.3»; UHR at the right margin after the dot leader; Kompetanseforbundet as the largest "
    "percentage share; Sametinget «Karriereveiledning (1.3)»; Fagskolerådet «(Delmål 1.4. …)».",
    "Reporting year: Regjeringen's «Fagbrevkampanjen» ended 2079 and the «Budsjettforslag 2081» proposes a new "
    "scheme; LO's register has a period 2076–2079 and an appointment from 1.1.2081, its measures sheet a row "
    "'Avsluttet 2079'; NHO's Status 'Planlagt 2081' and 'Avsluttet 2079'; Unio's grey row «Ikke med i 2080»; KS's "
    "'Avsluttet 2079' and «0 % – starter 2081»; YS's column År (2079, 2081); Virke's projects with 0 hours "
    "(«Sluttført 2079», «Oppstart 2081»); Akademikerne's tags «#avsluttet2079» / «#planlagt2081»; Spekter only by "
    "the Start/Slutt date cells (Slutt 31.12.2079, Start 01.02.2081; a study running into 2081 counts); VOFO's "
    "cover sheet leaves out a 2081 course; UHR's sections «Ferdigstilt i 2079» and «Under planlegging for 2081»; "
    "Fagskolerådet's «Desember 2079 (tilbakeblikk)» and «Framover – 2081»; Kompetanseforbundet's Status "
    "'Avsluttet 2079' / 'Oppstart 2081'; Sametinget's 'Avsluttet 2079' / 'Ikke påbegynt – flyttet til 2081'; "
    "Vestland's column with Status «Avslutta 2079».",
    "Containers and hidden places: Regjeringen's responsible agency is only the chapter heading «Kap. nnn …», and "
    "budget tables (posts) sit between the measures; LO's council seats are rows of an appointment register with "
    "no delmål or kind, its own measures on a second sheet; NHO's measures are the middle column of a risk "
    "register (risks, scores and formulas are not measures); YS repeats a measure on one line per partner (one "
    "truth row per Tiltak-ID, partners collected from the lines); Virke's report is a time-registration export "
    "with internal projects; Spekter's year is only in date cells; Vestland's measures are columns with their "
    "facts in labelled rows under the head, municipalities as rows; Fagskolerådet's name is in italics inside a "
    "dated paragraph and its seat appears twice (January and November, one row); Sametinget's case cells are "
    "merged over two follow-ups; KS's, Akademikerne's and Kompetanseforbundet's tables are checked cell by cell; "
    "VOFO's fax is image only (verify uses the printed text).",
    "Responsible and partners: Regjeringen – the agency in the chapter heading, partners from the partner "
    "sentence (checked part by part); LO – Representant (avdeling) for the seats, Ansvar i LO / Sammen med for the "
    "measures; NHO – Tiltakseier / Samarbeid; Unio – «Ansvar:» / «Med:» in the Innsats cell; KS – Hvem i KS / Med "
    "hvem; YS – YS-forbund, partners the Samarbeidspartner cells of the measure's lines; Virke – Avdeling / "
    "Eksterne parter; Akademikerne – the section heading (the association) and the «Med:» line; Spekter – "
    "Ansvarlig / Partnere; VOFO – Ansvarlig / Samarbeid; UHR – «Ansvar: … | Samarbeid: …»; Fagskolerådet – "
    "«Ansvarleg:» / «Saman med:» in the bracket; Kompetanseforbundet – Ansvar / Partnere; Sametinget – «Ansvar:» / "
    "«Samarbeid:»; Vestland – the Ansvarleg / Partnarar rows.",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 60 – reporting year 2080", "",
         "Regenerate with `python -m samples.holdout60_generator` (writes `samples/holdout60`); check with "
         "`python -m samples.holdout60_generator.verify`. The build is deterministic (fixed dates, metadata, ids, "
         "boundaries and zip timestamps), so a rebuild gives byte-identical files; `verify` rebuilds into a "
         "temporary folder and compares.", "",
         "Every report covers the measures of 2080. Items that a file marks as finished in 2079 or planned for 2081 "
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
    lines.append("- The participant list is the registration system's export for the council's gathering in March "
             "2081, mailed to the secretariat; its session titles name KBU, RSA, the faglige råd, Kompetansebroen "
             "and Realkompetanseportalen and its rows name members as organisations, but it reports nothing done, "
             "so it has no rows.")
    lines.append("- All sixteen files are in the formats members send most: six PDFs (four exported by LibreOffice "
             "from Word documents, one exported by LibreOffice Calc from a workbook, one received fax stored as "
             "bilevel page images), three DOCX and seven XLSX (the non-report among them).")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
