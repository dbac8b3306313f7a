"""Generator for held-out round 72 (reporting year 2092).

Run ``python -m samples.holdout72_generator [outdir]`` (default ``samples/holdout72``); check with
``python -m samples.holdout72_generator.verify``.
"""
from . import (f01_regjeringen_io_dm_koder_pdf, f02_lo_videresendt_som_vedlegg_eml, f03_nho_landsforening_forst_xlsx,
               f04_unio_typebaand_i_tabell_docx, f05_ks_prosjektnummer_calc_pdf, f06_ys_forbund_i_venstremarg_docx,
               f07_virke_punktliste_i_celle_xlsx, f08_akademikerne_mac_zip, f09_spekter_markeringer_pdf,
               f10_vofo_kortform_i_parentes_pdf, f11_vestland_nynorsk_sja_skildringa_xlsx,
               f12_uhr_folgebrev_med_pdf_objekt_docx, f13_fagskoleradet_faktacelle_pdf,
               f14_kompetanseforbundet_skjult_seksjon_odt, f15_sametinget_samisk_typeord_docx,
               f16_ys_innspill_arbeidsprogram_not_report_docx)

MODULES = [
    f01_regjeringen_io_dm_koder_pdf, f02_lo_videresendt_som_vedlegg_eml, f03_nho_landsforening_forst_xlsx,
    f04_unio_typebaand_i_tabell_docx, f05_ks_prosjektnummer_calc_pdf, f06_ys_forbund_i_venstremarg_docx,
    f07_virke_punktliste_i_celle_xlsx, f08_akademikerne_mac_zip, f09_spekter_markeringer_pdf,
    f10_vofo_kortform_i_parentes_pdf, f11_vestland_nynorsk_sja_skildringa_xlsx, f12_uhr_folgebrev_med_pdf_objekt_docx,
    f13_fagskoleradet_faktacelle_pdf, f14_kompetanseforbundet_skjult_seksjon_odt, f15_sametinget_samisk_typeord_docx,
    f16_ys_innspill_arbeidsprogram_not_report_docx,
]
