"""README.md for held-out round 70."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("LO", "Lærlingløftet Vestfold og Telemark",
     "the LO district's own regional follow-up of small workshops, named like the joint project and the row right "
     "under it; «Den regionale satsingen er LO-distriktets egen og er ikke en del av det nasjonale Lærlingløftet» "
     "(Regionalt prosjekt → Prosjekt, the same «Hovedområde 2, nr. 3» as J02 = 2.3)"),
    ("NHO", "Medlemsundersøkelse om de faglige rådene",
     "NHO's own survey of its member firms about the faglige råd's work – about the SRY councils, not a seat in them "
     "– right under J02 and two rows under the SRY seat; «Undersøkelsen er NHOs egen og er ikke arbeid i rådene» "
     "(code A = Analyse og statistikk → FoU, delmål 2.3)"),
    ("KS", "Kompetanseløft i omsorg – Agder-piloten",
     "KS Agder's own online variant for night staff in seven municipalities, a regional version of J04 and the row "
     "right under it; «Piloten er KS Agders egen og er ikke en del av det nasjonale programmet» (Pilot → Prosjekt, "
     "the same delmål 2.4)"),
    ("Unio", "Innspillsnotat til KBU om lærer- og sykepleiermangel",
     "Unio's own written input to the committee, the item right after the KBU seat; «Notatet er Unios eget innspill "
     "og er ikke en del av utvalgets rapport» (Notat → FoU, Strategipunkt 1.1)"),
    ("Akademikerne", "Fordypningsanalyse om videreutdanning blant akademikere",
     "Samfunnsøkonomene's own analysis of the joint survey's figures, the row right under J03 with the same "
     "Strategimål words; «Analysen er Akademikernes egen og er ikke en del av Læringsbarometeret» (Analyse → FoU, "
     "2.2)"),
    ("Spekter", "Kartlegging av helseforetakenes erfaringer med RSA-rådene",
     "Spekter's own survey of the hospital trusts about the RSA councils, in table B, while the RSA seat is in table "
     "A; «Kartleggingen er Spekters egen og er ikke arbeid i rådene» (Kartlegging → FoU, 1.4)"),
    ("UHR", "Nettverkssamling for opptakskontorene",
     "UHR's own gathering of the admission offices the day after the joint conference, right under J05, its text "
     "opening «Dagen etter Realkompetansedagen …»; «Samlingen "
     "var UHRs egen og ikke en del av Realkompetansedagen» (a gathering → Arrangement, delmål 2.5)"),
    ("Fagskolerådet", "Kompetanseløft i omsorg – fase 2: ledermodul",
     "a new phase of J04 that Fagskolerådet developed alone, the row right under J04 and numbered «1b» under J04's "
     "«1»; «Fase 2 er utviklet av Fagskolerådet alene og er ikke en del av programmet med KS og Unio» (Modulbasert "
     "opplæring → Kurs/utdanning, the same delmål text as J04 = 2.4)"),
    ("Vestland fylkeskommune", "Fagskulestyret i Vestland",
     "the board of the county's own fagskole, the block right after the county's seat in Nasjonalt fagskuleråd and "
     "with the same delmål words; «Styret er fylkeskommunen sitt eige og ikkje det nasjonale fagskulerådet» "
     "(Styrearbeid → Råd/utvalg/nettverk, 2.4)"),
    ("Kompetanseforbundet", "Karrierekompasset 60+",
     "the member's own version of the joint tool for workers over 60, the slide and table row right after J01; "
     "«Seniorversjonen er vår egen og er ikke en del av fellesverktøyet» (Digitalt verktøy → Informasjon, the same "
     "delmål 1.3)"),
    ("Sametinget", "Samisk veiledningsnettverk",
     "Sametinget's own network for counsellors in Sápmi, right after the NFK seat in the same department part and "
     "with the same delmål words; «Nettverket er Sametingets eget og ikke en del av NFK» (Nettverk → "
     "Råd/utvalg/nettverk, 1.3)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or paragraph joined with a space); `samarbeidspartnere` is empty where the file names "
    "no partner («–» cells, empty cells and empty form fields are not partners) and otherwise lists the partners "
    "comma-separated as the file names them: names joined by «og» («NHO og YS», «UHR og Fagskolerådet»), by "
    "semicolons («Virke; Akademikerne»), one per line or by Excel's same-cell line break all become a plain list, "
    "while an «og» inside a name stays («Vestfold og Telemark fylkeskommune», «Handel og Kontor i Norge», «Troms og "
    "Finnmark fylkeskommune»). Descriptions: Regjeringen's the paragraphs under the Heading 2 (without the italic "
    "line); LO's «Hva vi gjorde i 2090»; NHO's «Status og resultat»; KS's «Gjennomført i 2090»; Unio's the text "
    "between the en dash and the bracket; Akademikerne's the «(n)» paragraph under «Omtale av tiltakene» with the "
    "row's number; Spekter's «Hva ble behandlet i 2090» (table A) and «Beskrivelse» (table B); UHR's the text after "
    "«(delmål x.y).»; Fagskolerådet's «Kort beskrivelse»; VOFO's «Hva ble gjort»; YS's «Beskrivelse»; Vestland's the "
    "field «Hva er gjort i 2090»; Virke's the paragraphs under the h2 (not the Fakta box); Kompetanseforbundet's the "
    "bullets on the measure's own slide; Sametinget's the paragraph under the bold name.",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: utvalg / Verv / Representasjon / Rådsarbeid / "
    "Utvalgsarbeid / Observatørplass / Partsarbeid i råd / Deltaking i nasjonalt forum / Styrearbeid / Regionalt "
    "partnarskap / Nettverk / the tick «Råd/nettverk» / NHO's code R → Råd/utvalg/nettverk; kartlegging / "
    "Forskningsoppdrag / Statistikk og analyse / Notat / Undersøkelse / Analyse / Kartlegging / the tick "
    "«Kartlegging» / code A and Virke's kicker KUNNSKAP → FoU; studieplasser / Medlemsskolering / "
    "Opplæringsprogram / Lederutvikling / Etterutdanning / Kurs / Lederprogram / Modulbasert opplæring / Kursing / "
    "Opplæringstilbod / the tick «Kurs» / code K and Virke's KOMPETANSEHEVING → Kurs/utdanning; forsøk / "
    "Rekrutteringsprosjekt / Regionalt prosjekt / Pilot / Lærlingprosjekt / the tick «Prosjekt» / code P and Virke's "
    "PROSJEKT → Prosjekt; digitalt verktøy / Digitalt verktøy / Kampanje / code I → Informasjon; konferanse / "
    "Konferanse / Arrangement / Fagdag/konferanse / Seminar / Fagdag / the tick «Møteplass» and Virke's MØTEPLASS "
    "→ Arrangement. A seat in a council is always Råd/utvalg/nettverk: Spekter's table A has no type column (its "
    "heading makes the rows seats), Virke's kicker PÅVIRKNING. Measures with no kind word, read from the text: UHR's "
    "(the strategic working group Råd/utvalg/nettverk, the guide Informasjon, the survey of further education FoU, "
    "the conference and the gathering Arrangement).",
    "Delmål given otherwise than as a plain code: Regjeringen «Delmål 1.3» in the italic line; LO «Hovedområde 2, nr. "
    "3» (nr. 2 = 2.2, nr. 3 = 2.3, nr. 4 = 2.4); NHO a number cell with the format 0.0 (a Norwegian Excel shows "
    "«2,3»); KS «2.4. Koble kompetansebehov og tilbud»; Unio «[Strategipunkt 1.1 · …]»; Akademikerne only as its "
    "words («Bedre kunnskap om hvilken kompetanse Norge trenger» = 1.1, «Utdanning som er relevant for arbeidslivet» "
    "= 1.4, «Kunnskap om læring på jobben» = 2.2, «Digital kompetanse i hele arbeidsstyrken» = 2.1, «Gode "
    "utdanningsvalg og karriereveiledning» = 1.3); UHR «(delmål 1.4)» after the name; Fagskolerådet the strategy's "
    "own delmål text cut short with «…» and no code; VOFO «3.6 Læring i frivillig sektor»; YS a number shown «2,3» "
    "(x:num 2.2999999999999998); Vestland in Nynorsk words («Fagskuletilbod som svarar til behova i arbeidslivet» = "
    "2.4, «Regionalt kompetansepolitisk ansvar» = 1.2) or words with the code («Karriererettleiing (1.3)», "
    "«Fleksibel opplæring for vaksne (3.1)»); Virke only in the Fakta box («Bedre kunnskap om kompetansebehovene» "
    "= 1.1, «Mer kunnskap om læring i arbeidslivet» = 2.2, «Bedre norskopplæring for innvandrere i arbeid» = 3.4, "
    "«Digital kompetanse i hele arbeidsstyrken» = 2.1); Sametinget in words («Karriereveiledning med samisk "
    "perspektiv» = 1.3, «Etter- og videreutdanning i samiske kommuner» = 2.4, «Kunnskap om "
    "kompetansebehov, nasjonalt og regionalt» = 1.1).",
    "Reporting year, told only in words: Regjeringen «ble avsluttet året før» (in the intro) and «tar sikte på å "
    "starte arbeidet … neste år» (a Heading 2 of its own without the italic line); LO «Møtet ble holdt forrige år» "
    "and «Første kull starter etter sommeren neste år»; NHO «tidligst høsten neste år» and «ble avsluttet i fjor»; KS "
    "«avsluttet ved forrige årsskifte»; Unio «Konferansen ble ikke holdt i år. Den forrige var i fjor, og den neste "
    "er planlagt til høsten neste år»; Akademikerne «Programmet ble lagt ned i fjor»; Spekter «avsluttet i fjor; se "
    "forrige rapport»; UHR the whole answer to «4. Hva planlegger UHR for neste år?»; Fagskolerådet «Arrangeres "
    "annethvert år og ble ikke holdt i år. Neste konferanse er neste høst.»; VOFO «Planlagt. Lanseres i mars neste "
    "år.»; YS «Gjennomført i forrige periode og ikke videreført i år.»; Vestland «Messa vert halden i februar neste "
    "år.» (form block 7); Virke the section «Dette skjer i 2091»; Kompetanseforbundet the slide «Planer for 2091»; "
    "Sametinget «Prosjektet ble avsluttet året før.»",
    "Containers and hidden places: YS's file is Excel's single-file web page (.mht): the main part is only a "
    "frameset, the cells are in the parts sheet001.htm and sheet002.htm (verify checks the parts, the frameset without "
    "table cells, quoted-printable windows-1252 and CRLF); Vestland's answers exist only as AcroForm field values "
    "(verify checks 51 fields, NeedAppearances, and that no answer is in the page text); Virke's PDF is a real "
    "Chromium print (verify checks Producer Skia/PDF and a HeadlessChrome Creator); Kompetanseforbundet's deck is "
    "macro-enabled (verify checks the content type and that python-pptx opens it); Sametinget's file is a master "
    "document (verify checks the text-master mimetype and the four section-source links; the linked files are not "
    "there, the master holds their text); KS's is a Calc export with one page per sheet (verify checks the Creator "
    "and two pages); Regjeringen's body is set in two columns (verify checks that the right column of page 1 holds "
    "text); Akademikerne's descriptions are below the table, keyed by number.",
    "Responsible and partners: Regjeringen – the Heading 1 (Kunnskapsdepartementet, Arbeids- og "
    "inkluderingsdepartementet) / «Samarbeid:» in the italic line, or for Karrierekompasset and the training for "
    "the long-term unemployed (whose lines have no «Samarbeid:») the partners named in the prose; LO – Ansvar i LO-familien / Sammen med; NHO – "
    "NHO-ledd / Med oss (one per line); KS – Ansvarlig i KS / Samarbeidsaktører; Unio – the union heading / «Med:» in "
    "the bracket; Akademikerne – Forening / Partnere; Spekter – Hvem møter for Spekter (table A) or Ansvarlig / I "
    "samarbeid med (table B); UHR – «Ansvarlig i UHR:» / «Samarbeid:»; Fagskolerådet – Leder / Partnere; VOFO – "
    "Ansvarlig / Partnere; YS – Ansvarlig forbund / Samarbeid; Vestland – the fields Ansvarlig / Samarbeidspartnere; "
    "Virke – «Ansvarlig i Virke:» / «Med:» in the Fakta box; Kompetanseforbundet – the table's Ansvarlig / Partnere; "
    "Sametinget – the department (the Norwegian half of the section heading) / «Samarbeid:».",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 70 – reporting year 2090", "",
             "Regenerate with `python -m samples.holdout70_generator` (writes `samples/holdout70`; needs LibreOffice "
             "and Chromium); check with `python -m samples.holdout70_generator.verify`. The build is deterministic "
             "(fixed dates, metadata, ids and zip timestamps; LibreOffice exports from Writer and Calc with dates and "
             "/ID fixed; the Chromium print with its dates fixed), so a rebuild gives byte-identical files; `verify` "
             "rebuilds into a temporary folder and compares.", "",
             "Every report covers the measures of 2090. Items that a file marks as finished the year before (2089) "
             "or planned for next year (2091) are not truth rows (see Notes for each file); as in an ordinary inbox, "
             "this is said in words inside the text («året før», «forrige år», «i fjor», «neste år», «neste høst») "
             "rather than in a year column. Ten of the fifteen reports are ordinary Word, Excel and PDF reports whose "
             "difficulty is in the details a member brings: a two-column layout, the delmål as «Hovedområde 2, nr. "
             "3», as a number cell, as the strategy's own text cut short or as the member's paraphrase (also in "
             "Nynorsk), the type as a letter code explained on another sheet or as a tick among six columns, the "
             "descriptions below the table keyed by number, a seats table without a type column, councils named by "
             "a unit or a meeting, partners joined by «og» beside names with «og» inside. The rest are containers "
             "not used before: Excel's single-file web page (.mht), a filled-in PDF form whose answers are only "
             "field values, a real Chromium print of a web article, a macro-enabled PowerPoint deck and a Writer "
             "master document; the sixteenth file is a survey tool's CSV export of a conference evaluation.", "",
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
              f"- Shared-council seats (M): {sum(seeds[k] for k in m_ids)} rows in {len(m_ids)} councils ("
              + ", ".join(f"{k}×{seeds[k]}" for k in m_ids) + ")",
              f"- Joint measures (J): {sum(seeds[k] for k in j_ids)} rows in {len(j_ids)} measures ("
              + ", ".join(f"{k}×{seeds[k]}" for k in j_ids) + ")",
              f"- Single-member measures (U): {len(u)} rows, of them {len(TRAPS)} traps (see Notes)",
              "- Types: " + ", ".join(f"{t} {types[t]}" for t in TYPES_ORDER),
              "- Delmål: " + ", ".join(f"{k} {dm[k]}" for k in sorted(dm, key=lambda c: tuple(map(int, c.split("."))))),
              "", "Council ids: " + ", ".join(f"{k} = {v}" for k, v in COUNCILS.items())
              + " (NFK = Nasjonalt forum for karriereveiledning; SRY = Samarbeidsrådet for yrkesopplæring and its "
                "faglige råd; KBU = Kompetansebehovsutvalget; RSA = Råd for samarbeid med arbeidslivet, one per "
                "university or college; FSR = Nasjonalt fagskoleråd; UHR-FSE = UHR's fagstrategiske enheter, such "
                "as UHR-Lærerutdanning and UHR-Helse og velferd).",
              "", "Joint measure ids: " + "; ".join(f"{k} = {v}" for k, v in JOINT.items()) + ".", "",
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
    lines.append("- Traps (U rows about a council or a joint measure, or modelled on one, that are not a seat in it "
                 "or the same measure):")
    lines += [f"  - {m}: {t} ({why})" for m, t, why in TRAPS]
    lines.append("- Not truth rows, per file:")
    for mod, _rs in per_file:
        lines.append(f"  - `{mod.FILENAME}`: {mod.NOT_TRUTH}")
    lines.append("- The Nettskjema export holds participants' answers to the evaluation of the joint conference "
                 "Realkompetansedagen 2090 (file 16). The answers name members, the conference, other joint measures "
                 "(«Kompetanseløft i omsorg», «Karrierekompasset»), Nasjonalt fagskoleråd and plans («Vi foreslår et "
                 "eget kurs om realkompetanse for tillitsvalgte neste år»), and the organisation column holds LO, KS "
                 "and Unio, but no member reports anything in it: it has no rows. The conference itself is reported "
                 "by UHR, Fagskolerådet and Kompetanseforbundet (J05).")
    lines.append("- The sixteen files: six PDFs (four exported by LibreOffice – two from DOCX, one from a hand-written "
                 "ODT by Writer, one from an XLSX by Calc –, one PDF form exported by Writer from an ODT with form "
                 "controls, one printed by Chromium), four DOCX, two XLSX, one Excel web archive (.mht), one "
                 "macro-enabled PowerPoint deck (.pptm), one Writer master document (.odm) and one CSV (the "
                 "non-report).")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
