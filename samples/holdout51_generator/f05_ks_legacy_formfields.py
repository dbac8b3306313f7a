"""KS: the secretariat's old Word form filled in with legacy form fields.

Hand-written WordprocessingML.  Every answer is a legacy form field
(FORMTEXT with its result text, FORMDROPDOWN whose choice exists only as
the w:result index into the w:listEntry list, FORMCHECKBOX with
w:checked); the document is protected for forms.  One block per measure;
one block is ticked 'Planlagt' (2072), one type drop-down is left on the
placeholder, and the last block is empty.
"""
from __future__ import annotations

from .common import truth, COUNCIL_IDS, esc, wp, wr, docx_package

FILENAME = "KS rapporteringsskjema 2071.docx"
MEMBER = "KS"
FORMAT = "DOCX (hand-written WordprocessingML) with legacy form fields (FORMTEXT / FORMDROPDOWN / FORMCHECKBOX), protected for forms"
SHAPE = ("one two-column form table per measure; answers are legacy form fields – delmål and type "
         "are drop-downs stored only as a selected index (no result text), status as check boxes; "
         "one type left at '– velg type –', one block ticked 'Planlagt', last block empty")

DM_ENTRIES = [
    "– velg delmål –",
    "1.1 Kompetansebehovsutvalget (KBU)",
    "1.2 Regionalt nivås rolle",
    "1.3 Karriereveiledning",
    "1.4 Samarbeid utdanning og arbeidsliv",
    "2.1 Digital kompetanse",
    "2.2 Kunnskap om læring i arbeidslivet",
    "2.3 Karrieremuligheter i yrkesfag",
    "2.4 Kompetansebehov og EVU-tilbud",
    "2.5 Dokumentasjon av realkompetanse",
    "2.6 Godkjenning av utenlandsk utdanning",
    "3.1 Fleksibel opplæring for voksne",
    "3.2 Kompetansepluss",
    "3.3 Arbeidsmarkeds- og integreringstiltak",
    "3.4 Norskopplæring og kvalifisering",
    "3.5 NAVs opplæringstilbud",
    "3.6 Opplæring i frivillig sektor",
]
TYPE_ENTRIES = ["– velg type –", "FoU", "Kurs/utdanning", "Råd/utvalg/nettverk",
                "Prosjekt", "Informasjon", "Arrangement"]

BLANK = "\u2002" * 5  # what Word shows in an empty FORMTEXT

MEASURES = [
    dict(name="Kompetansebehovsutvalget (KBU)", dm="1.1", type="Råd/utvalg/nettverk",
         done=True, ansvar="KS, avdeling for arbeidsgiverpolitikk", med="",
         text="KS deltar med én representant. I 2071 bidro KS med analyser av "
              "kommunesektorens behov for helsepersonell og lærere.",
         seed=COUNCIL_IDS["KBU"]),
    dict(name="Samarbeidsrådet for yrkesopplæring (SRY)", dm="2.3", type="Råd/utvalg/nettverk",
         done=True, ansvar="KS, avdeling for utdanning og oppvekst",
         med="LO, NHO, YS, Unio m.fl.",
         text="KS er fast medlem og representerer fylkeskommunene som skoleeiere og "
              "kommunene som lærebedrifter.",
         seed=COUNCIL_IDS["SRY"]),
    dict(name="Nasjonalt fagskoleråd", dm="1.4", type="Råd/utvalg/nettverk",
         done=True, ansvar="KS, avdeling for utdanning og oppvekst", med="",
         text="KS har én plass i rådet. Finansiering av fagskoletilbud i helse og "
              "oppvekst var hovedsaken i 2071.",
         seed=COUNCIL_IDS["FSR"]),
    dict(name="KOMPHELSE", dm="2.4", type="Prosjekt",
         done=True, ansvar="KS (prosjekteier)",
         med="Spekter, Unio, 20 kommuner og fire helseforetak",
         text="Prosjektet kartlegger kompetansebehov i helse og omsorg og kobler dem til nye "
              "videreutdanningstilbud. I 2071 ble det etablert tolv nye tilbud i samarbeid "
              "med universiteter og høgskoler.",
         seed="J01"),
    dict(name="Fylkessamling om KBU-rapporten", dm="1.2", type="Arrangement",
         done=True, ansvar="KS, avdeling for samfunnsutvikling", med="fylkeskommunene",
         text="Digital samling for fylkeskommunenes kompetanserådgivere der KBUs "
              "hovedrapport ble presentert og drøftet opp mot de regionale "
              "kompetanseplanene.",
         seed=None),
    dict(name="Kompetanseplanleggeren", dm="2.4", type=None, truth_type="Informasjon",
         done=True, ansvar="KS, avdeling for arbeidsgiverpolitikk", med="",
         text="Nettressurs med maler, eksempler og veiledning for kommuner som lager "
              "strategiske kompetanseplaner. Lansert i april 2071 og tatt i bruk av 190 "
              "kommuner.",
         seed=None),
    dict(name="Lederutdanning i kompetanseledelse for kommunalsjefer", dm="2.4",
         type="Kurs/utdanning", done=False, ansvar="KS-Konsulent",
         med="Handelshøyskolen BI",
         text="Videreutdanning på 15 studiepoeng. Første kull starter høsten 2072.",
         seed="PLANNED"),
]

