"""The one set of rules every value of a document must pass.

The JSON reader, the typed operations the window applies, and restore all call these, so the
program never stores what its own reader would refuse. Each check raises ``DokumenError`` with
the place (a JSON path or a field's name) and an Indonesian reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal
from typing import Any

from ikudesk.domain import formula
from ikudesk.domain.fields import Field
from ikudesk.domain.model import (
    AGREGASI,
    DARI,
    HURUF,
    JENIS_KELAMIN,
    KOLOM_KINDS,
    NOMOR_PER,
    PENIMBANG,
    PENOMORAN,
    POLARITAS,
    STATUS_PENANDATANGAN,
    TRIWULAN,
    UKURAN_MAX,
    UKURAN_MIN,
    BarisKepala,
    Dokumen,
    Indikator,
    Kegiatan,
    Kolom,
    Komponen,
    LaporanTahunan,
    LaporanTriwulan,
    Penandatangan,
    Periode,
    PerjanjianKinerja,
    Program,
    Responden,
    SubKegiatan,
    SurveiIkm,
)
from ikudesk.domain.nip import periksa_nip
from ikudesk.domain.pk import jumlah_anak
from ikudesk.errors import DokumenError, IkuError
from ikudesk.l10n import TanggalError, baca_tanggal, format_angka

TAHUN_MIN, TAHUN_MAX = 1900, 2200
MAKS_TAHUN_PERIODE = 25  # years in a period at most: selesai − mulai ≤ 24
_PESAN_PERIODE = (
    f"periode paling lama {MAKS_TAHUN_PERIODE} tahun (tahun selesai − tahun mulai ≤ 24)"
)
BATAS_NILAI = Decimal("1e15")
# A document beyond this many indicators is refused up front: past it reading, computing and
# printing take minutes and gigabytes, and no kecamatan has anywhere near so many.
MAKS_INDIKATOR = 5000
KODE_RE = re.compile(r"[a-z_][a-z0-9_]*")  # always with fullmatch: "$" would let "a\n" pass
# C0 and C1 control characters (tab and newlines are text), and lone surrogates ("\ud800" in a
# JSON file), which no file or database can store.
_KONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
TAHUN_RE = re.compile(r"[0-9]{4}")  # ASCII only: "٢٠٢٢" is also \d{4} and int() reads it


# --- Limits and characters (FORMAT.md, "Limits and characters", December 2026) -------------
# The one place these limits live: the reader, the window's operations, restore and the
# workbook readers all come here.
MAKS_TEKS_PENDEK = 1000  # a name, uraian, label, judul, kode, satuan, a signer's field, …
MAKS_TEKS_PANJANG = 20000  # the texts FORMAT.md names as longer
TEKS_PANJANG = frozenset(
    {
        "isi",
        "butir",
        "penjelasan",
        "definisi",
        "sumber_data",
        "penanggung_jawab",
        "catatan",
        "analisis",
        "pernyataan",
    }
)
MAKS_TUJUAN_SASARAN = 5000
# Invisible and direction-changing characters: a printed sheet would show other text than the
# one stored (U+202E turns "ABC" into "CBA" on paper).
_TAK_TAMPAK_RE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Set while data stored before the limits is read (restore; a store opened): only the
# structural rules refuse, the limits are reported by ``pelanggaran_batas`` as warnings.
_batas_lama: ContextVar[bool] = ContextVar("batas_lama", default=False)


@contextmanager
def batas_lama() -> Iterator[None]:
    """Read data made before the limits: they are not refused here (see ``pelanggaran_batas``)."""
    token = _batas_lama.set(True)
    try:
        yield
    finally:
        _batas_lama.reset(token)


def _kunci_dari_lokasi(lokasi: str) -> str:
    """The key that names a text's kind: ``tujuan[0].indikator[2].nama`` → ``nama``,
    ``….analisis.2024`` → ``analisis``, the window's "Sumber data" → ``sumber_data``."""
    for bagian in reversed(lokasi.split(".")):
        kunci = re.sub(r"\[[^\]]*\]", "", bagian).strip().lower().replace(" ", "_")
        if kunci and not kunci.isdigit():
            return kunci
    return ""


