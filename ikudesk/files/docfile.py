"""The IKU document file (format ``ikudesk-dokumen``, versions 1 and 2): read, check, write.

Reading is strict: an unknown key, a wrong type or an impossible value is refused with a message
that names its JSON path (``tujuan[0].sasaran[2].indikator[1].satuan2``). Nothing is half-read:
the whole file is checked before a ``Dokumen`` is returned. Writing is exact: numbers are written
from their ``Decimal`` digits, never through a binary float.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal, InvalidOperation, localcontext
from pathlib import Path
from typing import Any

from ikudesk.domain import formula
from ikudesk.domain.model import (
    DARI,
    KOLOM_KINDS,
    NOMOR_PER,
    PENOMORAN,
    POLARITAS,
    UNSUR_BAWAAN,
    BarisKepala,
    Dokumen,
    Indikator,
    Kegiatan,
    Kolom,
    Komponen,
    LaporanTahunan,
    LaporanTriwulan,
    Penandatangan,
    Penetapan,
    Periode,
    PerjanjianKinerja,
    Profil,
    Program,
    Responden,
    Rumus,
    Sasaran,
    SubKegiatan,
    SurveiIkm,
    Tabel,
    Triwulan,
    Tujuan,
    judul_bawaan,
)
from ikudesk.domain.nip import periksa_nip
from ikudesk.domain.penetapan import periksa_daftar
from ikudesk.domain.rules import (
    TAHUN_MAX,
    TAHUN_MIN,
    TAHUN_RE,
    jumlah_dalam_data,
    pelanggaran_batas,
    periksa_agregasi,
    periksa_angka,
    periksa_daftar_laporan,
    periksa_daftar_laporan_triwulan,
    periksa_daftar_pk,
    periksa_huruf,
    periksa_indikator_v2,
    periksa_jumlah,
    periksa_kode,
    periksa_kode_indikator,
    periksa_kunci_triwulan,
    periksa_periode,
    periksa_pk,
    periksa_rupiah,
    periksa_status,
    periksa_survei,
    periksa_tahun,
    periksa_tanggal,
    periksa_teks,
    periksa_ukuran,
)
from ikudesk.errors import DokumenError, IkuError
from ikudesk.files.atomic import bukan_berkas_biasa, pesan_os, tulis_atomik
from ikudesk.files.sidik import sidik_data

FORMAT = "ikudesk-dokumen"
VERSI = 2  # the version written; every version from 1 up to it is read

BATAS_UKURAN = 50 * 1024 * 1024  # no real IKU document comes near this

_JSON_PESAN = {
    "Expecting value": "diharapkan sebuah nilai",
    "Expecting ',' delimiter": "diharapkan tanda koma (,)",
    "Expecting ':' delimiter": "diharapkan titik dua (:)",
    "Expecting property name enclosed in double quotes": "diharapkan nama kunci dalam tanda kutip",
    "Unterminated string starting at": "teks tidak ditutup dengan tanda kutip",
    "Extra data": "ada data lebih setelah akhir dokumen",
    "Invalid control character at": "ada karakter kontrol di dalam teks",
    "Invalid \\escape": "urutan escape (\\) tidak sah",
    "Invalid \\uXXXX escape": "urutan \\uXXXX tidak sah",
}


# ----------------------------------------------------------------------------------------------
# Reading


def _tipe(nilai: Any) -> str:
    if nilai is None:
        return "null"
    if isinstance(nilai, bool):
        return "true/false"
    if isinstance(nilai, int | Decimal):
        return "angka"
    if isinstance(nilai, str):
        return "teks"
    if isinstance(nilai, list):
        return "daftar"
    if isinstance(nilai, dict):
        return "objek"
    return type(nilai).__name__


class _Objek:
    """One JSON object being read: hands out its keys and, at the end, refuses unknown ones."""

    def __init__(self, data: Any, lokasi: str) -> None:
        if not isinstance(data, dict):
            raise DokumenError(f"harus berupa objek {{…}}, bukan {_tipe(data)}", lokasi or "(akar)")
        self.data: dict[str, Any] = data
        self.lokasi = lokasi
        self.dipakai: set[str] = set()

    def jalur(self, kunci: str) -> str:
        return f"{self.lokasi}.{kunci}" if self.lokasi else kunci

    def ambil(self, kunci: str) -> Any:
        self.dipakai.add(kunci)
        return self.data.get(kunci)

    def teks(self, kunci: str, bawaan: str = "") -> str:
        return _teks(self.ambil(kunci), self.jalur(kunci), bawaan)

    def pilihan(self, kunci: str, boleh: tuple[str, ...], bawaan: str) -> str:
        nilai = self.teks(kunci, bawaan)
        if nilai == "":
            return bawaan
        if nilai not in boleh:
            raise DokumenError(
                f"nilai '{nilai}' tidak dikenal; yang boleh: {', '.join(boleh)}", self.jalur(kunci)
            )
        return nilai

    def logika(self, kunci: str, bawaan: bool = False) -> bool:
        nilai = self.ambil(kunci)
        if nilai is None:
            return bawaan
        if not isinstance(nilai, bool):
            raise DokumenError(f"harus true atau false, bukan {_tipe(nilai)}", self.jalur(kunci))
        return nilai

    def daftar(self, kunci: str) -> list[Any]:
        nilai = self.ambil(kunci)
        if nilai is None:
            return []
        if not isinstance(nilai, list):
            raise DokumenError(f"harus berupa daftar […], bukan {_tipe(nilai)}", self.jalur(kunci))
        return nilai

    def objek(self, kunci: str) -> _Objek | None:
        nilai = self.ambil(kunci)
        if nilai is None or nilai == {}:
            return None
        return _Objek(nilai, self.jalur(kunci))

    def selesai(self) -> None:
        for kunci in self.data:
            if kunci not in self.dipakai:
                raise DokumenError(f"kunci '{kunci}' tidak dikenal", self.jalur(kunci))


def _teks(nilai: Any, lokasi: str, bawaan: str = "") -> str:
    if nilai is None:
        return bawaan
    if not isinstance(nilai, str):
        raise DokumenError(f"harus berupa teks, bukan {_tipe(nilai)}", lokasi)
    return periksa_teks(nilai, lokasi)


def _angka(nilai: Any, lokasi: str) -> Decimal:
    if isinstance(nilai, bool) or not isinstance(nilai, int | Decimal):
        hint = " (tulis angka tanpa tanda kutip)" if isinstance(nilai, str) else ""
        raise DokumenError(f"harus berupa angka, bukan {_tipe(nilai)}{hint}", lokasi)
    return periksa_angka(Decimal(nilai), lokasi)


def _bulat(nilai: Any, lokasi: str, min_: int, max_: int) -> int:
    if isinstance(nilai, bool) or not isinstance(nilai, int):
        raise DokumenError(f"harus berupa bilangan bulat, bukan {_tipe(nilai)}", lokasi)
    if not min_ <= nilai <= max_:
        raise DokumenError(f"harus antara {min_} dan {max_}, bukan {nilai}", lokasi)
    return nilai


def _tahun_kunci(kunci: str, lokasi: str, periode: Periode | None) -> int:
    if not TAHUN_RE.fullmatch(kunci):
        raise DokumenError(f"'{kunci}' bukan tahun (harus 4 angka, mis. \"2022\")", lokasi)
    return periksa_tahun(int(kunci), periode, lokasi)


def _per_kunci(
    obj: _Objek,
    kunci: str,
    jenis: str,
    contoh: str,
    baca_kunci: Callable[[str, str], int],
    baca: Callable[[Any, str], Any],
) -> dict[int, Any]:
    """An object keyed by year or by quarter (``jenis``), its values read by ``baca``, in key
    order."""
    nilai = obj.ambil(kunci)
    lokasi = obj.jalur(kunci)
    if nilai is None:
        return {}
    if not isinstance(nilai, dict):
        raise DokumenError(
            f"harus berupa objek {jenis} → nilai, mis. {contoh}, bukan {_tipe(nilai)}", lokasi
        )
    hasil: dict[int, Any] = {}
    for k, v in nilai.items():
        sub = f"{lokasi}.{k}"
        hasil[baca_kunci(k, sub)] = baca(v, sub)
    return dict(sorted(hasil.items()))


def _per_tahun(
    obj: _Objek, kunci: str, periode: Periode | None, baca: Callable[[Any, str], Any]
) -> dict[int, Any]:
    def tahun(k: str, lokasi: str) -> int:
        return _tahun_kunci(k, lokasi, periode)

    return _per_kunci(obj, kunci, "tahun", '{"2022": 90}', tahun, baca)


def _baca_rumus(obj: _Objek | None) -> Rumus:
    if obj is None:
        return Rumus()
    komponen: list[Komponen] = []
    kode_ada: set[str] = set()
    for i, k in enumerate(obj.daftar("komponen")):
        ko = _Objek(k, f"{obj.jalur('komponen')}[{i}]")
        kode = periksa_kode(ko.teks("kode"), ko.jalur("kode"))
        if kode in kode_ada:
            raise DokumenError(
                f"kode '{kode}' dipakai dua kali dalam indikator ini", ko.jalur("kode")
            )
        kode_ada.add(kode)
        komponen.append(Komponen(kode=kode, uraian=ko.teks("uraian")))
        ko.selesai()
    ekspresi_raw = obj.ambil("ekspresi")
    ekspresi: str | None = None
    if ekspresi_raw is not None:
        ekspresi = _teks(ekspresi_raw, obj.jalur("ekspresi"))
        if ekspresi.strip() == "":
            ekspresi = None
        else:
            try:
                formula.parse(ekspresi, kode_ada)
            except formula.FormulaError as e:
                raise DokumenError(e.pesan, obj.jalur("ekspresi")) from None
    rumus = Rumus(ekspresi=ekspresi, komponen=komponen, penjelasan=obj.teks("penjelasan"))
    obj.selesai()
    return rumus


def _baca_indikator(data: Any, lokasi: str, periode: Periode | None) -> Indikator:
    obj = _Objek(data, lokasi)
    rumus = _baca_rumus(obj.objek("rumus"))
    kode_ada = {k.kode for k in rumus.komponen}

    def baca_komponen(v: Any, sub: str) -> dict[str, Decimal]:
        if not isinstance(v, dict):
            raise DokumenError(
                f'harus berupa objek kode → angka, mis. {{"difasilitasi": 37}}, bukan {_tipe(v)}',
                sub,
            )
        hasil: dict[str, Decimal] = {}
        for kode, angka in v.items():
            if kode not in kode_ada:
                daftar = ", ".join(sorted(kode_ada)) or "(belum ada komponen)"
                raise DokumenError(
                    f"komponen '{kode}' tidak dideklarasikan di rumus.komponen "
                    f"(yang ada: {daftar})",
                    f"{sub}.{kode}",
                )
            hasil[kode] = _angka(angka, f"{sub}.{kode}")
        return hasil

    ind = Indikator(
        nama=obj.teks("nama"),
        rumus=rumus,
        satuan=obj.teks("satuan"),
        sumber_data=obj.teks("sumber_data"),
        penanggung_jawab=obj.teks("penanggung_jawab"),
        polaritas=obj.pilihan("polaritas", POLARITAS, "positif"),
        target=_per_tahun(obj, "target", periode, _angka),
        realisasi=_per_tahun(obj, "realisasi", periode, _angka),
        nilai_komponen={
            t: v for t, v in _per_tahun(obj, "nilai_komponen", periode, baca_komponen).items() if v
        },
    )
    _baca_indikator_v2(obj, ind, periode, baca_komponen)
    obj.selesai()
    periksa_indikator_v2(ind, lokasi)
    return ind


def _baca_tujuan(data: Any, lokasi: str, periode: Periode | None) -> Tujuan:
    obj = _Objek(data, lokasi)
    tujuan = Tujuan(uraian=obj.teks("uraian"), kelompok=obj.teks("kelompok"))
    for i, d in enumerate(obj.daftar("indikator")):
        tujuan.indikator.append(_baca_indikator(d, f"{obj.jalur('indikator')}[{i}]", periode))
    for i, d in enumerate(obj.daftar("sasaran")):
        so = _Objek(d, f"{obj.jalur('sasaran')}[{i}]")
        sasaran = Sasaran(uraian=so.teks("uraian"))
        for j, di in enumerate(so.daftar("indikator")):
            sasaran.indikator.append(_baca_indikator(di, f"{so.jalur('indikator')}[{j}]", periode))
        so.selesai()
        tujuan.sasaran.append(sasaran)
    obj.selesai()
    return tujuan


def _baca_profil(obj: _Objek | None) -> Profil:
    if obj is None:
        return Profil()
    profil = Profil(instansi=obj.teks("instansi"), pemerintah_daerah=obj.teks("pemerintah_daerah"))
    for i, d in enumerate(obj.daftar("kepala")):
        ko = _Objek(d, f"{obj.jalur('kepala')}[{i}]")
        butir = [_teks(b, f"{ko.jalur('butir')}[{j}]") for j, b in enumerate(ko.daftar("butir"))]
        profil.kepala.append(
            BarisKepala(
                label=ko.teks("label"),
                isi=ko.teks("isi"),
                butir=butir,
                penomoran=ko.pilihan("penomoran", PENOMORAN, ""),
                dari=ko.pilihan("dari", DARI, ""),
                tebal=ko.logika("tebal"),
            )
        )
        ko.selesai()
    obj.selesai()
    return profil


def _baca_tabel(obj: _Objek | None) -> Tabel:
    if obj is None:
        return Tabel()
    kolom_raw = obj.daftar("kolom")
    kolom: list[Kolom] = []
    for i, d in enumerate(kolom_raw):
        ko = _Objek(d, f"{obj.jalur('kolom')}[{i}]")
        isi = ko.teks("isi")
        if isi not in KOLOM_KINDS:
            raise DokumenError(
                f"jenis kolom '{isi}' tidak dikenal; yang boleh: {', '.join(KOLOM_KINDS)}",
                ko.jalur("isi"),
            )
        kolom.append(Kolom(isi=isi, judul=ko.teks("judul"), grup=ko.teks("grup")))
        ko.selesai()
    tabel = Tabel(
        kolom=kolom if kolom_raw else Tabel().kolom,
        nomor_per=obj.pilihan("nomor_per", NOMOR_PER, "sasaran"),
        nomori_indikator=obj.logika("nomori_indikator"),
        baris_nomor_kolom=obj.logika("baris_nomor_kolom"),
        judul=obj.teks("judul"),
        huruf=periksa_huruf(obj.teks("huruf"), obj.jalur("huruf")),
    )
    ukuran = obj.ambil("ukuran")
    if ukuran is not None:
        tabel.ukuran = periksa_ukuran(_angka(ukuran, obj.jalur("ukuran")), obj.jalur("ukuran"))
    obj.selesai()
    return tabel


def _baca_periode(obj: _Objek | None) -> Periode | None:
    if obj is None:
        return None
    mulai = _bulat(obj.ambil("mulai"), obj.jalur("mulai"), TAHUN_MIN, TAHUN_MAX)
    selesai = _bulat(obj.ambil("selesai"), obj.jalur("selesai"), TAHUN_MIN, TAHUN_MAX)
    periode = periksa_periode(mulai, selesai, obj.lokasi)
    obj.selesai()
    return periode


def _baca_penandatangan(obj: _Objek | None) -> Penandatangan | None:
    if obj is None:
        return None
    p = Penandatangan(
        tempat=obj.teks("tempat"),
        tanggal=obj.teks("tanggal"),
        jabatan=obj.teks("jabatan"),
        nama=obj.teks("nama"),
        pangkat=obj.teks("pangkat"),
        nip=obj.teks("nip"),
        status=periksa_status(obj.teks("status"), obj.jalur("status")),
    )
    try:
        if p.tanggal:
            p.tanggal = periksa_tanggal(p.tanggal)
    except IkuError as e:
        raise DokumenError(e.pesan, obj.jalur("tanggal")) from None
    try:
        if p.nip.strip():
            p.nip = periksa_nip(p.nip)
    except IkuError as e:
        raise DokumenError(e.pesan, obj.jalur("nip")) from None
    obj.selesai()
    return p


# --- version 2 ---------------------------------------------------------------------------------


def _per_triwulan(obj: _Objek, kunci: str, baca: Callable[[Any, str], Any]) -> dict[int, Any]:
    return _per_kunci(obj, kunci, "triwulan", '{"1": 20}', periksa_kunci_triwulan, baca)


def _baca_triwulan(
    data: Any, lokasi: str, baca_komponen: Callable[[Any, str], dict[str, Decimal]]
) -> Triwulan:
    obj = _Objek(data, lokasi)
    tw = Triwulan(
        target=_per_triwulan(obj, "target", _angka),
        realisasi=_per_triwulan(obj, "realisasi", _angka),
        nilai_komponen={
            k: v for k, v in _per_triwulan(obj, "nilai_komponen", baca_komponen).items() if v
        },
    )
    obj.selesai()
    return tw


def _bulat_atau_null(nilai: Any, lokasi: str, apa: str) -> int | None:
    if nilai is None:
        return None
    if isinstance(nilai, bool) or not isinstance(nilai, int):
        hint = " (tulis angka tanpa tanda kutip)" if isinstance(nilai, str) else ""
        raise DokumenError(
            f"{apa} harus bilangan bulat atau null, bukan {_tipe(nilai)}{hint}", lokasi
        )
    return nilai


def _baca_survei(data: Any, lokasi: str) -> SurveiIkm:
    obj = _Objek(data, lokasi)
    unsur_raw = obj.daftar("unsur")
    unsur = (
        [_teks(u, f"{obj.jalur('unsur')}[{i}]") for i, u in enumerate(unsur_raw)]
        if unsur_raw
        else list(UNSUR_BAWAAN)
    )
    survei = SurveiIkm(unsur=unsur, penimbang=obj.teks("penimbang") or "eksak")
    for i, d in enumerate(obj.daftar("responden")):
        ro = _Objek(d, f"{obj.jalur('responden')}[{i}]")
        nilai_raw = ro.daftar("nilai")
        nilai = [
            _bulat_atau_null(v, f"{ro.jalur('nilai')}[{j}]", "jawaban")
            for j, v in enumerate(nilai_raw)
        ]
        survei.responden.append(
            Responden(
                nilai=nilai,
                jenis_kelamin=ro.teks("jenis_kelamin"),
                usia=_bulat_atau_null(ro.ambil("usia"), ro.jalur("usia"), "usia"),
                pendidikan=ro.teks("pendidikan"),
                pekerjaan=ro.teks("pekerjaan"),
            )
        )
        ro.selesai()
    obj.selesai()
    return periksa_survei(survei, lokasi)


def _baca_indikator_v2(
    obj: _Objek,
    ind: Indikator,
    periode: Periode | None,
    baca_komponen: Callable[[Any, str], dict[str, Decimal]],
) -> None:
    ind.kode = obj.teks("kode")
    ind.definisi = obj.teks("definisi")
    ind.agregasi = periksa_agregasi(obj.teks("agregasi"), obj.jalur("agregasi"))
    triwulan = _per_tahun(
        obj, "triwulan", periode, lambda v, sub: _baca_triwulan(v, sub, baca_komponen)
    )
    ind.triwulan = {t: tw for t, tw in triwulan.items() if not tw.kosong}
    ind.survei_ikm = _per_tahun(obj, "survei_ikm", periode, _baca_survei)
    ind.analisis = {t: a for t, a in _per_tahun(obj, "analisis", periode, _teks).items() if a}


def _baca_anggaran(obj: _Objek, node: Program | Kegiatan | SubKegiatan) -> None:
    node.kode = obj.teks("kode")
    node.uraian = obj.teks("uraian")
    node.sumber_dana = obj.teks("sumber_dana")
    node.anggaran = periksa_rupiah(obj.ambil("anggaran"), obj.jalur("anggaran"))
    node.realisasi_anggaran = periksa_rupiah(
        obj.ambil("realisasi_anggaran"), obj.jalur("realisasi_anggaran")
    )


def _baca_program(data: Any, lokasi: str) -> Program:
    obj = _Objek(data, lokasi)
    program = Program()
    _baca_anggaran(obj, program)
    for i, dk in enumerate(obj.daftar("kegiatan")):
        ko = _Objek(dk, f"{obj.jalur('kegiatan')}[{i}]")
        kegiatan = Kegiatan()
        _baca_anggaran(ko, kegiatan)
        for j, ds in enumerate(ko.daftar("sub_kegiatan")):
            so = _Objek(ds, f"{ko.jalur('sub_kegiatan')}[{j}]")
            sub = SubKegiatan()
            _baca_anggaran(so, sub)
            so.selesai()
            kegiatan.sub_kegiatan.append(sub)
        ko.selesai()
        program.kegiatan.append(kegiatan)
    obj.selesai()
    return program


def _baca_pk(data: Any, lokasi: str, periode: Periode | None) -> PerjanjianKinerja:
    obj = _Objek(data, lokasi)
    perubahan = obj.ambil("perubahan")
    pernyataan_raw = obj.ambil("pernyataan")
    pernyataan: list[str] | None = None
    if pernyataan_raw is not None and pernyataan_raw != []:
        if not isinstance(pernyataan_raw, list):
            raise DokumenError(
                f"harus berupa daftar paragraf atau null, bukan {_tipe(pernyataan_raw)}",
                obj.jalur("pernyataan"),
            )
        pernyataan = [
            _teks(p, f"{obj.jalur('pernyataan')}[{i}]") for i, p in enumerate(pernyataan_raw)
        ]
    pk = PerjanjianKinerja(
        tahun=_bulat(obj.ambil("tahun"), obj.jalur("tahun"), TAHUN_MIN, TAHUN_MAX),
        perubahan=0 if perubahan is None else _bulat(perubahan, obj.jalur("perubahan"), 0, 99),
        tempat=obj.teks("tempat"),
        tanggal=obj.teks("tanggal"),
        pihak_pertama=_baca_penandatangan(obj.objek("pihak_pertama")) or Penandatangan(),
        pihak_kedua=_baca_penandatangan(obj.objek("pihak_kedua")) or Penandatangan(),
        pernyataan=pernyataan,
        program=[
            _baca_program(p, f"{obj.jalur('program')}[{i}]")
            for i, p in enumerate(obj.daftar("program"))
        ],
    )
    obj.selesai()
    periksa_pk(pk, periode, lokasi)
    return pk


def _baca_laporan(data: Any, lokasi: str) -> LaporanTahunan:
    obj = _Objek(data, lokasi)
    lt = LaporanTahunan(
        tahun=_bulat(obj.ambil("tahun"), obj.jalur("tahun"), TAHUN_MIN, TAHUN_MAX),
        penandatangan=_baca_penandatangan(obj.objek("penandatangan")),
        catatan=obj.teks("catatan"),
    )
    obj.selesai()
    return lt


def _baca_laporan_triwulan(data: Any, lokasi: str) -> LaporanTriwulan:
    obj = _Objek(data, lokasi)
    lt = LaporanTriwulan(
        tahun=_bulat(obj.ambil("tahun"), obj.jalur("tahun"), TAHUN_MIN, TAHUN_MAX),
        triwulan=_bulat(obj.ambil("triwulan"), obj.jalur("triwulan"), 1, 4),
        penandatangan=_baca_penandatangan(obj.objek("penandatangan")) or Penandatangan(),
    )
    obj.selesai()
    return lt


def _baca_dokumen_v2(obj: _Objek, dok: Dokumen) -> None:
    """The top-level v2 keys, and the rules that need the whole document."""
    dok.perjanjian_kinerja = [
        _baca_pk(d, f"perjanjian_kinerja[{i}]", dok.periode)
        for i, d in enumerate(obj.daftar("perjanjian_kinerja"))
    ]
    dok.laporan_tahunan = [
        _baca_laporan(d, f"laporan_tahunan[{i}]")
        for i, d in enumerate(obj.daftar("laporan_tahunan"))
    ]
    dok.laporan_triwulan = [
        _baca_laporan_triwulan(d, f"laporan_triwulan[{i}]")
        for i, d in enumerate(obj.daftar("laporan_triwulan"))
    ]
    periksa_kode_indikator(dok)
    periksa_daftar_pk(dok.perjanjian_kinerja)
    periksa_daftar_laporan(dok.laporan_tahunan, dok.periode)
    periksa_daftar_laporan_triwulan(dok.laporan_triwulan, dok.periode)
    _baca_penetapan(obj, dok)


PESAN_DIUBAH_LUAR = "isi yang ditetapkan telah diubah di luar program"


def _baca_penetapan(obj: _Objek, dok: Dokumen) -> None:
    """``penetapan`` and ``status``: the list's rules, and a ditetapkan document's sidik."""
    for i, d in enumerate(obj.daftar("penetapan")):
        po = _Objek(d, f"penetapan[{i}]")
        versi = po.ambil("versi")
        if isinstance(versi, bool) or not isinstance(versi, int):
            raise DokumenError(
                f"harus berupa bilangan bulat, bukan {_tipe(versi)}", po.jalur("versi")
            )
        tanggal = po.ambil("tanggal")
        if not isinstance(tanggal, str):
            raise DokumenError(
                f"harus berupa teks tanggal, bukan {_tipe(tanggal)}", po.jalur("tanggal")
            )
        dok.penetapan.append(
            Penetapan(
                versi=versi,
                tanggal=tanggal,
                dasar=po.teks("dasar"),
                alasan=po.teks("alasan"),
                sidik=po.teks("sidik"),
            )
        )
        po.selesai()
    dok.status = obj.teks("status") or "draf"
    periksa_daftar(dok.penetapan, dok.status)
    if (p := isi_diubah_luar(dok)) is not None:
        raise DokumenError(
            f"{PESAN_DIUBAH_LUAR}: sidik isi sekarang tidak sama dengan sidik penetapan versi "
            f"{p.versi}; berkas ini tidak dipakai",
            "penetapan",
        )


def isi_diubah_luar(dok: Dokumen) -> Penetapan | None:
    """The last penetapan of a ditetapkan document whose signed content no longer fingerprints
    to it, or None. The program never lets that happen (the content is locked), so it was
    changed elsewhere: a file edited by hand, or the store changed by another tool."""
    if not dok.ditetapkan or not dok.penetapan:
        return None
    p = dok.penetapan[-1]
    return p if sidik_dokumen(dok) != p.sidik else None


def pesan_isi_diubah(dok: Dokumen, p: Penetapan) -> str:
    """What the window, the printed page's reader and the command line are told of it."""
    from ikudesk.l10n import format_tanggal

    return (
        f"Isi dokumen '{dok.profil.instansi or 'tanpa nama'}' telah diubah di luar IKU Desk "
        f"sesudah ditetapkan sebagai versi {p.versi} ({format_tanggal(p.tanggal)}): isinya tidak "
        'lagi sama dengan yang ditetapkan. Selama begitu, Lembar IKU-nya ditandai "BUKAN ISI YANG '
        'DITETAPKAN", dokumen ini tidak dapat diekspor sebagai berkas dokumen (.json), dan '
        "pemulihan dari cadangan membukanya sebagai draf revisi. Isi versi "
        f"{p.versi} disimpan terpisah: Dokumen → Riwayat… (perintah: ikudesk banding "
        f"{dok.id if dok.id is not None else 'ID'} {p.versi} kini) menunjukkan perbedaannya. "
        "Untuk memakai isi sekarang sebagai rancangan versi berikutnya: Dokumen → Buka revisi… "
        f"(perintah: ikudesk revisi {dok.id if dok.id is not None else 'ID'})."
    )


