"""Reports that tell their tiltak in running text, lists and labelled blocks, and one document that is no report."""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.shared import Pt

from . import measures as m
from . import word
from .layouts_tables import VESTLAND_TYPES
from .model import Report
from .wording import PARAPHRASE_NB, PARAPHRASE_NN

LO_TYPES = {"FoU": "utredning", "Kurs/utdanning": "kurs", "Råd/utvalg/nettverk": "råd/utvalg",
            "Prosjekt": "prosjekt", "Informasjon": "informasjon", "Arrangement": "arrangement"}
NHO_TYPES = {"FoU": "FoU", "Kurs/utdanning": "Kurs/opplæring", "Råd/utvalg/nettverk": "Råd og utvalg",
             "Prosjekt": "Prosjekt", "Informasjon": "Informasjon", "Arrangement": "Arrangement"}
SPEKTER_TYPES = {"Arrangement": "Arrangement", "Prosjekt": "Prosjekt"}
YS_TYPED = {m.REP_TRAINING, m.TV_KARTLEGGING, m.YS_BAROMETER}


def build_lo(report: Report, out: Path) -> None:
    """Prose under paraphrased delmål headings; the type in brackets after the title, exported to PDF."""
    doc = word.opening("LO",
                       "LOs rapportering til Kompetansepolitisk råd – 2023",
                       "Samfunnspolitisk avdeling, mars 2024",
                       "For LO er det viktigste i kompetansepolitikken at alle får utvikle seg i jobben, og at "
                       "fagarbeiderne er med når arbeidslivet blir grønnere og mer digitalt. Nedenfor omtaler vi "
                       "tiltakene LO og forbundene har drevet i 2023, sortert etter strategiens delmål.",
                       header="LO – Landsorganisasjonen i Norge",
                       footer="Rapportering 2023",
                       font="Cambria")
    for code, group in groupby(report.entries, key=lambda e: e.delmal):
        doc.add_heading(PARAPHRASE_NB[code], level=2)
        for entry in group:
            title = doc.add_paragraph()
            title.add_run(entry.tiltak).bold = True
            if entry.measure is not m.KBU:
                title.add_run(f" ({LO_TYPES[entry.type]})")
            doc.add_paragraph(entry.beskrivelse)
            if entry.partnere:
                doc.add_paragraph().add_run(f"Samarbeid: {entry.partnere}").italic = True
    word.export(doc, report.file, out)


def build_nho(report: Report, out: Path) -> None:
    """One block a tiltak: a small heading and labelled lines."""
    doc = word.opening("NHO",
                       "NHOs rapportering for 2023 – Nasjonal kompetansepolitisk strategi",
                       "NHO har i 2023 lagt vekt på det grønne skiftet og på mangelen på fagarbeidere. Hvert tiltak "
                       "er beskrevet for seg nedenfor.")
    for entry in report.entries:
        doc.add_heading(entry.tiltak, level=3)
        word.labelled(doc, "Delmål", entry.delmal)
        word.labelled(doc, "Kategori", NHO_TYPES[entry.type])
        word.labelled(doc, "Ansvarlig", entry.ansvarlig)
        word.labelled(doc, "Partnere", entry.partnere)
        word.labelled(doc, "Kort om tiltaket", entry.beskrivelse)
    word.save(doc, out / report.file)


def build_unio(report: Report, out: Path) -> None:
    """Numbered tiltak under "Delmål x.y" headings; no type and no responsible named."""
    doc = word.opening("Unio",
                       "Unio – oppfølging av kompetansepolitisk strategi i 2023",
                       "Unios forbund organiserer lærere, sykepleiere, politi og forskere. Under følger de tiltak "
                       "Unio og forbundene har deltatt i.")
    for code, group in groupby(report.entries, key=lambda e: e.delmal):
        doc.add_heading(f"Delmål {code} – {PARAPHRASE_NB[code]}", level=2)
        for entry in group:
            doc.add_paragraph(entry.tiltak, style="List Number")
            if entry.beskrivelse:
                doc.add_paragraph(entry.beskrivelse).paragraph_format.left_indent = Pt(18)
            if entry.partnere:
                line = doc.add_paragraph(f"Samarbeid med: {entry.partnere}")
                line.paragraph_format.left_indent = Pt(18)
    word.save(doc, out / report.file)


def build_ys(report: Report, out: Path) -> None:
    """Two newspaper columns of prose; each tiltak a bold lead, the type said for a few."""
    doc = word.opening("YS",
                       "YS' rapport til Kompetansepolitisk råd for 2023",
                       "Yrkesorganisasjonenes Sentralforbund, februar 2024",
                       size=10)
    body = doc.add_section(WD_SECTION.CONTINUOUS)
    word.columns(body, 2)
    for code, group in groupby(report.entries, key=lambda e: e.delmal):
        doc.add_heading(f"Delmål {code}", level=3)
        for entry in group:
            word.bold_lead(doc, entry.tiltak, f" – {entry.beskrivelse}")
            if entry.measure in YS_TYPED:
                doc.add_paragraph().add_run(f"Type: {LO_TYPES[entry.type]}").italic = True
    word.save(doc, out / report.file)