def batas_teks(kunci: str) -> int:
    """How many characters a text under ``kunci`` may hold."""
    return MAKS_TEKS_PANJANG if kunci in TEKS_PANJANG else MAKS_TEKS_PENDEK


def masalah_teks(nilai: str, kunci: str) -> str | None:
    """What breaks the limits in a text of kind ``kunci`` (an Indonesian reason), or None."""
    cocok = _TAK_TAMPAK_RE.search(nilai)
    if cocok:
        return (
            "teks memuat karakter tak terlihat atau pengubah arah tulisan "
            f"(U+{ord(cocok.group()):04X}, pada karakter ke-{cocok.start() + 1}); hapus karakter "
            "itu agar yang dicetak sama dengan yang disimpan"
        )
    batas = batas_teks(kunci)
    if len(nilai) > batas:
        return (
            f"teks terlalu panjang ({format_angka(Decimal(len(nilai)), 0)} karakter; paling "
            f"banyak {format_angka(Decimal(batas), 0)})"
        )
    return None


def periksa_teks(nilai: str, lokasi: str = "", kunci: str | None = None) -> str:
    """A text a document may hold: no control characters (newline and tab are text), no
    invisible or direction-changing characters, within its length (by ``kunci``, else by the
    last key of ``lokasi``)."""
    cocok = _KONTROL_RE.search(nilai)
    if cocok:
        raise DokumenError(
            f"teks memuat karakter kontrol atau karakter tidak sah yang tidak boleh "
            f"(kode {ord(cocok.group()):#04x})",
            lokasi,
        )
    if not _batas_lama.get():
        masalah = masalah_teks(nilai, _kunci_dari_lokasi(lokasi) if kunci is None else kunci)
        if masalah:
            raise DokumenError(masalah, lokasi)
    return nilai


def periksa_jumlah(indikator: int, tujuan_sasaran: int, lokasi: str = "tujuan") -> None:
    """At most ``MAKS_INDIKATOR`` indicators and ``MAKS_TUJUAN_SASARAN`` tujuan and sasaran."""
    if indikator > MAKS_INDIKATOR:
        raise DokumenError(
            f"dokumen memuat {indikator} indikator; program ini menangani paling banyak "
            f"{MAKS_INDIKATOR} indikator per dokumen",
            lokasi,
        )
    if tujuan_sasaran > MAKS_TUJUAN_SASARAN and not _batas_lama.get():
        raise DokumenError(
            f"dokumen memuat {tujuan_sasaran} tujuan dan sasaran; paling banyak "
            f"{MAKS_TUJUAN_SASARAN} per dokumen",
            lokasi,
        )


def jumlah_dalam_data(tujuan: Any) -> tuple[int, int]:
    """(indicators, tujuan + sasaran) of a document's ``tujuan`` list as read from JSON, counted
    before anything is built."""
    if not isinstance(tujuan, list):
        return 0, 0

    def indikator(o: Any) -> int:
        d = o.get("indikator") if isinstance(o, dict) else None
        return len(d) if isinstance(d, list) else 0

    n_ind, n_ts = 0, len(tujuan)
    for t in tujuan:
        n_ind += indikator(t)
        sasaran = t.get("sasaran") if isinstance(t, dict) else None
        if isinstance(sasaran, list):
            n_ts += len(sasaran)
            n_ind += sum(indikator(s) for s in sasaran)
    return n_ind, n_ts


