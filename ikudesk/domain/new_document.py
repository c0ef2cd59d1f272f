"""New documents: an empty one, and a copy of an existing one for a new period."""

from __future__ import annotations

import copy
import re
from decimal import Decimal

from ikudesk.domain.model import Dokumen, Periode, Profil, Triwulan, hapus_id, judul_bawaan

#: The type of a new document's printed sheets (tabel.huruf, tabel.ukuran).
HURUF_DOKUMEN_BARU, UKURAN_DOKUMEN_BARU = "sans", Decimal(10)

#: A renstra period runs five years.
TAHUN_PER_PERIODE = 5


def periode_bawaan(mulai: int | None = None) -> Periode:
    """The period a new document starts with: five years from ``mulai`` (default this year)."""
    from datetime import date

    awal = mulai if mulai is not None else date.today().year
    return Periode(awal, awal + TAHUN_PER_PERIODE - 1)


def dokumen_baru(instansi: str = "", periode: Periode | None = None) -> Dokumen:
    """An empty document as the "new document" dialog starts it: a sans type at 10 pt, as the
    regional tata naskah rules print (older documents keep the program's serif 9 pt)."""
    dok = Dokumen(
        profil=Profil(instansi=instansi),
        judul=judul_bawaan(instansi) if instansi else ["INDIKATOR KINERJA UTAMA"],
        periode=periode,
    )
    dok.tabel.huruf = HURUF_DOKUMEN_BARU
    dok.tabel.ukuran = UKURAN_DOKUMEN_BARU
    return dok


# "2018-2023", "2018 – 2023", "2018 s.d. 2023", "2018 s/d 2023", "2018 sampai dengan 2023".
_ANTARA = r"(\s*(?:[-\u2013\u2014]|s\.\s?d\.?|s/d|sampai(?:\s+dengan)?)\s*)"


def ganti_periode_teks(teks: str, lama: Periode, baru: Periode) -> str:
    """``"PERIODE 2018-2023"`` -> ``"PERIODE 2024-2029"``: the old period's years, as written."""
    pola = re.compile(rf"(?<![0-9]){lama.mulai}{_ANTARA}{lama.selesai}(?![0-9])", re.IGNORECASE)
    return pola.sub(lambda m: f"{baru.mulai}{m[1]}{baru.selesai}", teks)


def _ganti_periode(dok: Dokumen, lama: Periode, baru: Periode) -> list[str]:
    """Replace the old period in the document's own texts; the places changed, named."""
    tempat: list[str] = []

    def ganti(nama: str, teks: str) -> str:
        hasil = ganti_periode_teks(teks, lama, baru)
        if hasil != teks and nama not in tempat:
            tempat.append(nama)
        return hasil

    dok.judul = [ganti("judul", b) for b in dok.judul]
    dok.tabel.judul = ganti("judul tabel", dok.tabel.judul)
    for b in dok.profil.kepala:
        nama = f"baris kepala «{b.label}»" if b.label else "baris kepala"
        b.isi = ganti(nama, b.isi)
        b.butir = [ganti(nama, x) for x in b.butir]
    dok.catatan = ganti("catatan", dok.catatan)
    return tempat


def salinan_periode_baru(
    dok: Dokumen, periode: Periode | None, diganti: list[str] | None = None
) -> Dokumen:
    """A copy of ``dok`` for a new period: structure and targets kept, realisasi left empty.

    Component values are dropped too; targets of years outside the new period are dropped.
    The old period written in the title, table title, header lines and catatan becomes the
    new one; ``diganti`` (when given) receives the names of those places, to tell the user.
    Ids are cleared, so the copy can be stored as a new document.
    """
    baru = copy.deepcopy(dok)
    if dok.periode is not None and periode is not None and periode != dok.periode:
        tempat = _ganti_periode(baru, dok.periode, periode)
        if diganti is not None:
            diganti.extend(tempat)
    hapus_id(baru)
    baru.periode = periode

    def dalam(tahun: int) -> bool:
        return periode is None or periode.memuat(tahun)

    for ind in baru.semua_indikator():
        # What was measured stays with the old document: realisasi, surveys, analysis.
        ind.realisasi = {}
        ind.nilai_komponen = {}
        ind.survei_ikm = {}
        ind.analisis = {}
        ind.target = {th: v for th, v in ind.target.items() if dalam(th)}
        ind.triwulan = {
            th: Triwulan(target=dict(tw.target))
            for th, tw in ind.triwulan.items()
            if dalam(th) and tw.target
        }
    baru.perjanjian_kinerja = [pk for pk in baru.perjanjian_kinerja if dalam(pk.tahun)]
    baru.laporan_tahunan = [lt for lt in baru.laporan_tahunan if dalam(lt.tahun)]
    baru.laporan_triwulan = [lt for lt in baru.laporan_triwulan if dalam(lt.tahun)]
    # A new period's document is a new draft: nothing of it has been signed yet.
    baru.penetapan = []
    baru.status = "draf"
    return baru