def sidik_dokumen(dok: Dokumen) -> str:
    """The fingerprint of ``dok``'s signed content (of its file as export writes it)."""
    return sidik_data(ke_data(dok))


def _tolak_kunci_ganda(pasangan: list[tuple[str, Any]]) -> dict[str, Any]:
    hasil: dict[str, Any] = {}
    for k, v in pasangan:
        if k in hasil:
            raise DokumenError(f"kunci '{k}' muncul dua kali dalam satu objek")
        hasil[k] = v
    return hasil


def _tolak_konstanta(nama: str) -> Any:
    raise DokumenError(f"'{nama}' bukan angka yang sah dalam berkas dokumen")


def _json_dari(isi: bytes | str) -> Any:
    if isinstance(isi, bytes):
        if len(isi) > BATAS_UKURAN:
            raise DokumenError("berkas terlalu besar untuk sebuah dokumen IKU (lebih dari 50 MB)")
        try:
            isi = isi.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise DokumenError(
                f"berkas bukan teks UTF-8 (byte tidak sah pada posisi {e.start})"
            ) from None
    if not isi.strip():
        raise DokumenError("berkas kosong")
    try:
        return json.loads(
            isi,
            parse_float=Decimal,
            parse_constant=_tolak_konstanta,
            object_pairs_hook=_tolak_kunci_ganda,
        )
    except json.JSONDecodeError as e:
        sebab = next((v for k, v in _JSON_PESAN.items() if e.msg.startswith(k)), "struktur rusak")
        raise DokumenError(
            f"berkas bukan JSON yang sah: {sebab} (baris {e.lineno}, kolom {e.colno})"
        ) from None
    except RecursionError:
        raise DokumenError("berkas bersarang terlalu dalam untuk sebuah dokumen IKU") from None
    except ValueError:
        # Python refuses integers of more than 4300 digits while parsing.
        raise DokumenError("berkas memuat angka yang terlalu panjang") from None


