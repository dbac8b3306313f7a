"""README.md for held-out round 56."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Innspillsmøte om KBU-rapporten 2076",
     "a meeting KD held with the parties about KBU's report (Tiltakstype empty → Arrangement), next to the KBU row"),
    ("LO", "Forberedelseskurs for LOs nye medlemmer i de faglige rådene",
     "training LO's own new members of the faglige råd (kurs → Kurs/utdanning); LO reports no SRY seat"),
    ("NHO", "NHO Agder i yrkesopplæringsnemnda",
     "a seat in the county's yrkesopplæringsnemnd – a regional body, not SRY (Regional representasjon → "
     "Råd/utvalg/nettverk)"),
    ("Unio", "Samling for Unios RSA-representanter",
     "a gathering for Unio's own representatives in the RSA councils (no kind tag → Arrangement), next to Unio's "
     "RSA seat"),
    ("YS", "Samling for YTF-medlemene i dei faglege råda",
     "a gathering of YTF's members of the faglige råd (samling → Arrangement), next to YS's SRY seat"),
    ("Virke", "Virkes innspill til SRYs rapport om tilbudsstrukturen",
     "written input to SRY's report (Innspill → Informasjon), next to Virke's SRY seat"),
    ("Spekter", "Felles innspill til UHR-Helse og velferd om praksisstudier",
     "a memo to the UHR unit (innspill → Informasjon), next to Spekter's seat in it"),
    ("VOFO", "VOFOs innspill til NFKs kvalitetsrammeverk",
     "input to the forum's quality framework (a CreativeWork without additionalType → Informasjon), next to VOFO's "
     "NFK seat"),
    ("UHR", "Opplæring av nye RSA-ledere",
     "a course for the new RSA leaders (Kurs), next to the RSA row itself"),
    ("Sametinget", "Samisk oversettelse av NFKs kvalitetsrammeverk",
     "a translation of the forum's framework (Oversettelse → Informasjon), next to Sametinget's NFK seat"),
    ("Kompetanseforbundet", "Medlemsbrev om arbeidet i NFK",
     "letters to members about the forum's work (medlemsbrev → Informasjon), next to the NFK seat"),
    ("Vestland fylkeskommune", "Rapport til Nasjonalt fagskuleråd om fagskuletilbodet i Vestland",
     "a report sent to the council (rapport → Informasjon), next to the county's FSR seat"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell, note, message or paragraph joined with a space; wiki-link brackets and HTML tags "
    "removed); they are empty where the file gives none.",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it), J01–J06 = joint measures reported by two or three members in their own words, U01.. = a member's own "
    "measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Utvalg / Forum / forum / Råd / råd / rådsarbeid / "
    "Rådsarbeid / råd/utvalg / 'Råd/forum' / Nettverk / 'Fagstrategisk enhet' / 'Regional representasjon' / @råd → "
    "Råd/utvalg/nettverk; Evaluering / Kartlegging / kartlegging / undersøkelse / Kunnskapsnotat → FoU; "
    "Tilskuddsordning / Program / Kompetanseprogram / kurs / Kurs / opplæring / Opplæringstilbud / @kurs → "
    "Kurs/utdanning; Utviklingsprosjekt / Prosjekt / prosjekt / Pilot / @prosjekt → Prosjekt; Innspill / innspill / "
    "Veileder / Oversettelse / medlemsbrev / rapport → Informasjon; Arrangement / arrangement / seminar / samling / "
    "@arrangement → Arrangement. A seat in a council is always Råd/utvalg/nettverk.",
    "Rows without a type in the file carry the type a secretariat would choose: Regjeringen 'Innspillsmøte om "
    "KBU-rapporten 2076' (empty Tiltakstype; Arrangement), LO 'Kompetanseplan på hver arbeidsplass – kurs for "
    "tillitsvalde' (no type property; Kurs/utdanning), NHO 'NHOs kompetansebarometer 2076' (empty field; FoU), Unio "
    "'Samling for Unios RSA-representanter' (no kind tag; Arrangement), KS 'Desentralisert utdanning for "
    "helsefagarbeidere' (no type parameter; Kurs/utdanning), YS 'Nettverk for tillitsvalgte i varehandelen om "
    "kompetanse' (Negotia's post names no kind; Råd/utvalg/nettverk), Virke 'HR-frokost om kompetanseplanlegging' (tag line "
    "has only the delmål; Arrangement), Akademikerne 'EVU-stipend fra Samfunnsviterne' (no 'Type:' bullet; "
    "Kurs/utdanning), Spekter 'Lederprogram i kompetanseplanlegging' (Kurs/utdanning), VOFO 'Læringsfestivalen 2076' "
    "(an Event without additionalType; Arrangement) and 'VOFOs innspill til NFKs kvalitetsrammeverk' (Informasjon), "
    "UHR 'Nasjonal konferanse om arbeidsrelevans' (no Type bullet; Arrangement), Fagskolerådet 'Kartlegging av "
    "realkompetansevurdering i fagskolene' (no label; FoU), Sametinget 'Fagbrev i duodji for voksne' (no fact line; "
    "Kurs/utdanning), Kompetanseforbundet 'Webinarserie om voksnes læringsglede' (no @type; Arrangement), Vestland "
    "'Karriererettleiing på arbeidsplassen – pilot' (no Type line; Prosjekt).",
    "Delmål given in words only is resolved to its code: LO (Nynorsk sentence) 'kople kompetansebehov i verksemdene "
    "til relevante utdanningstilbod' = 2.4; NHO (in the notes) 'synliggjøre karrieremulighetene i yrkesfagene' = "
    "2.3; Unio 'Karriereveiledning for alle' = 1.3; KS 'Styrke den digitale kompetansen i hele arbeidsstyrken' = 2.1 "
    "and 'Koble kompetansebehov og utdanningstilbud' = 2.4; YS (Delta) 'synliggjøre karrieremulighetene i "
    "yrkesfagene' = 2.3; Virke 'Samarbeid mellom utdanning og arbeidsliv' = 1.4 and 'Koble kompetansebehov og "
    "utdanningstilbud' = 2.4; Akademikerne 'Koble kompetansebehov og utdanningstilbud' = 2.4; Spekter 'koble "
    "kompetansebehov og utdanningstilbud' = 2.4; VOFO 'Læring i frivillig sektor' = 3.6; UHR 'Kunnskap om læring i "
    "arbeidslivet' = 2.2; Fagskolerådet 'Dokumentere kompetanse fra arbeidslivet' = 2.5; Sametinget "
    "'Karriereveiledning' = 1.3 and 'Kompetansepluss' = 3.2; Kompetanseforbundet 'Kunnskap om læring i "
    "arbeidslivet' = 2.2; Vestland (Nynorsk) 'Regionalt kompetansesamarbeid' = 1.2, 'Kople kompetansebehov i "
    "verksemdene til utdanningstilbod' = 2.4 and 'Synleggjere karrieremoglegheitene i yrkesfaga' = 2.3. Delmål given "
    "only by structure: KS (the wiki heading above the template call), UHR (the first slide of the vertical stack), "
    "Fagskolerådet (the Todoist section), Kompetanseforbundet (the TaskPaper project), Vestland (the Padlet "
    "Section column) and Sametinget 'Fagbrev i duodji for voksne' (the column heading frame above it). Regjeringen's "
    "'Nasjonalt forum for karriereveiledning' has an empty Delmål field and the label 'delmal-1.3'; Akademikerne's "
    "KBU row has the attribute reference {dm-kbu}, defined in the document header as '1.1 Kompetansebehovsutvalget'; "
    "VOFO refers to DefinedTerm nodes by @id (termCode) or gives 'keywords: delmål 3.2'.",
    "Responsible and partners: Regjeringen's from the custom fields; LO's from the 'Ansvar::' / 'Med::' inline "
    "fields (wiki links without brackets, joined with ', '); YS's and Spekter's from each chat message (the "
    "poster's federation or 'Ansvar:'); VOFO's from provider / organizer / author and funder / contributor (a list, "
    "joined with ', ' – verify checks it part by part); Akademikerne's table cell 'Ansvar og samarbeid' reads "
    "'Akademikerne'; Vestland's from the 'Ansvarleg:' / 'Partnarar:' lines in the Padlet body.",
    "Containers and hidden places: LO's measures are spread over Markdown notes in a zipped vault; Spekter's over "
    "thread replies in two day files of a Slack export; the KS measures are template calls inside the latest "
    "revision's wikitext (the first revision is a draft); UHR's descriptions are only in speaker notes; Unio's "
    "bodies are ENML inside CDATA; the Sametinget names are ITEXT runs (one name split over three runs because "
    "'duodji' is italic); Virke's newsletter is windows-1252. All rows belong to the file named in `source_file`.",
    "Council units and forms named instead of the council: KS writes 'Samarbeidsrådet for yrkesopplæring (SRY)', "
    "YS 'Samarbeidsrådet for yrkesopplæring', Virke 'SRY og de faglige rådene', Spekter 'SRY' (all M02); Akademikerne "
    "'Nasjonalt profesjonsråd for medisin (UHR)', Spekter 'UHR-Helse og velferd' and UHR 'Nasjonalt råd for "
    "økonomisk-administrativ utdanning (NRØA)' (all M04, UHR-FSE); UHR names the RSA councils collectively, Unio and "
    "Vestland the RSA of one institution (OsloMet, HVL) (M03); Vestland writes 'Nasjonalt fagskuleråd' (Nynorsk) and "
    "Fagskolerådet reports the council's meetings (M05); Kompetanseforbundet, VOFO, Sametinget and Regjeringen name "
    "Nasjonalt forum for karriereveiledning (M06).",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    L = ["# Held-out round 56 – reporting year 2076", "",
         "Regenerate with `python -m samples.holdout56_generator` (writes `samples/holdout56`); check with "
         "`python -m samples.holdout56_generator.verify`. The build is deterministic (fixed dates, metadata, ids, "
         "boundaries and zip timestamps), so a rebuild gives byte-identical files; `verify` rebuilds into a "
         "temporary folder and compares.", "",
         "Every report covers the measures of 2076. Items that a file marks as finished in 2075 or planned for 2077 "
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
    L.append("- The Turtle file is HK-dir's DCAT-AP-NO dataset catalogue, forwarded for information; its titles, "
             "descriptions and keywords name KBU, SRY and the faglige råd, Realkompetanseportalen (RKP), Grønn "
             "fagarbeider and Yrkesfaguka 2076, but it reports nothing, so it has no rows.")
    L.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(L) + "\n").encode("utf-8"))
