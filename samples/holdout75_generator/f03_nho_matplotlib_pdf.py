"""NHO: a two-page PDF made by NHO Analyse with matplotlib (PdfPages, the pdf backend, TrueType fonts): page 1 a
landscape «dashboard» with a bar chart of the measures per category and a table drawn with matplotlib's table (Nr /
Tiltak / Strategimål / Kategori / Eier / Partnere), page 2 the descriptions as numbered paragraphs keyed to the table's
numbers. Every table cell is placed text, the chart's labels and counts are not measures. The trap is NHO Arktis' own
course series named after the joint programme, right under NHO's row for it. A prize postponed to February 2096 is
told only in words."""
from __future__ import annotations

import datetime as dt
import textwrap

from .common import ARR, FOU, INFO, KURS, RAD, pdf_text, row

FILENAME = "NHO kompetansetiltak 2095 (NHO Analyse).pdf"
MEMBER = "NHO"
FORMAT = ("PDF made with matplotlib's pdf backend (PdfPages; fonttype 42, so the text is TrueType text; Producer "
          "«Matplotlib pdf backend»), two A4-landscape pages; creation date fixed in the metadata")
SHAPE = ("analyst's dashboard: page 1 a title and a subtitle, a horizontal bar chart «Antall tiltak per kategori» (the "
         "category names and counts as axis labels; the postponed prize not counted) and a table drawn with matplotlib's table, Nr / Tiltak / "
         "Strategimål / Kategori / Eier / Partnere (partners parted by « / »); page 2 «Kort om tiltakene» with "
         "numbered paragraphs «1  Name. text» keyed to the table's numbers; delmål as a plain code; NHO's kind words "
         "(Partsplass, Kursprogram, Regional kursrekke, Kartlegging, Bransjedag, Veileder); the KBU seat «NHOs plass i "
         "Kompetansebehovsutvalget»; NHO Arktis' own course series named after the joint programme, right under it; a "
         "prize postponed to February 2096 told only in words (table row 7 and paragraph 7); a source line")
NOT_TRUTH = ("the title and subtitle, the bar chart (title, category names, counts), the table header, the Nr, "
             "Strategimål and Kategori cells, the « / » between partners, table row 7 and paragraph 7 "
             "'NHO-prisen for kompetanse 2095' (postponed to February 2096), the heading «Kort om tiltakene», the "
             "numbers before the paragraphs, the source line")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

# name, dm, kind, eier, partners, text, seed, type
ROWS = [
    ("NHOs plass i Kompetansebehovsutvalget", "1.1", "Partsplass", "NHO Analyse", [],
     "NHOs direktør for kompetanse satt i utvalget. NHO leverte tall fra kompetansebarometeret til utvalgets rapport "
     "om kompetanse for det grønne skiftet.", "M01", RAD),
    ("Havvindskolen", "2.4", "Kursprogram", "Norsk Industri", ["LO", "Fagskolerådet", "verftene på Stord"],
     "Norsk Industri sendte 340 ansatte fra 48 medlemsbedrifter på Havvindskolens kurs i sikkerhet, elektro og "
     "montasje. Bedriftene stilte verksteder til samlingene.", "J02", KURS),
    ("Havvindskolen Nord – NHO Arktis' egen kursrekke", "2.4", "Regional kursrekke", "NHO Arktis", ["UiT"],
     "Fire kurs i Hammerfest og Tromsø for leverandører til havvind i nord. Kursrekken er NHO Arktis' egen og er "
     "ikke en del av Havvindskolen.", None, KURS),
    ("Kartlegging av lærlingbehov i reiselivet", "2.3", "Kartlegging", "NHO Reiseliv", ["Samfunnsøkonomisk analyse"],
     "Spørreundersøkelse blant 900 reiselivsbedrifter om hvor mange lærlinger de kan ta inn i kokk- og "
     "servitørfaget de neste tre årene.", None, FOU),
    ("Bransjedag for prosessindustrien", "1.4", "Bransjedag", "Norsk Industri", ["NTNU", "Elkem"],
     "Bedrifter, fagskoler og NTNU møttes i Mo i Rana i april for å avtale nye studietilbud i prosessfag. 150 "
     "deltok.", None, ARR),
    ("Veileder for digital opplæring i små bedrifter", "2.1", "Veileder", "NHO Service og Handel", [],
     "Nettveileder med maler og eksempler på hvordan små bedrifter kan lage korte digitale kurs for de ansatte.",
     None, INFO),
    ("NHO-prisen for kompetanse 2095", "2.2", "Prisutdeling", "NHO Analyse", [],
     "Utdelingen er utsatt og holdes under NHOs årskonferanse i februar 2096.", "", None),
]