def _tolak_terlalu_besar(tujuan: Any) -> None:
    """Count indicators, tujuan and sasaran before building anything: a huge file is refused in
    milliseconds."""
    periksa_jumlah(*jumlah_dalam_data(tujuan))


def baca_dokumen(isi: bytes | str) -> Dokumen:
    """Parse and check a whole document file; raise ``DokumenError`` on the first problem."""
    return baca_data(_json_dari(isi))


def baca_tersimpan(isi: bytes | str) -> Dokumen:
    """A document's file as a store holds it, for a copy between stores: every rule of the
    reader, except that signed content changed outside the program is kept as it is, still
    ditetapkan (copying a store never changes it; the window, the printout and a restore each
    say so)."""
    data = _json_dari(isi)
    if not (isinstance(data, dict) and data.get("status") == "ditetapkan"):
        return baca_data(data)
    dok = baca_data({**data, "status": "draf"})
    dok.status = "ditetapkan"
    periksa_daftar(dok.penetapan, dok.status)  # ditetapkan needs a penetapan entry
    return dok


def baca_data(data: Any) -> Dokumen:
    """Check the document file's parsed data (numbers as int/Decimal) and build the document.

    The one reader: a JSON file and a recognised Word/Excel sheet both pass through it.
    """
    obj = _Objek(data, "")
    fmt = obj.ambil("format")
    if fmt != FORMAT:
        raise DokumenError(
            f"bukan dokumen IKU Desk: kunci 'format' harus \"{FORMAT}\""
            + (f", bukan {json.dumps(str(fmt))}" if fmt is not None else " (tidak ada)"),
            "format",
        )
    versi = obj.ambil("versi")
    if isinstance(versi, bool) or not isinstance(versi, int):
        raise DokumenError(f"harus berupa bilangan bulat, bukan {_tipe(versi)}", "versi")
    if versi > VERSI:
        raise DokumenError(
            f"berkas ini memakai format versi {versi}, sedangkan program ini hanya mengenal "
            f"versi {VERSI}. Perbarui IKU Desk untuk membukanya.",
            "versi",
        )
    if versi < 1:
        raise DokumenError(f"versi {versi} tidak sah", "versi")
    # Version 2 only adds keys (FORMAT.md): one reader serves both.

    _tolak_terlalu_besar(obj.ambil("tujuan"))
    periode = _baca_periode(obj.objek("periode"))
    profil = _baca_profil(obj.objek("profil"))
    judul_raw = obj.ambil("judul")
    if judul_raw is None or judul_raw == []:  # absent and empty alike (FORMAT.md)
        judul = judul_bawaan(profil.instansi)
    else:
        if not isinstance(judul_raw, list):
            raise DokumenError(f"harus berupa daftar teks, bukan {_tipe(judul_raw)}", "judul")
        judul = [_teks(j, f"judul[{i}]") for i, j in enumerate(judul_raw)]
    dok = Dokumen(
        profil=profil,
        judul=judul,
        periode=periode,
        tabel=_baca_tabel(obj.objek("tabel")),
        tujuan=[
            _baca_tujuan(t, f"tujuan[{i}]", periode) for i, t in enumerate(obj.daftar("tujuan"))
        ],
        penandatangan=_baca_penandatangan(obj.objek("penandatangan")),
        catatan=obj.teks("catatan"),
    )
    _baca_dokumen_v2(obj, dok)
    obj.selesai()
    return dok


