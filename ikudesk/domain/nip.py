"""The NIP (Nomor Induk Pegawai) of a civil servant, as printed under a signature.

18 digits: ``YYYYMMDD`` birth date, ``YYYYMM`` TMT (start of service), one gender digit
(1 laki-laki, 2 perempuan) and a 3-digit serial. A typo in a NIP is printed on an official
document, so every part is checked and the message says which part is wrong.
"""

from __future__ import annotations

from datetime import date

from ikudesk.errors import IkuError

__all__ = ["NipError", "format_nip", "periksa_nip"]

PANJANG_NIP = 18
TAHUN_LAHIR_MIN = 1900
# Service years before this are not expected in any NIP still signing documents.
TAHUN_TMT_MIN = 1960


class NipError(IkuError, ValueError):
    """A NIP is not 18 digits or one of its parts is not valid."""


def _bersihkan(nip: str) -> str:
    # People paste NIPs grouped ("19661114 199403 2 008"); any whitespace is layout only.
    return "".join(nip.split())


def periksa_nip(nip: str, *, hari_ini: date | None = None) -> str:
    """Return the 18 digits of ``nip`` (spaces removed) or raise :class:`NipError`.

    ``hari_ini`` fixes "today" (for the upper year bounds) so the check is reproducible.
    """
    if not isinstance(nip, str):
        raise NipError(f"NIP harus berupa teks 18 angka, bukan {type(nip).__name__}.")
    hari_ini = hari_ini or date.today()
    angka = _bersihkan(nip)

    # ASCII digits only: str.isdigit() would also accept e.g. "²" or Arabic-Indic digits.
    salah = [c for c in angka if c not in "0123456789"]
    if salah:
        raise NipError(f"NIP hanya boleh berisi angka (ada '{salah[0]}').")
    if len(angka) != PANJANG_NIP:
        raise NipError(f"NIP harus {PANJANG_NIP} angka (sekarang {len(angka)}).")

    lahir_teks, tmt_teks, kelamin, urut = angka[:8], angka[8:14], angka[14], angka[15:]

    tahun_lahir = int(lahir_teks[:4])
    try:
        date(tahun_lahir, int(lahir_teks[4:6]), int(lahir_teks[6:8]))
        lahir_sah = TAHUN_LAHIR_MIN <= tahun_lahir <= hari_ini.year
    except ValueError:
        lahir_sah = False
    if not lahir_sah:
        raise NipError(f"NIP: 8 angka pertama ({lahir_teks}) bukan tanggal lahir yang sah.")

    tahun_tmt, bulan_tmt = int(tmt_teks[:4]), int(tmt_teks[4:])
    # TMT may be next year: appointments are decreed ahead of their start date.
    if not (1 <= bulan_tmt <= 12 and TAHUN_TMT_MIN <= tahun_tmt <= hari_ini.year + 1):
        raise NipError(f"NIP: angka ke-9 s.d. 14 ({tmt_teks}) bukan tahun-bulan TMT yang sah.")
    if tahun_tmt <= tahun_lahir:
        raise NipError(
            f"NIP: angka ke-9 s.d. 14 ({tmt_teks}) bukan tahun-bulan TMT yang sah "
            f"(TMT harus sesudah tahun lahir {tahun_lahir})."
        )

    if kelamin not in "12":
        raise NipError(f"NIP: angka ke-15 harus 1 (laki-laki) atau 2 (perempuan), bukan {kelamin}.")
    if urut == "000":
        raise NipError("NIP: 3 angka terakhir (000) bukan nomor urut yang sah (001 s.d. 999).")
    return angka


def format_nip(nip: str) -> str:
    """``"196611141994032008"`` -> ``"19661114 199403 2 008"``, as printed under a signature.

    Anything that is not 18 digits is returned stripped but otherwise unchanged, so a
    display never hides what was actually stored.
    """
    angka = _bersihkan(nip)
    if len(angka) != PANJANG_NIP or any(c not in "0123456789" for c in angka):
        return nip.strip()
    return f"{angka[:8]} {angka[8:14]} {angka[14]} {angka[15:]}"
