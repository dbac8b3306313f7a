"""README.md for held-out round 53."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Gjennomgang av mandatet til Kompetansebehovsutvalget",
     "a review of KBU's mandate (FoU), in the same table as the KBU row itself"),
    ("LO", "Skolering av LOs representanter i yrkesopplæringsnemndene",
     "training LO's own members of the county vocational boards"),
    ("NHO", "Undersøkelse blant NHOs representanter i de faglige rådene",
     "a survey of NHO's members of the faglige råd (FoU)"),
    ("KS", "Webinarrekke: Hva betyr KBU-rapporten for kommunene?",
     "webinars about the KBU report, drawn in the diagram's 1.1 (KBU) branch"),
    ("UHR", "Nasjonal samling for RSA-ledere 2073", "a conference for the leaders of the RSA councils"),
    ("Fagskolerådet", "Innspill til Nasjonalt råd for fagskoleutdanning om ny finansieringsmodell",
     "a written input to the council, in the same lane as the seat in it"),
    ("Kompetanseforbundet", "Høringssvaret om nytt mandat for NFK", "a consultation answer about NFK"),
    ("Møre og Romsdal fylkeskommune", "Kartlegging av RSA-arbeidet ved NTNU i Ålesund",
     "a survey of how the RSA works, next to the county's own RSA seat"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or label joined with a space); they are empty where the file gives none ('–' counts "
    "as none).",
    "`type` is the secretariat's reading of the member's own word or of what the file shows instead: Utvalg/Forum/"
    "Rådsarbeid/Partssamarbeid/Partnerskap/Partnarskap/Nettverk → Råd/utvalg/nettverk; Utredning/Kartlegging/"
    "Medlemsundersøkelse/Statistikk → FoU; Tilskudd (to course programmes), Kompetanseheving, Opplæring, Nettkurs, "
    "Bransjeprogram, Studiesirkel, Lederutvikling, Lederprogram, Etter- og vidareutdanning → Kurs/utdanning; "
    "Forsøk/Pilot/Samarbeidsprosjekt → Prosjekt; Digital tjeneste/Digitalt verktøy/Nettportal/Kampanje/Innspill/"
    "Høringssvar → Informasjon; Mesterskap/Webinarrekke/Samling/Webinarrekka/prize ceremony → Arrangement. Where a file "
    "gives no type (council seats without a word, the chat, the note screenshots), the row has the type the "
    "secretariat would give. Type given only by a Planner bucket (Troms og Finnmark), by a draw.io shape explained on "
    "the legend page (Fagskolerådet) or by a drop-down save code (Spekter: 1–6 = the six types, 7 = Annet + free "
    "text) is resolved the same way.",
    "Delmål given only by a SmartArt connection (KS), a swimlane (Fagskolerådet), a Planner label (Troms og Finnmark) "
    "or in words only (NHO 'Koble bedriftenes kompetansebehov til utdanningstilbudene' = 2.4, 'Synliggjøre "
    "yrkesfagene (2.3)'; UHR 'Samarbeid med arbeidslivet' = 1.4; VOFO 'Kunnskapsgrunnlaget om læring' = 2.2) is "
    "resolved to its code. In the WhatsApp chat the delmål of a measure is answered in a later message.",
    "Image-only reports: `Akademikernes tiltak 2073.eml` (two dark-mode phone screenshots, white on black, the second "
    "scrolled so one item is in both and another is cut at the top edge) and `Scan_20740127_093112.pdf` (JPEG 2000 page images, page 2 upside "
    "down). Their truth follows the pixels; `verify` checks them by OCR (inverted, resp. both orientations) and a "
    "fuzzy match.",
    "Containers: the LO letter is only inside winmail.dat (TNEF) of the .eml; the NHO table is only in the XLSX "
    "embedded in the PDF (added by an incremental update); the Spekter answers are only in the XFA datasets packet "
    "(the page says 'Please wait...'); the Fagskolerådet diagram pages are deflate-compressed inside the .drawio; the "
    "UHR rows come from the child pages of a Confluence export; the Møre og Romsdal rows are attributes of KML "
    "placemarks. All rows belong to the container file named in `source_file`.",
    "Akademikerne (note screenshots) and Kompetanseforbundet (chat): `tiltak` is the part before the colon or dash "
    "that opens the item, `beskrivelse` the rest without the trailing 'Dm x.y' / delmål remark; the DigiKlar "
    "partner comes from 'sammen med VOFO'; Kompetanseforbundet's prize has the responsibility settled in a reply "
    "('skriv Kompetanseforbundet').",
    "Units named instead of the council: KS 'Faglig råd for helse- og oppvekstfag' (SRY), Unio "
    "'UHR-Lærerutdanning', Spekter 'NRHS', Akademikerne 'NRT – Nasjonalt råd for teknologisk utdanning (UHR)' "
    "(all UHR-FSE). Vestland and Møre og Romsdal name Nasjonalt fagskuleråd in Nynorsk; Fagskolerådet and LO write "
    "'Nasjonalt råd for fagskoleutdanning' / 'Nasjonalt fagskoleråd' (all FSR).",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    L = ["# Held-out round 53 – reporting year 2073", "",
         "Regenerate with `python -m samples.holdout53_generator` (writes `samples/holdout53`); check with "
         "`python -m samples.holdout53_generator.verify`. The build is deterministic (fixed dates, metadata, seeds, "
         "ids and zip timestamps), so a rebuild gives byte-identical files.", "",
         "Every report covers the measures of 2073. Items that a file marks as finished in 2072 or planned for 2074 "
         "are not truth rows (see Notes for each file).", "",
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
    L += ["", "## Counts", "",
          f"- Files: {len(per_file)} ({len(members)} member reports from {len(set(members))} different members, "
          f"{len(per_file) - len(members)} document that is not a member report)",
          f"- Truth rows: {len(rows)}",
          f"- Shared-council seats (M): {sum(seeds[k] for k in m_ids)} rows in {len(m_ids)} measures ("
          + ", ".join(f"{k}×{seeds[k]}" for k in m_ids) + ")",
          f"- Joint measures (J): {sum(seeds[k] for k in j_ids)} rows in {len(j_ids)} measures ("
          + ", ".join(f"{k}×{seeds[k]}" for k in j_ids) + ")",
          f"- Single-member measures (U): {len(u)} rows, of them {len(TRAPS)} traps (see Notes)",
          "- Types: " + ", ".join(f"{t} {types[t]}" for t in TYPES_ORDER),
          "- Delmål: " + ", ".join(f"{k} {dm[k]}" for k in sorted(dm, key=lambda c: tuple(map(int, c.split("."))))),
          "", "Council ids: " + ", ".join(f"{k} = {v}" for k, v in COUNCILS.items())
          + " (FSR = Nasjonalt fagskoleråd; UHR-FSE = UHR's fagstrategiske enheter and their units).", "",
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
    L.append("- The NDR (.eml) is the secretariat's own bounced reminder; it names councils and joint measures as "
             "examples but reports nothing, so it has no rows.")
    L.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(L) + "\n").encode("utf-8"))
