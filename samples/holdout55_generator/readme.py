"""README.md for held-out round 55."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Evaluering av Samarbeidsrådet for yrkesopplæring",
     "KD's evaluation of SRY and the faglige råd (evaluering → FoU), not a seat in it"),
    ("LO", "Samling for LO-forbundenes medlemmer i de faglige rådene",
     "a gathering for the unions' own members of the faglige råd (samling → Arrangement); LO reports no SRY seat "
     "this year"),
    ("NHO", "NHOs innspill til KBU om kompetansebehov i reiselivet",
     "NHO Reiseliv's written input to KBU (Innspill → Informasjon), next to NHO's KBU seat"),
    ("Unio", "Kurs for Unios representanter i profesjonsrådene",
     "a course for Unio's own representatives in UHR's profesjonsråd, next to the UHR-FSE seat"),
    ("KS", "Regionalt kompetansebehovsutvalg for kommunesektoren i Innlandet",
     "a regional body built on the KBU model – KS's own Utvalg, not KBU"),
    ("Virke", "Frokostmøte om KBU-rapporten 2075",
     "a breakfast meeting about the KBU report (no type given → Arrangement)"),
    ("Spekter", "Spekters oppsummering til RSA-ene om praksisplasser",
     "a memo sent to the RSA councils (Notat → Informasjon), not a seat in them"),
    ("VOFO", "Webinar om NFKs kvalitetskriterier for studieforbundenes veiledere",
     "a webinar about the forum's recommendations, next to VOFO's NFK seat"),
    ("UHR", "Felles mal for årsrapporter fra RSA",
     "a reporting template for the RSA councils (veileder → Informasjon), next to the RSA row itself"),
    ("Sametinget", "Samisk rådgivernettverk etter modell av Nasjonalt forum for karriereveiledning",
     "a Sámi network modelled on NFK – Sametinget's own network, next to its NFK seat"),
    ("Nordland fylkeskommune", "Arbeidslivsråd for Helgeland etter RSA-modellen",
     "a regional council modelled on the universities' RSA, next to the county's RSA seat"),
    ("Møre og Romsdal fylkeskommune", "Fylkesvis fagskuleråd for Møre og Romsdal",
     "a county fagskuleråd modelled on the national one, next to the county's FSR seat"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell, label, note or paragraph joined with a space); they are empty where the file gives "
    "none ('–', 'ingen' or a missing key/attribute counts as none).",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it), J01–J06 = joint measures reported by two or three members in their own words, U01.. = a member's own "
    "measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Utvalg / utvalg / Råd / råd / Rådsarbeid / "
    "rådsarbeid / 'Råd/utvalg' / Nettverk / nettverk / Forum / Allianse / #råd / #nettverk → Råd/utvalg/nettverk; "
    "utredning / evaluering / Undersøkelse / Analyse / kartlegging → FoU; kurs / Kurs / 'opplæring mot fagbrev' / "
    "Opplæring / opplæring / Opplæringstilbod / opplæringstilbud / Utdanning / Utdanningstilbud / Stipend / "
    "E-læring / Kompetanseløp / Program / 'tilskudd til utdanningstilbud' / 'tilskuddsordning for opplæring' / "
    "#utdanning → Kurs/utdanning; Prosjekt / prosjekt / Pilot / Forsøk → Prosjekt; Innspill / Kampanje / #kampanje / Nettside / "
    "Notat / veileder / Veiledning (advice to members) / 'Digital tjeneste' → Informasjon; samling / Seminar / Webinar / Arrangement / #arrangement "
    "→ Arrangement. Akademikerne's types come from speech: 'det er et kurs', 'Det er et prosjekt', 'nettverksmøter', "
    "'en undersøkelse', a seat in a council.",
    "Rows without a type in the file carry the type a secretariat would choose: NHO 'Yrkes-NM 2075 i Bodø' "
    "(Arrangement), LO 'Kompetansedag for tillitsvalde i reiselivet' (Arrangement), Unio 'Seniorseminar om læring "
    "sent i yrkeslivet' (no label; Arrangement), YS 'Yrkesfagdagen i Delta' (empty cell; Arrangement), Virke "
    "'Frokostmøte om KBU-rapporten 2075' (empty select; Arrangement), VOFO 'Læringsfestivalen 2075' (no term; "
    "Arrangement), UHR 'Nasjonal EVU-konferanse 2075' (no type key; Arrangement), Fagskolerådet 'Studentundersøkelse "
    "blant fagskolestudenter' (no hashtag; FoU), Sametinget 'Samisk språkkurs for ansatte i helse og omsorg' (no "
    "Type label; Kurs/utdanning), Akademikerne 'Karrierenettverk for seniorakademikere' (only 'nettverksmøter' in "
    "the speech; Råd/utvalg/nettverk).",
    "Delmål given in words only is resolved to its code: Regjeringen 'Koble kompetansebehov i virksomhetene til "
    "utdanningstilbydere' = 2.4; LO (Nynorsk) 'målet om å kople kompetansebehova i verksemdene til "
    "utdanningstilboda' = 2.4; NHO 'Gjøre yrkesfagene og karrieremulighetene kjent' = 2.3 and 'Samarbeid mellom "
    "utdanning og arbeidsliv' = 1.4; KS, Unio, Virke, Spekter, Fagskolerådet and Akademikerne 'kunnskap(sgrunnlaget) "
    "om læring i arbeidslivet' = 2.2; YS 'Koble kompetansebehov til utdanningstilbud' = 2.4 and 'Synliggjøre "
    "karrieremuligheter i yrkesfagene' = 2.3; Akademikerne 'karriereveiledning i strategien' = 1.3; Spekter "
    "'Dokumentere kompetanse fra arbeidslivet' = 2.5; VOFO 'Læring i frivillig sektor' = 3.6; UHR 'Samarbeid mellom "
    "utdanning og arbeidsliv' = 1.4 and 'Koble kompetansebehov og utdanningstilbud' = 2.4; Fagskolerådet 'Koble "
    "kompetansebehov i virksomhetene til utdanningstilbud' = 2.4; Sametinget 'Kompetansepluss' = 3.2 and "
    "'Karriereveiledning' = 1.3; Nordland 'Samarbeid mellom utdanning og arbeidsliv' = 1.4; Møre og Romsdal "
    "'Regionalt kompetansesamarbeid' = 1.2 and 'Fleksibel opplæring for vaksne' = 3.1. Delmål given only by "
    "structure: Unio (the parent topic in the mind map) and Fagskolerådet (the parent bullet in the outline). "
    "YS stores the delmål as a number cell (1.4, 2.1, 3.3); UHR once as a bare YAML number (2.4); KS once with a "
    "decimal comma ('2,5').",
    "Responsible and partners: LO's responsible is the sending unit named in each mail (Per Kvam's mail says "
    "'alt med LOs utdanningsavdeling som ansvarlig'; Fagforbundet's numbered points have 'Ansvar:'; LO i Vestland's "
    "Nynorsk prose says 'Ansvarleg var …, saman med …'); Akademikerne's come from the next utterance ('Skal vi si at "
    "ansvarlig er Akademikerne der? Og samarbeidspartner er …'), one measure has none; UHR's samarbeid is a YAML "
    "list joined with ', ' (verify checks it part by part); Nordland's come from the feature attributes; Regjeringen's "
    "only from the endnotes; Spekter's descriptions only from the sticky-note comments.",
    "Containers and hidden places: the Regjeringen facts are only in word/endnotes.xml; the LO measures are spread "
    "over several mails in one mbox; the NHO descriptions are only in the notes part of each notes page; the KS "
    "measures only in the Windows-1252 CSV attachment (base64); the Virke descriptions only in each row's own "
    "Markdown page; the Spekter descriptions only in /Contents of Text annotations; the VOFO facts in wp:postmeta. "
    "All rows belong to the file named in `source_file`.",
    "Council units and forms named instead of the council: NHO, KS, YS and Virke name SRY or the faglige råd; Unio "
    "'Nasjonalt profesjonsråd for sykepleie (UHR)', Akademikerne 'Nasjonalt råd for teknologisk utdanning', Spekter "
    "'UHR-Helse og velferd' and UHR 'Nasjonalt råd for lærerutdanning (NRLU)' (all UHR-FSE); UHR names the RSA "
    "councils collectively ('RSA-ene ved universitetene og høyskolene'), Nordland and Møre og Romsdal the RSA of "
    "their university; Møre og Romsdal writes 'Nasjonalt fagskuleråd' (Nynorsk), Fagskolerådet reports the "
    "council's meetings (FSR); Sametinget writes 'Sametingets deltakelse i Nasjonalt forum for karriereveiledning'.",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    L = ["# Held-out round 55 – reporting year 2075", "",
         "Regenerate with `python -m samples.holdout55_generator` (writes `samples/holdout55`); check with "
         "`python -m samples.holdout55_generator.verify`. The build is deterministic (fixed dates, metadata, ids, "
         "boundaries and zip timestamps), so a rebuild gives byte-identical files; `verify` rebuilds into a "
         "temporary folder and compares.", "",
         "Every report covers the measures of 2075. Items that a file marks as finished in 2074 or planned for 2076 "
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
    L.append("- The vCard file is the secretariat's address book export of the members' reporting contacts; its "
             "titles and notes name KBU, SRY, Nasjonalt fagskoleråd, NFK, Yrkes-NM 2075, Ord på jobb, DigiVakt and "
             "FAH, but it reports nothing, so it has no rows.")
    L.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(L) + "\n").encode("utf-8"))
