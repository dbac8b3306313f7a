"""README.md for held-out round 73."""
from __future__ import annotations

from collections import Counter, OrderedDict
from pathlib import Path

from .common import COUNCILS, JOINT

TYPES_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

TRAPS = [
    ("Regjeringen", "Evaluering av Kompetansebehovsutvalget",
     "about a council, not a seat in it: the ministry's own commission to Oxford Research to evaluate how KBU's reports "
     "are used, the row right under the KBU seat and quoting the same delmål fragment; «Evalueringen er "
     "departementets eget oppdrag og er ikke en del av utvalgets arbeid» (Evaluering → FoU, 1.1)"),
    ("LO", "Fagbrev på tvers – erfaringskonferanse for tillitsvalgte",
     "named after J01 and right under it: LO's own conference for shop stewards about recruiting candidates; "
     "«Konferansen var LOs egen og er ikke en del av prosjektet» (Konferanse → Arrangement, the same delmål 2.5)"),
    ("NHO", "Fagbrev på tvers – Agder",
     "a regional version of J01, right under NHO's J01 row: NHO Agder's and Agder fylkeskommune's own edition for the "
     "process industry, financed by the county; «Den regionale utgaven er ikke en del av det nasjonale prosjektet» "
     "(Regionalt prosjekt → Prosjekt, the same goal words = 2.5)"),
    ("YS", "Læringsbarometeret – statlig utvalg (fase 2)",
     "a new phase of J02 that YS runs alone, right under J02 and with the same goal words; «Fasen finansieres av YS "
     "alene og er ikke en del av Læringsbarometeret 2093» (Spørreundersøkelse → FoU, 2.2)"),
    ("Akademikerne", "Seminar om KBU-rapporten 2093",
     "about a council, not a seat in it: Akademikerne's own seminar where KBU's chair presented the report, the card "
     "right after the KBU seat; «Seminaret var Akademikernes eget og er ikke en del av utvalgets arbeid» "
     "(Medlemsseminar → Arrangement, 1.1)"),
    ("VOFO", "Erfaringsnotat fra Karriereuka 2092",
     "named after last year's edition of J03 and right under VOFO's J03 row: a note written in February 2093, so a "
     "2093 measure, that sums up the 2092 week; «Det er VOFOs eget notat» (notat → FoU, 1.3)"),
    ("Vestland fylkeskommune", "Vestland forum for karriererettleiing",
     "a regional council modelled on NFK, right under the NFK seat and named like it; «Forumet er fylkeskommunen sitt "
     "eige og er ikkje ein del av Nasjonalt forum for karriererettleiing» (Regionalt forum → Råd/utvalg/nettverk, "
     "1.3)"),
    ("UHR", "KI-kurs for ansatte i UH-sektoren",
     "a reworded near-duplicate of J05 right under UHR's J05 article: UHR's internal course for the sector's staff; "
     "«Kurset er UHRs eget og er ikke en del av KI-løftet» (Internt kurs → Kurs/utdanning, the same delmål 2.1)"),
    ("Fagskolerådet", "Fagskolestatistikk til Nasjonalt fagskoleråd",
     "about a council, not a seat in it: Fagskolerådet's own yearly statistics that Nasjonalt fagskoleråd uses, right "
     "under the seat; «Oversikten er vårt eget arbeid og er ikke en del av rådets arbeid» (Statistikkarbeid → FoU, "
     "2.4)"),
    ("Kompetanseforbundet", "Godkjenningsveiviseren på engelsk og ukrainsk",
     "named after J06 and right under it in the same merged delmål group: the member's own translation of the "
     "service's texts; «Oversettelsen er vårt eget tiltak, finansiert av forbundet, og er ikke en del av "
     "fellestjenesten» (Oversettelse → Informasjon, the same delmål 2.6)"),
    ("Sametinget", "Samisk kompetansebehovsutvalg",
     "a committee modelled on KBU, right after the RSA seat; «Utvalget er Sametingets eget og er ikke en del av "
     "Kompetansebehovsutvalget» (utvalg → Råd/utvalg/nettverk, 1.1)"),
]

