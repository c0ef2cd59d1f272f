"""A read workbook as operations on an open document: the readers live in ``ikudesk.files``
(Qt-free, store-free); here their results become ONE operation each — one ``Compound`` for a
returned quarterly form, one ``SetPerjanjianKinerja`` for a SIPD lampiran. The command line
(``ikudesk xlsx-import`` / ``sipd-import``) and the window (``gui/excel_actions.py``) apply them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ikudesk.domain.model import Dokumen
    from ikudesk.files.sipd_import import HasilSipd
    from ikudesk.files.xlsx_form import HasilFormulir
    from ikudesk.session.operations import Operation

#: Said when the document changed between the preview and storing (``KonflikVersi``).
BERUBAH = (
    "Tidak ada yang disimpan: dokumen berubah sejak pratinjau; impor lagi. (Pengguna atau program "
    "lain mengubahnya setelah daftar perubahan ditampilkan.)"
)


def operasi_formulir(hasil: HasilFormulir) -> Operation:
    """Every change of a returned form as ONE operation (one undo step)."""
    from ikudesk.domain.compute import ROMAWI
    from ikudesk.domain.keys import NilaiKey
    from ikudesk.session.operations import Compound, SetNilai

    bagian: list[Operation] = []
    for p in hasil.perubahan:
        if p.komponen is None:
            key = NilaiKey.realisasi(p.indikator_id, hasil.tahun, hasil.triwulan)
        else:
            key = NilaiKey.nilai_komponen(p.indikator_id, p.komponen, hasil.tahun, hasil.triwulan)
        bagian.append(SetNilai(key, p.baru))
    label = f"Impor formulir triwulan {ROMAWI[hasil.triwulan]} {hasil.tahun}"
    return Compound(bagian, label)


def operasi_sipd(dok: Dokumen, hasil: HasilSipd, tahun: int, perubahan: int) -> Operation:
    """The PK of ``tahun``/``perubahan`` with the lampiran's programs, as one operation."""
    from ikudesk.files.sipd_import import pk_dengan_program
    from ikudesk.session.operations import SetPerjanjianKinerja

    pk = pk_dengan_program(dok, tahun, perubahan, hasil.program)
    nama = "PK" if perubahan == 0 else f"PK Perubahan ke-{perubahan}"
    op = SetPerjanjianKinerja(tahun, perubahan, pk)
    op.label = f"Impor anggaran SIPD ke {nama} {tahun}"
    return op
