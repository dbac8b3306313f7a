"""Virke: the year's measures were told to members in the December issue of the e-mail newsletter
'Kompetansebrevet'; the coordinator saved the received mail from Outlook as a web page (.htm) and sent that.
E-mail HTML is built from nested layout tables with inline styles and Outlook conditional comments."""
from __future__ import annotations

from .common import INFO, KURS, PROSJEKT, RAD, ARR, html_text, row

FILENAME = "Kompetansebrevet desember 2076.htm"
MEMBER = "Virke"
FORMAT = ("HTML e-mail newsletter saved from Outlook as 'Webside, bare HTML' (.htm): windows-1252 with a "
          "Content-Type meta, nested layout tables (role=presentation) with inline CSS, <!--[if mso]> conditional "
          "comments, a hidden preheader, tracking-style links and an unsubscribe footer; written as text")
SHAPE = ("newsletter: header with logo and 'Se nyhetsbrevet i nettleseren', leader 'Kjære medlem', then one "
         "article block per measure (h2 = name, a grey tag line 'Delmål 2.3 · Rådsarbeid' with the delmål as code, "
         "code+words or words only and Virke's type word – missing once –, body paragraph, small 'Ansvar: … | Med: …' "
         "line and a 'Les mer' button); a two-column block 'Tilbakeblikk 2075' / 'Kommer i 2077' and an event "
         "calendar that are not measures")
NOT_TRUTH = ("the preheader, 'Se nyhetsbrevet i nettleseren', the leader 'Kjære medlem' signed by the director, the "
             "'Les mer' buttons, the block 'Tilbakeblikk 2075' (Handelsløftet-webinarene, finished 2075), 'Kommer i "
             "2077' (Virkes kompetansekonferanse 2077), the calendar of events, the footer with address and "
             "unsubscribe link")

# name, tag line, ansvar, med, body, truth
ARTICLES = [
    ("Virke i SRY og de faglige rådene", "Delmål 2.3 · Rådsarbeid", "Virke Kompetanse",
     "Virkes bransjeforeninger",
     "Virke har plass i Samarbeidsrådet for yrkesopplæring og representanter i fem faglige råd. I år arbeidet vi "
     "særlig for et nytt fag innen netthandel og logistikk.", ("M02", "2.3", RAD)),
    ("Virkes innspill til SRYs rapport om tilbudsstrukturen", "Delmål 2.3 · Innspill", "Virke Kompetanse", "",
     "Vi sendte skriftlige innspill til rådets rapport om framtidig tilbudsstruktur, med vekt på salgs- og "
     "servicefagene.", (None, "2.3", INFO)),
    ("Språkspor i varehandelen",
     "Delmål 3.4 Kvalifisering av innvandrere · Kurs", "Virke HR", "LO, Fagforbundet, kommunenes voksenopplæring",
     "Norskopplæring i arbeidstiden for butikkansatte med innvandrerbakgrunn, med kollegaer som språkmentorer. "
     "22 butikker i Oslo og Drammen deltok.", ("J04", "3.4", KURS)),
    ("Praksisbrevet i butikk", "Samarbeid mellom utdanning og arbeidsliv · Pilot", "Virke Kompetanse",
     "Viken fylkeskommune, Coop, Norgesgruppen",
     "Ungdom som ikke har fullført videregående, får en toårig praksisbasert opplæring i butikk som kan bygges "
     "videre til fagbrev.", (None, "1.4", PROSJEKT)),
    ("HR-frokost om kompetanseplanlegging", "Delmål 2.4", "Virke HR", "",
     "Fire frokostmøter for HR-ledere i små og mellomstore virksomheter om hvordan de finner relevante kurs og "
     "etterutdanning.", (None, "2.4", ARR)),
    ("Virkes kompetanseguide for små virksomheter",
     "Koble kompetansebehov og utdanningstilbud · Veileder", "Virke Kompetanse", "",
     "En nettbasert guide med sjekklister for å kartlegge kompetansebehov og finne tilbydere; lastet ned 3 400 "
     "ganger.", (None, "2.4", INFO)),
]

STYLE_TD = "padding:24px 32px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#222222;"