def baca_file(path: str | Path) -> Dokumen:
    path = Path(path)
    if sebab := bukan_berkas_biasa(path):
        raise DokumenError(f"{sebab}; hanya berkas biasa yang dapat dibaca")
    try:
        isi = path.read_bytes()
    except FileNotFoundError:
        raise DokumenError(f"berkas '{path}' tidak ditemukan") from None
    except OSError as e:
        raise DokumenError(f"berkas '{path}' tidak dapat dibaca: {pesan_os(e)}") from None
    try:
        return baca_dokumen(isi)
    except DokumenError as e:
        raise DokumenError(f"{path.name}: {e.pesan}") from None


# ----------------------------------------------------------------------------------------------
# Writing


def angka_tepat(d: Decimal) -> str:
    """A Decimal's digits as a JSON/SQL number text: no exponent, no trailing zeros, no rounding."""
    # normalize() rounds to the context precision (28 digits by default): widen it first.
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, len(d.as_tuple().digits) + 2)
        d = d.normalize()
        return str(int(d)) if d == d.to_integral_value() else format(d, "f")


def json_tepat(obj: Any, indent: int = 0) -> str:
    """A small JSON writer: like ``json.dumps(indent=2)`` but writes Decimals digit for digit."""
    pad, pad_dalam = "  " * indent, "  " * (indent + 1)
    if isinstance(obj, Decimal):
        return angka_tepat(obj)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        isi = [
            f"{pad_dalam}{json.dumps(str(k), ensure_ascii=False)}: {json_tepat(v, indent + 1)}"
            for k, v in obj.items()
        ]
        return "{\n" + ",\n".join(isi) + "\n" + pad + "}"
    if isinstance(obj, list):
        if not obj:
            return "[]"
        return (
            "[\n"
            + ",\n".join(pad_dalam + json_tepat(v, indent + 1) for v in obj)
            + "\n"
            + pad
            + "]"
        )
    return json.dumps(obj, ensure_ascii=False)


