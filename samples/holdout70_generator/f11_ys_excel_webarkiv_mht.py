"""YS: an Excel workbook saved as «Webside med én fil» (.mht): a MIME multipart/related web archive written as Excel
writes it – the main part is only a frameset (frSheet and frTabs) with the x:ExcelWorkbook block naming the sheets,
the cells live in the parts sheet001.htm and sheet002.htm, with tabstrip.htm, stylesheet.css and filelist.xml beside
them; every HTML part windows-1252 and quoted-printable, CRLF line ends. The delmål cells are numbers: Excel writes the
Norwegian display «2,3» with the stored value in x:num («2.2999999999999998»). A partner cell holds two names
separated by Excel's same-cell line break (<br style='mso-data-placement:same-cell;'>). One row was done in an earlier
period."""
from __future__ import annotations

import email
import html
import quopri
import re
from email import policy

from .common import ARR, FOU, KURS, PROSJEKT, RAD, row

FILENAME = "YS – kompetansetiltak 2090.mht"
MEMBER = "YS"
FORMAT = ("Excel «Webside med én fil» (.mht, MIME multipart/related as Excel 2013+ writes it): frameset main part with "
          "the x:ExcelWorkbook block, sheet001.htm and sheet002.htm holding the cells, tabstrip.htm, stylesheet.css, "
          "filelist.xml; windows-1252, quoted-printable, CRLF; written as text")
SHAPE = ("ordinary Excel list seen through Excel's web archive: the main HTML part holds no table, only a frameset; the "
         "sheet «Tiltak 2090» (title row, header on row 3 Tiltak / Beskrivelse / Delmål / Type / Ansvarlig forbund / "
         "Samarbeid) is the part sheet001.htm, the sheet «Kontakt» sheet002.htm; delmål as number cells shown «2,3» "
         "with x:num=\"2.2999999999999998\"; YS's type words (Partsarbeid i råd, Lærlingprosjekt, Kursing, Seminar, "
         "Undersøkelse, Informasjonsarbeid); partners two names with a same-cell line break; one row done in an "
         "earlier period")
NOT_TRUTH = ("the MIME headers and the archive note, the frameset page and its x:ExcelWorkbook block, the tab strip, the "
             "stylesheet and file list, the title row, the header, the Delmål and Type cells, row 9 'EVU-kampanjen' "
             "(carried out in the previous period), the sheet «Kontakt»")
SPLIT_FIELDS = ("samarbeidspartnere",)

BOUNDARY = "----=_NextPart_01DF3B7A.5C2E1D90"
BASE = "file:///C:/7A3F21C9/YS-kompetansetiltak2090"
HEAD = ["Tiltak", "Beskrivelse", "Delmål", "Type", "Ansvarlig forbund", "Samarbeid"]

# name, text, delmål (number), x:num, type word, ansvarlig, partners (list), seed, dm, type
ROWS = [
    ("Samarbeidsrådet for yrkesopplæring (YS-plassen)",
     "YS har én fast plass i SRY. Rådet hadde fem møter og behandlet tilbudsstrukturen i salg, service og reiseliv.",
     "2,3", "2.2999999999999998", "Partsarbeid i råd", "YS-sekretariatet", [], "M02", "2.3", RAD),
    ("Lærlingløftet 2090 – YS' bidrag",
     "Parat og Negotia har rekruttert lærebedrifter i handel og kontor og fulgt opp de nye lærlingene gjennom "
     "tillitsvalgte. 64 bedrifter tok inn sin første lærling.",
     "2,3", "2.2999999999999998", "Lærlingprosjekt", "Parat", ["LO", "NHO"], "J02", "2.3", PROSJEKT),
    ("Digitalt grunnkurs for tillitsvalgte i staten",
     "Nettkurs i digitale verktøy og informasjonssikkerhet for tillitsvalgte i statlige virksomheter. 820 "
     "fullførte.", "2,1", "2.1", "Kursing", "YS Stat", [], None, "2.1", KURS),
    ("Kompetanseseminar for Delta-medlemmer i kommunene",
     "Seminar om kompetanseplaner og retten til etter- og videreutdanning for ansatte i kommunene. 190 deltok i "
     "Bergen og Tromsø.", "2,4", "2.4", "Seminar", "Delta", ["KS"], None, "2.4", ARR),
    ("Seniorundersøkelsen 2090",
     "Spørreundersøkelse om hvor mye opplæring arbeidstakere over 55 år får i privat sektor. 3 000 svarte, og én av "
     "tre hadde ikke fått noen opplæring de siste to årene.", "2,2", "2.2000000000000002", "Undersøkelse",
     "YS-sekretariatet", ["Respons Analyse"], None, "2.2", FOU),
    ("EVU-kampanjen", "Gjennomført i forrige periode og ikke videreført i år.", "2,4", "2.4", "Informasjonsarbeid",
     "YS-sekretariatet", [], "", "", None),
]


