"""oppsummering.md and oppsummering.docx: a Norwegian draft of the secretariat's summary, every number from the register.

The text is composed once as blocks (headings, paragraphs, tables, figures) and rendered to both formats.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence, Union

import docx
from docx.shared import Cm, RGBColor

from normalise.catalogue import Catalogue

from ..flow import FlowRow
from ..summary import Change, DelmalCount, Summary
from .word import A4_CM, new_document

NOTE_PREFIX = "Merknad til redaktøren: "
FIRST_COLUMN_CM, OTHER_COLUMNS_CM = 4.5, 2.7
MARGIN_CM = 2.5
TEXT_WIDTH_CM = A4_CM[0] - 2 * MARGIN_CM  # figures span the text block of a portrait A4 page
_WORDS = ("null", "ett", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti")
# How the introduction groups the members who reported, by the catalogue's member kind.
KIND_LABELS = {"partene": "Hovedsammenslutningene i arbeidslivet", "frivilligheten": "Frivilligheten",
               "fylkeskommune": "Fylkeskommuner og kommuner"}


@dataclass(frozen=True)
class Heading:
    text: str
    level: int


@dataclass(frozen=True)
class Para:
    text: str
    note: bool = False  # an editor's note: the secretariat writes or checks this part


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    last_row_bold: bool = False


@dataclass(frozen=True)
class Figure:
    file: str
    caption: str


Block = Union[Heading, Para, Bullets, Table, Figure]


# ------------------------------------------------------------------------------------ Norwegian wording
def tall(n: int) -> str:
    """Small counts in words, as the secretariat writes them ('fire delmål', 'ett tiltak'); larger in digits."""
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


def stor(text: str) -> str:
    return text[:1].upper() + text[1:]


def liste(items: Sequence[str]) -> str:
    """'a', 'a og b', 'a, b og c'."""
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1] if items else ""


def _type_word(name: str) -> str:
    """A type name inside a sentence: 'kurs/utdanning', but acronyms such as 'FoU' as written."""
    return name[:1].lower() + name[1:] if name[1:] == name[1:].lower() else name


def _quoted(d: DelmalCount) -> str:
    return f"delmål {d.code} «{d.text.rstrip('. ')}»"


def _percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


# ------------------------------------------------------------------------------------ the sections
def _introduction(s: Summary, catalogue: Catalogue) -> list[Block]:
    blocks: list[Block] = [Heading("Innledning", 1), Para(
        f"Rådsmedlemmene rapporterer hvert år om hvordan de konkret følger opp delmålene i {catalogue.strategy}. "
        f"Denne oppsummeringen bygger på den samlede rapporteringen for {s.year}.")]
    if s.members:
        blocks.append(Para(f"Disse rådsmedlemmene har rapportert inn tiltak for {s.year}:" if len(s.members) > 1
                           else f"Dette rådsmedlemmet har rapportert inn tiltak for {s.year}:"))
        groups: dict[str, list[str]] = {}
        for name in s.members:
            org = catalogue.organisation(name)
            groups.setdefault(org.kind if org else "", []).append(name)
        items = []
        for kind, names in groups.items():
            label = KIND_LABELS.get(kind)
            items.append(f"{label} ({', '.join(names)})" if label and len(names) > 1 else
                         f"{label} representert ved {names[0]}" if label and kind == "frivilligheten" else ", ".join(names))
        blocks.append(Bullets(tuple(items)))
    text = (f"Det er innrapportert totalt {tall(s.total)} tiltak fordelt på de {tall(len(s.omrader))} "
            "hovedinnsatsområdene.")
    # A year known from counts alone still has a total when every område's count is known.
    if s.previous is not None and all(o.id in s.previous.per_omrade for o in catalogue.omrader):
        text += f" I {s.previous.year} ble det rapportert inn {tall(sum(s.previous.per_omrade.values()))} tiltak."
    if s.unplaced:
        text += f" {stor(tall(s.unplaced))} tiltak er ikke knyttet til noe delmål og står for seg i matrisen."
    blocks.append(Para(text))
    if s.needs_review:
        blocks.append(Para(f"{stor(tall(s.needs_review))} av tiltakene er merket «Bør kontrolleres» i registeret "
                           "(register.xlsx). Tallene i dette utkastet kan endre seg når de er gått gjennom.", note=True))
    return blocks


def _types(s: Summary, catalogue: Catalogue) -> list[Block]:
    names = [t.name for t in catalogue.types]
    blocks: list[Block] = [Heading("Hvilke typer tiltak er rapportert inn?", 1), Para(
        f"Tiltakene er plassert i kategorier for å beskrive tiltakenes art. Det er {tall(len(names))} kategorier: "
        f"{liste([_type_word(n) for n in names])}.")]
    if s.councils:
        blocks.append(Para("Noen råd/utvalg/nettverk der flere av rådsmedlemmene deltar, er registrert som ett tiltak. "
                           f"Dette gjelder {liste(s.councils)}."))
    blocks.append(Para("De innrapporterte tiltakene fordeler seg på de ulike kategoriene slik:"))
    table = s.types
    columns = tuple(f"Område {o}" if o else "Uten område" for o in table.omrader)
    rows = [(t.type or "Uten type", str(t.total), *map(str, t.counts)) for t in table.rows]
    rows.append(("Sum", str(table.total), *map(str, table.column_totals)))
    blocks.append(Table(("Kategori", "Totalt", *columns), tuple(rows), last_row_bold=True))
    ranked = sorted((t for t in table.rows if t.type and t.total), key=lambda t: -t.total)
    if ranked:
        top = [t for t in ranked if t.total == ranked[0].total]
        if len(top) == 1:
            where = max(range(len(table.omrader)), key=lambda i: top[0].counts[i])
            blocks.append(Para(f"Den største kategorien er {_type_word(top[0].type)} med {top[0].total} tiltak, "
                               f"hvorav {top[0].counts[where]} på hovedinnsatsområde {table.omrader[where]}."))
        else:
            blocks.append(Para(f"De største kategoriene er {liste([_type_word(t.type) for t in top])} "
                               f"med {top[0].total} tiltak hver."))
    return blocks


def _collaboration(s: Summary) -> list[Block]:
    c = s.collaboration
    text = (f"{c.with_partner} av {c.total} tiltak ({_percent(c.with_partner, c.total)} prosent) oppgir minst én "
            "samarbeidspartner.")
    if s.previous_collaboration is not None:
        p = s.previous_collaboration
        text += f" I {s.previous.year if s.previous else s.year - 1} gjaldt det {_percent(p.with_partner, p.total)} prosent."
    blocks: list[Block] = [Heading("Grad av samarbeid", 1), Para(text), Para(
        f"I {tall(c.several_members)} tiltak deltar flere rådsmedlemmer, enten som ansvarlige, som samarbeidspartnere "
        "eller ved at flere har rapportert det samme tiltaket.")]
    if c.top_pairs:
        blocks.append(Para("Disse rådsmedlemmene deltar oftest i de samme tiltakene:"))
        blocks.append(Bullets(tuple(f"{p.a} og {p.b}: {tall(p.tiltak)} tiltak" for p in c.top_pairs)))
        blocks.append(Figure("samarbeid.png", "Samarbeid mellom rådsmedlemmene: sirkelen viser hvor mange tiltak "
                             "rådsmedlemmet deltar i, streken hvor mange tiltak to rådsmedlemmer deltar i sammen."))
    blocks.append(Para("Sekretariatets vurdering av samarbeidet, for eksempel hvilke samarbeidspartnere utenfor rådet "
                       "som går igjen.", note=True))
    return blocks


def _before(change: Change | None, previous_year: int) -> str:
    if change is None or change.before is None:
        return ""
    if change.before == change.now:
        return f", det samme som i {previous_year}"
    return f", mot {tall(change.before)} tiltak i {previous_year}"


def _spread(s: Summary, catalogue: Catalogue) -> list[Block]:
    comparison = s.comparison
    empty = [d for d in s.delmal if d.count == 0]
    blocks: list[Block] = [Heading("Tiltakenes spredning på hovedinnsatsområder og delmål", 1), Para(
        f"Tiltakene fordeler seg slik på de {tall(len(s.omrader))} hovedinnsatsområdene: "
        + liste([f"{o.count} på hovedinnsatsområde {o.id}" for o in s.omrader]) + ". "
        + ("Alle delmålene har minst ett tiltak knyttet til seg." if not empty else
           f"{stor(tall(len(empty)))} delmål har ingen tiltak: {liste([d.code for d in empty])}."))]
    years = f"{s.year}" + (" (nye og videreførte)" if s.flow and s.flow.known else "") + (
        f" og {comparison.other_year}" if comparison else "")
    blocks += [Heading("Tiltakenes fordeling på delmål", 2), Figure("delmal.png", f"Tiltak per delmål, {years}"),
               Heading("Hovedinnsatsområder og delmål med mange tiltak", 2)]
    most = max((o.count for o in s.omrader), default=0)
    for omrade in s.omrader:
        blocks.append(Heading(f"{omrade.id}. {omrade.name}", 3))
        text = f"Hovedinnsatsområde {omrade.id} har {tall(omrade.delmal)} delmål og {tall(omrade.count)} tiltak"
        change = comparison.omrade(omrade.id) if comparison else None
        if comparison and change is not None and change.before is not None:
            text += f", mens det i {comparison.other_year} ble rapportert inn {tall(change.before)} tiltak"
        text += "."
        if omrade.count == most and most and sum(o.count == most for o in s.omrader) == 1:
            text += " Dette hovedinnsatsområdet har flest tiltak."
        blocks.append(Para(text))
        large = sorted((d for d in s.delmal if d.omrade == omrade.id and d.count >= s.threshold), key=lambda d: -d.count)
        sentences = [
            f"{stor(_quoted(d))} har {tall(d.count)} tiltak"
            + (_before(comparison.delmal_change(d.code), comparison.other_year) if comparison else "") + "."
            for d in large[:2]
        ]
        if sentences:
            blocks.append(Para(" ".join(sentences)))
        elif omrade.count:
            blocks.append(Para(f"Ingen av delmålene her har {tall(s.threshold)} tiltak eller flere."))
    return blocks


def _flow_table(first: str, rows: Sequence[FlowRow], label) -> Table:
    return Table((first, "Nye", "Videreført", "Meldt avsluttet", "Ikke rapportert i år"),
                 tuple((label(r.key), str(r.new), str(r.continued), str(r.ended_reported), str(r.not_reported))
                       for r in rows))


def _flow(s: Summary, catalogue: Catalogue) -> list[Block]:
    """New, continued and ended measures since last year, when last year's register or the forms tell."""
    f, last = s.flow, s.year - 1
    if f is None:
        return []  # not counted (a summary made without the run's register)
    blocks: list[Block] = [Heading("Nye, videreførte og avsluttede tiltak", 1)]
    if not (f.known or f.total.continued or f.total.ended_reported):
        return blocks + [Para(f"Historikken har ikke hele registeret for {last}, og ingen rapporteringsskjemaer "
                              "kobler tiltak til fjoråret, så utkastet kan ikke si hvilke tiltak som er nye, "
                              "videreført eller avsluttet.", note=True)]
    t = f.total
    changed = f" ({tall(t.changed)} av dem endret, ifølge rådsmedlemmenes skjemaer)" if t.changed else ""
    if f.known:
        ended = (f"{stor(tall(t.ended_reported))} av tiltakene fra {last} er meldt avsluttet i rapporteringsskjemaene, "
                 f"og {tall(t.not_reported)} er ikke rapportert i år." if t.ended_reported else
                 f"{stor(tall(t.not_reported))} av tiltakene fra {last} er ikke rapportert i år.")
        text = (f"Av de {tall(s.total)} tiltakene i {s.year} er {tall(t.new)} nye og {tall(t.continued)} videreført "
                f"fra {last}{changed}. {ended} Tiltak som ikke er rapportert i år, regnes som avsluttet, men kan også "
                "være glemt i rapporteringen.")
    else:
        text = (f"Historikken har ikke hele registeret for {last}, så bare rapporteringsskjemaene sier noe om "
                f"fjoråret: {tall(t.continued)} tiltak er videreført{changed}, og {tall(t.ended_reported)} er meldt "
                "avsluttet. Hvilke tiltak som er nye, kan utkastet ikke si.")
    blocks.append(Para(text))
    if f.unsure:
        blocks.append(Para(f"{stor(tall(f.unsure))} tiltak kan være videreføringer, men koblingen til fjoråret er "
                           "usikker. De er regnet som nye til de er kontrollert i review.xlsx.", note=True))
    omrade_name = {o.id: f"{o.id}. {o.name}" for o in catalogue.omrader}
    blocks += [Para("Per hovedinnsatsområde:"), _flow_table("Hovedinnsatsområde", f.omrader, omrade_name.get),
               Para("Per delmål:"), _flow_table("Delmål", f.delmal, str)]
    if f.members:
        blocks += [Para("Per rådsmedlem (et tiltak flere melder, telles hos hver av dem):"),
                   _flow_table("Rådsmedlem", f.members, str)]
    return blocks + _throughout(s)