def _per_tahun_json(data: dict[int, Any]) -> dict[str, Any]:
    return {str(t): v for t, v in sorted(data.items())}


def _indikator_json(ind: Indikator) -> dict[str, Any]:
    return {
        "nama": ind.nama,
        "rumus": {
            "ekspresi": ind.rumus.ekspresi,
            "komponen": [{"kode": k.kode, "uraian": k.uraian} for k in ind.rumus.komponen],
            "penjelasan": ind.rumus.penjelasan,
        },
        "satuan": ind.satuan,
        "sumber_data": ind.sumber_data,
        "penanggung_jawab": ind.penanggung_jawab,
        "polaritas": ind.polaritas,
        "target": _per_tahun_json(ind.target),
        "realisasi": _per_tahun_json(ind.realisasi),
        "nilai_komponen": _per_tahun_json(
            {t: _urut_komponen(v, ind) for t, v in ind.nilai_komponen.items() if v}
        ),
        **_indikator_v2_json(ind),
    }


def _tanpa_kosong(data: dict[str, Any]) -> dict[str, Any]:
    """Leave out empty values: readers treat absent and empty alike (FORMAT.md)."""
    return {k: v for k, v in data.items() if v not in ("", [], {}, None)}


def _urut_komponen(nilai: dict[str, Decimal], ind: Indikator) -> dict[str, Decimal]:
    """Component values in the formula's component order, whatever order they were set in: the
    same document always writes the same file (undo, a reload and an edit agree byte for
    byte)."""
    urutan = {k.kode: i for i, k in enumerate(ind.rumus.komponen)}
    return dict(sorted(nilai.items(), key=lambda kv: (urutan.get(kv[0], len(urutan)), kv[0])))


