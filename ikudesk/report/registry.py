"""The printed reports: one class per document, and the registry that lists them.

The CLI's ``--laporan`` choices, the print dialog's list and the suggested file names all read
``LAPORAN``. Adding a report (PK, quarterly, IKM, LKjIP, …) is one new subclass of ``Laporan``
in this module: defining it registers it. Its story builder lives in its own module and is
imported only when printing, so listing the reports (every CLI start) costs no ReportLab import.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, ClassVar

from ikudesk.errors import IkuError
from ikudesk.report.opsi import Opsi, OpsiLaporan, alasan_tolak_ikm, pesan_tanpa_ttd

if TYPE_CHECKING:  # type names only: importing them at run time would cost every CLI start
    from reportlab.platypus import Flowable

    from ikudesk.domain.model import Dokumen
    from ikudesk.report.teks import Gaya
    from ikudesk.report.umum import Halaman

__all__ = [
    "LAPORAN",
    "LAPORAN_BAWAAN",
    "Laporan",
    "LaporanCapaian",
    "LaporanLkjip",
    "LaporanPk",
    "LaporanIkm",
    "LaporanTriwulan",
    "LembarIku",
    "cari_laporan",
    "triwulan_laporan",
]

# kode → report; filled by ``Laporan.__init_subclass__`` in definition order (the dialog's order).
LAPORAN: dict[str, Laporan] = {}


class Laporan(ABC):
    """One printed document."""

    kode: ClassVar[str]  # the CLI's --laporan value and the dialog's item data
    judul: ClassVar[str]  # shown in the print dialog and the CLI help
    awalan_berkas: ClassVar[str]  # the start of the suggested file name
    kertas: ClassVar[str] = "F4"  # default paper (kecamatan offices print on F4)
    orientasi: ClassVar[str] = "landscape"
    opsi: ClassVar[frozenset[Opsi]] = frozenset()
    # Signed by the year's ``laporan_tahunan`` signer (never the IKU sheet's): the print
    # dialog asks for one when the year has none.
    ttd_tahunan: ClassVar[bool] = False
    # Signed per quarter (``laporan_triwulan``): the window asks for the quarter's signer.
    ttd_triwulan: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.kode in LAPORAN:
            raise TypeError(f"kode laporan '{cls.kode}' sudah dipakai")
        LAPORAN[cls.kode] = cls()

    @abstractmethod
    def judul_pdf(self, dok: Dokumen) -> str:
        """The PDF's title (document properties)."""

    @abstractmethod
    def story(self, dok: Dokumen, gaya: Gaya, hal: Halaman, opsi: OpsiLaporan) -> list[Flowable]:
        """The flowables of the whole report."""

    def memakai_tahun(self, dok: Dokumen) -> bool:
        """Whether the year changes what this report prints for ``dok``."""
        return "tahun" in self.opsi

    def tanda_halaman(self, dok: Dokumen, opsi: OpsiLaporan) -> tuple[str, str]:
        """(header, footer) lines printed in every page's margins; none by default."""
        return "", ""

    def peringatan(self, dok: Dokumen, opsi: OpsiLaporan) -> list[str]:
        """What the user should know about the printout (shown, never refused); a yearly
        report of a year without a signer says it prints without one."""
        if not self.ttd_tahunan:
            return []
        th = self.tahun_cetak(dok, opsi.tahun)
        if th is None:
            return []  # refused (alasan_tolak): no year to name
        lt = dok.laporan(th)
        if lt is None or lt.penandatangan is None:
            return [pesan_tanpa_ttd(th)]
        return []

    def alasan_tolak(self, dok: Dokumen, opsi: OpsiLaporan) -> str | None:
        """Why this report cannot be printed for ``dok`` at all (None: it can); checked before
        the window asks for a signer, and by ``buat_pdf``. A yearly report needs a year: the
        chosen one, the period's or one that holds a value (a document without a period may
        still have yearly values)."""
        if self.ttd_tahunan and self.tahun_cetak(dok, opsi.tahun) is None:
            return (
                f"{self.judul} tidak dapat dicetak: tahun laporan tidak dapat ditentukan "
                "(dokumen ini belum memiliki periode dan belum ada nilai tahun mana pun). "
                "Isi periode dokumen atau pilih tahunnya."
            )
        return None

    def keterangan_tahun(self, dok: Dokumen, tahun: int) -> str:
        """What the print dialog's year list says beside ``tahun`` ("" nothing): what this
        report lacks in that year."""
        from ikudesk.domain.compute import hitung_realisasi

        if any(hitung_realisasi(i, tahun).ada for i in dok.semua_indikator()):
            return ""
        return "belum ada realisasi"

    def tahun_cetak(self, dok: Dokumen, tahun: int | None) -> int | None:
        """The year this report prints for (and whose ``laporan_tahunan`` signer signs it)."""
        from ikudesk.domain.compute import tahun_laporan  # no ReportLab: listing stays cheap

        return tahun_laporan(dok, tahun)

    def nama_berkas(self, dok: Dokumen, tahun: int | None) -> str:
        """Suggested file name, e.g. ``IKU-Kecamatan-Benjeng.pdf``."""
        dasar = re.sub(r"[^\w-]+", "-", dok.profil.instansi or "dokumen").strip("-") or "dokumen"
        bagian = [self.awalan_berkas]
        if tahun is not None and self.memakai_tahun(dok):
            bagian.append(str(tahun))
        return "-".join([*bagian, dasar]) + ".pdf"


