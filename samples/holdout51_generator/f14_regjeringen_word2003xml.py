"""Regjeringen: Word 2003 XML document (single .xml file, WordprocessingML 2003).

<?mso-application progid="Word.Document"?>, w:wordDocument with
o:DocumentProperties, styles, wx:sect / wx:sub-section wrappers.  The
measures are grouped under one Heading 1 per ministry – the ministry is
the only statement of who is responsible; each measure is a bold name, a
paragraph and an italic line 'Strategiens delmål: x.y. Virkemiddel: … .
Samarbeid med: … .'  A closing section on 2072 plans is not a measure.
"""
from __future__ import annotations

from .common import truth, COUNCIL_IDS, esc

FILENAME = "Regjeringen_rapport_KPR_2071.xml"
MEMBER = "Regjeringen"
FORMAT = "Word 2003 XML document (.xml, w:wordDocument, mso-application PI), written as text"
SHAPE = ("measures grouped under a heading per ministry (responsibility given only by that heading); "
         "bold measure name, paragraph, italic 'Strategiens delmål: x.y. Virkemiddel: own word. "
         "Samarbeid med: …' line; 'Videre arbeid i 2072' closing section")

GROUPS = [
    ("Kunnskapsdepartementet", [
        dict(name="Kompetansebehovsutvalget", dm="1.1", vm="offentlig utvalg", med="",
             text="Utvalget ble oppnevnt på nytt for perioden 2071–2075 og la i juni fram sin "
                  "rapport om kompetansebehov i det grønne skiftet. Sekretariatet ligger i "
                  "HK-dir.",
             seed=COUNCIL_IDS["KBU"], ttype="Råd/utvalg/nettverk"),
        dict(name="Forsøk med fleksible videregående løp for voksne", dm="3.1", vm="forsøk",
             med="fylkeskommunene, HK-dir",
             text="Modulstrukturert opplæring for voksne i tolv fylkeskommuner ble utvidet til "
                  "helsearbeiderfaget og barne- og ungdomsarbeiderfaget. Om lag 2 300 voksne "
                  "deltok.",
             seed=None, ttype="Prosjekt"),
        dict(name="Modell for vurdering av realkompetanse fra arbeidslivet (REALKOM)", dm="2.5",
             vm="utviklingsprosjekt", med="NHO, Fagskolerådet",
             text="HK-dir har på oppdrag fra departementet utviklet en modell for å vurdere "
                  "kompetanse ervervet i arbeidslivet. Modellen ble prøvd ut i 2071 i bedrifter "
                  "og ved fagskoler.",
             seed="J04", ttype="Prosjekt"),
        dict(name="Kompetansepluss frivillighet – piloten «Lær for livet»", dm="3.2",
             vm="tilskudd til pilot", med="VOFO",
             text="Departementet finansierer piloten der studieforbund og frivillige lag prøver "
                  "ut nye opplegg for grunnleggende ferdigheter. VOFO har ansvaret for "
                  "gjennomføringen.",
             seed="J09", ttype="Prosjekt"),
        dict(name="Ny felles inngang til godkjenning av utenlandsk utdanning", dm="2.6",
             vm="informasjonstiltak", med="HK-dir, Helsedirektoratet, DSB",
             text="En felles nettinngang til godkjenning av utenlandsk utdanning og "
                  "yrkeskvalifikasjoner ble lansert i september.",
             seed=None, ttype="Informasjon"),
    ]),
    ("Arbeids- og inkluderingsdepartementet", [
        dict(name="Toårig yrkesrettet opplæring i NAV", dm="3.5", vm="opplæringstiltak",
             med="Arbeids- og velferdsdirektoratet, fylkeskommunene",
             text="Tiltaket ble gjort permanent fra 1. juli 2071 og utvidet til 1 200 plasser.",
             seed=None, ttype="Kurs/utdanning"),
        dict(name="Norsk på arbeidsplassen (NOPA)", dm="3.4", vm="forsøk",
             med="HK-dir, YS, Virke",
             text="Forsøk med arbeidsplassbasert norskopplæring for ansatte med svake "
                  "norskferdigheter i renhold og varehandel. 38 virksomheter deltok.",
             seed="J08", ttype="Prosjekt"),
    ]),
]


def _p(text="", style=None, bold=False, italic=False, jc=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    rpr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    run = (f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}<w:t>{esc(text)}</w:t></w:r>"
           if text else "")
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{run}</w:p>\n"


