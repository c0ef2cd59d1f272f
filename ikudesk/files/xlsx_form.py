"""The fill-in form for a quarter, and reading it back.

The seksi heads get a workbook with one row per indicator (optionally only theirs); the cells
they fill — the quarter's realisasi, or each component of a formula indicator — are unlocked
and yellow, everything else is locked (sheet protection without a password). A hidden column
holds each row's key and a hidden sheet ties the keys to the indicators (id, kode, name, the
components in the form) and names the document, year and quarter, so a returned form is matched
even after its rows were sorted.

Reading it back checks every input cell with the grid's rules (``l10n.parse_angka`` for text,
``domain.rules`` for the value and for the indicator as a whole) and reports a bad cell as
``Isian!J7: …``; nothing is returned unless every cell is good. The result lists the changes
(old → new); applying them is the caller's (one ``Compound`` operation in the window).
Qt-free.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from ikudesk.domain import rules
from ikudesk.domain.compute import ROMAWI, hitung_target
from ikudesk.domain.model import Dokumen, Indikator, Triwulan
from ikudesk.errors import DokumenError, IkuError
from ikudesk.files.atomic import tulis_atomik_dengan
from ikudesk.files.xlsx_umum import (
    HURUF_KECIL,
    ISI_INPUT,
    ISI_TERKUNCI,
    RATA_TENGAH,
    BukuBaca,
    Lembar,
    SheetBaca,
    alamat,
    angka_sel,
    buka_workbook,
    cetak_mendatar,
    teks_sel,
    workbook_baru,
)
from ikudesk.l10n import format_angka

__all__ = [
    "FORMAT_FORMULIR",
    "HasilFormulir",
    "Perubahan",
    "baca_formulir",
    "buat_formulir",
    "terapkan_ke",
    "tulis_formulir",
]

FORMAT_FORMULIR = "ikudesk-formulir-triwulan"
VERSI_FORMULIR = 1
SHEET_ISIAN = "Isian"
SHEET_KUNCI = "_ikudesk"
# Columns of the form sheet (1-based). A: the row's key, hidden.
K_KUNCI, K_NO, K_KODE, K_NAMA, K_SATUAN, K_PJ, K_CARA, K_TARGET, K_REALISASI = range(1, 10)
K_KOMPONEN = 10  # then pairs: component (label) | its value
BARIS_TABEL_KUNCI = 12  # first row of the table on the hidden sheet (its heading)
MAKS_GALAT = 25  # a returned form with many errors: the first 25 are enough to start fixing
# An input cell: unlocked, yellow, "General" (84,125 shows as typed, 85 without a comma).
INPUT: dict[str, Any] = {"isi": ISI_INPUT, "format_angka": "General", "terkunci": False}


def _bersih(teks: str) -> str:
    return " ".join(teks.split()).casefold()


def cocok_penanggung_jawab(ind: Indikator, saring: str) -> bool:
    """The whole text, or one of its lines ("Camat\\nSekretaris"), equals ``saring``."""
    s = _bersih(saring)
    return s == _bersih(ind.penanggung_jawab) or any(
        s == _bersih(b) for b in ind.penanggung_jawab.splitlines()
    )


def _jenis(ind: Indikator, tahun: int) -> tuple[str, str]:
    """How a row is filled: ("realisasi"|"komponen"|"terkunci", why when locked)."""
    if tahun in ind.survei_ikm:
        return "terkunci", "dari survei IKM"
    if tahun in ind.realisasi or ind.nilai_komponen.get(tahun):
        return "terkunci", "sudah diisi sebagai nilai setahun"
    return ("komponen", "") if ind.pakai_rumus else ("realisasi", "")


# --------------------------------------------------------------------------- writing


def buat_formulir(
    dok: Dokumen, tahun: int, triwulan: int, penanggung_jawab: str | None = None
) -> Workbook:
    """The form for ``triwulan`` of ``tahun`` (every indicator, or those of one penanggung
    jawab), the known values filled in."""
    if dok.id is None:
        raise IkuError("Dokumen belum tersimpan; formulir hanya untuk dokumen di penyimpanan.")
    try:
        rules.periksa_triwulan(triwulan, "Triwulan")
    except DokumenError as e:
        raise IkuError(e.pesan) from None
    rules.periksa_nilai(None, dok.periode, tahun)
    daftar = dok.semua_indikator()
    if penanggung_jawab:
        daftar = [i for i in daftar if cocok_penanggung_jawab(i, penanggung_jawab)]
        if not daftar:
            ada = sorted(
                {b.strip() for i in dok.semua_indikator() for b in i.penanggung_jawab.splitlines()}
                - {""}
            )
            raise IkuError(
                f"Tidak ada indikator dengan penanggung jawab '{penanggung_jawab}'. "
                f"Yang ada: {', '.join(ada) or '(belum ada yang diisi)'}."
            )
    if not daftar:
        raise IkuError("Dokumen ini belum punya indikator.")
    n_komp = max((len(i.rumus.komponen) for i in daftar if i.pakai_rumus), default=0)
    wb = workbook_baru()
    ws = wb.create_sheet(SHEET_ISIAN)
    lb = Lembar(ws, {K_NAMA: 45, K_PJ: 22, K_CARA: 18})
    n_kolom = K_KOMPONEN - 1 + 2 * n_komp
    judul = [
        f"FORMULIR ISIAN REALISASI TRIWULAN {ROMAWI[triwulan]} TAHUN {tahun}",
        dok.profil.instansi.upper(),
    ]
    if penanggung_jawab:
        judul.append(f"Penanggung jawab: {penanggung_jawab}")
    lb.judul(judul, n_kolom - 1, mulai=K_NO)
    lb.keterangan(
        "Isi hanya sel berwarna kuning, dengan angka (mis. 84,5 atau 1.250). Sel lain dikunci. "
        "Baris boleh diurutkan ulang; jangan menghapus atau menyalin baris. Sel kosong berarti "
        "belum ada nilai.",
        n_kolom - 1,
        mulai=K_NO,
    )
    lb.baris += 1
    atas: list[str | None] = [
        "Kunci",
        "No",
        "Kode",
        "Indikator Kinerja",
        "Satuan",
        "Penanggung Jawab",
        "Cara mengisi",
        f"Target s.d. TW {ROMAWI[triwulan]}",
        f"Realisasi TW {ROMAWI[triwulan]}",
    ]
    bawah: list[str | None] = list(atas)
    for j in range(1, n_komp + 1):
        atas += [f"Komponen {j}", None]
        bawah += ["Uraian", "Nilai"]
    kepala = [atas, bawah] if n_komp else [atas]
    lb.kepala(kepala)
    awal = lb.baris + 1
    lb.bekukan(awal, K_SATUAN)
    cetak_mendatar(ws, f"{awal - len(kepala)}:{awal - 1}")

    kunci_ws = wb.create_sheet(SHEET_KUNCI)
    meta: list[tuple[str, Any]] = [
        ("format", FORMAT_FORMULIR),
        ("versi", VERSI_FORMULIR),
        ("dokumen_id", dok.id),
        ("instansi", dok.profil.instansi),
        ("tahun", tahun),
        ("triwulan", triwulan),
        ("penanggung_jawab", penanggung_jawab or ""),
        ("baris_awal", awal),
    ]
    for r, (k, v) in enumerate(meta, start=1):
        kunci_ws.cell(row=r, column=1, value=k)
        kunci_ws.cell(row=r, column=2, value=v)
    for c, h in enumerate(["kunci", "indikator_id", "kode", "nama", "jenis", "komponen"], 1):
        kunci_ws.cell(row=BARIS_TABEL_KUNCI, column=c, value=h)

    nomor = {id(i): n for n, i in enumerate(dok.semua_indikator(), start=1)}
    for baris_kunci, ind in enumerate(daftar, start=BARIS_TABEL_KUNCI + 1):
        assert ind.id is not None
        lb.baris += 1
        r = lb.baris
        jenis, alasan = _jenis(ind, tahun)
        tw = ind.triwulan.get(tahun, Triwulan())
        lb.tulis(r, K_KUNCI, ind.id, format_angka="0", ukur=False)
        lb.tulis(r, K_NO, nomor[id(ind)], rata=RATA_TENGAH, format_angka="0")
        lb.tulis(r, K_KODE, ind.kode, rata=RATA_TENGAH)
        lb.tulis(r, K_NAMA, ind.nama)
        lb.tulis(r, K_SATUAN, ind.satuan, rata=RATA_TENGAH)
        lb.tulis(r, K_PJ, ind.penanggung_jawab)
        if jenis == "terkunci":
            cara = f"Tidak diisi di sini ({alasan})"
        elif ind.akumulasi:
            cara = "Nilai dalam triwulan ini saja (dijumlahkan)"
        else:
            cara = "Nilai pada akhir triwulan"
        lb.tulis(r, K_CARA, cara, huruf=HURUF_KECIL)
        lb.tulis(r, K_TARGET, hitung_target(ind, tahun, triwulan).nilai)
        komponen = [k.kode for k in ind.rumus.komponen] if jenis == "komponen" else []
        if jenis == "realisasi":
            lb.tulis(r, K_REALISASI, tw.realisasi.get(triwulan), **INPUT)
        else:
            teks = "(dari komponen)" if jenis == "komponen" else None
            lb.tulis(r, K_REALISASI, teks, isi=ISI_TERKUNCI, rata=RATA_TENGAH, huruf=HURUF_KECIL)
        nilai_tw = tw.nilai_komponen.get(triwulan, {})
        for j in range(n_komp):
            c = K_KOMPONEN + 2 * j
            if j < len(komponen):
                komp = ind.rumus.komponen[j]
                lb.tulis(r, c, f"{komp.kode}: {komp.uraian}" if komp.uraian else komp.kode)
                lb.tulis(r, c + 1, nilai_tw.get(komp.kode), **INPUT)
            else:
                lb.tulis(r, c, None, isi=ISI_TERKUNCI)
                lb.tulis(r, c + 1, None, isi=ISI_TERKUNCI)
        for c, v in enumerate(
            [ind.id, ind.id, ind.kode, ind.nama, jenis, ",".join(komponen)], start=1
        ):
            kunci_ws.cell(row=baris_kunci, column=c, value=v)
    for j in range(n_komp):
        lb.lebar_tetap(K_KOMPONEN + 2 * j, 30)
        lb.lebar_tetap(K_KOMPONEN + 2 * j + 1, 12)
    lb.lebar_tetap(K_TARGET, 12)
    lb.lebar_tetap(K_REALISASI, 13)
    lb.selesai(awal)
    ws.column_dimensions[get_column_letter(K_KUNCI)].hidden = True
    # Locked cells stay selectable and columns resizable; sorting needs unlocked cells in Excel,
    # so a form sorted elsewhere (LibreOffice, or a copy) is matched by the hidden key column.
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.autoFilter = False
    ws.protection.sort = False
    kunci_ws.sheet_state = "hidden"
    kunci_ws.protection.sheet = True
    wb.active = 0
    return wb


def tulis_formulir(
    dok: Dokumen,
    path: str | os.PathLike[str],
    tahun: int,
    triwulan: int,
    penanggung_jawab: str | None = None,
) -> Path:
    wb = buat_formulir(dok, tahun, triwulan, penanggung_jawab)
    p = Path(path)
    tulis_atomik_dengan(p, lambda tmp: wb.save(tmp))
    return p


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class Perubahan:
    """One value the import changes."""

    indikator_id: int
    indikator: str  # "IKU 3 Persentase …" (kode and name), for the preview
    komponen: str | None  # None: the quarter's realisasi
    lama: Decimal | None
    baru: Decimal | None
    sel: str  # "Isian!J7"

    def teks(self, tahun: int, triwulan: int) -> str:
        apa = "realisasi" if self.komponen is None else f"komponen '{self.komponen}'"
        return (
            f"{self.indikator} — {apa} triwulan {ROMAWI[triwulan]} {tahun}: "
            f"{_angka(self.lama)} → {_angka(self.baru)}"
        )


def _angka(v: Decimal | None) -> str:
    return "(kosong)" if v is None else format_angka(v, 6)


@dataclass
class HasilFormulir:
    dokumen_id: int
    tahun: int
    triwulan: int
    perubahan: list[Perubahan] = field(default_factory=list)
    jumlah_baris: int = 0

    @property
    def kosong(self) -> bool:
        return not self.perubahan

    def pratinjau(self) -> list[str]:
        """What will change, one line per value, in document order."""
        return [p.teks(self.tahun, self.triwulan) for p in self.perubahan]

    def ringkasan(self) -> str:
        label = f"triwulan {ROMAWI[self.triwulan]} {self.tahun}"
        if self.kosong:
            return f"Formulir {label}: {self.jumlah_baris} baris, tidak ada nilai yang berubah."
        return f"Formulir {label}: {self.jumlah_baris} baris, {len(self.perubahan)} nilai berubah."


@dataclass
class _BarisKunci:
    indikator_id: int
    kode: str
    nama: str
    jenis: str
    komponen: list[str]


def _bulat(v: Any) -> Any:
    """A whole number a spreadsheet program may have saved as 7.0."""
    return int(v) if isinstance(v, float) and v.is_integer() else v


def _meta(ws: SheetBaca, nama: str) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for k, v in ws.iter_rows(max_row=BARIS_TABEL_KUNCI - 1, max_col=2, values_only=True):
        if isinstance(k, str) and k:
            meta[k] = _bulat(v)
    if meta.get("format") != FORMAT_FORMULIR:
        raise IkuError(f"Berkas '{nama}' bukan formulir isian IKU Desk (lembar kuncinya rusak).")
    # The ranges as well as the types: a negative baris_awal would reach openpyxl as a row.
    rentang = {
        "dokumen_id": (1, 2**63 - 1),
        "tahun": (rules.TAHUN_MIN, rules.TAHUN_MAX),
        "triwulan": (1, 4),
        "baris_awal": (1, 1_048_576),  # Excel's last row
    }
    for k, (bawah, atas) in rentang.items():
        v = meta.get(k)
        if not isinstance(v, int) or isinstance(v, bool) or not bawah <= v <= atas:
            raise IkuError(
                f"Formulir '{nama}': keterangan '{k}' di lembar kunci rusak "
                f"(harus bilangan bulat {bawah}–{atas}); buat formulir baru dari program ini."
            )
    if meta.get("versi") != VERSI_FORMULIR:
        raise IkuError(
            f"Formulir '{nama}' dibuat oleh versi IKU Desk yang lain (versi formulir "
            f"{meta.get('versi')}); buat formulir baru dari program ini."
        )
    return meta


def _tabel_kunci(ws: SheetBaca, nama: str) -> dict[int, _BarisKunci]:
    hasil: dict[int, _BarisKunci] = {}
    for row in ws.iter_rows(min_row=BARIS_TABEL_KUNCI + 1, max_col=6, values_only=True):
        kunci, iid, kode, nama_ind, jenis, komponen = row
        kunci, iid = _bulat(kunci), _bulat(iid)
        if kunci is None:
            continue
        if not isinstance(kunci, int) or not isinstance(iid, int):
            raise IkuError(f"Formulir '{nama}': lembar kunci rusak (kunci {kunci!r}).")
        hasil[kunci] = _BarisKunci(
            iid,
            teks_sel(kode),
            teks_sel(nama_ind),
            teks_sel(jenis),
            [k for k in teks_sel(komponen).split(",") if k],
        )
    if not hasil:
        raise IkuError(f"Formulir '{nama}' tidak berisi satu indikator pun.")
    return hasil


def _label(ind: Indikator) -> str:
    return f"{ind.kode} {ind.nama}".strip() if ind.kode else ind.nama


def baca_formulir(
    dok: Dokumen,
    path: str | os.PathLike[str],
    tahun: int | None = None,
    triwulan: int | None = None,
) -> HasilFormulir:
    """Read a returned form against ``dok``: every cell checked, the changes listed.

    ``tahun``/``triwulan`` given: the form must be for that quarter. Raises ``IkuError`` (all
    bad cells, each as ``Isian!J7: …``); ``dok`` is never changed.
    """
    p = Path(path)
    with buka_workbook(p) as wb:
        return _baca(dok, p, wb, tahun, triwulan)


def _baca(
    dok: Dokumen, p: Path, wb: BukuBaca, tahun: int | None, triwulan: int | None
) -> HasilFormulir:
    if SHEET_KUNCI not in wb.sheetnames or SHEET_ISIAN not in wb.sheetnames:
        raise IkuError(
            f"Berkas '{p.name}' bukan formulir isian IKU Desk (lembar '{SHEET_ISIAN}' atau "
            "lembar kuncinya tidak ada). Buat formulir dengan Berkas → Excel → Formulir isian "
            "triwulan."
        )
    meta = _meta(wb[SHEET_KUNCI], p.name)
    f_id, f_tahun, f_tw = meta["dokumen_id"], meta["tahun"], meta["triwulan"]
    if f_id != dok.id:
        raise IkuError(
            f"Formulir '{p.name}' dibuat untuk dokumen nomor {f_id} "
            f"({meta.get('instansi') or 'tanpa nama'}), bukan dokumen nomor {dok.id} "
            f"({dok.profil.instansi}). Impor ke dokumen {f_id}, atau buat formulir baru."
        )
    if f_tw not in ROMAWI:
        raise IkuError(f"Formulir '{p.name}': triwulan {f_tw} tidak sah.")
    if (tahun is not None and f_tahun != tahun) or (triwulan is not None and f_tw != triwulan):
        diminta = f"triwulan {ROMAWI.get(triwulan or f_tw, triwulan)} {tahun or f_tahun}"
        raise IkuError(
            f"Formulir '{p.name}' untuk triwulan {ROMAWI[f_tw]} {f_tahun}, bukan {diminta}."
        )
    try:
        rules.periksa_nilai(None, dok.periode, f_tahun)
    except IkuError as e:
        raise IkuError(f"Formulir '{p.name}': {e.pesan}") from None
    kunci = _tabel_kunci(wb[SHEET_KUNCI], p.name)
    return _baca_isian(dok, p, wb[SHEET_ISIAN], kunci, meta)


def _baca_isian(
    dok: Dokumen, p: Path, ws: SheetBaca, kunci: dict[int, _BarisKunci], meta: dict[str, Any]
) -> HasilFormulir:
    tahun, triwulan, awal = meta["tahun"], meta["triwulan"], meta["baris_awal"]
    galat: list[str] = []
    per_id = {i.id: i for i in dok.semua_indikator()}
    per_kode = {i.kode.strip(): i for i in dok.semua_indikator() if i.kode.strip()}
    nama_hitung: dict[str, list[Indikator]] = {}
    for i in dok.semua_indikator():
        nama_hitung.setdefault(_bersih(i.nama), []).append(i)
    tersimpan: dict[tuple[int, int], Any] | None = None  # read only when a formula is found

    def cached(r: int, c: int) -> Any:
        nonlocal tersimpan
        if tersimpan is None:
            # The values Excel last showed, read once (the same bounds, the same used area).
            tersimpan = {}
            with buka_workbook(p, data_only=True) as wb:
                rows = wb[SHEET_ISIAN].iter_rows(min_row=awal, max_col=maks_kolom)
                for rr, baris in enumerate(rows, start=awal):
                    for cc, v in enumerate(baris, start=1):
                        if v.value is not None:
                            tersimpan[(rr, cc)] = v.value
        return tersimpan.get((r, c))

    dilihat: dict[int, int] = {}  # kunci → row
    baris_indikator: dict[int, int] = {}  # indicator id → row
    baru: dict[int, dict[str | None, tuple[Decimal | None, str]]] = {}
    n_komp = max((len(b.komponen) for b in kunci.values()), default=0)
    maks_kolom = K_KOMPONEN + 2 * n_komp if n_komp else K_REALISASI
    rows = ws.iter_rows(min_row=awal, max_col=maks_kolom)
    for r, row in enumerate(rows, start=awal):
        nilai = [c.value for c in row]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in nilai):
            continue
        gabung = ws.gabungan_di([(r, c) for c in range(1, maks_kolom + 1)])
        if gabung:
            galat.append(
                f"{gabung}: sel digabung (merge) di dalam tabel isian. Pisahkan lagi selnya "
                "(Unmerge), atau buat formulir baru."
            )
            continue
        k = _bulat(nilai[K_KUNCI - 1])
        bk: _BarisKunci | None = kunci.get(k) if isinstance(k, int) else None
        if bk is None:
            # A row whose key was lost (pasted from elsewhere): its kode, else a unique name.
            kode = teks_sel(nilai[K_KODE - 1])
            nama = _bersih(teks_sel(nilai[K_NAMA - 1]))
            ind_c = per_kode.get(kode) if kode else None
            if ind_c is None and nama in nama_hitung:
                if len(nama_hitung[nama]) > 1:
                    galat.append(
                        f"{alamat(ws, r, K_NAMA)}: nama indikator ini dipakai oleh lebih dari satu "
                        "indikator dan barisnya tanpa kunci; tidak dapat dicocokkan."
                    )
                    continue
                ind_c = nama_hitung[nama][0]
            cocok = [
                kk for kk, b in kunci.items() if ind_c is not None and b.indikator_id == ind_c.id
            ]
            if not cocok:
                galat.append(
                    f"{alamat(ws, r, K_NAMA)}: baris ini tidak dikenali sebagai indikator formulir "
                    "(kunci, kode dan nama tidak cocok). Hapus baris tambahan itu."
                )
                continue
            k = cocok[0]
            bk = kunci[k]
        # The same key twice, or two keys of the hidden sheet naming one indicator (its cells
        # would be written twice, one value silently winning): refused alike.
        sudah = dilihat.get(k, baris_indikator.get(bk.indikator_id))
        if sudah is not None:
            galat.append(
                f"{alamat(ws, r, K_NAMA)}: indikator '{bk.kode or bk.nama}' sudah ada di baris "
                f"{sudah}; baris disalin dua kali?"
            )
            dilihat.setdefault(k, r)
            continue
        dilihat[k] = r
        baris_indikator[bk.indikator_id] = r
        ind = per_id.get(bk.indikator_id)
        if ind is None:
            galat.append(
                f"{alamat(ws, r, K_NAMA)}: indikator '{bk.kode or bk.nama}' sudah tidak ada di "
                "dokumen. Buat formulir baru."
            )
            continue
        if bk.jenis == "terkunci":
            continue
        komponen_kini = [kk.kode for kk in ind.rumus.komponen] if ind.pakai_rumus else []
        jenis_kini = "komponen" if ind.pakai_rumus else "realisasi"
        if jenis_kini != bk.jenis or (bk.jenis == "komponen" and komponen_kini != bk.komponen):
            galat.append(
                f"{alamat(ws, r, K_NAMA)}: rumus indikator '{_label(ind)}' sudah berubah sejak "
                "formulir dibuat. Buat formulir baru."
            )
            continue
        isian: dict[str | None, tuple[Decimal | None, str]] = {}
        sel_list: list[tuple[str | None, int]] = (
            [(None, K_REALISASI)]
            if bk.jenis == "realisasi"
            else [(kd, K_KOMPONEN + 2 * j + 1) for j, kd in enumerate(bk.komponen)]
        )
        for kd, c in sel_list:
            sel = row[c - 1]
            tempat = alamat(ws, r, c)
            rumus = sel.data_type == "f"
            try:
                v = angka_sel(sel.value, tempat, cached(r, c) if rumus else None, rumus)
                rules.periksa_nilai(v, dok.periode, tahun)
            except IkuError as e:
                pesan = e.pesan if e.pesan.startswith(tempat) else f"{tempat}: {e.pesan}"
                galat.append(pesan)
                continue
            isian[kd] = (v, tempat)
        baru[bk.indikator_id] = isian
    hilang = [b for kk, b in kunci.items() if kk not in dilihat]
    for b in hilang[:5]:
        galat.append(
            f"{ws.title}: baris indikator '{b.kode or b.nama}' tidak ada lagi di formulir "
            "(terhapus?). Kembalikan barisnya, atau buat formulir baru."
        )
    if galat:
        raise _galat(p, galat)
    hasil = HasilFormulir(dok.id or 0, tahun, triwulan, jumlah_baris=len(dilihat))
    for ind in dok.semua_indikator():
        diisi = baru.get(ind.id) if ind.id is not None else None
        if not diisi:
            continue
        tw = ind.triwulan.get(tahun, Triwulan())
        for kd, (v, tempat) in diisi.items():
            lama = (
                tw.realisasi.get(triwulan)
                if kd is None
                else tw.nilai_komponen.get(triwulan, {}).get(kd)
            )
            if not _sama(lama, v):
                assert ind.id is not None
                hasil.perubahan.append(Perubahan(ind.id, _label(ind), kd, lama, v, tempat))
    # The indicator as a whole after the change, with the reader's rules.
    sesudah = terapkan_ke(copy.deepcopy(dok), hasil)
    per_id2 = {i.id: i for i in sesudah.semua_indikator()}
    for iid in dict.fromkeys(pp.indikator_id for pp in hasil.perubahan):
        try:
            rules.periksa_indikator_v2(per_id2[iid])
        except DokumenError as e:
            sel = next(pp.sel for pp in hasil.perubahan if pp.indikator_id == iid)
            galat.append(f"{sel}: indikator '{_label(per_id2[iid])}': {e.pesan}")
    if galat:
        raise _galat(p, galat)
    return hasil


def _sama(lama: Decimal | None, baru: Decimal | None) -> bool:
    """Unchanged: equal, or the stored value as the nearest double the form carried (a value
    with more than 15 digits comes back from a spreadsheet rounded)."""
    if lama is None or baru is None:
        return lama is baru
    return lama == baru or Decimal(repr(float(lama))) == baru


def _galat(p: Path, galat: list[str]) -> IkuError:
    lebih = len(galat) - MAKS_GALAT
    baris = galat[:MAKS_GALAT] + ([f"… dan {lebih} kesalahan lain."] if lebih > 0 else [])
    return IkuError(
        f"Formulir '{p.name}' tidak diimpor; tidak ada yang disimpan. Perbaiki:\n"
        + "\n".join(baris)
    )


def terapkan_ke(dok: Dokumen, hasil: HasilFormulir) -> Dokumen:
    """``dok`` with the changes applied in memory (for checking, and for documents not in a
    store); returns ``dok``."""
    per_id = {i.id: i for i in dok.semua_indikator()}
    k = hasil.triwulan
    for p in hasil.perubahan:
        ind = per_id[p.indikator_id]
        tw = ind.triwulan.setdefault(hasil.tahun, Triwulan())
        if p.komponen is None:
            if p.baru is None:
                tw.realisasi.pop(k, None)
            else:
                tw.realisasi[k] = p.baru
        else:
            per = tw.nilai_komponen.setdefault(k, {})
            if p.baru is None:
                per.pop(p.komponen, None)
                if not per:
                    tw.nilai_komponen.pop(k, None)
            else:
                per[p.komponen] = p.baru
        if tw.kosong:
            ind.triwulan.pop(hasil.tahun, None)
    return dok