NOTES = [
    "`truth.csv` columns: source_file, member, tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, "
    "beskrivelse. `tiltak`, `ansvarlig`, `samarbeidspartnere` and `beskrivelse` are written as the file states them "
    "(line breaks inside a cell or paragraph joined with a space); `samarbeidspartnere` is empty where the file names "
    "no partner («–» cells and empty cells are not partners) and otherwise lists the partners comma-separated as the "
    "file names them (lines inside one cell, «LO Vestland / NHO Vestland», «Med: HK-dir og Utdanningsforbundet», «I "
    "samarbeid med: Sámi allaskuvla og Nord universitet.», the part of LO's «Hvem» after the semicolon and the "
    "partners after «sammen med» in Spekter's «Hvem:» sentence all become a plain list). Descriptions: Regjeringen's "
    "«Hva ble gjort i 2093»; LO's «Hva vi gjorde»; NHO's «Beskrivelse»; KS's «Omtale»; YS's «Hva skjedde i 2093»; "
    "Virke's «Kort beskrivelse»; Unio's the paragraph under the Heading 2; Akademikerne's the card's merged bottom "
    "row; Spekter's the paragraph under the Heading 2 (the bullets are not description); Vestland's «Kva og korleis»; "
    "VOFO's «Kort om»; UHR's the article's paragraph; Fagskolerådet's «Beskrivelse» with its two lines joined; "
    "Kompetanseforbundet's «Om tiltaket»; Sametinget's the paragraph under the Heading 2.",
    "`seed_row`: M01–M06 = the shared councils (one id per council, the same for every member reporting a seat in "
    "it; the ids are assigned differently from earlier rounds), J01–J06 = joint measures reported by two or three "
    "members in their own words, U01.. = a member's own measure, numbered in file order.",
    "`type` is the secretariat's reading of the member's own word: Utvalgsarbeid / Representasjon / "
    "Partsrepresentasjon / Nettverksarbeid / Plass i råd / Verv / utvalgsplass / rådsmedlemskap / Utvalgsmedlemskap / "
    "Nettverk / fast plass i enheten / rådsplass / Forumarbeid / Regionalt forum / forum / Fagstrategisk enhet / "
    "Representasjon i råd / Bransjenettverk / Forumverv / Observatør / Fagnettverk / utvalg → Råd/utvalg/nettverk; "
    "Evaluering / Forskningsoppdrag / Spørreundersøkelse / spørreundersøkelse / Analyse / Undersøkelse / "
    "medlemsundersøkelse / Kartlegging / notat / Statistikkarbeid → FoU; Opplæring / Studietilbud for bransjen / "
    "Opplæringstilbud / Lederprogram / Kurs på arbeidsplassen / Bransjeprogram / etterutdanningskurs / Digitalt kurs "
    "/ kurs / Kurstilbod / Kursutvikling / Internt kurs / Kursmodul / Sertifiseringskurs → Kurs/utdanning; "
    "Forsøksordning / Utviklingsarbeid / Felles prosjekt med LO / Regionalt prosjekt / utviklingsprosjekt / Felles "
    "prosjekt / prosjekt / prosjektstøtte → Prosjekt; Digital veiledning / Veileder til fylkeskommunene / "
    "Informasjonskampanje / Veiledningstjeneste / Veileder / nettside / Nettportal / Rekrutteringskampanje / Digital "
    "tjeneste / Oversettelse (of an information service) / veiledningstilbud → Informasjon; Nasjonal markering / "
    "Konferanse / Prisutdeling / Felles arrangement / Frokostseminar / Medlemsseminar / fagdag / arrangement → "
    "Arrangement. A seat in a council is always Råd/utvalg/nettverk.",
    "Delmål given otherwise than as a plain code: Regjeringen only as a quoted fragment of the strategy's own delmål "
    "text in «Strategiens formulering» («… sammenstille og analysere kilder til kunnskap om Norges kompetansebehov …» "
    "= 1.1, «… tilgang til karriereveiledning og et helhetlig system for karriereveiledning …» = 1.3, «… godkjenning "
    "og vurdering av utenlandsk utdanning, yrkeskvalifikasjoner …» = 2.6, «… opplærings- og kompetansetiltak mer "
    "aktivt i arbeidsmarkeds- og integreringspolitikken …» = 3.3, «… fleksibel opplæring på voksnes premisser …» = "
    "3.1); NHO only as its own words («Yrkesfagene – flere velger fag- og yrkesopplæring» = 2.3, «Dokumentere og "
    "bygge videre på fagbrev» = 2.5, «Etter- og videreutdanning som næringslivet trenger» = 2.4, «Mer kunnskap om "
    "læring i bedriftene» = 2.2); KS as the code followed by the opening words of the strategy's text cut with an "
    "ellipsis («1.3 Sørge for tilgang til karriereveiledning …»; the analysis of recruitment needs carries «1.1 "
    "Etablere et kompetansebehovsutvalg (KBU) …» and is no seat in KBU); YS as its own words with the code in "
    "brackets («Mer kunnskap om læring på jobben (2.2)», «Flere velger yrkesfag (2.3)») or words only "
    "(«Karriereveiledning for voksne» = 1.3, «Fagskoler som svarer på arbeidslivets behov» = 2.4); Virke only as its "
    "own catchword, resolved by its sheet «Delmålene» («Yrkesfag og karriere» = 2.3, «Læring på jobben» = 2.2, "
    "«Norsk og integrering» = 3.4, «Digital kompetanse» = 2.1); Unio as the strategy's numbering in words "
    "(«innsatsområde 1, delmål 1» = 1.1, «innsatsområde 1, delmål 4» = 1.4, «innsatsområde 2, delmål 6» = 2.6, "
    "«innsatsområde 2, delmål 2» = 2.2); Spekter as a purpose clause in «Hvorfor:» («for å styrke samarbeidet "
    "mellom utdanningene og sykehusene» = 1.4, «for å få mer kunnskap om læring i arbeidslivet» = 2.2, «for å gjøre "
    "etter- og videreutdanningen mer relevant for sykehusene» = 2.4, «for at erfaring fra jobben kan gi fagbrev» = "
    "2.5); Vestland fylkeskommune only as Nynorsk words («Karriererettleiing for alle» = 1.3, «Dokumentert kompetanse "
    "og fagbrev» = 2.5, «Regionalt ansvar for kompetansepolitikken» = 1.2, «Norskopplæring for innvandrarar» = 3.4, "
    "«Kunnskap om kompetansebehova» = 1.1); UHR «1.4 Samarbeid med arbeidslivet»; Kompetanseforbundet «1.3 "
    "Karriereveiledning» in cells merged down over the rows that share it; Sametinget «Jf. delmål 1.4 i strategien».",
    "Reporting year, told only in words: Regjeringen «Programmet ble avsluttet ved utgangen av 2092» (row 7, kept as "
    "background); LO «Siste samling var i desember 2092, og tilbudet er nå lagt ned» and «skal gå høsten 2094»; NHO "
    "«har oppstart i mars neste år» (its status «Ikke startet», explained on the sheet «Forklaring»); KS «Tiltaket ble "
    "avsluttet i 2092 og er med bare som bakgrunn»; YS «Konferansen holdes annethvert år og ble ikke arrangert i "
    "2093» – while the band row «Videreført fra tidligere år» heads two seats that are measures of 2093; Virke «De "
    "første lærlingene tas inn fra august 2094»; Unio «Kurset var et engangstiltak i 2092 og blir ikke gjentatt»; "
    "Akademikerne «Programmet er planlagt og starter opp høsten 2094»; Spekter «Kurset ble avsluttet i 2092»; "
    "Vestland «Messa vart flytta og vert halden i januar 2094» and «Tilbodet tek til i januar 2094»; VOFO «Ikke "
    "holdt i 2093. Neste læringsuke er i september 2094.» (VOFO's «Erfaringsnotat fra Karriereuka 2092» is a 2093 "
    "measure: the note was written in February 2093); UHR «Konferansen er utsatt og holdes i mai 2094»; "
    "Fagskolerådet «Den ble sist holdt i 2092, og neste konferanse er i 2094»; Kompetanseforbundet «Fagdagen er "
    "flyttet til februar 2094 og ble ikke holdt i 2093»; Sametinget «Språkuka holdes for første gang i februar 2094».",
    "Containers and how made: VOFO's report is a WebP photo (lossy, no EXIF, no text layer) of the printed page lying "
    "on a desk in perspective; verify checks it is a WebP and, where Tesseract is installed, OCRs it and looks for the "
    "words of every name. UHR's is a Chrome «Nettside, enkelt fil» MHTML (Saved by Blink; the HTML part "
    "quoted-printable; verify checks the Blink headers and the three parts). Fagskolerådet's is LibreOffice Calc's "
    "HTML export of a two-sheet workbook (each sheet under an «Sheet n: <name>» heading, as an English-language Calc "
    "writes it; verify checks the generator meta and two tables). Kompetanseforbundet's XLSX is written by "
    "LibreOffice Calc from an ODS (verify checks LibreOffice in docProps/app.xml and the merged cells). Sametinget's "
    "PDF was shrunk with Ghostscript after LibreOffice exported it (verify checks the Producer); Ghostscript maps the "
    "«fi» ligature in «fikk» to two CJK code points («昀椀kk») in the text layer, which the truth reads as the clerk "
    "sees it («fikk»). The non-report is a DOCX written by LibreOffice Writer. Regjeringen's, Spekter's and YS' PDFs "
    "are LibreOffice exports (Writer from DOCX, Calc from XLSX), Unio's a Writer export of a hand-written ODT.",
    "Responsible and partners: Regjeringen – Ansv. dep. / Samarbeid med; LO – «Hvem» before / after the semicolon; "
    "NHO – Ansvarlig (NHO-fellesskapet) / Partnere (one per line); KS – Ansvarlig i KS / Partnere; YS – Ledet av / "
    "Sammen med; Virke – Hvem i Virke / Andre aktører (one per line); Unio – «Forbund:» / «Med:» (joined by «og»); "
    "Akademikerne – the card's Ansvar / Partnere («–» = none); Spekter – the «Hvem:» sentence: the subject who leads "
    "or «møter for Spekter» / the names after «sammen med»; Vestland – Eining / Partnarar (parted by « / »); VOFO – "
    "Ansvar / Partnere; UHR – the definition list's Ansvar / Samarbeid; Fagskolerådet – Ansvarlig / "
    "Samarbeidspartnere; Kompetanseforbundet – Ansvar / Sammen med; Sametinget – «Ansvar: Sametinget, <department>» "
    "(kept whole) / «I samarbeid med:».",
]