def _throughout(s: Summary) -> list[Block]:
    """The tiltak continued in every year of the strategy's period so far, with the years the history lacks."""
    t = s.throughout
    if t is None:
        return []
    span = f"{t.years[0]}–{t.years[-1]}" if len(t.years) > 1 else str(t.years[0])
    lacking = (f" Historikken har ikke hele registeret for {liste([str(y) for y in t.missing])}, så listen gjelder "
               f"årene den har ({liste([str(y) for y in t.years])})." if t.missing else "")
    blocks: list[Block] = [Heading("Tiltak som er videreført gjennom strategiperioden", 2)]
    if len(t.years) < 2:
        return blocks + [Para(f"Historikken har ingen av årene fra {t.first} til {s.year - 1}, så utkastet kan ikke "
                              "si hvilke tiltak som er videreført gjennom strategiperioden.", note=True)]
    if not t.tiltak:
        return blocks + [Para(f"Ingen av tiltakene i {s.year} er rapportert hvert år i {span}.{lacking}")]
    return blocks + [Para(f"{stor(tall(len(t.tiltak)))} tiltak er rapportert hvert år i {span}.{lacking}"),
                     Table(("Delmål", "Tiltak", "Rapportert av"),
                           tuple((e.delmal, e.tiltak, ", ".join(e.rapportert_av)) for e in t.tiltak))]