def _h(s: str) -> str:
    return html.escape(s, quote=False).encode("cp1252", "xmlcharrefreplace").decode("cp1252")


def _qp(text: str, charset: str = "cp1252") -> str:
    data = text.replace("\r\n", "\n").encode(charset, "xmlcharrefreplace")
    enc = quopri.encodestring(data).decode("ascii")
    return enc.replace("\n", "\r\n")


def _part(loc: str, ctype: str, body: str, charset: str = "windows-1252") -> str:
    codec = "utf-8" if charset == "utf-8" else "cp1252"
    return (f"--{BOUNDARY}\r\nContent-Location: {loc}\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Type: {ctype}; charset=\"{charset}\"\r\n\r\n{_qp(body, codec)}\r\n\r\n")


SHEET_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link id=Main-File rel=Main-File href="../YS-kompetansetiltak2090.htm">
<link rel=File-List href=filelist.xml>
<link rel=Stylesheet href=stylesheet.css>
<style>
<!--table
\t{{mso-displayed-decimal-separator:"\\,";
\tmso-displayed-thousand-separator:" ";}}
@page
\t{{margin:.75in .7in .75in .7in;
\tmso-header-margin:.3in;
\tmso-footer-margin:.3in;
\tmso-page-orientation:landscape;}}
-->
</style>
<![if !supportTabStrip]><script language="JavaScript">
<!--
function fnUpdateTabs()
 {{
  if (parent.window.g_iIEVer>=4) {{
   if (parent.document.readyState=="complete"
    && parent.frames['frTabs'].document.readyState=="complete")
   parent.fnSetActiveSheet({idx});
  else
   window.setTimeout("fnUpdateTabs();",150);
 }}
}}

if (window.name!="frSheet")
 window.location.replace("../YS-kompetansetiltak2090.htm");
else
 fnUpdateTabs();
//-->
</script>
<![endif]>
</head>

<body link="#0563C1" vlink="#954F72">

