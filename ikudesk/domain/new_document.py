"""New documents: an empty one, and a copy of an existing one for a new period."""

from __future__ import annotations

import copy

from ikudesk.domain.model import Dokumen, Periode, Profil, judul_bawaan


def dokumen_baru(instansi: str = "", periode: Periode | None = None) -> Dokumen:
    """An empty document as the "new document" dialog starts it."""
    return Dokumen(
        profil=Profil(instansi=instansi),
        judul=judul_bawaan(instansi) if instansi else ["INDIKATOR KINERJA UTAMA"],
        periode=periode,
    )


def salinan_periode_baru(dok: Dokumen, periode: Periode | None) -> Dokumen:
    """A copy of ``dok`` for a new period: structure and targets kept, realisasi left empty.

    Component values are dropped too; targets of years outside the new period are dropped.
    Ids are cleared, so the copy can be stored as a new document.
    """
    baru = copy.deepcopy(dok)
    baru.id = None
    baru.periode = periode
    for b in baru.profil.kepala:
        b.id = None
    for k in baru.tabel.kolom:
        k.id = None
    for t in baru.tujuan:
        t.id = None
        for s in t.sasaran:
            s.id = None
    for ind in baru.semua_indikator():
        ind.id = None
        for km in ind.rumus.komponen:
            km.id = None
        ind.realisasi = {}
        ind.nilai_komponen = {}
        if periode is not None:
            ind.target = {th: v for th, v in ind.target.items() if periode.memuat(th)}
    return baru