def pelanggaran_batas(data: Any) -> list[tuple[str, str]]:
    """Every place where a document (as its JSON data, ``docfile.ke_data``) breaks the limits,
    as (place, Indonesian reason): the warning a store or backup made before the limits gets."""
    hasil: list[tuple[str, str]] = []

    def jalan(o: Any, jalur: str, kunci: str) -> None:
        if isinstance(o, str):
            masalah = masalah_teks(o, kunci)
            if masalah:
                hasil.append((jalur or "(akar)", masalah))
        elif isinstance(o, dict):
            for k, v in o.items():
                k = str(k)
                jalan(v, f"{jalur}.{k}" if jalur else k, kunci if k.isdigit() else k)
        elif isinstance(o, list | tuple):
            for i, v in enumerate(o):
                jalan(v, f"{jalur}[{i}]", kunci)

    if isinstance(data, dict):
        n_ind, n_ts = jumlah_dalam_data(data.get("tujuan"))
        if n_ts > MAKS_TUJUAN_SASARAN:
            hasil.append(
                (
                    "tujuan",
                    f"dokumen memuat {n_ts} tujuan dan sasaran; paling banyak "
                    f"{MAKS_TUJUAN_SASARAN} per dokumen",
                )
            )
        periode = data.get("periode")
        if isinstance(periode, dict):
            mulai, selesai = periode.get("mulai"), periode.get("selesai")
            if (
                isinstance(mulai, int)
                and isinstance(selesai, int)
                and selesai - mulai >= MAKS_TAHUN_PERIODE
            ):
                hasil.append(("periode", _PESAN_PERIODE))
    jalan(data, "", "")
    return hasil


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
    # Before the limits a period of 26 years was stored; such data is read, with a warning.
    if selesai - mulai >= MAKS_TAHUN_PERIODE + (1 if _batas_lama.get() else 0):
        raise DokumenError(_PESAN_PERIODE, lokasi)
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


def periksa_semua_teks(nilai: Any, lokasi: str, kunci: str | None = None) -> None:
    """Every text inside a value (lists, rows, a signer) passes ``periksa_teks``; the length
    limit is that of ``kunci`` (or of each attribute's name inside a row or a signer)."""
    if isinstance(nilai, str):
        periksa_teks(nilai, lokasi, kunci)
    elif isinstance(nilai, list | tuple):
        for v in nilai:
            periksa_semua_teks(v, lokasi, kunci)
    elif isinstance(nilai, BarisKepala | Kolom | Penandatangan):
        for k, v in vars(nilai).items():
            periksa_semua_teks(v, f"{lokasi} ({k})", k)


def periksa_field(field: Field, nilai: Any) -> None:
    """A value the window may store in ``field`` (the reader applies the same checks)."""
    lokasi = field.label.capitalize()
    periksa_semua_teks(nilai, lokasi, field.path.rsplit(".", 1)[-1])
    if field.is_text and not isinstance(nilai, str):
        raise IkuError(f"Isian '{field.label}' harus berupa teks.")
    if field.is_flag and not isinstance(nilai, bool):
        raise IkuError("Nilai pilihan ini harus ya atau tidak.")
    if field is Field.INDIKATOR_POLARITAS and nilai not in POLARITAS:
        raise IkuError(f"Polaritas harus 'positif' atau 'negatif', bukan '{nilai}'.")
    if field is Field.DOKUMEN_NOMOR_PER and nilai not in NOMOR_PER:
        raise IkuError(f"Penomoran per '{nilai}' tidak dikenal.")
    if field is Field.INDIKATOR_AGREGASI:
        periksa_agregasi(nilai, lokasi)
    if field is Field.DOKUMEN_HURUF:
        periksa_huruf(nilai, lokasi)
    if field is Field.DOKUMEN_UKURAN and nilai is not None:
        if not isinstance(nilai, Decimal):
            raise IkuError("Ukuran huruf harus berupa angka.")
        periksa_ukuran(nilai, lokasi)
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
    """Every year that holds something the period must contain: a target, a realisasi, a
    component value, quarterly values, a survey, an analysis, a PK or a yearly signer."""
    tahun: set[int] = set()
    for ind in dok.semua_indikator():
        tahun.update(ind.target, ind.realisasi, ind.nilai_komponen)
        tahun.update(ind.triwulan, ind.survei_ikm, ind.analisis)
    tahun.update(pk.tahun for pk in dok.perjanjian_kinerja)
    tahun.update(lt.tahun for lt in dok.laporan_tahunan)
    tahun.update(lt.tahun for lt in dok.laporan_triwulan)
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


# ----------------------------------------------------------------------------------------------
# Version 2: quarters, the IKM survey, the Perjanjian Kinerja and the yearly reports.
# Each check takes the place to name (a JSON path, or a field's name in the window) and raises
# ``DokumenError``; the document-wide ones walk the tree and name the indicator's path.

USIA_MIN, USIA_MAX = 10, 120  # a respondent of a public service; anything else is a typo
MAKS_PERUBAHAN = 99
MAKS_RUPIAH = 10**15  # the same bound as every other number