def build_spekter(report: Report, out: Path, table_part: int) -> None:
    """Tables without a type column under paraphrased headings, then a bullet list with types in brackets."""
    doc = word.opening("Spekter",
                       "Spekters rapportering til Kompetansepolitisk råd 2023",
                       "Spekter organiserer blant annet helseforetakene. Kompetanse i helsetjenesten har vært "
                       "hovedsaken for oss også i 2023.")
    tabled, listed = report.entries[:table_part], report.entries[table_part:]
    for code, group in groupby(tabled, key=lambda e: e.delmal):
        doc.add_heading(f"{PARAPHRASE_NB[code]} ({code})", level=2)
        rows = [[e.tiltak, e.ansvarlig, e.partnere] for e in group]
        word.table(doc, ["Hva vi har gjort", "Hvem har ansvaret", "Sammen med"], rows, fill="DDEBF7",
                   widths=(8.5, 3.5, 4.5))
    doc.add_heading("Øvrige tiltak", level=2)
    for entry in listed:
        doc.add_paragraph(f"{entry.tiltak} [{SPEKTER_TYPES[entry.type]}, delmål {entry.delmal}]", style="List Bullet")
    word.save(doc, out / report.file)


def build_fagskoleradet(report: Report, out: Path) -> None:
    """Nynorsk, numbered headings, the delmål in words; no type given; exported to PDF."""
    doc = word.opening("Fagskulerådet",
                       "Fagskulerådet – rapport til Kompetansepolitisk råd for 2023",
                       "Fagskulerådet er interesseorganisasjonen for fagskulane. Vi har valt ut dei tiltaka som best "
                       "viser korleis fagskulane arbeider med strategien.")
    for number, entry in enumerate(report.entries, start=1):
        doc.add_heading(f"{number}. {entry.tiltak}", level=2)
        doc.add_paragraph().add_run(f"Delmål: {PARAPHRASE_NN[entry.delmal]}").italic = True
        if entry.beskrivelse:
            doc.add_paragraph(entry.beskrivelse)
        parts = [f"Ansvarleg: {entry.ansvarlig}."] + ([f"Partnarar: {entry.partnere}."] if entry.partnere else [])
        doc.add_paragraph(" ".join(parts))
    word.export(doc, report.file, out)


def build_more_og_romsdal(report: Report, out: Path) -> None:
    """Nynorsk, a two-column label/value table for every tiltak, saved as ODT by LibreOffice."""
    doc = word.opening("Møre og Romsdal fylkeskommune",
                       "Møre og Romsdal fylkeskommune: rapport om kompetansetiltak i 2023",
                       "Fylkeskommunen rapporterer fem tiltak til Kompetansepolitisk råd. Kvart tiltak er skildra i "
                       "ein eigen tabell.",
                       header="Møre og Romsdal fylkeskommune",
                       footer="Kompetanse og næring")
    for entry in report.entries:
        rows = [["Delmål", f"{entry.delmal} {PARAPHRASE_NN[entry.delmal]}"],
                ["Type tiltak", VESTLAND_TYPES[entry.type]], ["Ansvarleg", entry.ansvarlig],
                ["Samarbeidspartnarar", entry.partnere], ["Kort omtale", entry.beskrivelse]]
        word.table(doc, ["Tiltak", entry.tiltak], rows, fill="FFF2CC", widths=(4.8, 11.2))
        doc.add_paragraph()
    word.export(doc, report.file, out)


def build_minutes(file: str, out: Path) -> None:
    """Minutes of a regional meeting: it speaks of councils and measures but reports none."""
    doc = word.opening("Vestland fylkeskommune",
                       "Referat frå partnarskapsmøte om kompetanse, 12. oktober 2023",
                       "Til stades: representantar for fylkeskommunen, NAV Vestland, LO, NHO, KS og HVL.")
    for title, text in (
        ("Sak 14/23 Orientering om Kompetansebehovsutvalet", "Sekretariatet orienterte om den nye rapporten frå "
         "utvalet. Møtet drøfta kva funna tyder for Vestland. Ingen vedtak."),
        ("Sak 15/23 Innspel til handlingsprogrammet", "Partane ønskjer fleire tiltak for vaksne utan fagbrev. "
         "Administrasjonen tek innspela med i arbeidet med handlingsprogrammet for 2024."),
        ("Sak 16/23 Eventuelt", "Neste møte blir halde i januar 2024."),
    ):
        doc.add_heading(title, level=3)
        doc.add_paragraph(text)
    doc.add_paragraph("Referent: rådgivar, seksjon for kompetanse.")
    word.save(doc, out / file)

