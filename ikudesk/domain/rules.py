"""The one set of rules every value of a document must pass.

The JSON reader, the typed operations the window applies, and restore all call these, so the
program never stores what its own reader would refuse. Each check raises ``DokumenError`` with
the place (a JSON path or a field's name) and an Indonesian reason.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ikudesk.domain import formula
from ikudesk.domain.fields import Field
from ikudesk.domain.model import (
    DARI,
    KOLOM_KINDS,
    NOMOR_PER,
    PENOMORAN,
    POLARITAS,
    BarisKepala,
    Dokumen,
    Kolom,
    Komponen,
    Penandatangan,
    Periode,
)
from ikudesk.domain.nip import periksa_nip
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


# --- one field, one value, one node: what the window's operations check --------------------


def periksa_semua_teks(nilai: Any, lokasi: str) -> None:
    """Every text inside a value (lists, rows, a signer) passes ``periksa_teks``."""
    if isinstance(nilai, str):
        periksa_teks(nilai, lokasi)
    elif isinstance(nilai, list | tuple):
        for v in nilai:
            periksa_semua_teks(v, lokasi)
    elif isinstance(nilai, BarisKepala | Kolom | Penandatangan):
        for v in vars(nilai).values():
            periksa_semua_teks(v, lokasi)


def periksa_field(field: Field, nilai: Any) -> None:
    """A value the window may store in ``field`` (the reader applies the same checks)."""
    lokasi = field.label.capitalize()
    periksa_semua_teks(nilai, lokasi)
    if field.is_text and not isinstance(nilai, str):
        raise IkuError(f"Isian '{field.label}' harus berupa teks.")
    if field.is_flag and not isinstance(nilai, bool):
        raise IkuError("Nilai pilihan ini harus ya atau tidak.")
    if field is Field.INDIKATOR_POLARITAS and nilai not in POLARITAS:
        raise IkuError(f"Polaritas harus 'positif' atau 'negatif', bukan '{nilai}'.")
    if field is Field.DOKUMEN_NOMOR_PER and nilai not in NOMOR_PER:
        raise IkuError(f"Penomoran per '{nilai}' tidak dikenal.")
    if field is Field.DOKUMEN_JUDUL and not (
        isinstance(nilai, list) and all(isinstance(b, str) for b in nilai)
    ):
        raise IkuError("Judul harus berupa baris-baris teks.")
    if field is Field.DOKUMEN_PERIODE and nilai is not None:
        if not isinstance(nilai, Periode):
            raise IkuError("Periode harus berupa tahun mulai dan tahun selesai.")
        periksa_periode(nilai.mulai, nilai.selesai, "Periode")
    if field is Field.DOKUMEN_KOLOM:
        if not all(isinstance(k, Kolom) and k.isi in KOLOM_KINDS for k in nilai):
            raise IkuError("Ada kolom tabel dengan isi yang tidak dikenal.")
        isi = [k.isi for k in nilai]
        if not isi:
            raise IkuError("Tabel harus punya setidaknya satu kolom.")
        if len(set(isi)) != len(isi):
            raise IkuError("Setiap isi kolom tabel hanya boleh dipakai sekali.")
    if field is Field.DOKUMEN_KEPALA:
        for b in nilai:
            if not isinstance(b, BarisKepala):
                raise IkuError("Baris kepala tidak sah.")
            if b.penomoran not in ("", *PENOMORAN) or b.dari not in ("", *DARI):
                raise IkuError(
                    f"Baris kepala '{b.label}': penomoran atau sumber isi tidak dikenal."
                )
    if field is Field.DOKUMEN_PENANDATANGAN and nilai is not None:
        if not isinstance(nilai, Penandatangan):
            raise IkuError("Penandatangan tidak sah.")
        if nilai.tanggal:
            periksa_tanggal(nilai.tanggal, "Tanggal tanda tangan")
        if nilai.nip.strip():
            periksa_nip(nilai.nip)


def tahun_bernilai(dok: Dokumen) -> set[int]:
    """Every year that holds a target, a realisasi or a component value."""
    tahun: set[int] = set()
    for ind in dok.semua_indikator():
        tahun.update(ind.target, ind.realisasi, ind.nilai_komponen)
    return tahun


def periksa_periode_dokumen(dok: Dokumen, periode: Periode | None) -> None:
    """A new period must still hold every year that has values."""
    if periode is None:
        return
    luar = sorted(t for t in tahun_bernilai(dok) if not periode.memuat(t))
    if luar:
        daftar = ", ".join(str(t) for t in luar)
        raise IkuError(
            f"Periode {periode.mulai}–{periode.selesai} tidak memuat tahun {daftar} yang masih "
            "berisi nilai. Hapus dulu nilai tahun itu, atau pilih periode yang memuatnya."
        )


def periksa_nilai(nilai: Decimal | None, periode: Periode | None, tahun: int) -> None:
    """A yearly value the window may store: a finite number in range, a year of the period."""
    if nilai is not None:
        if not isinstance(nilai, Decimal) or not nilai.is_finite():
            raise IkuError(f"Nilai '{nilai}' bukan angka.")
        periksa_angka(nilai)
    if periode is not None and not periode.memuat(tahun):
        raise IkuError(
            f"Tahun {tahun} di luar periode dokumen ({periode.mulai}–{periode.selesai})."
        )
    if not TAHUN_MIN <= tahun <= TAHUN_MAX:
        raise IkuError(
            f"Tahun {tahun} tidak masuk akal (harus di antara {TAHUN_MIN} dan {TAHUN_MAX})."
        )


INDUK_BOLEH: dict[str, tuple[str, ...]] = {
    "tujuan": ("dokumen",),
    "sasaran": ("tujuan",),
    "indikator": ("tujuan", "sasaran"),
}
NAMA_JENIS = {
    "dokumen": "Dokumen",
    "tujuan": "Tujuan",
    "sasaran": "Sasaran",
    "indikator": "Indikator",
}


def periksa_induk(jenis: str, parent_jenis: str) -> None:
    """Where a node may hang: a tujuan under the document, a sasaran under a tujuan, …"""
    if parent_jenis not in INDUK_BOLEH.get(jenis, ()):
        raise IkuError(
            f"{NAMA_JENIS.get(jenis, jenis)} tidak dapat ditempatkan di bawah "
            f"{parent_jenis or 'apa pun'}."
        )
