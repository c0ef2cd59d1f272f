"""A backup described for its user: its size as read, and the lines of its contents (the
command line prints them before a restore; the window shows them)."""

from __future__ import annotations

from decimal import Decimal

from ikudesk.backup.archive import InfoCadangan
from ikudesk.l10n import format_angka, format_waktu

# Heads the documents a restore brings back as drafts (``InfoCadangan.diubah_luar``); the
# command line and the restore dialog list them under it.
JUDUL_DIUBAH_LUAR = "penetapan yang diubah di luar program (dicatat di riwayat dokumen):"


def ukuran_teks(bita: int) -> str:
    """``"820 KB"``, ``"2,4 MB"``: sizes as a user reads them."""
    if bita < 1024 * 1024:
        return f"{format_angka(max(Decimal(1), Decimal(bita) / 1024), 0)} KB"
    return f"{format_angka(Decimal(bita) / (1024 * 1024), 1)} MB"


def uraikan(info: InfoCadangan) -> list[str]:
    """Lines describing a backup for the user (the CLI prints them; the GUI shows them)."""
    baris = [
        f"Dibuat       : {format_waktu(info.dibuat)}",
        f"Komputer     : {info.komputer or '-'}",
        f"Versi        : IKU Desk {info.aplikasi} (skema {info.skema})",
        f"Ukuran       : {ukuran_teks(info.ukuran_berkas)}",
        f"Dokumen      : {format_angka(len(info.dokumen))}",
    ]
    for d in info.dokumen:
        baris.append(
            f"  - {d.instansi} ({d.label_periode}), {format_angka(d.jumlah_indikator)} indikator"
        )
    if info.perlu_upgrade:
        baris.append("Catatan      : cadangan dari versi lama; akan diperbarui setelah dipulihkan.")
    if info.peringatan:
        baris.append(
            f"Peringatan   : {len(info.peringatan)} teks atau isian melampaui batas yang berlaku "
            "sekarang; dokumen tetap dipulihkan, perbaiki saat mengubahnya:"
        )
        baris += [f"  - {p}" for p in info.peringatan[:50]]
        if len(info.peringatan) > 50:
            baris.append(f"  … dan {len(info.peringatan) - 50} lainnya")
    if info.diubah_luar:
        baris.append(f"Peringatan   : {JUDUL_DIUBAH_LUAR}")
        baris += [f"  - {k.uraian()}" for k in info.diubah_luar]
    return baris