"""


def _sheet1() -> str:
    widths = [(260, 195), (420, 315), (70, 53), (150, 113), (150, 113), (140, 105)]
    total_px = sum(w for w, _ in widths)
    total_pt = sum(p for _, p in widths)
    out = [SHEET_HEAD.format(idx=0),
           f"<table border=0 cellpadding=0 cellspacing=0 width={total_px} style='border-collapse:\n"
           f" collapse;table-layout:fixed;width:{total_pt}pt'>\n"]
    for px, pt in widths:
        out.append(f" <col width={px} style='mso-width-source:userset;mso-width-alt:{px * 36};width:{pt}pt'>\n")
    out.append(f" <tr height=28 style='height:21.0pt'>\n  <td colspan=6 height=28 class=xl66 width={total_px} "
               f"style='height:21.0pt;width:{total_pt}pt'>{_h('YS – kompetansetiltak 2090')}</td>\n </tr>\n")
    out.append(" <tr height=20 style='height:15.0pt'>\n  <td colspan=6 height=20 class=xl67 style='height:15.0pt'>"
               + _h("Rapportering til Kompetansepolitisk råd fra YS og YS-forbundene") + "</td>\n </tr>\n")
    out.append(" <tr height=20 style='height:15.0pt'>\n")
    for k, h in enumerate(HEAD):
        hs = " height=20 style='height:15.0pt'" if k == 0 else ""
        out.append(f"  <td{hs} class=xl68>{_h(h)}</td>\n")
    out.append(" </tr>\n")
    for name, txt, shown, xnum, tw, ans, partners, _seed, _dm, _ty in ROWS:
        out.append(" <tr height=60 style='height:45.0pt'>\n")
        out.append(f"  <td height=60 class=xl69 width=260 style='height:45.0pt;width:195pt'>{_h(name)}</td>\n")
        out.append(f"  <td class=xl69 width=420 style='width:315pt'>{_h(txt)}</td>\n")
        out.append(f"  <td class=xl70 align=right x:num=\"{xnum}\">{shown}</td>\n")
        out.append(f"  <td class=xl69>{_h(tw)}</td>\n")
        out.append(f"  <td class=xl69>{_h(ans)}</td>\n")
        cell = "<br style='mso-data-placement:same-cell;'>\n    ".join(_h(p) for p in partners)
        out.append(f"  <td class=xl69>{cell or '&nbsp;'}</td>\n")
        out.append(" </tr>\n")
    out.append(" <![if supportMisalignedColumns]>\n <tr height=0 style='display:none'>\n")
    for px, pt in widths:
        out.append(f"  <td width={px} style='width:{pt}pt'></td>\n")
    out.append(" </tr>\n <![endif]>\n</table>\n\n</body>\n\n</html>\n")
    return "".join(out)


def _sheet2() -> str:
    lines = [("Kontaktperson", "Lene Sæther, seniorrådgiver i YS"), ("E-post", "lene.saether@ys.no"),
             ("Sendt", "28.01.2091")]
    out = [SHEET_HEAD.format(idx=1),
           "<table border=0 cellpadding=0 cellspacing=0 width=400 style='border-collapse:\n"
           " collapse;table-layout:fixed;width:300pt'>\n"
           " <col width=120 style='mso-width-source:userset;mso-width-alt:4388;width:90pt'>\n"
           " <col width=280 style='mso-width-source:userset;mso-width-alt:10240;width:210pt'>\n"]
    for k, v in lines:
        out.append(f" <tr height=20 style='height:15.0pt'>\n  <td height=20 class=xl68 style='height:15.0pt'>"
                   f"{_h(k)}</td>\n  <td class=xl67>{_h(v)}</td>\n </tr>\n")
    out.append(" <![if supportMisalignedColumns]>\n <tr height=0 style='display:none'>\n"
               "  <td width=120 style='width:90pt'></td>\n  <td width=280 style='width:210pt'></td>\n </tr>\n"
               " <![endif]>\n</table>\n\n</body>\n\n</html>\n")
    return "".join(out)


MAIN = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta name="Excel Workbook Frameset">
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link rel=File-List href="YS-kompetansetiltak2090_files/filelist.xml">
<![if !supportTabStrip]>
<link id="shLink" href="YS-kompetansetiltak2090_files/sheet001.htm">
<link id="shLink" href="YS-kompetansetiltak2090_files/sheet002.htm">

<link id="shLink">

<script language="JavaScript">
<!--
 var c_lTabs=2;

 var c_rgszSh=new Array(c_lTabs);
 c_rgszSh[0] = "Tiltak 2090";
 c_rgszSh[1] = "Kontakt";

 var g_iShCur;
 var g_rglTabX=new Array(c_lTabs);

function fnGetIEVer()
{
 var ua=window.navigator.userAgent
 var msie=ua.indexOf("MSIE")
 if (msie>0 && window.navigator.platform=="Win32")
  return parseInt(ua.substring(msie+5,ua.indexOf(".", msie)));
 else
  return 0;
}

function fnSetActiveSheet(iSh)
{
 if (iSh!=g_iShCur)
 {
  fnSetTabProps(iSh,true);
  fnSetTabProps(g_iShCur,false);
  g_iShCur=iSh;
 }
}

 window.g_iIEVer=fnGetIEVer();
 if (window.g_iIEVer>=4)
  fnBuildFrameset();
//-->
</script>
<![endif]><!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>Tiltak 2090</x:Name>
    <x:WorksheetSource HRef="YS-kompetansetiltak2090_files/sheet001.htm"/>
   </x:ExcelWorksheet>
   <x:ExcelWorksheet>
    <x:Name>Kontakt</x:Name>
    <x:WorksheetSource HRef="YS-kompetansetiltak2090_files/sheet002.htm"/>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
  <x:Stylesheet HRef="YS-kompetansetiltak2090_files/stylesheet.css"/>
  <x:WindowHeight>12300</x:WindowHeight>
  <x:WindowWidth>28800</x:WindowWidth>
  <x:WindowTopX>32767</x:WindowTopX>
  <x:WindowTopY>32767</x:WindowTopY>
  <x:ProtectStructure>False</x:ProtectStructure>
  <x:ProtectWindows>False</x:ProtectWindows>
 </x:ExcelWorkbook>
</xml><![endif]-->
</head>

<frameset rows="*,39" border=0 width=0 frameborder=no framespacing=0>
 <frame src="YS-kompetansetiltak2090_files/sheet001.htm" name="frSheet">
 <frame src="YS-kompetansetiltak2090_files/tabstrip.htm" name="frTabs" marginwidth=0 marginheight=0>
 <noframes>
  <body>
   <p>This page uses frames, but your browser doesn't support them.</p>
  </body>
 </noframes>
</frameset>
</html>
"""

TABSTRIP = """<html>
<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link id=Main-File rel=Main-File href="../YS-kompetansetiltak2090.htm">

<script language="JavaScript">
<!--
if (window.name!="frTabs")
 window.location.replace(document.all.item("Main-File").href);
//-->
</script>
<style>
<!--
A {
    text-decoration:none;
    color:#000000;
    font-size:9pt;
}
-->
</style>
</head>
<body topmargin=0 leftmargin=0 bgcolor="#808080">
<table border=0 cellspacing=1>
 <tr>
 <td bgcolor="#FFFFFF" nowrap><b><small><small>&nbsp;<a href="sheet001.htm" target="frSheet"><font face="Calibri" color="#000000">Tiltak 2090</font></a>&nbsp;</small></small></b></td>
 <td bgcolor="#FFFFFF" nowrap><b><small><small>&nbsp;<a href="sheet002.htm" target="frSheet"><font face="Calibri" color="#000000">Kontakt</font></a>&nbsp;</small></small></b></td>

 </tr>
</table>
</body>
</html>
"""