def cari_laporan(kode: str) -> Laporan:
    """The report with ``kode``; an Indonesian IkuError naming the choices otherwise."""
    try:
        return LAPORAN[kode]
    except KeyError:
        pilihan = ", ".join(f"'{k}'" for k in LAPORAN)
        raise IkuError(
            f"Jenis laporan '{kode}' tidak dikenal; pilih salah satu: {pilihan}."
        ) from None


# --------------------------------------------------------------------------- the reports


class LembarIku(Laporan):
    kode = "iku"
    judul = "Lembar IKU"
    awalan_berkas = "IKU"
    opsi = frozenset({"tahun"})

    def judul_pdf(self, dok: Dokumen) -> str:
        return f"Indikator Kinerja Utama {dok.profil.instansi or 'IKU Desk'}"

    def memakai_tahun(self, dok: Dokumen) -> bool:
        # Only a table that prints realisasi or capaian shows a year.
        return any(k.isi in ("realisasi", "capaian") for k in dok.tabel.kolom)

    def nama_berkas(self, dok: Dokumen, tahun: int | None) -> str:
        return super().nama_berkas(dok, None)  # one IKU sheet per period, not per year

    def tanda_halaman(self, dok: Dokumen, opsi: OpsiLaporan) -> tuple[str, str]:
        from ikudesk.domain.penetapan import tanda_cetak
        from ikudesk.files.docfile import isi_diubah_luar

        diubah = isi_diubah_luar(dok) is not None
        return tanda_cetak(dok, opsi.cetak_penetapan, diubah)

    def peringatan(self, dok: Dokumen, opsi: OpsiLaporan) -> list[str]:
        from ikudesk.files.docfile import isi_diubah_luar, pesan_isi_diubah

        p = isi_diubah_luar(dok)
        return [*super().peringatan(dok, opsi), *([pesan_isi_diubah(dok, p)] if p else [])]

    def story(self, dok: Dokumen, gaya: Gaya, hal: Halaman, opsi: OpsiLaporan) -> list[Flowable]:
        from ikudesk.report.iku_sheet import story_iku

        return story_iku(dok, gaya, hal, opsi.tahun)


class LaporanCapaian(Laporan):
    kode = "capaian"
    judul = "Laporan capaian kinerja"
    awalan_berkas = "Capaian"
    opsi = frozenset({"tahun", "kategori"})
    ttd_tahunan = True

    def judul_pdf(self, dok: Dokumen) -> str:
        return f"Capaian Kinerja {dok.profil.instansi or 'IKU Desk'}"

    def story(self, dok: Dokumen, gaya: Gaya, hal: Halaman, opsi: OpsiLaporan) -> list[Flowable]:
        from ikudesk.report.capaian_report import story_capaian

        kategori = list(opsi.kategori) if opsi.kategori is not None else None
        return story_capaian(dok, gaya, hal, opsi.tahun, kategori)


class LaporanTriwulan(Laporan):
    kode = "triwulan"
    judul = "Monitoring capaian kinerja triwulan"
    awalan_berkas = "Monitoring"
    opsi = frozenset({"tahun", "triwulan"})
    ttd_tahunan = True
    ttd_triwulan = True  # signed per quarter (laporan_triwulan); the window asks for one

    def peringatan(self, dok: Dokumen, opsi: OpsiLaporan) -> list[str]:
        """No quarterly signer: the year's signs with a blank date (said); none at all: the
        one wording of every report."""
        from ikudesk.report.triwulan_report import pesan_triwulan_tanpa_ttd

        th = self.tahun_cetak(dok, opsi.tahun)
        if th is None:
            return super().peringatan(dok, opsi)
        k = opsi.triwulan or triwulan_laporan(dok, th)
        if dok.laporan_tw(th, k) is not None:
            return []
        lt = dok.laporan(th)
        if lt is not None and lt.penandatangan is not None:
            return [pesan_triwulan_tanpa_ttd(th, k)]
        return [pesan_tanpa_ttd(th)]

    def judul_pdf(self, dok: Dokumen) -> str:
        return f"Monitoring Capaian Kinerja Triwulan {dok.profil.instansi or 'IKU Desk'}"

    def nama_berkas(self, dok: Dokumen, tahun: int | None) -> str:
        return super().nama_berkas(dok, tahun)

    def story(self, dok: Dokumen, gaya: Gaya, hal: Halaman, opsi: OpsiLaporan) -> list[Flowable]:
        from ikudesk.report.triwulan_report import story_triwulan

        return story_triwulan(dok, gaya, hal, opsi.tahun, opsi.triwulan)


