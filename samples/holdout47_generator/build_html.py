"""HTML sources converted by LibreOffice: 02 NHO e-mail (→ PDF), 14 Agder web page (→ DOCX)."""
import os
import tempfile

from .common import esc, normalise_zip, patch_pdf, soffice_convert


def build_nho(spec, path):
    R = {r.seed: r for r in spec.rows}
    u = [r for r in spec.rows if r.seed.startswith("U")]

    def para(text):
        return "<p>%s</p>\n" % esc(text)

    body = []
    body.append(para("Hei,"))
    body.append(para("Takk for påminnelsen. Under følger NHOs rapportering for 2067. Vi fikk ikke lagt det inn i "
                     "malen denne gangen, så jeg håper det går greit at det kommer i e-posten. Tallene i "
                     "parentes er delmålene i strategien."))
    body.append("<p><b>Råd og utvalg</b></p>\n")
    for k in ("M01", "M02", "M05"):
        body.append(para("%s %s" % (R[k].beskr, R[k].dm)))
    body.append("<p><b>Prosjekter og arrangementer</b></p>\n")
    r = R["J01"]
    body.append(para("%s: %s Ansvarlig hos oss: %s. %s" % (r.tiltak, r.beskr, r.ansvarlig, r.dm)))
    r = R["J02"]
    body.append(para("%s %s" % (r.beskr, r.dm)))
    r = R["J07"]
    body.append(para(r.beskr))
    body.append("<p><b>Egne tiltak</b></p>\n")
    r = u[0]
    body.append(para("Pilot: %s. %s %s" % (r.tiltak.lower(), r.beskr, r.dm)))
    r = u[1]
    body.append(para("%s: %s %s" % (r.tiltak, r.beskr, r.dm)))
    body.append(para("Til orientering: Når det gjelder Norsk på arbeidsplassen, viser vi til KS' rapportering. "
                     "NHO deltok bare på oppstartsmøtet og regner det ikke som vårt tiltak. Det samme gjelder "
                     "Yrkes-NM, der NHO Service og Handel stilte med jurymedlemmer."))
    body.append(para("Si fra hvis dere trenger noe mer."))
    body.append("<p>Vennlig hilsen<br/>Kari Nordvik<br/>fagsjef kompetanse<br/>NHO Arbeidsliv<br/>"
                "Tlf. 23 08 80 00</p>\n")

    quoted = (
        "<p>Hei alle,</p>"
        "<p>Vi minner om rapporteringen for 2067, med frist 1. mars. Vi ber om tiltak som er gjennomført eller "
        "pågått i 2067. For hvert tiltak ønsker vi navn, delmål (1.1–3.6), type (FoU, Kurs/utdanning, "
        "Råd/utvalg/nettverk, Prosjekt, Informasjon eller Arrangement), ansvarlig, samarbeidspartnere og en kort "
        "beskrivelse.</p>"
        "<p>Deltakelse i råd og utvalg, for eksempel KBU, SRY og Nasjonalt fagskoleråd, skal også tas med. "
        "Malen ligger vedlagt.</p>"
        "<p>Hilsen<br/>sekretariatet for Kompetansepolitisk råd</p>")

    html = """<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"/><title>SV: Rapportering for 2067 – frist 1. mars</title>
<style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
table.hdr td { font-size: 10pt; padding: 1px 6px 1px 0; vertical-align: top; }
td.k { font-weight: bold; }
p { margin: 0 0 8pt 0; }
blockquote { border-left: 2px solid #1F4E79; margin-left: 4pt; padding-left: 8pt; color: #1F3864; }
</style></head><body>
<p style="font-size:15pt"><b>SV: Rapportering for 2067 – frist 1. mars</b></p>
<table class="hdr">
<tr><td class="k">Fra:</td><td>Kari Nordvik &lt;kari.nordvik@nho.no&gt;</td></tr>
<tr><td class="k">Sendt:</td><td>mandag 27. februar 2068 14:12</td></tr>
<tr><td class="k">Til:</td><td>Sekretariatet Kompetansepolitisk råd &lt;post@kompetanseradet.no&gt;</td></tr>
<tr><td class="k">Kopi:</td><td>Ole Hagen &lt;ole.hagen@nho.no&gt;</td></tr>
<tr><td class="k">Emne:</td><td>SV: Rapportering for 2067 – frist 1. mars</td></tr>
</table>
<hr/>
%s
<hr/>
<p><b>Fra:</b> Sekretariatet Kompetansepolitisk råd &lt;post@kompetanseradet.no&gt;<br/>
<b>Sendt:</b> torsdag 12. januar 2068 09:03<br/>
<b>Til:</b> medlemmene i Kompetansepolitisk råd<br/>
<b>Emne:</b> Rapportering for 2067 – frist 1. mars</p>
<blockquote>%s</blockquote>
</body></html>
""" % ("".join(body), quoted)
    tmp = tempfile.mkdtemp(prefix="h47nho_")
    src = os.path.join(tmp, "SV_Rapportering_2067.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice_convert(src, path, "pdf:writer_pdf_Export", infilter="HTML (StarWriter)")
    patch_pdf(path)


def build_agder(spec, path):
    parts = []
    for r in spec.rows:
        parts.append("<h3>%s</h3>\n" % esc(r.tiltak))
        parts.append(
            '<table border="1" cellpadding="4" cellspacing="0" width="100%%">'
            '<tr style="background:#E3F1EC"><th width="9%%">Delmål</th><th width="21%%">Form</th>'
            '<th width="25%%">Ansvar</th><th>Partnere</th></tr>'
            "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr></table>\n"
            % (esc(r.dm), esc(r.ty), esc(r.ansvarlig), esc(r.samarb) if r.samarb else "–"))
        parts.append("<p>%s</p>\n" % esc(r.beskr))
    html = """<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"/>
<title>Kompetansepolitiske tiltak 2067 – Agder fylkeskommune</title>
<style>body{font-family:Arial,sans-serif;font-size:11pt} h1{color:#00594F} h3{color:#00594F;margin-top:18pt}
th{text-align:left;font-size:9pt} td{font-size:10pt}</style></head>
<body>
<p style="font-size:9pt;color:#666">agderfk.no › Utdanning og kompetanse › Kompetansepolitikk</p>
<h1>Kompetansepolitiske tiltak 2067</h1>
<p><i>Agder fylkeskommune sin rapportering til Kompetansepolitisk råd. Publisert 25.02.2068.</i></p>
<p>Agder fylkeskommune har det regionale ansvaret for kompetansepolitikken og karrieresenteret Karriere Agder.
Her er tiltakene vi har gjennomført eller deltatt i i 2067. Delmål viser til strategiens nummerering.</p>
%s
<h2>Ikke med i rapporteringen</h2>
<p>Prosjektet «Fagbrev på jobb i Agder» ble avsluttet i desember 2066 og er derfor ikke tatt med. Sluttrapporten
ligger på nettsidene våre.</p>
<p style="font-size:9pt;color:#666">Kontakt: Seksjon for kompetanse, Agder fylkeskommune, Kristiansand.</p>
</body></html>
""" % "".join(parts)
    tmp = tempfile.mkdtemp(prefix="h47agd_")
    src = os.path.join(tmp, "kompetansepolitiske-tiltak-2067.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice_convert(src, path, 'docx:MS Word 2007 XML', infilter="HTML (StarWriter)")
    normalise_zip(path, fix_rsid=True)
