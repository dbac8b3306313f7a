"""Build the 2029 held-out round: python -m samples.holdout9_generator [--out DIR]."""
import argparse
import csv
import shutil
import tempfile
from collections import OrderedDict
from pathlib import Path

from . import build as B
from . import data as D

# (file name, member, rows, shape) in the order of the README table
FILES = [
    ("Regjeringen_rapport_kompetansepolitisk_rad_2029.pdf", "Regjeringen", D.REGJERINGEN,
     "Long prose report exported from Word to PDF: intro, area headings, each tiltak a sub-heading + paragraph + italic line 'Delmål x.y. Ansvar: … Samarbeid med: …', closing assessment; no types"),
    ("LO_kompetansepolitisk_rad_2029.docx", "LO", D.LO,
     "Word table headed '# | Innsats i 2029 | Knyttes til | Ledes av | Med', area rows merged across, header row repeated mid-table, delmål as 'dm 1.4', no types"),
    ("NHO_rapportering_2029.xlsx", "NHO", D.NHO,
     "Workbook: instructions sheet first, tiltak sheet '2029' with title lines and header on row 5 (Delmål | Aktivitet | Kort omtale | Kategori | Ansvar | Samarbeid med | Merknad), delmål as numbers or '2,2' text, one hidden withdrawn row, hidden sheet with last year's list"),
    ("Unio_brev_rapportering_2029.pdf", "Unio", D.UNIO,
     "Letter exported from Word to PDF: address block, numbered items '1) Title. Description …', delmål only as a paraphrase of its words, partners on an italic line, signature"),
    ("KS_rapport_2029.odt", "KS", D.KS,
     "ODT: bold title lines each followed by labelled lines 'Mål i strategien / Form / Eier / Sammen med' and a description paragraph"),
    ("YS_notat_KPR_2029.rtf", "YS", D.YS,
     "RTF memo (Til/Fra/Dato/Sak) with typed dash items 'Title [type word] (delmål x.y). Description. Partnere: …'"),
    ("Virke_tiltak_2029.doc", "Virke", D.VIRKE,
     "Word 97 .doc: table with a two-row header, group 'Tiltaket' over 'Navn' and 'Innhold', then 'Delmål', 'Art', 'Partnere'; ansvarlig only in the intro sentence"),
    ("Akademikerne_skannet_rapport_2029.pdf", "Akademikerne", D.AKADEMIKERNE,
     "Scanned page (image-only PDF, tilted ~1°, noise, blur): ruled table Delmål | Tiltak | Ansvar | Partnere, delmål as '1,4'"),
    ("Spekter_presentasjon_KPR_2029.pdf", "Spekter", D.SPEKTER,
     "Slide deck PDF (16:9 pages): title slide, one slide per area with bullets 'Title (dm x.y)' and sub-lines '– description', '– Med: partners', closing slide"),
    ("VOFO_aarsmelding_2029_utkast.docx", "VOFO", [],
     "SUPERSEDED draft (Versjon 1, 14.01.2030, marked UTKAST) — replaced by the revised file; no truth rows"),
    ("VOFO_aarsmelding_2029_revidert.docx", "VOFO", D.VOFO,
     "Word: roman-numbered area headings, each tiltak a bold title + '(Delmål III.2, kurs)' + description paragraph; 'Revidert versjon 6. februar 2030'"),
    ("Vestland_fylkeskommune_rapport_2029.pdf", "Vestland fylkeskommune", D.VESTLAND,
     "Nynorsk, two-column PDF: full-width title, then per tiltak a heading, labelled lines Delmål/Type/Ansvarleg/Samarbeidspartnarar and a description; closing prose"),
    ("Trondelag_fylkeskommune_skjema_2029.docx", "Trøndelag fylkeskommune", D.TRONDELAG,
     "Filled-in form: one two-column label/value table per tiltak, each wrapped in a content control (w:sdt); delmål as '1.3 Karriereveiledning'"),
    ("UHR_innrapportering_2029.pdf", "UHR", D.UHR,
     "Landscape Word table exported to PDF: 'Tiltak og beskrivelse' (bold title + description in one cell) | Type | Ansvar | Samarbeid | Delmål (last)"),
    ("Program_Kompetansekonferansen_2030.pdf", "(none)", [],
     "NOT a member report: conference programme from HK-dir with sessions numbered like delmål (1.1 …, 2.3 …); must yield nothing"),
]

COLS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig", "samarbeidspartnere", "beskrivelse"]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="samples/holdout9")
    a = ap.parse_args(argv)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        to_pdf = [B.regjeringen(out, tmp), B.unio(tmp), B.uhr(tmp), B.not_a_report(tmp)]
        B.soffice("pdf", to_pdf, out)
        B.soffice("odt", [B.ks(tmp)], out)
        B.soffice("rtf", [B.ys(tmp)], out)
        B.soffice("doc:MS Word 97", [B.virke(tmp)], out)
    B.lo(out)
    B.nho(out)
    B.akademikerne_scan(out)
    B.spekter_slides(out)
    B.vofo(out)
    B.vestland(out)
    B.trondelag(out)
    for f, *_ in FILES:
        assert (out / f).exists(), f
    write_truth(out)
    write_readme(out)


def write_truth(out: Path):
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(COLS)
        for f, member, rows, _ in FILES:
            for x in rows:
                w.writerow([f, member, x["t"], x["id"], x["dm"], x["ty"], x["ans"], x["par"], x["bes"]])


