"""Penetapan (finalising a document) and its rules (FORMAT.md "`penetapan`: what was signed").

The list of finalisations counts 1, 2, … without gaps, its dates never go back, and from
versi 2 on each entry says why the previous version was revised. ``status`` "ditetapkan" needs
an entry. What the signed content is, and its fingerprint, is the document file's business
(``files/sidik.py``); here only the rules that need no file.
"""

from __future__ import annotations

import re
from datetime import date

from ikudesk.domain.model import STATUS_DOKUMEN, Dokumen, Penetapan
from ikudesk.domain.rules import periksa_teks
from ikudesk.errors import DokumenError, IkuError
from ikudesk.l10n import format_tanggal

SIDIK_RE = re.compile(r"[0-9a-f]{64}")
TANGGAL_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
MAKS_TEKS = 1000  # dasar and alasan are one decree's name, one paragraph of reasons


def periksa_tanggal_penetapan(tanggal: str, lokasi: str) -> str:
    """A real calendar date ``YYYY-MM-DD`` (a decree has a day)."""
    t = tanggal.strip()
    try:
        if not TANGGAL_RE.fullmatch(t):
            raise ValueError
        date.fromisoformat(t)
    except ValueError:
        raise DokumenError(
            f"tanggal penetapan '{tanggal}' tidak sah (tulis TTTT-BB-HH, mis. 2021-01-05)", lokasi
        ) from None
    return t


def periksa_entri(p: Penetapan, sebelumnya: Penetapan | None, lokasi: str) -> None:
    """One entry after ``sebelumnya`` (None: it is the first). ``lokasi`` "" : no path in
    the message (the window's and the command line's own input)."""

    def di(kunci: str) -> str:
        return f"{lokasi}.{kunci}" if lokasi else ""

    harap = 1 if sebelumnya is None else sebelumnya.versi + 1
    if p.versi != harap:
        raise DokumenError(
            f"versi penetapan harus {harap} (berurutan 1, 2, … tanpa lompatan), bukan {p.versi}",
            di("versi"),
        )
    periksa_tanggal_penetapan(p.tanggal, di("tanggal"))
    if sebelumnya is not None and p.tanggal < sebelumnya.tanggal:
        raise DokumenError(
            f"tanggal {p.tanggal} lebih awal dari penetapan versi {sebelumnya.versi} "
            f"({sebelumnya.tanggal})",
            di("tanggal"),
        )
    for nama, teks in (("dasar", p.dasar), ("alasan", p.alasan)):
        # Without a path (the window's and command line's input) the field names itself.
        apa = "" if lokasi else f"{nama} "
        try:
            periksa_teks(teks, di(nama))
        except DokumenError as e:
            if not apa:
                raise
            pesan = e.pesan.removeprefix("teks ")  # "alasan terlalu panjang", not "alasan teks …"
            raise DokumenError(f"{apa}{pesan}") from None
        if len(teks) > MAKS_TEKS:
            raise DokumenError(
                f"{apa}terlalu panjang ({len(teks)} karakter; paling banyak {MAKS_TEKS})",
                di(nama),
            )
    if p.versi >= 2 and not p.alasan.strip():
        raise DokumenError(
            f"alasan revisi wajib diisi untuk penetapan versi {p.versi}", di("alasan")
        )
    if p.sidik and not SIDIK_RE.fullmatch(p.sidik):
        raise DokumenError("sidik harus 64 angka heksadesimal huruf kecil (SHA-256)", di("sidik"))


def periksa_daftar(daftar: list[Penetapan], status: str) -> None:
    """The whole list and the status, as the file reader and a restore see them."""
    if status not in STATUS_DOKUMEN:
        raise DokumenError(
            f"status '{status}' tidak dikenal; yang boleh: {', '.join(STATUS_DOKUMEN)}", "status"
        )
    sebelumnya: Penetapan | None = None
    for i, p in enumerate(daftar):
        periksa_entri(p, sebelumnya, f"penetapan[{i}]")
        if not p.sidik:
            raise DokumenError("sidik tidak ada", f"penetapan[{i}].sidik")
        sebelumnya = p
    if status == "ditetapkan" and not daftar:
        raise DokumenError(
            'status "ditetapkan" tanpa satu pun penetapan: tidak jelas apa yang ditetapkan',
            "status",
        )