_fid = [0]
_bid = [0]


def _name(prefix):
    _fid[0] += 1
    return f"{prefix}{_fid[0]}"


def f_text(value):
    name = _name("Tekst")
    _bid[0] += 1
    b = _bid[0]
    val = value if value else BLANK
    return (f'<w:bookmarkStart w:id="{b}" w:name="{name}"/>'
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
            f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/>'
            '</w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{esc(val)}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            f'<w:bookmarkEnd w:id="{b}"/>')


def f_drop(entries, index):
    name = _name("Rullegardin")
    _bid[0] += 1
    b = _bid[0]
    res = f'<w:result w:val="{index}"/>' if index else ""
    items = "".join(f'<w:listEntry w:val="{esc(e)}"/>' for e in entries)
    return (f'<w:bookmarkStart w:id="{b}" w:name="{name}"/>'
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
            f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'<w:ddList>{res}{items}</w:ddList></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            f'<w:bookmarkEnd w:id="{b}"/>')


def f_check(checked):
    name = _name("Avmerking")
    _bid[0] += 1
    b = _bid[0]
    chk = "<w:checked/>" if checked else ""
    return (f'<w:bookmarkStart w:id="{b}" w:name="{name}"/>'
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
            f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/>{chk}</w:checkBox>'
            '</w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            f'<w:bookmarkEnd w:id="{b}"/>')


def _row(label, content_runs):
    return ('<w:tr><w:trPr><w:cantSplit/></w:trPr>'
            '<w:tc><w:tcPr><w:tcW w:w="2900" w:type="dxa"/><w:shd w:val="clear" w:color="auto" '
            'w:fill="E7EEF6"/></w:tcPr>' + wp(runs=wr(label, bold=True, size=20)) + '</w:tc>'
            '<w:tc><w:tcPr><w:tcW w:w="6738" w:type="dxa"/></w:tcPr>'
            + wp(runs=content_runs) + '</w:tc></w:tr>')


def _block(n, m):
    if m is None:
        name = text = ansvar = med = ""
        dmi = ti = 0
        done = plan = False
    else:
        name, text, ansvar, med = m["name"], m["text"], m["ansvar"], m["med"]
        dmi = next(i for i, e in enumerate(DM_ENTRIES) if e.startswith(m["dm"] + " "))
        ti = TYPE_ENTRIES.index(m["type"]) if m["type"] else 0
        done, plan = m["done"], not m["done"]
    rows = [
        _row("Navn på tiltaket", f_text(name)),
        _row("Delmål i strategien (velg)", f_drop(DM_ENTRIES, dmi)),
        _row("Type tiltak (velg)", f_drop(TYPE_ENTRIES, ti)),
        _row("Status", f_check(done) + wr(" Gjennomført / pågår i 2071     ")
             + f_check(plan) + wr(" Planlagt, ikke startet")),
        _row("Ansvarlig (enhet)", f_text(ansvar)),
        _row("Samarbeidspartnere", f_text(med)),
        _row("Kort beskrivelse (maks 500 tegn)", f_text(text)),
    ]
    tbl = ('<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutenett"/><w:tblW w:w="9638" w:type="dxa"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="2900"/><w:gridCol w:w="6738"/></w:tblGrid>'
           + "".join(rows) + '</w:tbl>')
    return wp(f"Tiltak {n}", style="Overskrift2", keep_next=True) + tbl + wp()


def build(out):
    _fid[0] = 0
    _bid[0] = 0
    body = [
        wp("Rapportering til Kompetansepolitisk råd", style="Tittel"),
        wp("Skjema for medlemmenes rapportering av tiltak under Nasjonal kompetansepolitisk "
           "strategi. Fyll ut én blokk per tiltak. Bruk tabulatortasten for å gå mellom feltene. "
           "Flere blokker kan kopieres inn ved behov.", italic=True, size=20),
        wp(runs=wr("Medlem: ", bold=True) + f_text("KS")),
        wp(runs=wr("Rapporteringsår: ", bold=True) + f_text("2071")),
        wp(runs=wr("Kontaktperson: ", bold=True)
           + f_text("Eirik Vangsnes, spesialrådgiver, avdeling for arbeidsgiverpolitikk")),
        wp(runs=wr("Dato: ", bold=True) + f_text("11.02.2072")),
    ]
    for n, m in enumerate(MEASURES, 1):
        body.append(_block(n, m))
    body.append(_block(len(MEASURES) + 1, None))
    body.append(wp("Skjemaet sendes til sekretariatet innen 15. februar. Mal versjon 2019-2.",
                   italic=True, size=18))

    docx_package(out / FILENAME, "".join(body),
                 title="Rapporteringsskjema Kompetansepolitisk råd", creator="Sekretariatet KPR",
                 created="2019-11-04T10:00:00Z", modified="2072-02-11T14:26:00Z",
                 company="KS", header_text="KS – Kommunesektorens organisasjon",
                 settings_extra='<w:documentProtection w:edit="forms" w:enforcement="1"/>')

    rows = []
    for m in MEASURES:
        if not m["done"]:
            continue
        rows.append(truth(FILENAME, MEMBER, m["name"], m["seed"], m["dm"],
                          m["type"] or m["truth_type"], m["ansvar"], m["med"], m["text"]))
    return rows
