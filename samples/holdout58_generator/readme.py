"""README.md for held-out round 58."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Regionale seminarer om KBU-rapporten",
     "seminars KD held about KBU's report (SEMINARSERIE → Arrangement), right under the KBU entry"),
    ("LO", "Opplæring av LOs nye representanter i SRY-systemet",
     "a course for LO's own new representatives (KPR-kategori Skolering → Kurs/utdanning), next to LO's SRY seat"),
    ("NHO", "NHOs innspill til Nasjonalt fagskoleråds arbeidsprogram",
     "written input to the council's work programme (Innspill → Informasjon), in the same pivot group as NHO's FSR "
     "seat"),
    ("KS", "Regionalt SRY-nettverk i Nordland",
     "a regional network modelled on SRY (Nettverk → Råd/utvalg/nettverk, but KS's own measure, delmål 1.2)"),
    ("YS", "YS-kurs for medlemmer i faglige råd",
     "a course for YS members new in the faglige råd under SRY (Kurs → Kurs/utdanning)"),
    ("Akademikerne", "Innspill til KBU om kompetansebehov i helse",
     "a note sent to KBU's secretariat (only implied: 'Notatet ble sendt' → Informasjon), right under Akademikerne's "
     "KBU seat"),
    ("Spekter", "Seminar for helseforetakenes medlemmer i UHR-Helse og velferd",
     "a seminar for the health trusts' members of the UHR unit (pink note → Arrangement), next to Spekter's seat in "
     "it"),
    ("VOFO", "Kurs om NFKs kvalitetsrammeverk for studieforbundenes veiledere",
     "a course about the forum's quality framework (Form: kurs → Kurs/utdanning), under VOFO's NFK seat"),
    ("UHR", "Veileder for RSA-arbeidet",
     "a guide for the RSA councils (Virkemiddel Veileder → Informasjon), next to the RSA row"),
    ("Fagskolerådet", "Innspel til KBU om fagskulekompetanse",
     "a note to KBU (innspel → Informasjon); Fagskolerådet has no KBU seat"),
    ("Sametinget", "Samisk innspill til Kompetansebehovsutvalget",
     "written input to KBU (Slag Innspill → Informasjon) in the table of Sametinget's own measures"),
    ("Vestland fylkeskommune", "Kompetansebehovspanelet for Vestland",
     "a regional panel modelled on KBU (no kind given → Råd/utvalg/nettverk, the county's own measure, delmål 1.2)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or paragraph joined with a space); `samarbeidspartnere` is empty where the file "
    "names no partner. Descriptions: UHR's is the 'Resultat 2078' cell, Akademikerne's the sentence under the bold "
    "name in 'Hva', Kompetanseforbundet's the first indented paragraph, Sametinget's the entry in 'Kort om "
    "tiltakene', VOFO's the leaflet text under the heading.",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; note that the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two "
    "or three members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Utvalg / Forum / Rådsarbeid / Råd og utvalg / "
    "Nettverk / Partssamarbeid / Fagstrategisk enhet / rådsarbeid / 'råd og nettverk' / green note / blue row → "
    "Råd/utvalg/nettverk; Evaluering / Utredning / Analyse / Undersøkelse / Kartlegging / orange note / orange row → "
    "FoU; Tilskuddsordning / Skolering / Opplæring / Opplæringsprogram / Kurs / kurs / Lederprogram / studiesirkel / "
    "nettkurs / green row / yellow note (legend only) → Kurs/utdanning; Forsøk / Prosjekt / Utviklingsarbeid / "
    "Utviklingsprosjekt / utviklingsprosjekt / blue note / yellow row → Prosjekt; Nettjeneste / Kampanje / Innspill / "
    "innspel / Informasjon / Veileder / 'Digitalt verktøy og veiledning' → Informasjon; Seminarserie / Møteplass / "
    "møteplass / Arrangement / festival / pink note / lilac row → Arrangement. A seat in a council is always "
    "Råd/utvalg/nettverk. LO's column Aktivitetstype (Avtale / Oppgave / Kampanjeaktivitet) is the CRM's record "
    "kind, not the measure type; the type is in KPR-kategori.",
    "Rows without a type word carry the type a secretariat would choose: Unio 'Undersøkelse om kompetanseutvikling "
    "i helsesektoren' (white row; FoU); KS 'Kompetansepluss i kommunalt renhold og kantine' (empty Type cell; "
    "Kurs/utdanning); Akademikerne – no type anywhere, only the 'Hvordan' sentence: seat (Råd/utvalg/nettverk), "
    "note sent (Informasjon), survey (FoU), course evenings (Kurs/utdanning), 'eget utviklingsløp' (Prosjekt); "
    "Kompetanseforbundet – only implied: member of the forum (Råd/utvalg/nettverk), 'Undersøkelsen' (FoU), "
    "'Prosjektet' (Prosjekt), 'Fem moduler … veiledere fullførte' (Kurs/utdanning), 'Konferansen' (Arrangement); "
    "Sametinget's right-hand table has no kind column (role 'Observatør' → Råd/utvalg/nettverk); Vestland "
    "fylkeskommune gives no kind at all: the two seats and the panel Råd/utvalg/nettverk, Fagbrevfestivalen "
    "Arrangement, 'Vaksenopplæring på arbeidsplassen' Kurs/utdanning, 'Språkpraksis i kommunale verksemder' "
    "Prosjekt. Unio and Spekter give the kind only by colour (Unio's key above the table, Spekter's 'Fargekoder' "
    "frame).",
    "Delmål given in words only is resolved to its code: Unio 'Samarbeid utdanning–arbeidsliv' = 1.4 and 'Kunnskap "
    "om læring i arbeidslivet' = 2.2; Akademikerne 'koble kompetansebehov til etter- og videreutdanningstilbud' = "
    "2.4 and 'enklere å få brukt utenlandsk utdanning' = 2.6 (the others name the code inside the sentence); VOFO "
    "'karriereveiledning' = 1.3, 'norskopplæring for innvandrere' = 3.4, 'Kompetansepluss' = 3.2, "
    "'læringsmotivasjon i frivillig sektor' = 3.6; Fagskolerådet (Nynorsk) 'dokumentere kompetanse frå "
    "arbeidslivet' = 2.5 and 'karrieremoglegheiter i yrkesfaga' = 2.3; Kompetanseforbundet 'kompetansen til "
    "karriereveiledere og rådgivere' = 1.3 and 'kunnskapsgrunnlaget om læring i arbeidslivet' = 2.2; Vestland "
    "(Nynorsk, own wording) 'Regionen skal samordne kompetansepolitikken' = 1.2, 'Alle skal ha tilgang til god "
    "karriererettleiing' = 1.3, 'Utdanningane skal svare på behova i arbeidslivet' = 1.4, 'Fleire skal velje og "
    "fullføre yrkesfag' = 2.3, 'Vaksne skal få opplæring som passar livet deira' = 3.1, 'Arbeidslivet skal i større "
    "grad vere ein stad å lære' = 3.3. Delmål given only by structure: Regjeringen (the section heading above the "
    "entry), NHO (the pivot group row; the Data sheet has the same code), Spekter (the cluster label above the "
    "note). Virke lists a measure once per goal it serves: the truth delmål is the row ticked ✓ in 'Hovedmål'.",
    "Reporting year: LO's export has no year column – the year is only in Forfallsdato (19.10.2077 and 31.03.2079 "
    "rows are not 2078's); NHO's Data sheet mixes 2077, 2078 and 2079 rows and only the pivot's report filter says "
    "2078; UHR's logframe has a row whose result is 'Gjennomført i 2077.' and one 'Oppstart 2079.'; Virke's status "
    "column says 'Avsluttet 2077' / 'Planlagt 2079'; Spekter's board has the frames 'Ferdig 2077' and "
    "'Parkeringsplass 2079'.",
    "Containers and hidden places: LO's delmål cells are backed by the hidden sheet 'hiddenSheet' (all sixteen "
    "delmål labels) and columns A–C are hidden; Regjeringen's names appear a second time in the 'Stikkordregister' "
    "among keywords; NHO's names appear in the pivot and on the Data sheet; KS's measures are in three tables with "
    "different column orders on one sheet; YS's delmål codes and type words also stand in the chart; Spekter's and "
    "Sametinget's layouts put text side by side, so plain extraction interleaves lines (verify reads Spekter's "
    "notes box by box and Sametinget's and UHR's table cells); Kompetanseforbundet's PDF has line numbers in the "
    "margin (verify strips them); VOFO's leaflet is image only (two scanned sides, the measures on page 2); "
    "Fagskolerådet's poster stores the 2079 and 2077 boxes before the measures.",
    "Responsible and partners: Regjeringen's from the lead line 'Ansvar … · Samarbeid …'; LO's Eier is a CRM team; "
    "Akademikerne's from the sentence 'X leder arbeidet, sammen med Y.'; Spekter's from 'Eier: … · Med: …' on "
    "the note; VOFO's from the leaflet text (VOFO where the text names no one else; partners 'Frivillighet Norge' "
    "and 'Drammen kommune' from one sentence, checked part by part); Kompetanseforbundet's from the third indented "
    "paragraph (partners 'KD og Spekter' checked part by part); Sametinget's ansvarlig from the line 'Sametinget er "
    "ansvarlig for alle tiltakene i denne tabellen.' (and for the observer seat from the description).",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    L = ["# Held-out round 58 – reporting year 2078", "",
         "Regenerate with `python -m samples.holdout58_generator` (writes `samples/holdout58`); check with "
         "`python -m samples.holdout58_generator.verify`. The build is deterministic (fixed dates, metadata, ids, "
         "boundaries and zip timestamps), so a rebuild gives byte-identical files; `verify` rebuilds into a "
         "temporary folder and compares.", "",
         "Every report covers the measures of 2078. Items that a file marks as finished in 2077 or planned for 2079 "
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
    L.append("- The eInnsyn print is the public mail journal of the secretariat's host for the week the reports came "
             "in; its entry titles name LO's and Vestland's reports, Seniorveiviseren, NFK, KBU, Norsk i praksis, "
             "Fagbrevfestivalen and Realkompetansebanken, but it reports no measures, so it has no rows.")
    L.append("- At least eleven files are in the formats members send most (PDF, DOCX, ODT, XLSX, scan): 15 here "
             "(nine PDFs of which one is a scan, two DOCX, three XLSX, one ODT); the other one is an ODG drawing.")
    L.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(L) + "\n").encode("utf-8"))