def _few(s: Summary) -> list[Block]:
    blocks: list[Block] = [Heading(f"Delmål med færre enn {tall(s.threshold)} tiltak", 1)]
    if not s.few:
        return blocks + [Para(f"Alle delmålene har {tall(s.threshold)} tiltak eller flere.")]
    comparison = s.comparison
    for omrade in s.omrader:
        few = [d for d in s.few if d.omrade == omrade.id]
        if not few:
            continue
        blocks.append(Heading(f"{omrade.id}. {omrade.name}", 2))
        share = (f"alle de {tall(omrade.delmal)} delmålene" if len(few) == omrade.delmal
                 else f"{tall(len(few))} av {tall(omrade.delmal)} delmål")
        blocks.append(Para(f"På hovedinnsatsområde {omrade.id} har {share} færre enn {tall(s.threshold)} tiltak."))
        for d in few:
            has = f"har {tall(d.count)} tiltak" if d.count else "har ingen tiltak"
            before = _before(comparison.delmal_change(d.code), comparison.other_year) if comparison else ""
            blocks.append(Para(f"{stor(_quoted(d))} {has}{before}."))
    return blocks


def _appendix(catalogue: Catalogue) -> list[Block]:
    blocks: list[Block] = [Heading(f"Vedlegg 1: Delmål i {catalogue.strategy}", 1)]
    for omrade in catalogue.omrader:
        blocks.append(Heading(f"Hovedinnsatsområde {omrade.id}: {omrade.name}", 2))
        blocks += [Para(f"{d.code} {d.text}") for d in catalogue.delmal if d.omrade == omrade.id]
    blocks += [Heading("Vedlegg 2: Matrise over de innrapporterte tiltakene", 1),
               Para("Matrisen står i matrix.docx, og i register.xlsx med ett ark per hovedinnsatsområde.")]
    return blocks