def periksa_kunci_triwulan(kunci: str, lokasi: str = "") -> int:
    """A quarter key of a file: the text "1" to "4"."""
    if kunci not in ("1", "2", "3", "4"):
        raise DokumenError(f'\'{kunci}\' bukan triwulan; yang boleh: "1", "2", "3", "4"', lokasi)
    return int(kunci)


def periksa_triwulan(triwulan: int, lokasi: str = "") -> int:
    """A quarter number given by the window or a command: 1 to 4."""
    if isinstance(triwulan, bool) or triwulan not in TRIWULAN:
        raise DokumenError(f"triwulan harus 1, 2, 3 atau 4, bukan {triwulan}", lokasi)
    return triwulan


def _pilihan(nilai: str, boleh: tuple[str, ...], lokasi: str) -> str:
    if nilai not in boleh:
        daftar = ", ".join(f'"{b}"' for b in boleh)
        raise DokumenError(f"nilai '{nilai}' tidak dikenal; yang boleh: {daftar}", lokasi)
    return nilai


def periksa_agregasi(nilai: str, lokasi: str = "") -> str:
    """ "nilai_akhir", "akumulasi", or "" (not stated: nilai_akhir)."""
    return nilai if nilai == "" else _pilihan(nilai, AGREGASI, lokasi)


def periksa_status(nilai: str, lokasi: str = "") -> str:
    return _pilihan(nilai, STATUS_PENANDATANGAN, lokasi)


def periksa_penimbang(nilai: str, lokasi: str = "") -> str:
    return _pilihan(nilai, PENIMBANG, lokasi)


def periksa_huruf(nilai: str, lokasi: str = "") -> str:
    return nilai if nilai == "" else _pilihan(nilai, HURUF, lokasi)


def periksa_ukuran(nilai: Decimal, lokasi: str = "") -> Decimal:
    if not UKURAN_MIN <= nilai <= UKURAN_MAX:
        raise DokumenError(
            f"ukuran huruf harus antara {UKURAN_MIN} dan {UKURAN_MAX} poin, bukan {nilai}", lokasi
        )
    return nilai


def periksa_rupiah(nilai: object, lokasi: str = "") -> int | None:
    """An amount of money: None (not given) or a whole, non-negative number of rupiah."""
    if nilai is None:
        return None
    if isinstance(nilai, bool) or not isinstance(nilai, int):
        if isinstance(nilai, Decimal) and nilai.is_finite() and nilai == nilai.to_integral_value():
            nilai = int(nilai)  # 1250000000.0 from a spreadsheet: the same whole amount
        else:
            raise DokumenError("jumlah rupiah harus bilangan bulat (tanpa sen)", lokasi)
    assert isinstance(nilai, int)
    if nilai < 0:
        raise DokumenError(f"jumlah rupiah tidak boleh negatif ({nilai})", lokasi)
    if nilai >= MAKS_RUPIAH:
        raise DokumenError("jumlah rupiah terlalu besar (batasnya 1.000.000.000.000.000)", lokasi)
    return nilai


def periksa_perubahan(nilai: int, lokasi: str = "") -> int:
    if isinstance(nilai, bool) or not 0 <= nilai <= MAKS_PERUBAHAN:
        raise DokumenError(
            f"perubahan harus 0 (PK) atau 1–{MAKS_PERUBAHAN} (PK Perubahan), bukan {nilai}", lokasi
        )
    return nilai


def periksa_penandatangan(p: Penandatangan, lokasi: str = "") -> Penandatangan:
    """A signer: text without control characters, a real date, a valid NIP when there is one,
    a known status. An empty pangkat and NIP are allowed (a bupati has neither)."""

    def sub(kunci: str) -> str:
        return f"{lokasi}.{kunci}" if lokasi else kunci

    for kunci in ("tempat", "tanggal", "jabatan", "nama", "pangkat", "nip", "status"):
        periksa_teks(getattr(p, kunci), sub(kunci))
    periksa_status(p.status, sub("status"))
    if p.tanggal.strip():
        p.tanggal = periksa_tanggal(p.tanggal, sub("tanggal"))
    if p.nip.strip():
        try:
            p.nip = periksa_nip(p.nip)
        except IkuError as e:
            raise DokumenError(e.pesan, sub("nip")) from None
    return p