def build(out):
    x = []
    a = x.append
    a('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<?mso-application progid="Word.Document"?>\n'
      '<w:wordDocument xmlns:aml="http://schemas.microsoft.com/aml/2001/core" '
      'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
      'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
      'xmlns:sl="http://schemas.microsoft.com/schemaLibrary/2003/core" '
      'w:macrosPresent="no" w:embeddedObjPresent="no" w:ocxPresent="no" '
      'xml:space="preserve">')
    a('<w:ignoreSubtree w:val="http://schemas.microsoft.com/office/word/2003/wordml/sp2"/>')
    a('<o:DocumentProperties><o:Title>Regjeringens rapportering til Kompetansepolitisk råd 2071'
      '</o:Title><o:Author>Jon Are Fossheim</o:Author><o:LastAuthor>Silje Nordvik</o:LastAuthor>'
      '<o:Revision>7</o:Revision><o:TotalTime>184</o:TotalTime>'
      '<o:Created>2072-01-27T08:40:00Z</o:Created><o:LastSaved>2072-02-12T11:20:00Z</o:LastSaved>'
      '<o:Pages>2</o:Pages><o:Company>Kunnskapsdepartementet</o:Company>'
      '<o:Version>16</o:Version></o:DocumentProperties>\n')
    a('<w:fonts><w:defaultFonts w:ascii="Calibri" w:fareast="Calibri" w:h-ansi="Calibri" '
      'w:cs="Times New Roman"/><w:font w:name="Calibri"><w:panose-1 w:val="020F0502020204030204"/>'
      '<w:charset w:val="00"/><w:family w:val="Swiss"/><w:pitch w:val="variable"/></w:font>'
      '</w:fonts>\n')
    a('<w:styles><w:versionOfBuiltInStylenames w:val="7"/><w:latentStyles w:defLockedState="off" '
      'w:latentStyleCount="376"/>'
      '<w:style w:type="paragraph" w:default="on" w:styleId="Normal"><w:name w:val="Normal"/>'
      '<w:pPr><w:spacing w:after="160" w:line="259" w:line-rule="auto"/></w:pPr>'
      '<w:rPr><wx:font wx:val="Calibri"/><w:sz w:val="22"/><w:sz-cs w:val="22"/>'
      '<w:lang w:val="NO-BOK" w:fareast="EN-US" w:bidi="AR-SA"/></w:rPr></w:style>'
      '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
      '<wx:uiName wx:val="Tittel"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
      '<w:rPr><w:sz w:val="48"/></w:rPr></w:style>'
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
      '<wx:uiName wx:val="Overskrift 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
      '<w:pPr><w:pStyle w:val="Heading1"/><w:keepNext/><w:spacing w:before="360" w:after="120"/>'
      '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="2F5496"/><w:sz w:val="30"/>'
      '</w:rPr></w:style>'
      '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
      '<wx:uiName wx:val="Bunntekst"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/>'
      '</w:rPr></w:style></w:styles>\n')
    a('<w:docPr><w:view w:val="print"/><w:zoom w:percent="100"/><w:proofState w:spelling="clean" '
      'w:grammar="clean"/><w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>'
      '<w:characterSpacingControl w:val="DontCompress"/><w:validateAgainstSchema/>'
      '<w:saveInvalidXML w:val="off"/><w:ignoreMixedContent w:val="off"/>'
      '<w:alwaysShowPlaceholderText w:val="off"/><w:compat/></w:docPr>\n')
    a('<w:body><wx:sect>\n')
    a(_p("Regjeringens rapportering til Kompetansepolitisk råd for 2071", style="Title"))
    a(_p("Sammenstilt av Kunnskapsdepartementet på vegne av departementene, februar 2072",
         italic=True))
    a(_p("Dette dokumentet gir en oversikt over departementenes tiltak i 2071 som følger opp "
         "Nasjonal kompetansepolitisk strategi. Tiltakene er sortert etter hvilket departement "
         "som har ansvaret. For hvert tiltak oppgis hvilket delmål i strategien det først og "
         "fremst støtter, og hva slags virkemiddel det er."))
    rows = []
    for dept, ms in GROUPS:
        a('<wx:sub-section>\n')
        a(_p(dept, style="Heading1"))
        for m in ms:
            a(_p(m["name"], bold=True))
            a(_p(m["text"]))
            line = f"Strategiens delmål: {m['dm']}. Virkemiddel: {m['vm']}."
            if m["med"]:
                line += f" Samarbeid med: {m['med']}."
            a(_p(line, italic=True))
            rows.append(truth(FILENAME, MEMBER, m["name"], m["seed"], m["dm"], m["ttype"],
                              dept, m["med"], m["text"]))
        a('</wx:sub-section>\n')
    a('<wx:sub-section>\n')
    a(_p("Videre arbeid i 2072", style="Heading1"))
    a(_p("I 2072 vil departementene legge fram en stortingsmelding om livslang læring, og "
         "Kunnskapsdepartementet vil sette i gang et forsøk med kompetansekontoer for voksne. "
         "Disse tiltakene rapporteres neste år."))
    a(_p("Kunnskapsdepartementet, 12. februar 2072", italic=True, jc="right"))
    a('</wx:sub-section>\n')
    a('<w:sectPr><w:ftr w:type="odd"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/>'
      '</w:pPr><w:r><w:t>Side </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
      '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
      '</w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>'
      '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" '
      'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
      '<w:docGrid w:line-pitch="360"/></w:sectPr>\n')
    a('</wx:sect></w:body></w:wordDocument>\n')
    (out / FILENAME).write_bytes("".join(x).encode("utf-8"))
    return rows
