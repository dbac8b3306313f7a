"""Word documents built around tables: merged headers, content controls, Nynorsk column order."""
from __future__ import annotations

import os

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .common import Row, cell_text, new_docx, save_docx, set_col_widths, shade


def _landscape(d) -> None:
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(s, side, Cm(1.8))


# ------------------------------------------------------------ Regjeringen
REGJ_FILE = "Regjeringen_rapport_kompetansepolitisk_raad_2057.docx"
REGJ = [
    # seed, tiltak, delmål, innsats, ansvarlig, samarbeid, kategori, type, beskrivelse
    ("M01", "Kompetansebehovsutvalget (KBU)", "1.1", "1", "Kunnskapsdepartementet",
     "Arbeids- og inkluderingsdepartementet, HK-dir", "Utvalg", "Råd/utvalg/nettverk",
     "Utvalget er oppnevnt for perioden 2055–2059 og la fram sin tredje hovedrapport i juni 2057. "
     "Departementet har sekretariatsansvaret."),
    ("R101", "Ekstern gjennomgang av KBUs mandat", "1.1", "1", "Kunnskapsdepartementet",
     "Arbeids- og inkluderingsdepartementet", "Utredning", "FoU",
     "Før ny oppnevning i 2059 gjennomgås mandat, sammensetning og arbeidsform. Oppdraget er lyst ut, "
     "og rapport ventes våren 2058."),
    ("M05", "Nasjonalt fagskoleråd", "2.4", "2", "Kunnskapsdepartementet", "", "Råd",
     "Råd/utvalg/nettverk",
     "Rådet gir departementet råd om utviklingen av fagskolesektoren. Nytt råd ble oppnevnt fra "
     "1. mars 2057 med representanter for partene, fagskolene og fylkeskommunene."),
    ("R102", "Tilskudd til fleksible videreutdanningstilbud", "2.4", "2", "HK-dir",
     "Fagskoler, universiteter og høgskoler", "Tilskuddsordning", "Kurs/utdanning",
     "Ordningen finansierer korte, nettbaserte tilbud som er utviklet i samarbeid med bransjer og "
     "virksomheter. 41 tilbud fikk støtte i 2057."),
    ("R103", "Forsøk med modulstrukturert opplæring for voksne", "3.1", "3", "Kunnskapsdepartementet",
     "Fylkeskommunene", "Forsøk", "Prosjekt",
     "Forsøket er utvidet til alle fylker og omfatter nå tolv lærefag. Voksne kan ta fag- og "
     "svennebrev i moduler tilpasset egen arbeidssituasjon."),
    ("R104", "Kampanjen «Digital i jobben»", "2.1", "2", "Digitaliseringsdirektoratet",
     "Partene i arbeidslivet", "Kampanje", "Informasjon",
     "Informasjonskampanje rettet mot arbeidstakere og små virksomheter om gratis kurs i "
     "grunnleggende digitale ferdigheter."),
    ("R140", "Toårig yrkesrettet opplæring i NAV", "3.5", "3", "Arbeids- og inkluderingsdepartementet",
     "Arbeids- og velferdsdirektoratet, fylkeskommunene", "Opplæringstiltak", "Kurs/utdanning",
     "NAV har utvidet tilbudet om toårig yrkesrettet opplæring for arbeidssøkere som trenger fagbrev "
     "for å komme i jobb. 1 900 deltakere i 2057."),
]