def periksa_responden(r: Responden, jumlah_unsur: int, lokasi: str = "") -> Responden:
    """One questionnaire: exactly one answer (1–4 or None) per unsur, a sane age."""

    def sub(kunci: str) -> str:
        return f"{lokasi}.{kunci}" if lokasi else kunci

    if len(r.nilai) != jumlah_unsur:
        raise DokumenError(
            f"harus ada tepat {jumlah_unsur} jawaban (satu per unsur), bukan {len(r.nilai)}",
            sub("nilai"),
        )
    for i, v in enumerate(r.nilai):
        if v is not None and (isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 4):
            raise DokumenError(
                f"jawaban harus 1, 2, 3, 4 atau kosong (null), bukan {v}", f"{sub('nilai')}[{i}]"
            )
    _pilihan(r.jenis_kelamin, JENIS_KELAMIN, sub("jenis_kelamin"))
    if r.usia is not None and (isinstance(r.usia, bool) or not USIA_MIN <= r.usia <= USIA_MAX):
        raise DokumenError(
            f"usia {r.usia} tidak masuk akal (harus {USIA_MIN}–{USIA_MAX} tahun atau kosong)",
            sub("usia"),
        )
    periksa_teks(r.pendidikan, sub("pendidikan"))
    periksa_teks(r.pekerjaan, sub("pekerjaan"))
    return r


def periksa_unsur(unsur: list[str], penimbang: str, lokasi: str = "") -> list[str]:
    """Unsur names: at least one, none empty, no name twice; 0,111 and 0,11 need nine."""
    if not unsur:
        raise DokumenError("survei harus punya paling sedikit satu unsur", lokasi)
    dilihat: dict[str, int] = {}
    for i, nama in enumerate(unsur):
        periksa_teks(nama, f"{lokasi}[{i}]")
        kunci = " ".join(nama.split()).casefold()
        if not kunci:
            raise DokumenError("nama unsur tidak boleh kosong", f"{lokasi}[{i}]")
        if kunci in dilihat:
            raise DokumenError(
                f"unsur '{nama}' sudah ada pada urutan ke-{dilihat[kunci] + 1}", f"{lokasi}[{i}]"
            )
        dilihat[kunci] = i
    if penimbang in ("0,111", "0,11") and len(unsur) != 9:
        raise DokumenError(
            f"penimbang {penimbang} hanya berlaku untuk tepat 9 unsur; survei ini punya "
            f'{len(unsur)} unsur (pakai penimbang "eksak")',
            lokasi,
        )
    return unsur


def periksa_survei(s: SurveiIkm, lokasi: str = "") -> SurveiIkm:
    """A whole survey: its unsur, penimbang and every respondent."""

    def sub(kunci: str) -> str:
        return f"{lokasi}.{kunci}" if lokasi else kunci

    periksa_penimbang(s.penimbang, sub("penimbang"))
    periksa_unsur(s.unsur, s.penimbang, sub("unsur"))
    for i, r in enumerate(s.responden):
        periksa_responden(r, len(s.unsur), f"{sub('responden')}[{i}]")
    return s


def periksa_indikator_v2(ind: Indikator, lokasi: str = "") -> None:
    """The v2 rules between an indicator's keys (each value is checked where it is read).

    A year's realisasi comes from one place only: the yearly value, the quarters, or a survey.
    Quarterly realisasi is for indicators without ``ekspresi``, quarterly components for those
    with one; a survey indicator has no ``ekspresi``.
    """

    def sub(*bagian: object) -> str:
        jalur = ".".join(str(b) for b in bagian)
        return f"{lokasi}.{jalur}" if lokasi else jalur

    periksa_agregasi(ind.agregasi, sub("agregasi"))
    for tahun, tw in ind.triwulan.items():
        for k in (*tw.target, *tw.realisasi, *tw.nilai_komponen):
            periksa_triwulan(k, sub("triwulan", tahun))
        if tw.realisasi and ind.pakai_rumus:
            raise DokumenError(
                "indikator dengan rumus diisi per komponen (nilai_komponen), bukan realisasi",
                sub("triwulan", tahun, "realisasi"),
            )
        if any(tw.nilai_komponen.values()) and not ind.pakai_rumus:
            raise DokumenError(
                "indikator tanpa rumus diisi dengan realisasi, bukan nilai_komponen",
                sub("triwulan", tahun, "nilai_komponen"),
            )
        if tw.ada_realisasi and (tahun in ind.realisasi or ind.nilai_komponen.get(tahun)):
            kunci = "realisasi" if tahun in ind.realisasi else "nilai_komponen"
            raise DokumenError(
                f"tahun {tahun} diisi dua kali: sebagai nilai tahunan ({kunci}) dan per "
                "triwulan; pakai salah satu",
                sub("triwulan", tahun),
            )
    for tahun in ind.survei_ikm:
        if ind.pakai_rumus:
            raise DokumenError(
                "indikator dengan survei IKM tidak boleh punya rumus (ekspresi): realisasinya "
                "adalah IKM hasil survei",
                sub("survei_ikm", tahun),
            )
        tw_survei = ind.triwulan.get(tahun)
        if tahun in ind.realisasi or (tw_survei is not None and tw_survei.ada_realisasi):
            raise DokumenError(
                f"realisasi {tahun} berasal dari survei IKM; hapus realisasi tahunan atau "
                "triwulannya",
                sub("survei_ikm", tahun),
            )


