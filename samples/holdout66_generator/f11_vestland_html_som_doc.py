"""Vestland fylkeskommune: a Nynorsk report downloaded from the county's case-handling system with «Last ned som
Word»: the file is named .doc but is HTML with Word's office namespaces (xmlns:w, a ProgId meta, an <xml>
w:WordDocument block with the print view, mso- styles), which Word and LibreOffice open as a document. Inside: the
case header as a small table (Saksnr. / Dato / Sakshandsamar), then the measures table. The delmål are Nynorsk
paraphrases only (no codes); the kinds are the county's Nynorsk words. The county's own vocational fair in Førde
is a regional version of the joint campaign and a trap; a conference last held the autumn before is outside 2086."""
from __future__ import annotations

from .common import ARR, INFO, RAD, row, xml_esc

FILENAME = "Rapportering kompetansetiltak 2086 - Vestland fylkeskommune.doc"
MEMBER = "Vestland fylkeskommune"
FORMAT = ("HTML saved with the .doc extension by a case-handling system's «Last ned som Word» (UTF-8, Word's "
          "office:word namespaces, ProgId meta, <xml> w:WordDocument block, mso- CSS), written as text")
SHAPE = ("Nynorsk system export opened as a Word document: case header table (Saksnr. / Dato / Sakshandsamar / "
         "Arkivkode), title, intro, one table Tiltak / Kva vart gjort i 2086 / Delmål i strategien / Type / "
         "Ansvarleg / Samarbeidspartnarar; delmål as Nynorsk paraphrase only («Synlege yrkesfag og "
         "karrierevegar», «Regionalt ansvar for kompetanse»); the county's kind words (Forumdeltaking is avoided: "
         "Representasjon i forum, Kampanje, Messe, Festivalveke, Partnarskap, Rettleiingstilbod); a fair that is "
         "the county's own regional version of the joint campaign; a conference last held the previous autumn")
NOT_TRUTH = ("the case header table, the title and intro, the header, the Delmål i strategien and Type cells, the "
             "row 'Vaksenopplæringskonferansen' (last held the previous autumn, next time in two years), the "
             "signature and the system footer")
SPLIT_FIELDS = ("samarbeidspartnere",)

DM = {"1.2": "Regionalt ansvar for kompetanse", "1.3": "Karriererettleiing for alle",
      "2.3": "Synlege yrkesfag og karrierevegar", "3.6": "Læringslyst gjennom frivillig sektor"}
ROWS = [
    ("Fylkeskommunen sin plass i Nasjonalt forum for karriererettleiing",
     "Karrieresenteret i Vestland møtte for fylkeskommunane i forumet. Forumet drøfta i år rettleiing for vaksne "
     "i omstilling.", "1.3", "Representasjon i forum", "Karriere Vestland", "", "M01", RAD),
    ("Yrkesfagløftet 2086",
     "Fylkeskommunen gjennomførte kampanjeveka i alle ungdomsskulane i fylket, med film, plakatar og besøk frå "
     "lærlingar.", "2.3", "Kampanje", "Seksjon for fag- og yrkesopplæring", "YS, Virke", "J02", INFO),
    ("Yrkesmessa i Førde (Yrkesfagløftet lokalt)",
     "Messe for 1 400 elevar i 10. klasse i Sunnfjord. Messa var fylkeskommunen sitt eige tiltak og ikkje ein del "
     "av den nasjonale kampanjen.", "2.3", "Messe", "Seksjon for fag- og yrkesopplæring",
     "Opplæringskontoret i Sunnfjord", None, ARR),
    ("Læringsfestivalen 2086 – Vestland",
     "Fylkeskommunen og studieforbunda laga 85 opne arrangement i festivalveka, frå bibliotek til "
     "bygdekvinnelag.", "3.6", "Festivalveke", "Seksjon for kultur og folkehelse", "VOFO, Sametinget", "J06", ARR),
    ("Kompetanseforum Vestland",
     "Partnarskap mellom fylkeskommunen, Nav, partane i arbeidslivet og utdanningsinstitusjonane. Forumet vedtok "
     "ein ny handlingsplan for kompetanse i 2086.", "1.2", "Partnarskap", "Seksjon for regional utvikling",
     "Nav Vestland, NHO Vestland, LO i Vestland, Høgskulen på Vestlandet", None, RAD),
    ("Rettleiing for vaksne innvandrarar",
     "Karriere Vestland tilbaud karrieresamtalar på arabisk, tigrinja og ukrainsk. 560 samtalar.", "1.3",
     "Rettleiingstilbod", "Karriere Vestland", "Introduksjonsprogrammet i Bergen kommune", None, INFO),
    ("Vaksenopplæringskonferansen",
     "Vart sist halden førre hausten. Neste gong om to år.", "3.6", "Konferanse", "Seksjon for fag- og "
     "yrkesopplæring", "", "", None),
]


