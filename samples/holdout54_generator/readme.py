"""README.md for held-out round 54."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Gjennomgang av mandat og sammensetning for Nasjonalt fagskoleråd",
     "KD's review of the council's mandate (Utredning → FoU), not a seat in it"),
    ("LO", "Seminar om KBU-rapporten for forbundene", "a seminar about the KBU report, next to LO's KBU seat"),
    ("NHO", "Innspill til KBU om kompetansebehov i byggenæringen", "BNL's written input to KBU (Innspill → "
     "Informasjon), next to NHO's KBU seat"),
    ("YS", "YS-nettverk for medlemmer i faglige råd",
     "a network of YS's own members of the faglige råd, typed as a network, not the SRY seat"),
    ("Akademikerne", "Høringssvar om RSA-ordningen", "a consultation answer about the RSA councils"),
    ("KS", "Temamøte for kommunene om SRYs anbefalinger om læreplasser",
     "a meeting about SRY's recommendations (no type given → Arrangement)"),
    ("VOFO", "Kartlegging av karriereveiledning i studieforbundene",
     "a survey presented to Nasjonalt forum for karriereveiledning, next to VOFO's NFK seat"),
    ("UHR", "Veileder for RSA-arbeidet", "a guide for the RSA councils, next to the RSA row itself"),
    ("Kompetanseforbundet", "Kurs: Slik leser du KBU-rapporten", "a course about the KBU report"),
    ("Innlandet fylkeskommune", "Yrkesopplæringsnemnda i Innlandet",
     "the county's own yrkesopplæringsnemnd – a county body, not a seat in SRY"),
    ("Agder fylkeskommune", "Kvalitetsrammeverk for karriereveiledning ved Karriere Agder",
     "a project that follows up NFK's recommendations"),
    ("Vestland fylkeskommune", "Seminar for fagskulestyra om rapporten frå Nasjonalt fagskuleråd",
     "a seminar about the council's report, next to the county's FSR seat"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell, label or paragraph joined with a space); they are empty where the file gives none "
    "('–' or '--' counts as none).",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it), J01–J06 = joint measures reported by two or three members in their own words, U01.. = a member's own "
    "measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Utvalg / Rådsarbeid / rådsarbeid / Forum / "
    "Nettverk / Partnerskap / Nemnd / 'Råd og utvalg' / 'Råd, utvalg eller nettverk' / ticked 'Råd/utvalg/"
    "nettverk' → Råd/utvalg/nettverk; Utredning / Undersøkelse / 'Undersøkelse/analyse' / Analyse / 'Analyse og "
    "utredning' / kartlegging → FoU; Tilskudd til bransjeprogram / Bransjeprogram / 'Kurs/bransjeprogram' / Kurs / "
    "'Kurs/opplæring' / kursrekke / 'kurs og veiledning' / E-læring / Nettkurs / Sertifisering / "
    "Opplæringstiltak / Opplæring / Opplæringstilbud / Opplæringstilbod / Utdanningstilbud / tilskuddsordning "
    "(grants to apprentice companies) → Kurs/utdanning; Forsøk / Pilot / Prosjekt / Utviklingsprosjekt → "
    "Prosjekt; Kampanje / Innspill / høringssvar / Digitalt verktøy / digital tjeneste / Nettportal / Veileder / "
    "the Org tag ':info:' → Informasjon; Seminar / Konferanse / the Org tag ':arrangement:' → Arrangement. YS's "
    "multi-choice answer 'Kurs/opplæring;Nettverk;' is read as its first (main) choice.",
    "Rows without a type in the file carry the type a secretariat would choose: NHO 'Yrkes-NM i Lillehammer' and "
    "Innlandet 'Yrkes-NM 2074 Lillehammer' (Arrangement), KS 'Temamøte …' (Arrangement), VOFO 'Voksnes læringsuke "
    "2074' (Arrangement), Fagskolerådet 'Fagskoledagen 2074' (no box ticked; Arrangement), Kompetanseforbundet "
    "'Veileder: kompetansekartlegging i små bedrifter' (untagged; Informasjon), Vestland 'Kompetanseforum "
    "Vestland' (empty merge field; Råd/utvalg/nettverk).",
    "Delmål given in words only is resolved to its code: LO 'Dokumentere kompetanse fra arbeidslivet' = 2.5; NHO "
    "'Synliggjøre yrkesfagene og karrieremulighetene' = 2.3; Virke's label 'Kompetansebehov i virksomhetene' = 2.4; "
    "Akademikerne 'Samarbeid mellom utdanning og arbeidsliv' = 1.4 and 'Digital kompetanse i arbeidsstyrken' = 2.1; "
    "Kompetanseforbundet 'kunnskapsgrunnlaget om læring i arbeidslivet' = 2.2; Sametinget 'Fleksibel opplæring på "
    "voksnes premisser' = 3.1; Vestland 'gjere det enklare å dokumentere kompetanse frå arbeidslivet' = 2.5. "
    "Delmål given only by structure: Regjeringen's HK-dir and NAV sheets (only in the portfolio's 'Delmål (KPS)' "
    "column), Innlandet (the parent summary task 'Delmål x.y – …'), Agder (delmal_id → delmal.kode), Virke (label "
    "id → label name), VOFO (Atom category term 'delmal-3-2' without a label once).",
    "Responsible and partners: YS's responsible is the answer to 'Hvilken organisasjon svarer du for?'; Innlandet's "
    "partners are the resources assigned to the task and Agder's the partner rows of the junction table, both "
    "joined with ', ' in assignment / rekkefolge order (verify checks these cells part by part); Trello's "
    "responsible and partners are custom-field values; VOFO's come from the content's 'Fakta om tiltaket' box.",
    "Containers and hidden places: the Regjeringen sheets are embedded files of a PDF portfolio (the outer page "
    "only says so); the LO table is only in the altChunk HTML part (Word imports it on opening; document.xml does "
    "not contain it); the Akademikerne report exists only as LaTeX source (macro arguments); the UHR descriptions "
    "are only in markdown cells joined by the short key; the Sametinget rows come from the Norwegian <target>s. All "
    "rows belong to the file named in `source_file`.",
    "Image-only report: `Skann_Fagskolerådet_KPR2074.pdf` (the form written by hand in blue ink; printed labels and "
    "handwriting are pixels only). Its truth follows the handwriting; `verify` checks it by OCR (tesseract -l nor) "
    "and a fuzzy match.",
    "Council units and forms named instead of the council: LO, NHO, YS and Virke name the faglige råd (SRY); KS "
    "'UHR-Helse og velferd', UHR 'Nasjonale profesjonsråd i UHR-Helse og velferd' and Akademikerne "
    "'UHR-Økonomi og administrasjon' (all UHR-FSE); Vestland writes 'Nasjonalt fagskuleråd' (Nynorsk) and "
    "Fagskolerådet reports its own council meetings (FSR); Kompetanseforbundet writes only 'NFK'; Agder and "
    "Vestland name the RSA of their university ('Rådet for samarbeid med arbeidslivet ved Universitetet i Agder', "
    "'RSA ved Universitetet i Bergen').",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    L = ["# Held-out round 54 – reporting year 2074", "",
         "Regenerate with `python -m samples.holdout54_generator` (writes `samples/holdout54`); check with "
         "`python -m samples.holdout54_generator.verify`. The build is deterministic (fixed dates, metadata, seeds, "
         "ids and zip timestamps), so a rebuild gives byte-identical files.", "",
         "Every report covers the measures of 2074. Items that a file marks as finished in 2073 or planned for 2075 "
         "are not truth rows (see Notes for each file). Every file is in a format and layout not used in earlier "
         "rounds.", "",
         "| # | File | Member | Format / how made | Shape | Truth rows |",
         "|---|------|--------|-------------------|-------|-----------:|"]
    for i, (mod, rs) in enumerate(per_file, 1):
        member = mod.MEMBER or "— (not a member report)"
        L.append(f"| {i} | `{mod.FILENAME}` | {member} | {_esc(mod.FORMAT)} | {_esc(mod.SHAPE)} | {len(rs)} |")
    members = [m.MEMBER for m, _ in per_file if m.MEMBER]
    seeds = Counter(r["seed_row"] for r in rows)
    m_ids = sorted(k for k in seeds if k.startswith("M"))
    j_ids = sorted(k for k in seeds if k.startswith("J"))
    u = [r for r in rows if r["seed_row"].startswith("U")]
    types = Counter(r["type"] for r in rows)
    dm = Counter(r["delmal"] for r in rows)
    n_other = len(per_file) - len(members)
    L += ["", "## Counts", "",
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
          + " (FSR = Nasjonalt fagskoleråd; UHR-FSE = UHR's fagstrategiske enheter and their units; NFK = Nasjonalt "
            "forum for karriereveiledning).", "",
          "Joint measure ids: " + "; ".join(f"{k} = {v}" for k, v in JOINT.items()) + ".", "",
          "Shared councils as each member names them:", ""]
    for k in m_ids:
        names = OrderedDict()
        for r in rows:
            if r["seed_row"] == k:
                names[r["member"]] = r["tiltak"]
        L.append(f"- {k} ({COUNCILS[k]}) – " + "; ".join(f"{m}: «{n}»" for m, n in names.items()))
    L += ["", "Joint measures as each member names them:", ""]
    for k in j_ids:
        names = OrderedDict()
        for r in rows:
            if r["seed_row"] == k:
                names[r["member"]] = r["tiltak"]
        L.append(f"- {k} – " + "; ".join(f"{m}: «{n}»" for m, n in names.items()))
    L += ["", "## Notes", ""]
    L += [f"- {n}" for n in NOTES]
    L.append("- Traps (U rows about a council that are not a seat in it):")
    L += [f"  - {m}: {t} ({why})" for m, t, why in TRAPS]
    L.append("- Not truth rows, per file:")
    for mod, _rs in per_file:
        L.append(f"  - `{mod.FILENAME}`: {mod.NOT_TRUTH}")
    L.append("- The PC-Axis file is SSB statistics someone saved in the reporting folder; its notes name KBU, "
             "Fagbrev på jobb and Yrkes-NM 2074 but it reports nothing, so it has no rows.")
    L.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(L) + "\n").encode("utf-8"))