def compose(s: Summary, catalogue: Catalogue) -> list[Block]:
    """The draft report, section by section as in the secretariat's summary."""
    return [
        Heading(f"Oppsummering av tiltak i oppfølgingen av {catalogue.strategy}", 0),
        Para(f"Utkast for rapporteringsåret {s.year}, laget fra det samlede registeret. Tallene er hentet fra "
             "registeret; vurderingene skrives av sekretariatet.", note=True),
        *_introduction(s, catalogue), *_types(s, catalogue), *_collaboration(s), *_spread(s, catalogue), *_few(s),
        *_flow(s, catalogue),
        Heading("Spørsmål til diskusjon", 1),
        Para("Sekretariatet skriver spørsmålene til diskusjon her, for eksempel hvilke prioriteringer rådet skal "
             "arbeide med fremover.", note=True),
        *_appendix(catalogue),
    ]


# ------------------------------------------------------------------------------------ rendering
def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_markdown(blocks: Sequence[Block]) -> str:
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Heading):
            out.append("#" * (b.level + 1) + " " + b.text)
        elif isinstance(b, Para):
            out.append(f"> *{NOTE_PREFIX}{b.text}*" if b.note else b.text)
        elif isinstance(b, Bullets):
            out.append("\n".join(f"- {item}" for item in b.items))
        elif isinstance(b, Table):
            rows = [b.header, tuple("---" for _ in b.header), *b.rows]
            if b.last_row_bold and b.rows:
                rows[-1] = tuple(f"**{c}**" for c in rows[-1])
            out.append("\n".join("| " + " | ".join(_md_cell(c) for c in r) + " |" for r in rows))
        elif isinstance(b, Figure):
            out.append(f"![{b.caption}]({b.file})\n\n*{b.caption}*")
    return "\n\n".join(out) + "\n"