def _td(v, head=False, bold=False):
    tag = "th" if head else "td"
    inner = f"<b>{xml_esc(v)}</b>" if bold else xml_esc(v)
    return (f'<{tag} valign=top style="border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;'
            f'padding:0cm 5.4pt 0cm 5.4pt"><p class=MsoNormal>{inner or "&nbsp;"}</p></{tag}>')


def build(out) -> list[dict]:
    h = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">',
         "<head>", '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
         "<meta name=ProgId content=Word.Document>", '<meta name=Generator content="Elements Saksbehandling 6.4">',
         "<title>Rapportering kompetansetiltak 2086</title>",
         "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>100</w:Zoom>"
         "<w:DoNotOptimizeForBrowser/></w:WordDocument></xml><![endif]-->",
         "<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm;margin-bottom:.0001pt;font-size:10.0pt;"
         "font-family:\"Arial\",sans-serif;mso-fareast-language:NO-NYN} h1 {font-size:14.0pt;font-family:"
         "\"Arial\",sans-serif} @page WordSection1 {size:841.9pt 595.3pt;mso-page-orientation:landscape;"
         "margin:2.0cm 2.0cm 2.0cm 2.0cm} div.WordSection1 {page:WordSection1} --></style>",
         "</head>", "<body lang=NO-NYN>", "<div class=WordSection1>",
         '<table class=MsoNormalTable border=0 cellpadding=0 style="border-collapse:collapse">']
    for k, v in [("Saksnr.", "2086/18734-4"), ("Dato", "19.01.2087"), ("Sakshandsamar", "Solveig Hatlestad"),
                 ("Arkivkode", "A20")]:
        h.append(f"<tr><td><p class=MsoNormal><b>{k}:</b></p></td><td><p class=MsoNormal>{v}</p></td></tr>")
    h += ["</table>", "<p class=MsoNormal>&nbsp;</p>",
          "<h1>Rapportering til Kompetansepolitisk råd – tiltak i 2086</h1>",
          "<p class=MsoNormal>Vestland fylkeskommune rapporterer her tiltaka fylkeskommunen har hatt ansvar for "
          "eller vore med på i 2086. Delmåla er skrivne slik vi brukar dei i den regionale kompetanseplanen.</p>",
          "<p class=MsoNormal>&nbsp;</p>",
          '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;'
          'border:none;mso-border-alt:solid windowtext .5pt">',
          "<tr>" + "".join(_td(x, head=True, bold=True) for x in
                           ["Tiltak", "Kva vart gjort i 2086", "Delmål i strategien", "Type", "Ansvarleg",
                            "Samarbeidspartnarar"]) + "</tr>"]
    rows = []
    for name, desc, dm, kind, ans, med, seed, ty in ROWS:
        h.append("<tr>" + _td(name, bold=True) + "".join(_td(x) for x in [desc, DM[dm], kind, ans, med]) + "</tr>")
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, desc))
    h += ["</table>", "<p class=MsoNormal>&nbsp;</p>",
          "<p class=MsoNormal>Med helsing<br>Solveig Hatlestad<br>rådgjevar, Seksjon for fag- og yrkesopplæring</p>",
          "<p class=MsoNormal><span style='font-size:7.0pt;color:gray'>Dokumentet er produsert i Elements og "
          "lasta ned som Word-fil.</span></p>", "</div>", "</body>", "</html>"]
    (out / FILENAME).write_bytes(("\r\n".join(h) + "\r\n").encode("utf-8"))
    return rows


def text(path) -> str:
    import lxml.html
    root = lxml.html.fromstring(path.read_bytes().decode("utf-8"))
    return "\n".join(" ".join(el.itertext()) for el in root.iter("p", "h1", "td", "th"))
