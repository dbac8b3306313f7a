"""README.md for held-out round 66."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Realkompetanseportalen – trinn 2 for universiteter og høyskoler",
     "the row right under J03 and named like it: a second stage for admission to higher education that KD funds "
     "alone; «Trinn 2 finansieres av KD alene og er ikke en del av partssamarbeidet om portalen» (Utviklingsprosjekt "
     "→ Prosjekt, the same delmål 2.5)"),
    ("LO", "Fagkonferansen «Tariff og kompetanse»",
     "a year trap the other way: «Arrangert for tredje gang, etter at den første konferansen ble holdt for to år "
     "siden» – the words name earlier years, but this year's conference is a 2086 measure (Konferanse → "
     "Arrangement, 2.4)"),
    ("NHO", "Kompetansebehov i havbruk – analyse til KBU",
     "NHO Sjømat's own analysis sent to KBU as input, named with KBU in the title; «Analysen er NHO Sjømats egen og "
     "ble sendt Kompetansebehovsutvalget som innspill» – about the council, not a seat (Analyse → FoU, 1.1)"),
    ("KS", "Samling for yrkesopplæringsnemndene",
     "KS' own assembly for the county vocational training boards, the slide after J04 and two after the SRY seat; "
     "«Samlingen var KS' egen; nemndene hører til fylkeskommunene og ikke til SRY» (Samling → Arrangement, the "
     "same paraphrase as the seat = 2.3)"),
    ("YS", "Seniorveiledning i Delta",
     "a year trap the other way: «ble startet året før og har gått for fullt hele året» – a 2086 measure although "
     "the text names the year before (Rådgivningstjeneste → Informasjon, 1.3)"),
    ("Virke", "Virkes tilleggsanalyse av Kompetansebarometeret",
     "Virke's own analysis of the joint barometer's data, the row right under J02 and named after J05; «Virke er "
     "ikke en av eierne av barometeret, og analysen er Virkes egen» (Egen analyse → FoU, 2.2 like J05)"),
    ("UHR", "Evaluering av RSA-ordningen",
     "NIFU's evaluation of the RSA councils for UHR, the row right under the UHR-FSE seat – about the councils, not "
     "a seat in one (Evaluering → FoU, «Samarbeid med arbeidslivet» = 1.4)"),
    ("Fagskolerådet", "Fagskolerådets arbeidsutvalg for helsefagskolene",
     "the member's own internal working group, the row right under its seat in Nasjonalt fagskoleråd; «Utvalget er "
     "Fagskolerådets eget og er ikke en del av Nasjonalt fagskoleråd» (Internt utvalg → Råd/utvalg/nettverk, the "
     "same quoted delmål 2.4)"),
    ("Kompetanseforbundet", "KPA – fase 2 i Innlandet",
     "a new phase of J01 that the member owns alone, the heading right after J01; «Fase 2 eies av "
     "Kompetanseforbundet alene og startet i august» (prosjekt → Prosjekt, the same delmål 1.3)"),
    ("Vestland fylkeskommune", "Yrkesmessa i Førde (Yrkesfagløftet lokalt)",
     "the county's own regional fair, the row right under J02 and named after it; «Messa var fylkeskommunen sitt "
     "eige tiltak og ikkje ein del av den nasjonale kampanjen» (Messe → Arrangement, the same paraphrase = 2.3)"),
    ("Sametinget", "Samisk nettverk for karriereveiledere",
     "Sametinget's own network, the row right under the NFK seat; «Nettverket er ikke en del av Nasjonalt forum for "
     "karriereveiledning» (Nettverk → Råd/utvalg/nettverk, the same paraphrase = 1.3)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or paragraph joined with a space); `samarbeidspartnere` is empty where the file names "
    "no partner (empty cells, «–», «Partnere: ingen», «Ingen eksterne samarbeidspartnere.» and the template "
    "placeholder «[Skriv inn samarbeidspartnere]» are not partners) and otherwise lists the partners comma-separated "
    "(running text such as «Vi samarbeidet med LO og NHO» becomes «LO, NHO»). Descriptions: Regjeringen's «Hva ble "
    "gjort i 2086»; LO's «Dette gjorde vi»; NHO's «Resultat 2086»; Unio's the cell text before «Partnere:»; KS' the "
    "«Hva:» text on the measure's slide; YS' «Hva og resultat»; Virke's «Slik bidro vi»; Akademikerne's «Hva ble "
    "gjort»; Spekter's «Beskrivelse»; VOFO's «Beskrivelse»; Vestland's «Kva vart gjort i 2086»; UHR's «Beskrivelse»; "
    "Fagskolerådet's «Status og resultat»; Kompetanseforbundet's the paragraph under the Heading 2; Sametinget's "
    "«Beskrivelse».",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Utvalg / Representasjon / Utvalgsarbeid / "
    "forumarbeid / medlemskap / Rådsrepresentasjon / Rådsmedlem / Oppnevnt medlem / Utvalgsplass / Deltakelse i råd "
    "/ Arbeidsgiverplass / Fagstrategisk råd / Representasjon i forum / Deltakelse i forum / Partnarskap / Nettverk / "
    "Internt utvalg → Råd/utvalg/nettverk; Forskningsprogram / Analyse / kartlegging / Spørreundersøkelse / "
    "Undersøkelse / Egen analyse / Evaluering / Statistikkrapport → FoU; Etter- og videreutdanning / Kurs i regi av "
    "Nav / Tillitsvalgtopplæring / Opplæringsmodul / Kurspakke / videreutdanning / Opplæringsmoduler / Lederprogram / "
    "Kursdag / Kursdager / Utdanningsprogram / Etterutdanningskurs / Studieprogram / sertifisering / nettkurs / "
    "Etterutdanning → Kurs/utdanning; Utviklingsprosjekt / Partsprosjekt / Pilotprosjekt / utviklingsarbeid / "
    "Pilotering / prosjekt / Prosjektstøtte → Prosjekt; Skolebesøk og kampanje / Kampanje / Rådgivningstjeneste / "
    "Karriereveiledning / Veileder / Nettportal / Rettleiingstilbod → Informasjon; Konferanse / Samling / Verksted / "
    "Messe / Festivalveke / Festivalarrangement → Arrangement. A seat in a council is always Råd/utvalg/nettverk. "
    "VOFO's template column gives the six types as written.",
    "Delmål given otherwise than as a plain code: LO as a code with LO's label («2.3 Yrkesfag»); Unio as a code "
    "stacked over the kind word in one cell; KS only in the grey foot tag's paraphrase («at flere velger yrkesfag og "
    "fullfører med fag- eller svennebrev» = 2.3, «norskopplæring og kvalifisering av innvandrere» = 3.4, «bedre "
    "kobling mellom kompetansebehov og etter- og videreutdanning» = 2.4); YS as YS' words with the code in brackets "
    "(«Yrkesfag (2.3)»); Virke as a code with Virke's words («2.4 – bransjenære etter- og videreutdanninger»); "
    "Akademikerne twice with a second goal in brackets («2.2 (også 1.1)», «1.3 (også 2.4)» – the first is the one "
    "meant); Vestland only as Nynorsk paraphrase («Karriererettleiing for alle» = 1.3, «Synlege yrkesfag og "
    "karrierevegar» = 2.3, «Læringslyst gjennom frivillig sektor» = 3.6, «Regionalt ansvar for kompetanse» = 1.2); "
    "UHR only as its short label («Samarbeid med arbeidslivet» = 1.4, «Fleksibel etter- og videreutdanning» = 2.4); "
    "Fagskolerådet as a quotation of the strategy's own wording cut with «…» (= 2.4, 2.2, 1.4); Kompetanseforbundet "
    "in the grey tag «[1.3 | …]»; Sametinget only as paraphrase in «Strategiens mål» («karriereveiledning med samisk "
    "språk og kultur» = 1.3, «læringslyst gjennom frivillige organisasjoner» = 3.6, «Kompetansepluss i samiske "
    "områder» = 3.2, «etter- og videreutdanning som næringene trenger» = 2.4), while its «Budsjettpost» numbers "
    "(3.1, 2.4, 1.4 …) are budget chapters, not delmål.",
    "Reporting year, told only in words: Regjeringen «ble avsluttet ved forrige årsskifte» and «på høring neste år» "
    "(a paragraph after the table); LO «Utsatt til etter sommerferien neste år» («Arrangert for tredje gang, etter at "
    "den første konferansen ble holdt for to år siden» is a 2086 measure); NHO «Avlyst i år … Neste teknologidag blir "
    "i juni neste år»; Unio «første kull tas opp høsten neste år»; KS «første gang neste høst» (closing slide); YS "
    "«Gjennomført sist i fjor høst; ikke gjentatt i år» («ble startet året før og har gått for fullt hele året» is a "
    "2086 measure); Virke «avviklet før sommeren i fjor»; Akademikerne «Flyttet til første kvartal neste år»; Spekter "
    "«avsluttet i fjor»; VOFO «Planlegges til neste vår»; Vestland «Vart sist halden førre hausten. Neste gong om to "
    "år.»; UHR «Avlyst i år – holdes igjen neste år» in the Merknad column; Fagskolerådet «annethvert år, og i år var "
    "det pause»; Kompetanseforbundet «holdes for første gang neste høst» under «Planer»; Sametinget «annenhver vår; "
    "neste gang våren om to år».",
    "Containers and hidden places: Regjeringen's PDF is signed in an incremental update (a /Sig widget with an "
    "appearance stream, /AcroForm /SigFlags 3, a detached CMS signature over the /ByteRange made with a self-made "
    "test certificate; verify checks the byte range and the RSA signature); Akademikerne's PDF is encrypted with an "
    "owner password only (RC4 128-bit, R 3; it opens without a password, the text is read through decryption); KS' "
    "file is a PowerPoint show (.ppsx, main part typed slideshow.main+xml) and VOFO's a Word template (.dotx, main "
    "part typed template.main+xml) – verify checks both content types; Vestland's .doc is Word-flavoured HTML from a "
    "case-handling system (verify checks the office:word namespace and the ProgId meta).",
    "Responsible and partners: Regjeringen – «Dep.» (KD, AID; abbreviations explained under the table) / "
    "«Samarbeid»; LO – the brackets after the name / «Sammen med»; NHO – the band row of the group / «Partnere»; "
    "Unio – the italic union line / «Partnere:»; KS – «Ansvar i KS:» / «Med:»; YS – «Forbund/enhet» / «Eksterne "
    "samarbeidspartnere» (not «Kontaktperson»); Virke – «Eier i Virke» / «Partnere» or note 1; Akademikerne – "
    "«Forening» / «Samarbeid»; Spekter – the name marked «(ansvarlig)» / the other names in «Hvem var med»; VOFO – "
    "«Ansvarlig» / «Samarbeidspartnere»; Vestland – «Ansvarleg» / «Samarbeidspartnarar»; UHR – «Ansvarlig enhet» / "
    "«Samarbeid»; Fagskolerådet – «Ledes av» (a role title) / «Partnere»; Kompetanseforbundet – the unit in the grey "
    "tag / the names in «Vi samarbeidet med …»; Sametinget – «Ansvarlig avdeling» / «Samarbeid».",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 66 – reporting year 2086", "",
             "Regenerate with `python -m samples.holdout66_generator` (writes `samples/holdout66`); check with "
             "`python -m samples.holdout66_generator.verify`. The build is deterministic (fixed dates, metadata, ids "
             "and zip timestamps; LibreOffice exports from Writer with dates and /ID fixed; the signature of the "
             "signed PDF is made without signed attributes, so it is the same on every build; the encrypted PDF is "
             "made by reportlab in invariant mode), so a rebuild gives byte-identical files; `verify` rebuilds into a "
             "temporary folder and compares.", "",
             "Every report covers the measures of 2086 and was written in January 2087. Items that a file marks as "
             "finished earlier or planned for later are not truth rows (see Notes for each file); this is said in "
             "words inside the text («ved forrige årsskifte», «avviklet før sommeren i fjor», «første kvartal neste "
             "år», «neste gong om to år», «annethvert år, og i år var det pause») rather than in a year column, and "
             "two measures are 2086 measures although their text names earlier years. Ten of the fifteen reports are "
             "ordinary Word, Excel and PDF reports whose difficulty is in the details: the responsible in brackets "
             "after the name or marked «(ansvarlig)» among the partners, federation band rows with count formulas, "
             "cells that stack name and union or code and kind, a contact-person column beside the partner column, "
             "partners only in a note, a second goal in brackets, the delmål quoted from the strategy or given as a "
             "label, budget-post numbers that look like delmål codes, a Merknad column that says which rows are not "
             "measures. The other five are containers not used before: a PDF signed in an incremental update, an "
             "owner-password-encrypted PDF, a PowerPoint show (.ppsx), the reporting template saved as a Word "
             "template (.dotx) and a case system's HTML saved as .doc; the sixteenth file is HK-dir's call for "
             "grant applications.", "",
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
              + " (SRY = Samarbeidsrådet for yrkesopplæring and its faglige råd; RSA = Råd for samarbeid med "
                "arbeidslivet, one per university or college; FSR = Nasjonalt fagskoleråd; KBU = "
                "Kompetansebehovsutvalget; UHR-FSE = UHR's fagstrategiske enheter, such as UHR-Helse og velferd, "
                "UHR-MNT and UHR-Økonomi og administrasjon; NFK = Nasjonalt forum for karriereveiledning).",
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
    lines.append("- The call for applications is HK-dir's, sent to the members for information and kept in the "
                 "same inbox. It names delmål 2.1, 2.4, 3.2 and 3.6, the kinds of measures that may be funded, KBU, "
                 "SRY and Læringsfestivalen, and an invented example project («Digital verkstedfabrikk»), but it "
                 "reports no measure and has no rows.")
    lines.append("- The sixteen files: six PDFs (five exported by LibreOffice from DOCX – one of them then signed – "
                 "and one made by reportlab and encrypted), three DOCX, one DOTX, one PPSX, one HTML .doc and four "
                 "XLSX.")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
