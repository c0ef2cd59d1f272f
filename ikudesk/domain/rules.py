"""The one set of rules every value of a document must pass.

The JSON reader, the typed operations the window applies, and restore all call these, so the
program never stores what its own reader would refuse. Each check raises ``DokumenError`` with
the place (a JSON path or a field's name) and an Indonesian reason.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ikudesk.domain import formula
from ikudesk.domain.model import Komponen, Periode
from ikudesk.errors import DokumenError, IkuError
from ikudesk.l10n import TanggalError, baca_tanggal

TAHUN_MIN, TAHUN_MAX = 1900, 2200
MAKS_TAHUN_PERIODE = 25
BATAS_NILAI = Decimal("1e15")
# A document beyond this many indicators is refused up front: past it reading, computing and
# printing take minutes and gigabytes, and no kecamatan has anywhere near so many.
MAKS_INDIKATOR = 5000
KODE_RE = re.compile(r"[a-z_][a-z0-9_]*")  # always with fullmatch: "$" would let "a\n" pass
# C0 and C1 control characters (tab and newlines are text), and lone surrogates ("\ud800" in a
# JSON file), which no file or database can store.
_KONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
TAHUN_RE = re.compile(r"[0-9]{4}")  # ASCII only: "٢٠٢٢" is also \d{4} and int() reads it


def periksa_teks(nilai: str, lokasi: str = "") -> str:
    cocok = _KONTROL_RE.search(nilai)
    if cocok:
        raise DokumenError(
            f"teks memuat karakter kontrol atau karakter tidak sah yang tidak boleh "
            f"(kode {ord(cocok.group()):#04x})",
            lokasi,
        )
    return nilai


MAKS_DESIMAL = 20  # digits after the decimal point; more is noise (or "1E-999999999")


def periksa_angka(d: Decimal, lokasi: str = "") -> Decimal:
    # Only exact operations here: abs() or normalize() would round "1e999999999" in the
    # context (Overflow) and turn "1E-999999999" into 0 before it could be refused.
    if not d.is_finite() or (not d.is_zero() and d.adjusted() >= BATAS_NILAI.adjusted()):
        raise DokumenError("angka terlalu besar (batasnya 1.000.000.000.000.000)", lokasi)
    _, digit, eksponen = d.as_tuple()
    nol_belakang = len(digit) - len(bytes(digit).rstrip(b"\0"))
    if not d.is_zero() and isinstance(eksponen, int) and eksponen + nol_belakang < -MAKS_DESIMAL:
        raise DokumenError(
            f"angka terlalu kecil atau terlalu banyak angka di belakang koma (paling banyak "
            f"{MAKS_DESIMAL})",
            lokasi,
        )
    return d


def baca_angka_teks(teks: str, lokasi: str = "") -> Decimal:
    """A number stored as the text of its exact digits, checked like an imported one."""
    from decimal import InvalidOperation

    try:
        d = Decimal(teks)
    except InvalidOperation:
        raise DokumenError(f"'{teks[:40]}' bukan angka", lokasi) from None
    return periksa_angka(d, lokasi)


def periksa_kode(kode: str, lokasi: str = "") -> str:
    if not KODE_RE.fullmatch(kode):
        raise DokumenError(
            f"kode '{kode}' tidak sah: pakai huruf kecil, angka dan garis bawah, "
            'diawali huruf (mis. "difasilitasi")',
            lokasi,
        )
    if kode == "tahun_lalu":
        raise DokumenError("'tahun_lalu' adalah nama fungsi, tidak boleh jadi kode", lokasi)
    return kode


def periksa_periode(mulai: int, selesai: int, lokasi: str = "") -> Periode:
    for tahun in (mulai, selesai):
        if not TAHUN_MIN <= tahun <= TAHUN_MAX:
            raise DokumenError(
                f"tahun harus antara {TAHUN_MIN} dan {TAHUN_MAX}, bukan {tahun}", lokasi
            )
    if selesai < mulai:
        raise DokumenError(f"tahun selesai ({selesai}) sebelum tahun mulai ({mulai})", lokasi)
    if selesai - mulai > MAKS_TAHUN_PERIODE:
        raise DokumenError("periode lebih dari 25 tahun tidak masuk akal", lokasi)
    return Periode(mulai, selesai)


def periksa_tahun(tahun: int, periode: Periode | None, lokasi: str = "") -> int:
    """A year a value may exist for: sane, and inside the period when there is one."""
    if periode is not None and not periode.memuat(tahun):
        raise DokumenError(
            f"tahun {tahun} di luar periode {periode.mulai}–{periode.selesai}", lokasi
        )
    if not TAHUN_MIN <= tahun <= TAHUN_MAX:
        raise DokumenError(f"tahun {tahun} tidak masuk akal", lokasi)
    return tahun


def periksa_tanggal(tanggal: str, lokasi: str = "") -> str:
    """A real ``YYYY-MM-DD`` or ``YYYY-MM`` (stripped)."""
    try:
        baca_tanggal(tanggal)
    except TanggalError as e:
        raise DokumenError(e.pesan, lokasi) from None
    return tanggal.strip()


def periksa_rumus(ekspresi: str | None, komponen: list[Komponen]) -> None:
    """Refuse duplicate or empty codes and an expression that does not parse against them."""
    kode = [k.kode for k in komponen]
    for k in komponen:
        if not k.kode or not k.kode.strip():
            raise IkuError("Kode komponen tidak boleh kosong.")
        periksa_kode(k.kode, "Kode komponen")
        periksa_teks(k.uraian, f"Uraian komponen '{k.kode}'")
    ganda = sorted({k for k in kode if kode.count(k) > 1})
    if ganda:
        raise IkuError(f"Kode komponen '{ganda[0]}' dipakai lebih dari sekali.")
    if ekspresi is not None and ekspresi.strip():
        formula.parse(ekspresi, kode)