def build(out) -> list[dict]:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    plt.rcParams.update({"pdf.fonttype": 42, "font.family": "DejaVu Sans", "svg.hashsalt": "kpr75",
                         "pdf.compression": 6})
    meta = {"Title": "NHO – kompetansetiltak 2095", "Author": "NHO Analyse",
            "CreationDate": dt.datetime(2096, 1, 15, 14, 5, 0, tzinfo=dt.timezone.utc)}
    with PdfPages(out / FILENAME, metadata=meta) as pdf:
        fig = plt.figure(figsize=(11.69, 8.27))
        fig.text(0.05, 0.94, "NHO – kompetansetiltak 2095", fontsize=18, weight="bold")
        fig.text(0.05, 0.905, "Rapport til Kompetansepolitisk råd · utarbeidet av NHO Analyse, januar 2096",
                 fontsize=10, color="#555555")
        ax = fig.add_axes([0.25, 0.60, 0.45, 0.25])
        kinds = {}
        for r in ROWS:
            if r[7]:
                kinds[r[2]] = kinds.get(r[2], 0) + 1
        names = list(kinds)
        ax.barh(range(len(names)), [kinds[n] for n in names], color="#1f4e79")
        ax.set_yticks(range(len(names)))
        ax.set_yticklabels(names, fontsize=8)
        ax.invert_yaxis()
        ax.set_xticks([0, 1, 2])
        ax.set_title("Antall tiltak per kategori", fontsize=10)
        for s in ("top", "right"):
            ax.spines[s].set_visible(False)
        tax = fig.add_axes([0.05, 0.08, 0.9, 0.42])
        tax.axis("off")
        cells = [[str(i), n, dm, kind, eier, " / ".join(p) if p else "–"]
                 for i, (n, dm, kind, eier, p, *_r) in enumerate(ROWS, 1)]
        tab = tax.table(cellText=cells, colLabels=["Nr", "Tiltak", "Strategimål", "Kategori", "Eier", "Partnere"],
                        colWidths=[0.04, 0.36, 0.08, 0.13, 0.15, 0.24], loc="upper left", cellLoc="left")
        tab.auto_set_font_size(False)
        tab.set_fontsize(8)
        tab.scale(1, 1.6)
        for (r, c), cell in tab.get_celld().items():
            cell.set_edgecolor("#999999")
            if r == 0:
                cell.set_facecolor("#d9e2f3")
                cell.get_text().set_weight("bold")
        pdf.savefig(fig)
        plt.close(fig)

        fig = plt.figure(figsize=(11.69, 8.27))
        fig.text(0.05, 0.93, "Kort om tiltakene", fontsize=15, weight="bold")
        y = 0.87
        for i, (n, *_m, txt, _s, _t) in enumerate(ROWS, 1):
            fig.text(0.05, y, str(i), fontsize=10, weight="bold")
            fig.text(0.08, y, n + ".", fontsize=10, weight="bold")
            y -= 0.03
            for ln in textwrap.wrap(txt, 120):
                fig.text(0.08, y, ln, fontsize=10)
                y -= 0.028
            y -= 0.02
        fig.text(0.05, 0.05, "Kilde: NHO Analyse. Tallene gjelder kalenderåret 2095.", fontsize=8, color="#555555")
        pdf.savefig(fig)
        plt.close(fig)
    return [row(FILENAME, MEMBER, n, seed, dm, ty, eier, ", ".join(p), txt)
            for n, dm, _k, eier, p, txt, seed, ty in ROWS if ty]


def text(path) -> str:
    return pdf_text(path)