def _triwulan_json(tw: Triwulan, ind: Indikator) -> dict[str, Any]:
    return _tanpa_kosong(
        {
            "target": {str(k): v for k, v in sorted(tw.target.items())},
            "realisasi": {str(k): v for k, v in sorted(tw.realisasi.items())},
            "nilai_komponen": {
                str(k): _urut_komponen(v, ind) for k, v in sorted(tw.nilai_komponen.items()) if v
            },
        }
    )


def _survei_json(s: SurveiIkm) -> dict[str, Any]:
    hasil: dict[str, Any] = {}
    if list(s.unsur) != list(UNSUR_BAWAAN):  # the regulation's nine are the default
        hasil["unsur"] = list(s.unsur)
    hasil["penimbang"] = s.penimbang
    hasil["responden"] = [
        {
            "nilai": list(r.nilai),
            **_tanpa_kosong(
                {
                    "jenis_kelamin": r.jenis_kelamin,
                    "usia": r.usia,
                    "pendidikan": r.pendidikan,
                    "pekerjaan": r.pekerjaan,
                }
            ),
        }
        for r in s.responden
    ]
    return hasil


def _indikator_v2_json(ind: Indikator) -> dict[str, Any]:
    return _tanpa_kosong(
        {
            "kode": ind.kode,
            "definisi": ind.definisi,
            "agregasi": ind.agregasi,
            "triwulan": _per_tahun_json(
                {t: _triwulan_json(tw, ind) for t, tw in ind.triwulan.items() if not tw.kosong}
            ),
            "survei_ikm": _per_tahun_json({t: _survei_json(s) for t, s in ind.survei_ikm.items()}),
            "analisis": _per_tahun_json({t: a for t, a in ind.analisis.items() if a}),
        }
    )


