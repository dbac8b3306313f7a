"""Generator for held-out round 69 (reporting year 2089).

Run ``python -m samples.holdout69_generator [outdir]`` (default ``samples/holdout69``); check with
``python -m samples.holdout69_generator.verify``.
"""
from . import (f01_regjeringen_nummererte_avsnitt_pdf, f02_lo_strategitekst_som_mal_docx,
               f03_nho_typekoder_med_forklaring_xlsx, f04_ks_malord_overskrifter_nummerliste_docx,
               f05_ys_navnelinje_og_omtalelinje_calc_pdf, f06_virke_bransjebaand_xlsx,
               f07_unio_navn_og_omtale_i_en_celle_docx, f08_akademikerne_engelske_kolonner_pdf,
               f09_spekter_to_overskriftsrader_docx, f10_vestland_nynorsk_faktapunkt_odt_pdf,
               f11_uhr_innebygd_regneark_odt, f12_fagskoleradet_openoffice1_sxc,
               f13_kompetanseforbundet_utfylt_mal_ott, f14_sametinget_rtf_som_doc, f15_vofo_writer_html_htm,
               f16_pameldingsliste_not_report_xlsx)

MODULES = [
    f01_regjeringen_nummererte_avsnitt_pdf, f02_lo_strategitekst_som_mal_docx,
    f03_nho_typekoder_med_forklaring_xlsx, f04_ks_malord_overskrifter_nummerliste_docx,
    f05_ys_navnelinje_og_omtalelinje_calc_pdf, f06_virke_bransjebaand_xlsx,
    f07_unio_navn_og_omtale_i_en_celle_docx, f08_akademikerne_engelske_kolonner_pdf,
    f09_spekter_to_overskriftsrader_docx, f10_vestland_nynorsk_faktapunkt_odt_pdf,
    f11_uhr_innebygd_regneark_odt, f12_fagskoleradet_openoffice1_sxc,
    f13_kompetanseforbundet_utfylt_mal_ott, f14_sametinget_rtf_som_doc, f15_vofo_writer_html_htm,
    f16_pameldingsliste_not_report_xlsx,
]