def jalur_indikator(dok: Dokumen) -> list[tuple[str, Indikator]]:
    """Every indicator with its JSON path, in document order."""
    hasil: list[tuple[str, Indikator]] = []
    for i, t in enumerate(dok.tujuan):
        hasil.extend((f"tujuan[{i}].indikator[{j}]", ind) for j, ind in enumerate(t.indikator))
        for j, s in enumerate(t.sasaran):
            hasil.extend(
                (f"tujuan[{i}].sasaran[{j}].indikator[{k}]", ind)
                for k, ind in enumerate(s.indikator)
            )
    return hasil


def periksa_kode_indikator(dok: Dokumen) -> None:
    """An indicator ``kode`` that is not empty is unique in the document."""
    dilihat: dict[str, str] = {}
    for jalur, ind in jalur_indikator(dok):
        kode = ind.kode.strip()
        if not kode:
            continue
        if kode in dilihat:
            raise DokumenError(
                f"kode indikator '{kode}' sudah dipakai oleh {dilihat[kode]}", f"{jalur}.kode"
            )
        dilihat[kode] = jalur


def _periksa_anggaran(node: Program | Kegiatan | SubKegiatan, lokasi: str) -> None:
    periksa_teks(node.kode, f"{lokasi}.kode")
    periksa_teks(node.uraian, f"{lokasi}.uraian")
    periksa_teks(node.sumber_dana, f"{lokasi}.sumber_dana")
    periksa_rupiah(node.anggaran, f"{lokasi}.anggaran")
    periksa_rupiah(node.realisasi_anggaran, f"{lokasi}.realisasi_anggaran")


def periksa_pk(pk: PerjanjianKinerja, periode: Periode | None, lokasi: str = "") -> None:
    """One PK: its year inside the period, its signers, its amounts."""

    def sub(kunci: str) -> str:
        return f"{lokasi}.{kunci}" if lokasi else kunci

    periksa_tahun(pk.tahun, periode, sub("tahun"))
    periksa_perubahan(pk.perubahan, sub("perubahan"))
    periksa_teks(pk.tempat, sub("tempat"))
    if pk.tanggal.strip():
        pk.tanggal = periksa_tanggal(pk.tanggal, sub("tanggal"))
    periksa_penandatangan(pk.pihak_pertama, sub("pihak_pertama"))
    periksa_penandatangan(pk.pihak_kedua, sub("pihak_kedua"))
    for i, p in enumerate(pk.pernyataan or []):
        periksa_teks(p, f"{sub('pernyataan')}[{i}]")
    for i, prog in enumerate(pk.program):
        lp = f"{sub('program')}[{i}]"
        _periksa_anggaran(prog, lp)
        for j, keg in enumerate(prog.kegiatan):
            lk = f"{lp}.kegiatan[{j}]"
            _periksa_anggaran(keg, lk)
            for n, subk in enumerate(keg.sub_kegiatan):
                _periksa_anggaran(subk, f"{lk}.sub_kegiatan[{n}]")


