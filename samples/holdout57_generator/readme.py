"""README.md for held-out round 57."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Høringskonferanse om KBU-rapporten 2077",
     "a conference KD held about KBU's report (Konferanse → Arrangement), next to the KBU row"),
    ("LO", "Skolering av LOs medlemmer i faglige råd",
     "a course for LO's own members of the faglige råd (ticked Opplæring → Kurs/utdanning), next to LO's SRY seat"),
    ("NHO", "NHOs innspill til KBUs rapport om grønn omstilling",
     "written input to KBU's report (Høringsinnspill → Informasjon), in the same merged delmål cell as NHO's KBU "
     "seat"),
    ("KS", "Regionalt samarbeidsforum for yrkesopplæring i Agder",
     "a regional forum modelled on SRY (Nettverk → Råd/utvalg/nettverk, but KS's own measure), next to KS's SRY seat"),
    ("Virke", "Virkes innspill til Nasjonalt fagskoleråds strategi",
     "input to the council's strategy (sheet 'Innspill' → Informasjon), next to Virke's FSR seat"),
    ("Akademikerne", "Notat til Nasjonalt råd for teknologisk utdanning om digital kompetanse",
     "a note sent to an UHR unit Akademikerne does not sit in (innspill → Informasjon); a comment balloon says so"),
    ("Spekter", "Innspill til UHR-Helse og velferd om praksisplasser",
     "input to the UHR unit (Innspill → Informasjon), under Spekter's seat in it"),
    ("VOFO", "Webinar om NFKs kvalitetsrammeverk for studieforbundene",
     "a webinar about the forum's framework (Webinar → Arrangement), next to VOFO's NFK seat"),
    ("UHR", "Erfaringsseminar for RSA-sekretariatene",
     "a seminar for the staff of the RSA secretariats (Seminar → Arrangement), next to the RSA row"),
    ("Sametinget", "Innspill til Nasjonalt forum for karriereveiledning om samisk veiledning",
     "written input to the forum (no kind word → Informasjon), next to Sametinget's observer seat"),
    ("Kompetanseforbundet", "Medlemsmøte med NFK-sekretariatet",
     "a members' meeting where the forum's secretariat spoke (Medlemsmøte → Arrangement), next to the NFK seat"),
    ("Møre og Romsdal fylkeskommune", "Regionalt kompetansebehovsutval for Møre og Romsdal",
     "a regional copy of KBU (Utval → Råd/utvalg/nettverk, the county's own measure, delmål 1.2)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or paragraph joined with a space); they are empty where the file gives none "
    "(Spekter's Gantt print and YS's scanned letter give no descriptions).",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it), J01–J06 = joint measures reported by two or three members in their own words, U01.. = a member's own "
    "measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Utvalg / Utvalgsarbeid / Forum / Råd / råd / "
    "Rådsarbeid / rådsarbeid / Nettverk / Fagstrategisk enhet / Utval / 'Råd og utvalg' (tick column or sheet) / "
    "RAD → Råd/utvalg/nettverk; Evaluering / Undersøkelse / kartlegging / Kartlegging / utredning / Analyser "
    "(sheet) / 'Statistikk og analyse' / FOU → FoU; Tilskuddsordning / Opplæring / kurs / Kurs / utdanning / "
    "Program / Studiesirkel / KURS / 'Kurs og opplæring' (sheet) → Kurs/utdanning; Forsøk / Bransjeprosjekt / "
    "prosjekt / Prosjekt / Pilot / PRO → Prosjekt; Veileder / Høringsinnspill / Innspill / innspill / Informasjon "
    "/ Publikasjon / 'Informasjon/kampanje' / 'Innspill' (sheet) → Informasjon; Konferanse / konferanse / seminar / "
    "Seminar / Webinar / Medlemsmøte / Arrangement / Møteplasser (sheet) / ARR → Arrangement. A seat in a council "
    "is always Råd/utvalg/nettverk.",
    "Rows without a type in the file carry the type a secretariat would choose: LO 'Undersøkelse om opplæring i "
    "permitteringsperioder' (no tick; FoU), KS 'Lederutdanning for barnehagestyrere' (empty Type cell; "
    "Kurs/utdanning), YS 'Kartlegging av kompetansebehov i finansnæringen' (empty Art cell; FoU), Sametinget – "
    "prose only: 'Sametingets observatørplass i Nasjonalt forum for karriereveiledning' (Råd/utvalg/nettverk), "
    "'Innspill til Nasjonalt forum for karriereveiledning om samisk veiledning' (Informasjon), 'Samisk "
    "karriereveiledning i Finnmark' ('Prosjektet' in the prose; Prosjekt), 'Kompetansepluss i samiske områder' "
    "('Kursene'; Kurs/utdanning), 'Kartlegging av kompetansebehov i reindriften' (FoU); Kompetanseforbundet "
    "'Sertifisering av karriereveiledere' (no :Type: field; Kurs/utdanning). Virke gives the kind only by the "
    "sheet tab, LO only by the tick column, KS by an own word in the matrix, Fagskolerådet by a register code.",
    "Delmål given in words only is resolved to its code: Unio 'kunnskapsgrunnlaget' = 2.2; Virke 'Koble "
    "kompetansebehov og utdanningstilbud' = 2.4 and 'Samarbeid mellom utdanning og arbeidsliv' = 1.4; Akademikerne "
    "'Digital kompetanse i arbeidsstyrken' = 2.1; VOFO's headings (no codes anywhere) 'Karriereveiledning' = 1.3, "
    "'Norskopplæring og kvalifisering for innvandrere' = 3.4, 'Kompetansepluss' = 3.2, 'Læringsmotivasjon i "
    "frivillig sektor' = 3.6; Kompetanseforbundet's section 'Dokumentere kompetanse fra arbeidslivet' = 2.5; Møre "
    "og Romsdal (Nynorsk) 'Samarbeid mellom utdanning og arbeidsliv' = 1.4, 'Regionalt kompetansesamarbeid' = 1.2, "
    "'Karriererettleiing' = 1.3 and 'Fleksibel opplæring for vaksne' = 3.1; Sametinget 'Kompetansepluss i samiske "
    "områder' has no Strategimål line and the prose names the Kompetansepluss scheme = 3.2. Delmål given only by "
    "structure: Regjeringen (the Heading 3 above the borderless table), NHO (the vertically merged delmål cell), "
    "Spekter (the Gantt summary task above the task), VOFO (the Heading 1), Kompetanseforbundet (the '=' section). "
    "UHR writes the delmål as 'KPS 1.4' next to its own plan numbers 'HP 1.1' (not delmål).",
    "Responsible and partners: KS's are only given by the role matrix – the column heads with 'A' (ansvarlig) and "
    "'M' (medvirker), joined with ', ' in truth (verify checks them part by part); Spekter's from Ressursnavn and "
    "the custom column Samarbeid; YS's from the Hvem cell ('X' / 'med Y'); Unio's partners from the 'Med: …' "
    "sentence after the description; Sametinget's from the prose; Fagskolerådet's '-' is an empty value.",
    "Containers and hidden places: Akademikerne's PDF carries markup balloons – the deleted 2076 measure exists only "
    "in a 'Slettet:' balloon, and the inserted measure 'Kurs i kunstig intelligens for akademikere' is coloured and "
    "underlined but is part of the report; VOFO's names appear twice (table of contents and headings); LO's "
    "delmål cells are backed by a hidden list sheet holding all sixteen delmål; Virke's measures are spread over "
    "five sheets; YS's letter is image only.",
    "Council units and forms named instead of the council: LO writes 'LOs plass i Kompetansebehovsutvalget', NHO "
    "'Kompetansebehovsutvalget – NHOs representant', Akademikerne 'Akademikernes representant i KBU' (all M01); "
    "LO 'Samarbeidsrådet for yrkesopplæring (SRY)', NHO, KS and YS 'Samarbeidsrådet for yrkesopplæring' (M02); "
    "Unio 'RSA ved Universitetet i Bergen', Akademikerne 'RSA ved NTNU', UHR 'RSA-rådene ved universiteter og "
    "høyskoler', Møre og Romsdal (Nynorsk) 'Råd for samarbeid med arbeidslivet ved NTNU i Ålesund' (M03); Unio "
    "'Nasjonalt råd for lærerutdanning (NRLU)', UHR 'Nasjonalt råd for teknologisk utdanning (NRT)', Spekter "
    "'Deltakelse i UHR-Helse og velferd' (M04, UHR-FSE); Virke 'Nasjonalt fagskoleråd', Fagskolerådet 'Nasjonalt "
    "fagskoleråd – rådsmøter 2077', Møre og Romsdal 'Nasjonalt fagskuleråd' (M05); Regjeringen and VOFO 'Nasjonalt "
    "forum for karriereveiledning', Sametinget 'Sametingets observatørplass i Nasjonalt forum for "
    "karriereveiledning', Kompetanseforbundet 'Kompetanseforbundets plass i NFK' (M06).",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    L = ["# Held-out round 57 – reporting year 2077", "",
         "Regenerate with `python -m samples.holdout57_generator` (writes `samples/holdout57`); check with "
         "`python -m samples.holdout57_generator.verify`. The build is deterministic (fixed dates, metadata, ids, "
         "boundaries and zip timestamps), so a rebuild gives byte-identical files; `verify` rebuilds into a "
         "temporary folder and compares.", "",
         "Every report covers the measures of 2077. Items that a file marks as finished in 2076 or planned for 2078 "
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
    L.append("- Traps (U rows about a council, or modelled on one, that are not a seat in it):")
    L += [f"  - {m}: {t} ({why})" for m, t, why in TRAPS]
    L.append("- Not truth rows, per file:")
    for mod, _rs in per_file:
        L.append(f"  - `{mod.FILENAME}`: {mod.NOT_TRUTH}")
    L.append("- The RIS file is a researcher's Zotero export of reports (KBU's report, SRY's annual report, an "
             "evaluation of VeiViser, notes on Språkvenn and Digitalt grunnløft, Fagskolekonferansen 2077), sent "
             "along with the reports; it names councils and joint measures but reports nothing, so it has no rows.")
    L.append("- At least eleven files are in the formats members send most (PDF, DOCX, ODT, XLSX, scan): 13 here; "
             "the other three are TSV, reStructuredText and RIS.")
    L.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(L) + "\n").encode("utf-8"))
