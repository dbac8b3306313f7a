"""Not a member report: the KBU secretariat's slides from the council meeting, sent round
afterwards as a PowerPoint 97-2003 file and saved in the same inbox. They name councils and
members' measures as examples but report nothing.
"""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from pptx import Presentation
from pptx.util import Pt

from .common import normalise_zip, soffice_convert

FILENAME = "KBU_hovedfunn_2072_radsmote.ppt"
MEMBER = None
FORMAT = ("PowerPoint 97-2003 presentation (.ppt, OLE2 binary): python-pptx deck converted by LibreOffice "
          "(MS PowerPoint 97), speaker notes")
SHAPE = ("NOT a member report: five slides from the KBU secretariat (title, main findings, 'Hva gjør medlemmene?' "
         "with Fagbrev på jobb, Bransjeprogram, Norsk på vakt and EVU Sør as examples, next steps naming SRY, the "
         "faglige råd and Nasjonalt forum for karriereveiledning, contact) - no truth rows")
NOT_TRUTH = 'everything (not a member report)'

SLIDES = [
    ("Kompetansebehovsutvalget (KBU) – hovedfunn fra rapport 2072",
     ["Rådsmøte i Kompetansepolitisk råd 12. desember 2072", "KBU-sekretariatet, HK-dir"],
     "Velkommen. Presentasjonen oppsummerer hovedrapporten som kom i juni."),
    ("Hovedfunn",
     ["Mangelen på fagarbeidere i bygg, industri og helse vil øke fram mot 2035",
      "Det grønne skiftet gir nye behov i havvind, batteri- og prosessindustri",
      "Voksne uten fullført videregående deltar minst i etter- og videreutdanning"],
     "Tallene bygger på SSBs framskrivinger og NHOs kompetansebarometer."),
    ("Hva gjør medlemmene? Eksempler fra rådet",
     ["Fagbrev på jobb – partene og fylkeskommunene",
      "Bransjeprogram for kommunal helse og omsorg – KS, KD og arbeidstakerorganisasjonene",
      "Norsk på vakt – Helse Bergen og Vestland fylkeskommune",
      "EVU Sør – Agder fylkeskommune og Universitetet i Agder"],
     "Eksemplene er hentet fra fjorårets rapportering og viser tiltak som svarer på funnene."),
    ("Videre arbeid",
     ["Neste hovedrapport kommer i juni 2074",
      "Innspill fra SRY og de faglige rådene om dimensjonering av læreplasser",
      "Samarbeid med Nasjonalt forum for karriereveiledning om formidling av funnene"],
     "Sekretariatet ønsker innspill til temaer for 2074-rapporten innen 1. mars 2073."),
    ("Kontakt", ["KBU-sekretariatet, HK-dir", "kbu@hkdir.no"], ""),
]


def build(out):
    prs = Presentation()
    for i, (title, bullets, notes) in enumerate(SLIDES):
        layout = prs.slide_layouts[0 if i == 0 else 1]
        s = prs.slides.add_slide(layout)
        s.shapes.title.text = title
        body = s.placeholders[1].text_frame
        body.text = bullets[0]
        for b in bullets[1:]:
            p = body.add_paragraph()
            p.text = b
        for p in body.paragraphs:
            for r in p.runs:
                r.font.size = Pt(22 if i else 20)
        if notes:
            s.notes_slide.notes_text_frame.text = notes
    cp = prs.core_properties
    cp.author = "KBU-sekretariatet"
    cp.title = "KBU hovedfunn 2072"
    cp.last_modified_by = "KBU-sekretariatet"
    cp.revision = 3
    cp.created = dt.datetime(2072, 12, 5, 9, 0, 0)
    cp.modified = dt.datetime(2072, 12, 11, 16, 20, 0)
    tmp = Path(tempfile.mkdtemp(prefix="h52_ppt_"))
    try:
        src = tmp / "KBU_hovedfunn_2072_radsmote.pptx"
        prs.save(src)
        normalise_zip(src, modified="2072-12-11T16:20:00Z")
        res = soffice_convert(src, "ppt", tmp / "out")
        (out / FILENAME).write_bytes(res.read_bytes())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return []