def triwulan_laporan(dok: Dokumen, tahun: int | None) -> int:
    """The quarter a monitoring table goes up to when none is chosen: the last one of the
    report's year that holds a value in any indicator, else IV."""
    from ikudesk.domain.compute import reporting_frontier, tahun_laporan

    th = tahun_laporan(dok, tahun)
    batas = [
        b
        for ind in dok.semua_indikator()
        if th is not None and (b := reporting_frontier(ind, th)) is not None
    ]
    return max(batas, default=4)


class LaporanPk(Laporan):
    kode = "pk"
    judul = "Perjanjian Kinerja"
    awalan_berkas = "PK"
    orientasi = "portrait"
    opsi = frozenset({"tahun", "perubahan"})

    def peringatan(self, dok: Dokumen, opsi: OpsiLaporan) -> list[str]:
        """A PK printed without its date (an empty date line), or a revision dated outside
        its year: said, never refused (the report itself refuses only a missing PK)."""
        from ikudesk.domain.rules import peringatan_tahun_pk, peringatan_tanggal_pk
        from ikudesk.report.pk_report import pilih_pk

        try:
            pk = pilih_pk(dok, opsi.tahun, opsi.perubahan)
        except IkuError:
            return []
        return [p for _, p in peringatan_tanggal_pk(pk) + peringatan_tahun_pk(pk)]

    def judul_pdf(self, dok: Dokumen) -> str:
        return f"Perjanjian Kinerja {dok.profil.instansi or 'IKU Desk'}"

    def story(self, dok: Dokumen, gaya: Gaya, hal: Halaman, opsi: OpsiLaporan) -> list[Flowable]:
        from ikudesk.report.pk_report import story_pk

        return story_pk(dok, gaya, hal, opsi.tahun, opsi.perubahan)

    def keterangan_tahun(self, dok: Dokumen, tahun: int) -> str:
        return "" if dok.pk(tahun) is not None else "belum ada PK"


class LaporanLkjip(Laporan):
    kode = "lkjip"
    judul = "LKjIP Bab III (capaian kinerja tahunan)"
    awalan_berkas = "LKjIP"
    opsi = frozenset({"tahun", "kategori", "sejak"})
    ttd_tahunan = True  # signed by the year's laporan_tahunan signer

    def judul_pdf(self, dok: Dokumen) -> str:
        return f"LKjIP {dok.profil.instansi or 'IKU Desk'}"

    def peringatan(self, dok: Dokumen, opsi: OpsiLaporan) -> list[str]:
        from ikudesk.report.lkjip_report import peringatan_lkjip

        return peringatan_lkjip(dok, opsi.tahun)

    def story(self, dok: Dokumen, gaya: Gaya, hal: Halaman, opsi: OpsiLaporan) -> list[Flowable]:
        from ikudesk.report.lkjip_report import story_lkjip

        kategori = list(opsi.kategori) if opsi.kategori is not None else None
        return story_lkjip(dok, gaya, hal, opsi.tahun, opsi.sejak, kategori)


LAPORAN_BAWAAN = LembarIku.kode


class LaporanIkm(Laporan):
    kode = "ikm"
    judul = "Laporan survei IKM"
    awalan_berkas = "IKM"
    orientasi = "portrait"
    opsi = frozenset({"tahun"})
    ttd_tahunan = True  # signed by the year's laporan_tahunan signer

    def judul_pdf(self, dok: Dokumen) -> str:
        return f"Survei Kepuasan Masyarakat {dok.profil.instansi or 'IKU Desk'}"

    def story(self, dok: Dokumen, gaya: Gaya, hal: Halaman, opsi: OpsiLaporan) -> list[Flowable]:
        from ikudesk.report.ikm_report import story_ikm

        return story_ikm(dok, gaya, hal, opsi.tahun)

    def keterangan_tahun(self, dok: Dokumen, tahun: int) -> str:
        ada = any(tahun in i.survei_ikm for i in dok.semua_indikator())
        return "" if ada else "belum ada survei"

    def tahun_cetak(self, dok: Dokumen, tahun: int | None) -> int | None:
        from ikudesk.domain.ikm_tampil import tahun_survei

        return tahun_survei(dok, tahun)

    def peringatan(self, dok: Dokumen, opsi: OpsiLaporan) -> list[str]:
        from ikudesk.report.ikm_report import peringatan_ikm

        return peringatan_ikm(dok, opsi.tahun)

    def alasan_tolak(self, dok: Dokumen, opsi: OpsiLaporan) -> str | None:
        return alasan_tolak_ikm(dok, opsi.tahun)