def build_regjeringen(out: str) -> list[Row]:
    d = new_docx("Regjeringens rapportering 2057", "Kunnskapsdepartementet")
    _landscape(d)
    d.add_heading("Regjeringens rapportering til Kompetansepolitisk råd – 2057", level=1)
    d.add_paragraph(
        "Kunnskapsdepartementet har samordnet rapporteringen fra berørte departementer. Tabellen "
        "viser tiltak under Nasjonal kompetansepolitisk strategi som ble gjennomført eller "
        "videreført i 2057. Tiltak som er avsluttet, er ikke tatt med.")
    t = d.add_table(rows=2 + len(REGJ) + 1, cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    # vertical merges
    for col, label in [(0, "Nr."), (1, "Tiltak"), (6, "Kategori"), (7, "Status og beskrivelse 2057")]:
        m = h0[col].merge(h1[col])
        cell_text(m, label, bold=True)
    m = h0[2].merge(h0[3])
    cell_text(m, "Forankring i strategien", bold=True)
    m = h0[4].merge(h0[5])
    cell_text(m, "Gjennomføring", bold=True)
    for col, label in [(2, "Delmål"), (3, "Innsatsområde"), (4, "Ansvarlig"), (5, "Samarbeid med")]:
        cell_text(t.rows[1].cells[col], label, bold=True)
    for r in (0, 1):
        for c in t.rows[r].cells:
            shade(c, "D9E2F3")
    rows: list[Row] = []
    for i, (seed, name, dm, io, ans, sam, kat, typ, besk) in enumerate(REGJ, start=1):
        cells = t.rows[1 + i].cells
        for c, v in zip(cells, [f"{i}.", name, dm, io, ans, sam, kat, besk]):
            cell_text(c, v, size=9.5)
        rows.append(Row(REGJ_FILE, "Regjeringen", name, seed, dm, typ, ans, sam, besk))
    last = t.rows[-1].cells
    m = last[0].merge(last[-1])
    cell_text(m, "Kilde: departementenes innrapportering per 1. november 2057.", size=8)
    set_col_widths(t, [Cm(1.0), Cm(5.4), Cm(1.8), Cm(2.6), Cm(3.8), Cm(3.2), Cm(2.4), Cm(5.9)])
    d.add_paragraph("")
    d.add_paragraph("Kontaktperson: seniorrådgiver i Kompetansepolitisk avdeling, Kunnskapsdepartementet.")
    save_docx(d, os.path.join(out, REGJ_FILE))
    return rows


# ------------------------------------------------------------ Akademikerne
AKAD_FILE = "Akademikerne_tiltaksskjema_2057.docx"
AKAD = [
    ("M03", "Akademikernes deltakelse i RSA-ene", "1.4",
     "1.4 Samarbeid mellom utdanning og arbeidsliv",
     "Medlemsforeningene sitter i rådene for samarbeid med arbeidslivet ved NTNU, UiB og UiO og "
     "bidrar til at studieprogrammene speiler behovene i akademiske yrker.",
     "Nettverk/representasjon", "Råd/utvalg/nettverk", "Sekretariatet i Akademikerne"),
    ("R125", "Kurspakke i kunstig intelligens for yrkesaktive akademikere", "2.1",
     "2.1 Digital kompetanse i arbeidsstyrken",
     "Medlemsforeningene tilbyr sammen med tre universiteter korte, nettbaserte emner på 2,5 "
     "studiepoeng i KI og dataanalyse.",
     "Kurs", "Kurs/utdanning", "Tekna og Samfunnsøkonomene"),
    ("R126", "Veileder om godkjenning av utenlandsk profesjonsutdanning", "2.6",
     "2.6 Godkjenning av utenlandsk utdanning",
     "Digital veileder for medlemmer og arbeidsgivere om hvordan utenlandsk utdanning godkjennes, "
     "og hvor man søker om kompletterende utdanning.",
     "Informasjonsmateriell", "Informasjon", "Legeforeningen og Tannlegeforeningen"),
]
_PLACEHOLDER = "Klikk eller trykk her for å skrive inn tekst."
_sdt_id = [880100]


def _sdt_wrap(el, tag: str, alias: str, placeholder: bool = False, dropdown: list | None = None):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    i = OxmlElement("w:id")
    _sdt_id[0] += 1
    i.set(qn("w:val"), str(_sdt_id[0]))
    pr.extend([a, tg, i])
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    if dropdown:
        dd = OxmlElement("w:dropDownList")
        for disp in dropdown:
            li = OxmlElement("w:listItem")
            li.set(qn("w:displayText"), disp)
            li.set(qn("w:value"), disp.split(" ")[0])
            dd.append(li)
        pr.append(dd)
    content = OxmlElement("w:sdtContent")
    el.addprevious(sdt)
    sdt.append(pr)
    sdt.append(content)
    content.append(el)
    return sdt


def build_akademikerne(out: str) -> list[Row]:
    d = new_docx("Tiltaksskjema Kompetansepolitisk råd 2057", "Akademikerne")
    d.sections[0].left_margin = d.sections[0].right_margin = Cm(2.0)
    d.add_heading("Skjema for rapportering av tiltak – Nasjonal kompetansepolitisk strategi", level=1)
    d.add_paragraph("Medlem: Akademikerne          Rapporteringsår: 2057")
    d.add_paragraph("Fyll inn ett tiltak per rad. Bruk nedtrekkslisten for delmål.").runs[0].italic = True
    headers = ["Navn på tiltak", "Delmål (velg fra liste)", "Kort beskrivelse", "Tiltakstype",
               "Ansvarlig/kontakt"]
    tags = ["tiltak_navn", "delmaal", "beskrivelse", "tiltakstype", "ansvarlig"]
    dd_items = [a[3] for a in AKAD] + ["1.1 Kompetansebehovsutvalget", "1.3 Karriereveiledning",
                                        "2.4 Etter- og videreutdanning", "3.1 Opplæring for voksne"]
    t = d.add_table(rows=1 + len(AKAD) + 1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        cell_text(c, h, bold=True)
        shade(c, "FCE4D6")
    rows: list[Row] = []
    for r_i, (seed, name, dm, dm_disp, besk, own_type, typ, ans) in enumerate(AKAD, start=1):
        vals = [name, dm_disp, besk, own_type, ans]
        for c_i, (c, v) in enumerate(zip(t.rows[r_i].cells, vals)):
            cell_text(c, v)
        rows.append(Row(AKAD_FILE, "Akademikerne", name, seed, dm, typ, ans, "", besk))
    for c in t.rows[-1].cells:
        cell_text(c, _PLACEHOLDER)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    # wrap every cell paragraph in a content control, then the whole table in a repeating section
    for r_i, row in enumerate(t.rows):
        if r_i == 0:
            continue
        for c_i, c in enumerate(row.cells):
            ph = r_i == len(t.rows) - 1
            for p in list(c.paragraphs):
                _sdt_wrap(p._p, tags[c_i], headers[c_i], placeholder=ph,
                          dropdown=dd_items if c_i == 1 else None)
    set_col_widths(t, [Cm(3.4), Cm(2.8), Cm(5.6), Cm(2.6), Cm(2.6)])
    _sdt_wrap(t._tbl, "tiltakstabell", "Tiltakstabell")
    d.add_paragraph("")
    d.add_paragraph("Skjemaet er utfylt av Akademikernes sekretariat, november 2057.")
    save_docx(d, os.path.join(out, AKAD_FILE))
    return rows


# ------------------------------------------------------------ Vestland (nynorsk)
VEST_FILE = "Vestland_fylkeskommune_rapportering_2057_nynorsk.docx"
VEST = [
    ("M06", "Nettverk", "1.3", "Nasjonalt forum for karrierevegleiing",
     "Karriere Vestland møter fast i forumet og deler erfaringar frå vegleiing av vaksne i omstilling.",
     "Karriere Vestland", "", "Råd/utvalg/nettverk"),
    ("R130", "Nettverk", "1.3", "Regionalt forum for karrierevegleiing i Vestland",
     "Fylkeskommunen leier eit eige regionalt forum, etter mønster frå det nasjonale forumet, for "
     "NAV, kommunane, høgskulane og partane.",
     "Seksjon for karriere og kompetanse", "NAV Vestland, HVL, UiB, KS Vestland", "Råd/utvalg/nettverk"),
    ("M05", "Råd", "2.4", "Nasjonalt fagskuleråd",
     "Vestland fylkeskommune er representert i Nasjonalt fagskuleråd ved fylkesdirektør for "
     "opplæring og kompetanse.",
     "Fylkesdirektør opplæring og kompetanse", "", "Råd/utvalg/nettverk"),
    ("R131", "Samling", "1.2", "Kompetansesamling Vestland 2057",
     "Årleg samling for kommunar, næringsliv, tilbydarar og partane om kompetansebehov i regionen. "
     "180 deltakarar i Førde i april.",
     "Seksjon for karriere og kompetanse", "KS Vestland, NHO Vestland, LO i Vestland", "Arrangement"),
    ("R132", "Kartlegging", "2.4", "Kartlegging av kompetansebehov i havbruk og maritim næring",
     "Spørjeundersøking til 240 verksemder om behov for etter- og vidareutdanning. Resultata er "
     "brukte i dialogen med fagskulane.",
     "Analyseeininga", "Fagskulen Vestland, Sjømat Norge", "FoU"),
]


def build_vestland(out: str) -> list[Row]:
    d = new_docx("Rapportering Kompetansepolitisk råd 2057", "Vestland fylkeskommune")
    _landscape(d)
    d.add_heading("Vestland fylkeskommune – rapportering til Kompetansepolitisk råd 2057", level=1)
    d.add_paragraph(
        "Vestland fylkeskommune rapporterer her på tiltak som fylkeskommunen har gjennomført eller "
        "delteke i i 2057. Tiltaka er sorterte etter type. Kolonna «Delmål» viser til delmåla i "
        "Nasjonal kompetansepolitisk strategi.")
    headers = ["Type", "Delmål", "Namn på tiltaket", "Skildring", "Ansvarleg", "Partnarar"]
    t = d.add_table(rows=1 + len(VEST), cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        cell_text(c, h, bold=True)
        shade(c, "E2EFDA")
    rows: list[Row] = []
    for i, (seed, own, dm, name, besk, ans, sam, typ) in enumerate(VEST, start=1):
        cells = t.rows[i].cells
        for c_i, (c, v) in enumerate(zip(cells, [own, dm, name, besk, ans, sam])):
            if c_i == 0 and i == 2:
                continue  # merged with the row above
            cell_text(c, v)
        rows.append(Row(VEST_FILE, "Vestland fylkeskommune", name, seed, dm, typ, ans, sam, besk))
    m = t.rows[1].cells[0].merge(t.rows[2].cells[0])
    cell_text(m, "Nettverk")
    set_col_widths(t, [Cm(2.6), Cm(1.7), Cm(5.2), Cm(9.0), Cm(3.6), Cm(3.5)])
    p = d.add_paragraph()
    p.add_run("Kontakt: ").bold = True
    p.add_run("Seksjon for karriere og kompetanse, Vestland fylkeskommune.")
    save_docx(d, os.path.join(out, VEST_FILE))
    return rows