def write_readme(out: Path):
    allrows = [(f, m, x) for f, m, rows, _ in FILES for x in rows]
    ids = OrderedDict()
    for f, m, x in allrows:
        ids.setdefault(x["id"], []).append((m, x["t"]))
    shared = {k: v for k, v in ids.items() if len({m for m, _ in v}) > 1}
    L = []
    L.append("# Held-out round 8 (reporting year 2029)\n")
    L.append("**Held out. Written by an author who did not read the program's code, vocabulary, catalogue or any "
             "earlier held-out round; the program was never run on these files.**\n")
    L.append("Rebuild: `python -m samples.holdout9_generator [--out DIR]` (default `samples/holdout9`). "
             "Needs python-docx, openpyxl, Pillow, reportlab and LibreOffice (`soffice`) for the PDF/ODT/RTF/DOC "
             "exports. PDFs made by LibreOffice carry a creation date, so rebuilt files are not byte-identical.\n")
    L.append(f"Counts: {len(FILES)} files ({len(FILES) - 2} member reports that count, 1 superseded version, "
             f"1 non-report), {len(allrows)} truth rows, {len(ids)} distinct measures, {len(shared)} reported by "
             f"two or more members ({sum(len(v) for v in shared.values())} rows).\n")
    L.append("Conventions of the truth: `tiltak` is the title as written; `delmal` is what a secretary would assign "
             "(the report's own code, roman numeral or paraphrase resolved); `type` is one of the six seed types, "
             "whether or not the report gave one (the report's own word is mapped: Utvalg/Råd/Nettverk → "
             "Råd/utvalg/nettverk, Analyse/Undersøkelse/Utredning → FoU, Kampanje/Notat/Innspill → Informasjon, "
             "E-læring/Kurs/Utdanning → Kurs/utdanning, Partsprosjekt/Forprosjekt/Utviklingsarbeid → Prosjekt, "
             "Konferanse → Arrangement); `ansvarlig` is empty where the report names no one (Unio's letter, "
             "Spekter's slides) and is the member where the report says once for all rows that the measures are "
             "its own (YS memo, Virke, VOFO); `beskrivelse` leaves out the report's own delmål/partner/type wording "
             "(e.g. Unio's closing sentence «Tiltaket hører til strategiens mål om …», VOFO's «Samarbeid: …» line).\n")
    L.append("## Files\n")
    L.append("| file | member | rows | shape |")
    L.append("|---|---|---|---|")
    for f, m, rows, shape in FILES:
        L.append(f"| `{f}` | {m} | {len(rows)} | " + shape.replace("|", "\\|") + " |")
    L.append("")
    L.append("## Measures reported by several members\n")
    names = {
        "M01": "Kompetansebehovsutvalget (KBU)", "M02": "Karriereveiledning i arbeidslivet (KIA), national trial",
        "M03": "Kompetansetoppmøtet 2029 (Bergen)", "M04": "Bransjeprogram for varehandel/handel",
        "M05": "Samarbeidsrådet for yrkesopplæring (SRY)", "M06": "Faglig råd for helse- og oppvekstfag",
        "M07": "Råd for samarbeid med arbeidslivet (RSA)", "M08": "UHRs fagstrategiske enheter (incl. named units)",
        "M09": "Kompetansepluss frivillighet", "M10": "Lære for livet (LFL), kommunal sektor",
        "M11": "Læringsbarometeret 2029 (LO/NHO, Fafo)", "M12": "Norskopplæring på arbeidsplassen (NOA)",
    }
    for k, v in shared.items():
        L.append(f"- **{k} {names.get(k, '')}**")
        for m, t in v:
            L.append(f"  - {m}: «{t}»")
    L.append("")
    L.append("## Traps (look shared, are the member's own measure)\n")
    L.append("- M18 LO «Samling for LOs medlemmer i faglige råd og SRY» — own gathering for its council members, not SRY.")
    L.append("- M25 KS «KS' vurdering av KBUs hovedrapport 2029» — a note on the council's report, not KBU.")
    L.append("- M29 YS «Innspill til Kompetansebehovsutvalgets neste rapport» — input to a council report, not KBU.")
    L.append("- M28 KS «Lære for livet – forprosjekt til fase 2» — a new phase, not LFL (M10).")
    L.append("- M50 Trøndelag «KIA Trøndelag – regional utprøving …» — a regional version of the national KIA trial (M02).")
    L.append("- M52 Trøndelag «Regionalt kompetansetoppmøte i Steinkjer» — a regional follow-up, not the national toppmøte (M03).")
    L.append("- Spekter M40 «Norskkurs for helsefagarbeidere …» is not NOA (M12).")
    L.append("")
    L.append("## Other things in the files that must not become rows\n")
    L.append("- NHO: hidden row «(utgår) Webinarserie …» and hidden sheet «2028 arkiv»; the «Veiledning» sheet.")
    L.append("- VOFO: the draft `…_utkast.docx` is superseded by `…_revidert.docx`.")
    L.append("- The conference programme has numbered sessions («1.2 Hva sier Kompetansebehovsutvalget …») but is no report.")
    L.append("- Intro, area and closing prose in Regjeringen, Unio, Vestland; area heading rows and the repeated header in LO.")
    (out / "README.md").write_text("\n".join(L) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