def _esc(s: str) -> str:
    return s.replace("|", "\\|")


def write_readme(out: Path, per_file, rows) -> None:
    lines = ["# Held-out round 73 – reporting year 2093", "",
             "Regenerate with `python -m samples.holdout73_generator` (writes `samples/holdout73`); check with "
             "`python -m samples.holdout73_generator.verify`. The build is deterministic (fixed dates, metadata, ids "
             "and zip timestamps; LibreOffice exports from Writer and Calc and the Ghostscript pass with dates, UUIDs "
             "and /ID fixed; the photo's noise seeded), so a rebuild gives byte-identical files; `verify` rebuilds "
             "into a temporary folder and compares.", "",
             "Every report covers the measures of 2093. Items that a file places in 2092 or earlier, or in 2094, are "
             "not truth rows (see Notes for each file); as in an ordinary inbox, this is said in words inside the "
             "text («avsluttet ved utgangen av 2092», «lagt ned», «engangstiltak i 2092», «starter opp høsten 2094», "
             "«tek til i januar 2094», «utsatt», «flyttet»), never in a year column. Ten of the fifteen reports are "
             "ordinary Word, Excel and PDF reports whose difficulty is in the details a member brings: the delmål as "
             "a quoted fragment of the strategy, as the opening words of its text, as «innsatsområde 2, delmål 6», as "
             "a purpose clause, as a catchword resolved on another sheet or as Nynorsk words; a «Hvem» cell with the "
             "responsible before a semicolon; a status column; band rows whose «Videreført fra tidligere år» still "
             "means 2093; card tables with two label/value pairs a row; councils named by a unit or a role. The rest "
             "are containers and ways of making files not used before: a WebP phone photo, a Chrome MHTML page, "
             "LibreOffice Calc's HTML export, an XLSX written by LibreOffice Calc and a PDF shrunk by Ghostscript; "
             "the sixteenth file, not a member report, is a DOCX written by LibreOffice Writer.", "",
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
              + " (NFK = Nasjonalt forum for karriereveiledning; KBU = Kompetansebehovsutvalget; UHR-FSE = UHR's "
                "fagstrategiske enheter, such as UHR-Lærerutdanning (Nasjonalt råd for lærerutdanning), UHR-Helse og "
                "velferd and UHR-MNT; SRY = Samarbeidsrådet for yrkesopplæring and its faglige råd; FSR = Nasjonalt "
                "fagskoleråd; RSA = Råd for samarbeid med arbeidslivet, one per university or college).",
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
    lines.append("- Traps (U rows about a council rather than a seat in it, or a reworded near-duplicate of a joint "
                 "measure or council that is really a different measure):")
    lines += [f"  - {m}: {t} ({why})" for m, t, why in TRAPS]
    lines.append("- Not truth rows, per file:")
    for mod, _rs in per_file:
        lines.append(f"  - `{mod.FILENAME}`: {mod.NOT_TRUTH}")
    lines.append("- The evaluation summary is NIFU's (a research institute, not a council member) summary of its "
                 "evaluation of J01, sent to the secretariat for information. It names LO, NHO, the county councils, "
                 "the faglige råd in SRY and Karriereuka, and its five numbered recommendations read like measures, "
                 "but it reports no member's measures and has no rows. LO's, NHO's and Vestland fylkeskommune's own "
                 "reports (files 2, 3 and 10) are the ones that report J01.")
    lines.append("- Doubts a reviewer may weigh: Sametinget's responsible is kept whole as «Sametinget, "
                 "opplæringsavdelingen» (the member with its department, as the line states it); Kompetanseforbundet's "
                 "«Oversettelse» is read as Informasjon because what is translated is an information service; "
                 "Regjeringen's «Veileder til fylkeskommunene» is Informasjon though it serves delmål 3.1 (opplæring); "
                 "Spekter's seat in UHR-Helse og velferd names Spekter itself as responsible («Spekter sitter selv i "
                 "enheten»); Sametinget's partner «Samisk videregående skole og reindriftsskole» is one school (its "
                 "name holds «og», though «og» elsewhere in the same lines joins two partners); Fagskolerådet's page carries Calc's English sheet headings («Overview», «Sheet 2: …»), "
                 "which are no part of the report.")
    lines.append("- The sixteen files: five PDFs exported by LibreOffice (three from DOCX by Writer, one from a "
                 "hand-written ODT by Writer, one from an XLSX by Calc; Sametinget's then re-distilled by "
                 "Ghostscript), four DOCX (three made with python-docx, one written by LibreOffice Writer), four XLSX "
                 "(three made with openpyxl, one written by LibreOffice Calc), one WebP photo, one Chrome MHTML page "
                 "and one Calc HTML export.")
    lines.append("- `.tiltakignore` keeps `truth.csv` and this README out of a run.")
    (out / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