def terakhir(dok: Dokumen) -> Penetapan | None:
    return dok.penetapan[-1] if dok.penetapan else None


def label_versi(p: Penetapan) -> str:
    """'versi 2 (5 Januari 2021)' — how a message names a finalised version."""
    return f"versi {p.versi}, {format_tanggal(p.tanggal)}"


def periksa_terbuka(dok: Dokumen, apa: str) -> None:
    """Refuse a change of signed content while the document is ditetapkan.

    ``apa`` names what would change ("nama indikator", "target 2023"). The message says which
    version holds it and how to revise.
    """
    if not dok.ditetapkan:
        return
    p = terakhir(dok)
    versi = label_versi(p) if p is not None else "versi terakhir"
    raise IkuError(
        f"Dokumen ini sudah ditetapkan ({versi}); {apa} termasuk isi yang ditetapkan dan tidak "
        "dapat diubah. Untuk merevisinya, buka revisi lebih dulu: menu Dokumen → Buka revisi… "
        f"(atau perintah: ikudesk revisi {dok.id if dok.id is not None else 'ID'}); "
        "revisi ditetapkan kembali sebagai versi berikutnya."
    )


TANDA_DRAF = "DRAF — belum ditetapkan"
TANDA_DIUBAH = "BUKAN ISI YANG DITETAPKAN"


def tanda_cetak(
    dok: Dokumen, cetak_penetapan: bool = True, diubah_luar: bool = False
) -> tuple[str, str]:
    """(page header, footer line) of a printed IKU sheet.

    A draft that was ditetapkan before (reopened for a revision) never passes for the signed
    sheet: "DRAF — belum ditetapkan" above and below. A ditetapkan one may say its version and
    decree in the footer (``cetak_penetapan``). A document never ditetapkan prints as before.
    Signed content changed outside the program (``diubah_luar``) never passes for it either.
    """
    p = terakhir(dok)
    if p is None:
        return "", ""
    if diubah_luar:
        return (
            TANDA_DIUBAH,
            f"{TANDA_DIUBAH}: isi ini telah diubah di luar program sesudah penetapan versi "
            f"{p.versi} ({format_tanggal(p.tanggal)})",
        )
    if not dok.ditetapkan:
        return (
            TANDA_DRAF,
            f"{TANDA_DRAF} (revisi dari versi {p.versi}, {format_tanggal(p.tanggal)})",
        )
    if not cetak_penetapan:
        return "", ""
    dasar = f" — {p.dasar}" if p.dasar.strip() else ""
    return "", f"Ditetapkan versi {p.versi}, {format_tanggal(p.tanggal)}{dasar}"


def keterangan_kunci(dok: Dokumen, diubah_luar: bool = False) -> str:
    """Why the window shows the signed content read-only ("" when it is not locked);
    ``diubah_luar``: the content shown is not what that version fingerprints."""
    p = terakhir(dok)
    if not dok.ditetapkan or p is None:
        return ""
    dasar = f" — {p.dasar}" if p.dasar.strip() else ""
    if diubah_luar:
        return (
            f"Ditetapkan {label_versi(p)}{dasar}, tetapi isi ini telah diubah di luar program: "
            f"ini BUKAN isi versi {p.versi} yang ditetapkan. Dokumen → Riwayat… menunjukkan "
            "perbedaannya; untuk menjadikannya rancangan versi berikutnya: Dokumen → Buka revisi…"
        )
    return (
        f"Ditetapkan {label_versi(p)}{dasar}: isi yang ditetapkan hanya dapat dibaca; "
        "realisasi, triwulan, survei, analisis, PK dan penandatangan laporan tetap dapat diisi. "
        "Untuk merevisi: Dokumen → Buka revisi…"
    )
