"""README.md for the round, with counts computed from the truth rows."""
from __future__ import annotations

from collections import OrderedDict

from .common import Row

SHARED_NAMES = {
    "M01": "Kompetansebehovsutvalget (KBU)",
    "M02": "Samarbeidsrådet for yrkesopplæring (SRY)",
    "M03": "Råd for samarbeid med arbeidslivet (RSA)",
    "M04": "UHRs fagstrategiske enheter (UHR-FSE)",
    "M05": "Nasjonalt fagskoleråd (FSR)",
    "M06": "Nasjonalt forum for karriereveiledning (NFK)",
    "J01": "KOMPASS – kompetanseløft for omstilling i verftsindustrien",
    "J02": "Yrkesfagløftet Nord (YLN)",
    "J03": "DIGILØFT – digitalt grunnløft",
    "J04": "RKV-Arbeid – realkompetansevurdering i arbeidslivet",
    "J05": "NORA – norsk på arbeidsplassen",
}
TRAPS = [
    ("R101", "Regjeringen", "Ekstern gjennomgang av KBUs mandat – a review of the council, not the council"),
    ("R105", "LO", "Kunnskapsnotat til KBU – input to the council's report"),
    ("R107", "NHO", "Opplæring av NHOs representanter i SRY og de faglige rådene – training its own representatives"),
    ("R108", "NHO", "KOMPASS 2 – forprosjekt havbruk – a new phase of the joint project, NHO only"),
    ("R111", "Virke", "Følgeevaluering av DIGILØFT – an evaluation of the joint project"),
    ("R115", "Spekter", "Webinar om NORA for HR-ledere – an event about the joint project"),
    ("R117", "UHR", "Kartlegging av RSA-ordningen – a survey of the councils"),
    ("R127", "Fagskolerådet", "Fagskuledagen 2057 – a seminar about Nasjonalt fagskuleråd (Nynorsk)"),
    ("R130", "Vestland fylkeskommune", "Regionalt forum for karrierevegleiing i Vestland – a regional version of NFK"),
]
STRUCTURAL = [
    "NHO draft (`NHO_tiltaksrapport_2057_UTKAST_v0.3.docx`) is superseded by the xlsx: zero truth rows.",
    "Secretariat minutes (`Sekretariatet_referat_moete_4-2057.pdf`) are not a member report: zero rows, "
    "but a table with Sak/Tema/Konklusjon/Ansvar naming KBU, SRY, RSA, KOMPASS, DIGILØFT, NORA and Yrkesfagløftet Nord.",
    "NHO xlsx: hidden example row 5 ('Eksempel: Navn på tiltaket'), hidden column I, a 'Delmål' lookup sheet "
    "(16 code/text rows) and a hidden sheet '2056 (arkiv)' with last year's measures – none are truth rows; "
    "delmål stored as numbers with format 0.0; one type left blank (truth: Kurs/utdanning).",
    "Spekter slide 2 (agenda) lists all five names again; Nordland table 2 (budget) repeats all four names.",
    "Akademikerne: last table row is an unfilled content-control placeholder ('Klikk eller trykk her …').",
    "YS e-mail quotes the secretariat's request, which lists the six type names.",
    "Unio table continues over a page break with the header repeated.",
    "Delmål not given as a code: LO (only the innsatsområde section and the wording of the description "
    "point to it), YS (words in parentheses), VOFO's «Lærelyst» (words only); code + short text: Virke, UHR, "
    "Akademikerne, Nordland; code in a closing sentence: KS; code only elsewhere (numeric cells in the NHO xlsx).",
    "Types in the member's own words (Utvalg, Utredning, Forsøk, Kampanje, Tilskuddsordning, Nettverk, Samling, "
    "Kartlegging, Webinar, Satsing, Pilot, Tjeneste, Konferanse, Verksted / samling, Digital tjeneste, Studietilbud, …) "
    "or missing (LO, YS, KS, Fagskolerådet once, NHO once); truth gives the secretariat's classification.",
]