def _penandatangan_json(ttd: Penandatangan) -> dict[str, Any]:
    hasil = {
        "tempat": ttd.tempat,
        "tanggal": ttd.tanggal,
        "jabatan": ttd.jabatan,
        "nama": ttd.nama,
        "pangkat": ttd.pangkat,
        "nip": ttd.nip,
    }
    if ttd.status:
        hasil["status"] = ttd.status
    return hasil


def _anggaran_json(node: Program | Kegiatan | SubKegiatan) -> dict[str, Any]:
    return _tanpa_kosong(
        {
            "kode": node.kode,
            "uraian": node.uraian,
            "anggaran": node.anggaran,
            "realisasi_anggaran": node.realisasi_anggaran,
            "sumber_dana": node.sumber_dana,
        }
    )


def _pk_json(pk: PerjanjianKinerja) -> dict[str, Any]:
    program = []
    for prog in pk.program:
        kegiatan = []
        for keg in prog.kegiatan:
            sub = [_anggaran_json(s) for s in keg.sub_kegiatan]
            kegiatan.append(_tanpa_kosong({**_anggaran_json(keg), "sub_kegiatan": sub}))
        program.append(_tanpa_kosong({**_anggaran_json(prog), "kegiatan": kegiatan}))
    return _tanpa_kosong(
        {
            "tahun": pk.tahun,
            "perubahan": pk.perubahan,
            "tempat": pk.tempat,
            "tanggal": pk.tanggal,
            "pihak_pertama": _tanpa_kosong(_penandatangan_json(pk.pihak_pertama)),
            "pihak_kedua": _tanpa_kosong(_penandatangan_json(pk.pihak_kedua)),
            "pernyataan": list(pk.pernyataan) if pk.pernyataan is not None else None,
            "program": program,
        }
    )


def _laporan_json(lt: LaporanTahunan) -> dict[str, Any]:
    return _tanpa_kosong(
        {
            "tahun": lt.tahun,
            "penandatangan": (
                _tanpa_kosong(_penandatangan_json(lt.penandatangan)) if lt.penandatangan else None
            ),
            "catatan": lt.catatan,
        }
    )


def _kepala_json(b: BarisKepala) -> dict[str, Any]:
    hasil: dict[str, Any] = {"label": b.label}
    if b.isi:
        hasil["isi"] = b.isi
    if b.butir:
        hasil["butir"] = list(b.butir)
    if b.penomoran:
        hasil["penomoran"] = b.penomoran
    if b.dari:
        hasil["dari"] = b.dari
    if b.tebal:
        hasil["tebal"] = True
    return hasil