def _article(name, tag, ansv, med, body) -> str:
    ml = f"Ansvar: {ansv}" + (f" | Med: {med}" if med else "")
    return f"""<tr><td style="{STYLE_TD}border-bottom:1px solid #e4e4e4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td>
<h2 style="margin:0 0 6px 0;font-size:20px;line-height:26px;color:#00205b;">{name}</h2>
<p style="margin:0 0 10px 0;font-size:12px;color:#7a7a7a;text-transform:none;">{tag}</p>
<p style="margin:0 0 10px 0;">{body}</p>
<p style="margin:0 0 14px 0;font-size:12px;color:#555555;">{ml}</p>
<!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" style="height:36px;width:140px;" arcsize="10%" fillcolor="#00205b"><![endif]-->
<a href="https://nyhetsbrev.virke.no/c/7731/{len(name) * 97}" style="background:#00205b;color:#ffffff;padding:8px 18px;text-decoration:none;border-radius:4px;">Les mer</a>
<!--[if mso]></v:roundrect><![endif]-->
</td></tr></table>
</td></tr>
"""


def build(out) -> list[dict]:
    arts = "".join(_article(n, t, a, m, b) for n, t, a, m, b, _ in ARTICLES)
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kompetansebrevet – desember 2076</title>
<style type="text/css">body{{margin:0;padding:0;}} table{{border-collapse:collapse;}} @media only screen and (max-width:620px){{.wrap{{width:100% !important;}}}}</style>
<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
</head>
<body style="margin:0;padding:0;background:#f2f2f2;">
<div style="display:none;max-height:0;overflow:hidden;">Året som gikk: dette gjorde Virke for kompetanse i 2076 &#8202;&#847;&#8202;&#847;</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2;"><tr><td align="center">
<table role="presentation" class="wrap" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
<tr><td style="padding:10px 32px;font-family:Arial,sans-serif;font-size:11px;color:#888888;text-align:right;"><a href="https://nyhetsbrev.virke.no/v/7731" style="color:#888888;">Se nyhetsbrevet i nettleseren</a></td></tr>
<tr><td style="padding:20px 32px;background:#00205b;"><img src="https://nyhetsbrev.virke.no/img/virke-logo-hvit.png" width="120" alt="Virke" style="display:block;border:0;"></td></tr>
<tr><td style="{STYLE_TD}">
<h1 style="margin:0 0 12px 0;font-size:26px;color:#00205b;">Kompetansebrevet – desember 2076</h1>
<p style="margin:0 0 10px 0;">Kjære medlem,</p>
<p style="margin:0 0 10px 0;">her er en oppsummering av det Virke har gjort for kompetanse i 2076. Den samme oversikten sender vi som vår rapport til Kompetansepolitisk råd.</p>
<p style="margin:0;">Vennlig hilsen<br>Ragnhild Thorsen, direktør for kompetanse</p>
</td></tr>
{arts}<tr><td style="{STYLE_TD}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="50%" valign="top" style="padding-right:12px;"><h3 style="margin:0 0 6px 0;font-size:16px;color:#00205b;">Tilbakeblikk 2075</h3><p style="margin:0;font-size:13px;">Handelsløftet-webinarene ble avsluttet høsten 2075 etter tre år og 40 sendinger.</p></td>
<td width="50%" valign="top" style="padding-left:12px;"><h3 style="margin:0 0 6px 0;font-size:16px;color:#00205b;">Kommer i 2077</h3><p style="margin:0;font-size:13px;">Virkes kompetansekonferanse 2077 holdes 11. mars på Hasle. Påmelding åpner i februar.</p></td>
</tr></table>
</td></tr>
<tr><td style="{STYLE_TD}background:#f7f7f7;">
<h3 style="margin:0 0 6px 0;font-size:16px;color:#00205b;">Kalender</h3>
<p style="margin:0;font-size:13px;">20. januar 2077: Frist for søknad til Kompetansefondet<br>4. februar 2077: Medlemsmøte i Bergen<br>11. mars 2077: Kompetansekonferansen</p>
</td></tr>
<tr><td style="padding:20px 32px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#888888;">Hovedorganisasjonen Virke, Postboks 2900 Solli, 0230 Oslo<br>Du får denne e-posten fordi du er medlem i Virke. <a href="https://nyhetsbrev.virke.no/u/7731" style="color:#888888;">Meld deg av</a></td></tr>
</table>
</td></tr></table>
</body>
</html>
"""
    (out / FILENAME).write_bytes(html.replace("\n", "\r\n").encode("cp1252", errors="xmlcharrefreplace"))
    rows = []
    for n, _t, a, m, b, (seed, dm, typ) in ARTICLES:
        rows.append(row(FILENAME, MEMBER, n, seed, dm, typ, a, m, b))
    return rows


def text(path) -> str:
    return html_text(path.read_bytes().decode("cp1252"))