def write_readme(rows: list[Row], per_file, soffice_files, path: str) -> None:
    labels: "OrderedDict[str, list[Row]]" = OrderedDict()
    for r in rows:
        labels.setdefault(r.seed_row, []).append(r)
    multi = [(k, v) for k, v in labels.items() if len({r.member for r in v}) >= 2]
    multi.sort(key=lambda kv: kv[0])
    L = ["# Held-out round 36 (reporting year 2057)", "",
         "These files were written by other hands, from a data-only briefing (delmål codes and texts, "
         "the six types, member names and council ids), without reading the program, its parsers, tests, "
         "benchmarks, vocabularies or earlier rounds. They imitate what the secretariat of Kompetansepolitisk "
         "råd receives from council members for reporting year 2057: each member reports its tiltak under "
         "Nasjonal kompetansepolitisk strategi in its own format and words, in Bokmål or Nynorsk.", "",
         "Rebuild (from the repository root):", "",
         "    python -m samples.holdout37_generator --out samples/holdout37",
         "", "Add `--check` to verify that every truth row's text occurs in its document.", "",
         "## Pinning", "",
         "- Word and Excel files: core properties fixed (2057-11-20T09:00:00Z) and every zip entry rewritten "
         "with a fixed timestamp and attributes.",
         "- reportlab PDFs use `invariant=1` and the system DejaVu fonts; the scan uses a fixed random seed and "
         "Pillow's PDF writer with fixed dates.",
         "- No network, no clock, no randomness without a seed: two runs on the writer's machine gave "
         "byte-identical files for all documents, truth.csv and README.md. Caveat for the "
         "three files made by LibreOffice (`soffice --headless --convert-to`): "
         + ", ".join(f"`{f}`" for f in sorted(soffice_files))
         + ". These are made from pinned .docx sources; the ODT is then re-zipped with pinned meta dates and "
         "rsid. With the same LibreOffice installation two runs gave identical bytes for these too, but "
         "another LibreOffice version will write different bytes (generator string, internal ids, RTF/DOC "
         "layout), so only their text content is guaranteed stable across machines.",
         "", "## Counts", "",
         f"- files: {len(per_file)} (two of them have zero truth rows: a superseded draft and the "
         "secretariat's minutes)",
         f"- truth rows: {len(rows)}",
         f"- distinct measures (distinct `seed_row` labels): {len(labels)}",
         f"- measures reported by 2+ members: {len(multi)}", ""]
    for k, v in multi:
        L.append(f"  - {k} {SHARED_NAMES.get(k, v[0].tiltak)} (delmål {v[0].delmal}): "
                 + "; ".join(f"{r.member} as “{r.tiltak}”" for r in v))
    L += ["", "## Labels", "",
          "- `M01`–`M06`: the shared councils of the briefing (M01 KBU, M02 SRY, M03 RSA, M04 UHR-FSE, "
          "M05 FSR, M06 NFK). Each is reported by 2–3 members with different phrasing of participation "
          "(seat, member of, represented, appoints representatives, contributes to a named sub-unit, leads a "
          "working group, the council as subject, Nynorsk name, abbreviation, genitive). Rows with the same "
          "label are one measure for deduplication.",
          "- `J01`–`J05`: joint projects run by several members under one proper name or acronym, written "
          "in full or short and described differently; same delmål in every row.",
          "- `R101`…: measures of a single member. Traps are among them: they name a council or a joint "
          "project but are the member's own measure and must not be merged with it.", "",
          "### Traps that mention a council or project", ""]
    L += [f"- {k} ({m}): {t}" for k, m, t in TRAPS]
    L += ["", "### Structural traps", ""] + [f"- {s}" for s in STRUCTURAL]
    L += ["", "## Files", "", "| file | member | rows | shape |", "|---|---|---|---|"]
    for fname, who, n, shape in per_file:
        L.append(f"| `{fname}` | {who} | {n} | {shape} |")
    L += ["", "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, "
          "samarbeidspartnere, beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are "
          "copied as written in the document (empty where the document has no such field); `type` is the "
          "secretariat's classification into the six types even where the document uses its own word or none.",
          ""]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