def ke_data(dok: Dokumen) -> dict[str, Any]:
    """The document as JSON-ready data (Decimals kept), keys in the order of FORMAT.md."""
    ttd = dok.penandatangan
    return {
        "format": FORMAT,
        "versi": VERSI,
        "judul": list(dok.judul),
        "periode": (
            {"mulai": dok.periode.mulai, "selesai": dok.periode.selesai} if dok.periode else None
        ),
        "profil": {
            "instansi": dok.profil.instansi,
            "pemerintah_daerah": dok.profil.pemerintah_daerah,
            "kepala": [_kepala_json(b) for b in dok.profil.kepala],
        },
        "tabel": {
            "judul": dok.tabel.judul,
            "nomor_per": dok.tabel.nomor_per,
            "nomori_indikator": dok.tabel.nomori_indikator,
            "baris_nomor_kolom": dok.tabel.baris_nomor_kolom,
            "kolom": [
                {"isi": k.isi, "judul": k.judul, **({"grup": k.grup} if k.grup else {})}
                for k in dok.tabel.kolom
            ],
            **_tanpa_kosong({"huruf": dok.tabel.huruf, "ukuran": dok.tabel.ukuran}),
        },
        "tujuan": [
            {
                "uraian": t.uraian,
                "kelompok": t.kelompok,
                "indikator": [_indikator_json(i) for i in t.indikator],
                "sasaran": [
                    {"uraian": s.uraian, "indikator": [_indikator_json(i) for i in s.indikator]}
                    for s in t.sasaran
                ],
            }
            for t in dok.tujuan
        ],
        "penandatangan": _penandatangan_json(ttd) if ttd else None,
        "catatan": dok.catatan,
        **_tanpa_kosong(
            {
                "perjanjian_kinerja": [_pk_json(pk) for pk in dok.perjanjian_kinerja],
                "laporan_tahunan": [_laporan_json(lt) for lt in dok.laporan_tahunan],
                "laporan_triwulan": [
                    {
                        "tahun": lt.tahun,
                        "triwulan": lt.triwulan,
                        "penandatangan": _tanpa_kosong(_penandatangan_json(lt.penandatangan)),
                    }
                    for lt in sorted(dok.laporan_triwulan, key=lambda x: (x.tahun, x.triwulan))
                ],
            }
        ),
        # Written only once the document has been finalised: a never-ditetapkan document's
        # file stays as before (absent = "draf", no entries).
        **(
            {
                "penetapan": [_penetapan_json(p) for p in dok.penetapan],
                "status": dok.status,
            }
            if dok.penetapan
            else {}
        ),
    }


def _penetapan_json(p: Penetapan) -> dict[str, Any]:
    return {
        "versi": p.versi,
        "tanggal": p.tanggal,
        "dasar": p.dasar,
        "alasan": p.alasan,
        "sidik": p.sidik,
    }


def pelanggaran_dokumen(dok: Dokumen) -> list[tuple[str, str]]:
    """Where a stored document (made before the limits) breaks them: (JSON path, reason)."""
    return pelanggaran_batas(ke_data(dok))


def teks_pelanggaran(daftar: list[tuple[str, str]], paling_banyak: int = 20) -> str:
    """The warning shown when such a document is opened or exported."""
    baris = [
        f"Dokumen ini dibuat sebelum batas teks dan karakter berlaku; {len(daftar)} tempat "
        "melampauinya. Dokumen tetap dapat dibuka dan dicetak; teks itu harus diperbaiki saat "
        "diubah:"
    ]
    baris += [f"- {tempat}: {sebab}" for tempat, sebab in daftar[:paling_banyak]]
    if len(daftar) > paling_banyak:
        baris.append(f"… dan {len(daftar) - paling_banyak} tempat lainnya.")
    return "\n".join(baris)


def ke_json(dok: Dokumen) -> str:
    return json_tepat(ke_data(dok)) + "\n"


def tulis_file(dok: Dokumen, path: str | Path) -> None:
    """Write the document file atomically: the old file stays whole until the new one is.

    A ditetapkan document whose signed content was changed outside the program is refused: its
    file would claim a version it is not, and every reader (this one too) refuses it."""
    if (p := isi_diubah_luar(dok)) is not None:
        nomor = dok.id if dok.id is not None else "ID"
        raise DokumenError(
            f"Dokumen tidak diekspor: {PESAN_DIUBAH_LUAR} sesudah penetapan versi {p.versi} "
            "(sidiknya tidak sama), sehingga berkasnya tidak akan dapat dibaca. Buka revisi dulu "
            f"(menu Dokumen → Buka revisi…, atau perintah: ikudesk revisi {nomor}) untuk "
            "mengekspornya sebagai draf; isi yang ditetapkan diekspor dengan perintah: ikudesk "
            f"export {nomor} BERKAS.json --versi {p.versi}."
        )
    tulis_atomik(Path(path), ke_json(dok).encode("utf-8"))


# ----------------------------------------------------------------------------------------------
# Comparing


def normalisasi(data: Any) -> Any:
    """A document's JSON data in comparable form: absent and empty alike, numbers as Decimals.

    Key order does not matter for dict equality; empty values (``""``, ``[]``, ``{}``, ``null``)
    are dropped because readers treat absent and empty alike. A document's ``versi`` counts as
    the current one: a version-1 file is a version-2 file without the new keys (FORMAT.md), so
    exporting it (as version 2) gives the same document.
    """
    if isinstance(data, dict) and data.get("format") == FORMAT:
        versi = data.get("versi")
        if type(versi) is int and 1 <= versi <= VERSI:
            data = {**data, "versi": VERSI}
    if isinstance(data, dict):
        hasil = {k: normalisasi(v) for k, v in data.items()}
        return {k: v for k, v in hasil.items() if v not in ("", [], {}, None)}
    if isinstance(data, list):
        return [normalisasi(v) for v in data]
    if isinstance(data, bool):
        return data
    if isinstance(data, int | float | Decimal):
        try:
            return Decimal(angka_tepat(Decimal(str(data))))
        except InvalidOperation:
            return data
    return data


def muat_json_mentah(isi: bytes | str) -> Any:
    """JSON with Decimals, for comparing files in tests and tools."""
    return json.loads(isi, parse_float=Decimal)