STYLESHEET = """tr
\t{mso-height-source:auto;}
col
\t{mso-width-source:auto;}
br
\t{mso-data-placement:same-cell;}
.style0
\t{mso-number-format:General;
\ttext-align:general;
\tvertical-align:bottom;
\twhite-space:nowrap;
\tmso-rotate:0;
\tmso-background-source:auto;
\tmso-pattern:auto;
\tcolor:black;
\tfont-size:11.0pt;
\tfont-weight:400;
\tfont-style:normal;
\ttext-decoration:none;
\tfont-family:Calibri, sans-serif;
\tmso-font-charset:0;
\tborder:none;
\tmso-protection:locked visible;
\tmso-style-name:Normal;
\tmso-style-id:0;}
td
\t{mso-style-parent:style0;
\tpadding-top:1px;
\tpadding-right:1px;
\tpadding-left:1px;
\tmso-ignore:padding;
\tcolor:black;
\tfont-size:11.0pt;
\tfont-family:Calibri, sans-serif;
\tmso-number-format:General;
\ttext-align:general;
\tvertical-align:bottom;
\tborder:none;
\twhite-space:nowrap;}
.xl66
\t{mso-style-parent:style0;
\tfont-size:14.0pt;
\tfont-weight:700;
\tcolor:#002060;}
.xl67
\t{mso-style-parent:style0;
\tfont-style:italic;
\tcolor:#595959;}
.xl68
\t{mso-style-parent:style0;
\tfont-weight:700;
\tbackground:#DDEBF7;
\tmso-pattern:black none;
\tborder:.5pt solid windowtext;}
.xl69
\t{mso-style-parent:style0;
\tvertical-align:top;
\tborder:.5pt solid windowtext;
\twhite-space:normal;}
.xl70
\t{mso-style-parent:style0;
\tmso-number-format:"0\\.0";
\ttext-align:center;
\tvertical-align:top;
\tborder:.5pt solid windowtext;}
"""

FILELIST = """<xml xmlns:o="urn:schemas-microsoft-com:office:office">
 <o:MainFile HRef="../YS-kompetansetiltak2090.htm"/>
 <o:File HRef="stylesheet.css"/>
 <o:File HRef="tabstrip.htm"/>
 <o:File HRef="sheet001.htm"/>
 <o:File HRef="sheet002.htm"/>
 <o:File HRef="filelist.xml"/>
</xml>
"""


def build(out) -> list[dict]:
    parts = [
        "MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\n"
        f"Content-Type: multipart/related; boundary=\"{BOUNDARY}\"\r\n\r\n"
        "This document is a Single File Web Page, also known as a Web Archive file.  If you are seeing this "
        "message, your browser or editor doesn't support Web Archive files.  Please download a browser that "
        "supports Web Archive.\r\n\r\n",
        _part(BASE + ".htm", "text/html", MAIN),
        _part(BASE + "_files/stylesheet.css", "text/css", STYLESHEET),
        _part(BASE + "_files/tabstrip.htm", "text/html", TABSTRIP),
        _part(BASE + "_files/sheet001.htm", "text/html", _sheet1()),
        _part(BASE + "_files/sheet002.htm", "text/html", _sheet2()),
        _part(BASE + "_files/filelist.xml", "text/xml", FILELIST, charset="utf-8"),
        f"--{BOUNDARY}--\r\n",
    ]
    (out / FILENAME).write_bytes("".join(parts).encode("latin-1"))
    rows = []
    for name, txt, _shown, _x, _tw, ans, partners, seed, dm, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(partners), txt))
    return rows


def parts(path) -> dict[str, str]:
    """Content-Location → decoded text of every part of the archive."""
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.compat32)
    outp = {}
    for p in msg.walk():
        if p.is_multipart():
            continue
        cs = p.get_content_charset() or "windows-1252"
        outp[p["Content-Location"]] = p.get_payload(decode=True).decode(cs)
    return outp


def text(path) -> str:
    out = []
    for loc, body in parts(path).items():
        if not loc.endswith(".htm"):
            continue
        for cell in re.findall(r"<td[^>]*>(.*?)</td>", body, re.S):
            t = re.sub(r"<[^>]+>", " ", cell)
            out.append(html.unescape(t))
    return "\n".join(out)
