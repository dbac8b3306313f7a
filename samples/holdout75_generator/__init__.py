"""Generator for held-out round 75 (reporting year 2095).

Run ``python -m samples.holdout75_generator [outdir]`` (default ``samples/holdout75``); check with
``python -m samples.holdout75_generator.verify``.
"""
from . import (f01_regjeringen_kapittelnummer_pdf, f02_lo_arbeidsform_foran_kolon_docx, f03_nho_matplotlib_pdf,
               f04_ks_typekode_med_oppslag_xlsx, f05_unio_ikoner_med_alternativ_tekst_docx, f06_ys_onedrive_zip,
               f07_virke_id_prefiks_bokstavmal_docx, f08_akademikerne_pdf_importert_docx,
               f09_spekter_delmaal_i_lenke_xlsx, f10_vofo_omraadekolonner_docx, f11_vestland_tosifra_delmaal_pdf,
               f12_uhr_delmaal_med_andeler_pdf, f13_fagskoleradet_samlekode_xlsx, f14_kompetanseforbundet_pandoc_odt,
               f15_sametinget_spraakomraader_docx, f16_kd_mandat_kbu_not_report_pdf)

MODULES = [
    f01_regjeringen_kapittelnummer_pdf, f02_lo_arbeidsform_foran_kolon_docx, f03_nho_matplotlib_pdf,
    f04_ks_typekode_med_oppslag_xlsx, f05_unio_ikoner_med_alternativ_tekst_docx, f06_ys_onedrive_zip,
    f07_virke_id_prefiks_bokstavmal_docx, f08_akademikerne_pdf_importert_docx, f09_spekter_delmaal_i_lenke_xlsx,
    f10_vofo_omraadekolonner_docx, f11_vestland_tosifra_delmaal_pdf, f12_uhr_delmaal_med_andeler_pdf,
    f13_fagskoleradet_samlekode_xlsx, f14_kompetanseforbundet_pandoc_odt, f15_sametinget_spraakomraader_docx,
    f16_kd_mandat_kbu_not_report_pdf,
]