def periksa_daftar_pk(daftar: list[PerjanjianKinerja], lokasi: str = "perjanjian_kinerja") -> None:
    """At most one PK per (tahun, perubahan)."""
    dilihat: dict[tuple[int, int], int] = {}
    for i, pk in enumerate(daftar):
        kunci = (pk.tahun, pk.perubahan)
        if kunci in dilihat:
            nama = "PK" if pk.perubahan == 0 else f"PK Perubahan ke-{pk.perubahan}"
            raise DokumenError(
                f"{nama} tahun {pk.tahun} sudah ada pada {lokasi}[{dilihat[kunci]}]",
                f"{lokasi}[{i}]",
            )
        dilihat[kunci] = i


def periksa_daftar_laporan(
    daftar: list[LaporanTahunan], periode: Periode | None, lokasi: str = "laporan_tahunan"
) -> None:
    """At most one yearly-report entry per year, each for a year inside the period."""
    dilihat: dict[int, int] = {}
    for i, lt in enumerate(daftar):
        periksa_tahun(lt.tahun, periode, f"{lokasi}[{i}].tahun")
        if lt.tahun in dilihat:
            raise DokumenError(
                f"laporan tahunan {lt.tahun} sudah ada pada {lokasi}[{dilihat[lt.tahun]}]",
                f"{lokasi}[{i}]",
            )
        dilihat[lt.tahun] = i
        if lt.penandatangan is not None:
            periksa_penandatangan(lt.penandatangan, f"{lokasi}[{i}].penandatangan")
        periksa_teks(lt.catatan, f"{lokasi}[{i}].catatan")


def periksa_daftar_laporan_triwulan(
    daftar: list[LaporanTriwulan], periode: Periode | None, lokasi: str = "laporan_triwulan"
) -> None:
    """At most one entry per (tahun, triwulan), each for a year inside the period, a quarter
    1–4 and a valid signer."""
    dilihat: dict[tuple[int, int], int] = {}
    for i, lt in enumerate(daftar):
        periksa_tahun(lt.tahun, periode, f"{lokasi}[{i}].tahun")
        periksa_triwulan(lt.triwulan, f"{lokasi}[{i}].triwulan")
        kunci = (lt.tahun, lt.triwulan)
        if kunci in dilihat:
            raise DokumenError(
                f"penandatangan triwulan {lt.triwulan} tahun {lt.tahun} sudah ada pada "
                f"{lokasi}[{dilihat[kunci]}]",
                f"{lokasi}[{i}]",
            )
        dilihat[kunci] = i
        periksa_penandatangan(lt.penandatangan, f"{lokasi}[{i}].penandatangan")


def periksa_dokumen_v2(dok: Dokumen) -> None:
    """The document-wide v2 rules, for the reader after a whole file and for restore."""
    for jalur, ind in jalur_indikator(dok):
        periksa_indikator_v2(ind, jalur)
    periksa_kode_indikator(dok)
    periksa_daftar_pk(dok.perjanjian_kinerja)
    periksa_daftar_laporan(dok.laporan_tahunan, dok.periode)
    periksa_daftar_laporan_triwulan(dok.laporan_triwulan, dok.periode)


# --- warnings: shown, never refused -----------------------------------------------------------


def peringatan_pk(pk: PerjanjianKinerja, lokasi: str = "") -> list[tuple[str, str]]:
    """A parent's given anggaran that differs from the sum of its children."""
    hasil: list[tuple[str, str]] = []

    def cek(node: Program | Kegiatan, jalur: str) -> None:
        if node.anggaran is None:
            return
        jumlah = jumlah_anak(node)
        if jumlah is not None and jumlah != node.anggaran:
            jenis = "kegiatan" if isinstance(node, Program) else "sub kegiatan"
            hasil.append(
                (
                    f"{jalur}.anggaran",
                    f"Anggaran {node.kode or node.uraian} "
                    f"(Rp {format_angka(node.anggaran, 0)}) tidak sama dengan "
                    f"jumlah anggaran {jenis}-nya (Rp {format_angka(jumlah, 0)}).",
                )
            )

    awal = f"{lokasi}." if lokasi else ""
    for i, prog in enumerate(pk.program):
        cek(prog, f"{awal}program[{i}]")
        for j, keg in enumerate(prog.kegiatan):
            cek(keg, f"{awal}program[{i}].kegiatan[{j}]")
    return hasil


