"""Printed reports as PDF; which reports exist is ``registry.LAPORAN``.

``tulis_pdf`` writes a file atomically; ``buat_pdf_bytes`` gives the bytes (for the preview).
Every failure a user can meet is an ``IkuError`` with an Indonesian message.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TypedDict, Unpack

from ikudesk.domain.kategori import Kategori
from ikudesk.domain.model import Dokumen
from ikudesk.errors import IkuError
from ikudesk.files.atomic import periksa_keluaran, tulis_atomik_dengan
from ikudesk.report.opsi import OpsiLaporan
from ikudesk.report.registry import LAPORAN, LAPORAN_BAWAAN, cari_laporan, triwulan_laporan

__all__ = ["LAPORAN", "PilihanPdf", "buat_pdf", "buat_pdf_bytes", "tulis_pdf"]


class PilihanPdf(TypedDict, total=False):
    """The choices of ``buat_pdf`` after the document, passed on as they are by
    ``buat_pdf_bytes`` and ``tulis_pdf`` (``buat_pdf`` holds the defaults)."""

    laporan: str
    tahun: int | None
    kertas: str | None
    orientasi: str | None
    kategori: Sequence[Kategori] | None
    font: str | None
    perubahan: int | None
    sejak: int | None
    triwulan: int | None
    jilid: bool
    cetak_penetapan: bool


def buat_pdf(
    dok: Dokumen,
    *,
    laporan: str = LAPORAN_BAWAAN,
    tahun: int | None = None,
    kertas: str | None = None,
    orientasi: str | None = None,
    kategori: Sequence[Kategori] | None = None,
    font: str | None = None,
    perubahan: int | None = None,
    sejak: int | None = None,
    triwulan: int | None = None,
    jilid: bool = False,
    cetak_penetapan: bool = True,
) -> tuple[bytes, int]:
    """The PDF bytes and the page count; paper and orientation default to the report's own,
    the type face and size to the document's (``tabel.huruf``/``tabel.ukuran``); ``jilid``
    leaves room to bind."""
    from ikudesk.report.teks import HURUF_BAWAAN, UKURAN_BAWAAN, buat_gaya
    from ikudesk.report.umum import bangun_pdf, halaman

    jenis = cari_laporan(laporan)
    alasan = jenis.alasan_tolak(dok, OpsiLaporan(tahun=tahun, triwulan=triwulan))
    if alasan:
        raise IkuError(alasan)
    if tahun is not None and dok.periode is not None and not dok.periode.memuat(tahun):
        p = dok.periode
        raise IkuError(f"Tahun {tahun} di luar periode dokumen ({p.mulai}–{p.selesai}).")
    if "triwulan" in jenis.opsi:
        if triwulan is None:
            triwulan = triwulan_laporan(dok, tahun)
        if triwulan not in (1, 2, 3, 4):
            raise IkuError(f"Triwulan {triwulan} tidak ada; pilih 1, 2, 3 atau 4.")
    hal = halaman(kertas or jenis.kertas, orientasi or jenis.orientasi, jilid)
    ukuran = float(dok.tabel.ukuran) if dok.tabel.ukuran is not None else UKURAN_BAWAAN
    gaya = buat_gaya(font or dok.tabel.huruf or HURUF_BAWAAN, ukuran)
    opsi = OpsiLaporan(
        tahun=tahun,
        kategori=kategori,
        perubahan=perubahan,
        sejak=sejak,
        triwulan=triwulan,
        cetak_penetapan=cetak_penetapan,
    )
    story = jenis.story(dok, gaya, hal, opsi)
    kepala, kaki = jenis.tanda_halaman(dok, opsi)
    try:
        return bangun_pdf(
            hal,
            gaya,
            story,
            jenis.judul_pdf(dok),
            dok.profil.instansi or "IKU Desk",
            kepala_halaman=kepala,
            kaki_halaman=kaki,
        )
    except IkuError:
        raise
    except Exception as e:  # ReportLab LayoutError and the like: say it plainly
        raise IkuError(
            f"PDF tidak dapat disusun: {e.__class__.__name__}. Periksa teks yang sangat panjang "
            "dalam satu sel, atau coba kertas yang lebih besar / orientasi lain."
        ) from e


def buat_pdf_bytes(dok: Dokumen, **pilihan: Unpack[PilihanPdf]) -> bytes:
    """The PDF as bytes (for the print preview); the choices of ``buat_pdf``."""
    return buat_pdf(dok, **pilihan)[0]


def tulis_pdf(dok: Dokumen, path: str | os.PathLike[str], **pilihan: Unpack[PilihanPdf]) -> int:
    """Write the PDF to ``path`` atomically (the choices of ``buat_pdf``); returns the number
    of pages."""
    path = Path(path)
    periksa_keluaran(path)  # before the pages are made: a device, a name too long, a folder
    if not path.parent.exists():
        raise IkuError(f"Tidak dapat menulis '{path}': folder '{path.parent}' tidak ada.")
    isi, halaman = buat_pdf(dok, **pilihan)
    tulis_atomik_dengan(path, lambda p: p.write_bytes(isi))
    return halaman