def render_docx(blocks: Sequence[Block], images: Path) -> docx.document.Document:
    """The draft as a Word document; figures are read from the folder `images`."""
    document = new_document(landscape=False, margin_cm=MARGIN_CM, size_pt=11)
    for b in blocks:
        if isinstance(b, Heading):
            document.add_heading(b.text, b.level)
        elif isinstance(b, Para):
            if b.note:
                run = document.add_paragraph().add_run(NOTE_PREFIX + b.text)
                run.italic = True
                run.font.color.rgb = RGBColor(0x80, 0x40, 0x00)
            else:
                document.add_paragraph(b.text)
        elif isinstance(b, Bullets):
            for item in b.items:
                document.add_paragraph(item, style="List Bullet")
        elif isinstance(b, Table):
            if document.paragraphs:
                document.paragraphs[-1].paragraph_format.keep_with_next = True  # the sentence introducing it
            table = document.add_table(rows=1 + len(b.rows), cols=len(b.header))
            table.style = "Table Grid"
            table.autofit = False
            widths = [Cm(FIRST_COLUMN_CM)] + [Cm(OTHER_COLUMNS_CM)] * (len(b.header) - 1)
            for column, width in zip(table.columns, widths):
                column.width = width
            for r, values in enumerate((b.header, *b.rows)):
                bold = r == 0 or (b.last_row_bold and r == len(b.rows))
                for c, value in enumerate(values):
                    cell = table.cell(r, c)
                    cell.width = widths[c]
                    paragraph = cell.paragraphs[0]
                    paragraph.add_run(value).bold = bold
                    # Keeps the small table on one page, as a table in a report should be.
                    paragraph.paragraph_format.keep_with_next = r < len(b.rows)
            document.add_paragraph()
        elif isinstance(b, Figure):
            document.add_picture(str(images / b.file), width=Cm(TEXT_WIDTH_CM))
            document.add_paragraph().add_run(b.caption).italic = True
    return document


def write_oppsummering(markdown: Path, word: Path, summary: Summary, catalogue: Catalogue, images: Path) -> None:
    """Both drafts; `images` is the folder holding delmal.png and samarbeid.png."""
    blocks = compose(summary, catalogue)
    markdown.write_text(render_markdown(blocks), encoding="utf-8")
    render_docx(blocks, images).save(str(word))