def peringatan_indikator(ind: Indikator, lokasi: str = "") -> list[tuple[str, str]]:
    """Quarterly targets that disagree with the year's, a survey target that looks like an NRR."""
    awal = f"{lokasi}." if lokasi else ""
    hasil: list[tuple[str, str]] = []
    nama = f"'{ind.kode or ind.nama}'"
    for tahun, tw in sorted(ind.triwulan.items()):
        jalur = f"{awal}triwulan.{tahun}.target"
        t4, ty = tw.target.get(4), ind.target.get(tahun)
        if t4 is not None and ty is not None and t4 != ty:
            hasil.append(
                (
                    f"{jalur}.4",
                    f"Indikator {nama}: target triwulan IV {tahun} ({format_angka(t4)}) "
                    f"berbeda dengan target tahun {tahun} ({format_angka(ty)}).",
                )
            )
        if ind.akumulasi:
            urut = sorted(tw.target.items())
            for (k1, v1), (k2, v2) in zip(urut, urut[1:], strict=False):
                if v2 < v1:
                    hasil.append(
                        (
                            f"{jalur}.{k2}",
                            f"Indikator {nama}: target s.d. triwulan {k2} {tahun} "
                            f"({format_angka(v2)}) lebih kecil dari target s.d. triwulan {k1} "
                            f"({format_angka(v1)}), padahal nilainya dijumlahkan (akumulasi).",
                        )
                    )
    for tahun in sorted(ind.survei_ikm):
        target = ind.target.get(tahun)
        if target is not None and target <= 4:
            hasil.append(
                (
                    f"{awal}target.{tahun}",
                    f"Indikator {nama}: target {tahun} ({format_angka(target)}) tampak seperti NRR "
                    "(skala 1–4), bukan IKM (skala 25–100).",
                )
            )
    return hasil


def peringatan_tanggal_pk(pk: PerjanjianKinerja, lokasi: str = "") -> list[tuple[str, str]]:
    """A PK without its own date (it would be printed with an empty date line)."""
    if pk.tanggal.strip():
        return []
    jenis = "PK" if pk.perubahan == 0 else f"PK Perubahan ke-{pk.perubahan}"
    return [
        (
            f"{lokasi}.tanggal" if lokasi else "tanggal",
            f"{jenis} {pk.tahun} belum bertanggal; isi tanggalnya sebelum dicetak.",
        )
    ]


def peringatan_tahun_pk(pk: PerjanjianKinerja, lokasi: str = "") -> list[tuple[str, str]]:
    """A PK Perubahan dated outside its own year (a typo, or the revision of another year)."""
    if pk.perubahan == 0 or not pk.tanggal.strip():
        return []
    try:
        tgl, _ = baca_tanggal(pk.tanggal)
    except IkuError:
        return []  # an invalid date is refused where it is typed, not here
    if tgl.year == pk.tahun:
        return []
    return [
        (
            f"{lokasi}.tanggal" if lokasi else "tanggal",
            f"PK Perubahan ke-{pk.perubahan} {pk.tahun} bertanggal {pk.tanggal} "
            f"(tahun {tgl.year}, bukan {pk.tahun}); periksa tanggalnya.",
        )
    ]


def peringatan_dokumen(dok: Dokumen) -> list[tuple[str, str]]:
    """Every v2 warning of a document as (place, Indonesian message); never raises."""
    hasil: list[tuple[str, str]] = []
    for jalur, ind in jalur_indikator(dok):
        hasil.extend(peringatan_indikator(ind, jalur))
    for i, pk in enumerate(dok.perjanjian_kinerja):
        hasil.extend(peringatan_tanggal_pk(pk, f"perjanjian_kinerja[{i}]"))
        hasil.extend(peringatan_pk(pk, f"perjanjian_kinerja[{i}]"))
    return hasil


def periksa_kode_unik(dok: Dokumen, indikator_id: int, kode: str) -> None:
    """An indicator's ``kode``, when not empty, is used by no other indicator of the document."""
    if not kode.strip():
        return
    for ind in dok.semua_indikator():
        if ind.id != indikator_id and ind.kode.strip() == kode.strip():
            raise IkuError(
                f"Kode indikator '{kode}' sudah dipakai indikator lain ('{ind.nama[:60]}')."
            )
