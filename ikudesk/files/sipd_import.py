"""The budget of a Perjanjian Kinerja from a SIPD "Lampiran APBD" workbook.

The lampiran lists programs, kegiatan and sub-kegiatan one per row: code columns (urusan,
bidang urusan, program, kegiatan, sub kegiatan) where a row's parents' codes are repeated
("filled down", or merged over the rows below), an uraian and amounts. A row's level is the
deepest code column that is filled; urusan and bidang rows are headings and are passed over.
Codes are joined into the PK's dotted codes (7 · 01 · 01 → ``7.01.01``; a cell that already holds
the full code is taken as it is). The amount is the "Jumlah" column (else the last anggaran/pagu
column), whole rupiah. Nothing is stored here: the caller shows the tree and, once confirmed,
replaces the PK's programs in one step.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ikudesk.domain import rules
from ikudesk.domain.model import Dokumen, Kegiatan, PerjanjianKinerja, Program, SubKegiatan
from ikudesk.domain.pk import anggaran_efektif, total_anggaran
from ikudesk.errors import DokumenError, IkuError
from ikudesk.files.xlsx_umum import (
    SheetBaca,
    alamat,
    angka_sel,
    buka_workbook,
    teks_sel,
)
from ikudesk.l10n import format_angka

__all__ = ["HasilSipd", "baca_sipd", "pk_dengan_program"]

TINGKAT = ("urusan", "bidang", "program", "kegiatan", "sub")
_CARI_KEPALA = 40  # the heading is within the first rows (titles and the SKPD come first)


def _norm(teks: str) -> str:
    return " ".join(re.sub(r"[-_/]", " ", teks).split()).casefold()


def _jenis_kolom(teks: str) -> str | None:
    t = _norm(teks)
    if not t:
        return None
    if "uraian" in t or t.startswith("nama"):
        return "uraian"
    if "sumber dana" in t:
        return "sumber_dana"
    if "sub" in t and "kegiatan" in t:
        return "sub"
    if "kegiatan" in t:
        return "kegiatan"
    if "program" in t:
        return "program"
    if "bidang" in t:
        return "bidang"
    if "urusan" in t:
        return "urusan"
    if "jumlah" in t or "total" in t:
        return "jumlah"
    if "anggaran" in t or "pagu" in t or "belanja" in t:
        return "anggaran"
    return None


@dataclass
class _Kepala:
    baris_data: int  # first data row
    kolom: dict[str, int]  # kind → column (1-based)


def _cari_kepala(ws: SheetBaca) -> _Kepala | None:
    """The heading: one row, or two (a merged "Kode" over Urusan | … | Sub Kegiatan)."""
    baris = [
        [teks_sel(v) for v in row]
        for row in ws.iter_rows(min_row=1, max_row=_CARI_KEPALA, values_only=True)
    ]
    for i in range(len(baris)):
        for tinggi in (1, 2):
            if i + tinggi > len(baris):
                continue
            lebar = max(len(baris[i + j]) for j in range(tinggi))
            kolom: dict[str, int] = {}
            uang: list[tuple[str, int]] = []
            for c in range(lebar):
                teks = " ".join(
                    baris[i + j][c] for j in range(tinggi) if c < len(baris[i + j])
                ).strip()
                jenis = _jenis_kolom(teks)
                if jenis in ("jumlah", "anggaran"):
                    uang.append((jenis, c + 1))
                elif jenis is not None and jenis not in kolom:
                    kolom[jenis] = c + 1
            if {"uraian", "program", "kegiatan"} <= kolom.keys() and uang:
                jumlah = [c for j, c in uang if j == "jumlah"]
                kolom["anggaran"] = jumlah[-1] if jumlah else uang[-1][1]
                return _Kepala(i + tinggi + 1, kolom)
    return None


def _isi_gabungan(
    ws: SheetBaca, kolom: set[int], sel: Callable[[int, int], Any]
) -> dict[tuple[int, int], Any]:
    """Cells of the code columns covered by a merged range carry its top-left value (``sel``:
    a cell's value; the ranges are clipped to the used area and bounded in ``files.batas``)."""
    hasil: dict[tuple[int, int], Any] = {}
    for r1, c1, r2, c2 in ws.gabungan:
        if c1 not in kolom:
            continue
        v = sel(r1, c1)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                hasil[(r, c)] = v
    return hasil


def _kode(v: Any) -> str:
    teks = teks_sel(v)
    return teks.strip().strip(".")


def _gabung_kode(induk: str, bagian: str) -> str:
    if not induk or bagian == induk or bagian.startswith(induk + "."):
        return bagian
    return f"{induk}.{bagian}"


def _gabung_anak(kode_induk: str, lokal_induk: str, bagian: str) -> str:
    """A child's full code. SIPD often repeats the parent's own part in the child's cell
    (kegiatan 2.01, sub kegiatan 2.01.0001): then it replaces that part, never doubles it."""
    if lokal_induk and bagian.startswith(lokal_induk + ".") and kode_induk.endswith(lokal_induk):
        return _gabung_kode(kode_induk[: -len(lokal_induk)].rstrip("."), bagian)
    return _gabung_kode(kode_induk, bagian)


@dataclass
class HasilSipd:
    """The programs read from a lampiran, ready to replace a PK's."""

    program: list[Program] = field(default_factory=list)
    sheet: str = ""
    jumlah_baris: int = 0

    @property
    def total(self) -> int | None:
        return total_anggaran(PerjanjianKinerja(0, program=self.program))

    def pratinjau(self) -> list[str]:
        """The tree as it will be stored, amounts as the lampiran prints them."""

        def rp(v: int | None) -> str:
            return "Rp -" if v is None else f"Rp {format_angka(v, 0)}"

        hasil: list[str] = []
        for p in self.program:
            hasil.append(f"{p.kode} {p.uraian} — {rp(anggaran_efektif(p))}")
            for k in p.kegiatan:
                hasil.append(f"    {k.kode} {k.uraian} — {rp(anggaran_efektif(k))}")
                for s in k.sub_kegiatan:
                    hasil.append(f"        {s.kode} {s.uraian} — {rp(anggaran_efektif(s))}")
        hasil.append(f"JUMLAH — {rp(self.total)}")
        return hasil

    def peringatan(self) -> list[str]:
        """A given amount that differs from the sum of its children (shown, never refused)."""
        return [p for _, p in rules.peringatan_pk(PerjanjianKinerja(0, program=self.program))]

    def ringkasan(self) -> str:
        n_keg = sum(len(p.kegiatan) for p in self.program)
        n_sub = sum(len(k.sub_kegiatan) for p in self.program for k in p.kegiatan)
        total = self.total
        return (
            f"Sheet '{self.sheet}': {len(self.program)} program, {n_keg} kegiatan, {n_sub} sub "
            f"kegiatan; jumlah anggaran Rp {'-' if total is None else format_angka(total, 0)}."
        )


def baca_sipd(path: str | os.PathLike[str], sheet: str | None = None) -> HasilSipd:
    """Read the lampiran at ``path`` (the first sheet with a recognisable heading, or
    ``sheet``). Raises ``IkuError`` naming the cell; reads nothing into any store."""
    p = Path(path)
    with buka_workbook(p, data_only=True) as wb:
        return _pilih_sheet(p, wb, sheet)


def _pilih_sheet(p: Path, wb: Any, sheet: str | None) -> HasilSipd:
    if sheet is not None:
        if sheet not in wb.sheetnames:
            raise IkuError(
                f"Berkas '{p.name}' tidak punya sheet '{sheet}'. Yang ada: "
                f"{', '.join(wb.sheetnames)}."
            )
        kandidat = [wb[sheet]]
    else:
        kandidat = list(wb.worksheets)
    for ws in kandidat:
        kepala = _cari_kepala(ws)
        if kepala is not None:
            return _baca(ws, kepala)
    raise IkuError(
        f"Berkas '{p.name}' tidak tampak seperti Lampiran APBD SIPD: tidak ada baris judul "
        "dengan kolom kode Program dan Kegiatan, Uraian, dan Jumlah/Anggaran."
    )


def _dua_kali(tingkat: str, kode: str) -> str:
    return f"{tingkat} {kode} tercantum dua kali."


def _tanpa_induk(tingkat: str, induk: str, kode_induk: str) -> str:
    return f"{tingkat} tanpa baris {induk} {kode_induk} di atasnya."


def _baca(ws: SheetBaca, kepala: _Kepala) -> HasilSipd:
    kol = kepala.kolom
    kolom_kode = {kol[t] for t in TINGKAT if t in kol}
    maks = max(kol.values())
    # The sheet's rows once, within its used area (bounded): merges above the data need them.
    semua = list(ws.iter_rows(min_row=1, max_col=maks, values_only=True))

    def nilai(r: int, c: int) -> Any:
        return semua[r - 1][c - 1] if r <= len(semua) and c <= maks else None

    gabungan = _isi_gabungan(ws, kolom_kode, nilai)
    hasil = HasilSipd(sheet=ws.title)
    program: dict[str, Program] = {}
    kegiatan: dict[str, Kegiatan] = {}
    sub_dilihat: set[str] = set()
    galat: list[str] = []

    def salah(r: int, jenis: str, teks: str) -> None:
        """An error of row ``r``, placed at its ``jenis`` column."""
        galat.append(f"{alamat(ws, r, kol[jenis])}: {teks}")

    for r, row in enumerate(semua[kepala.baris_data - 1 :], start=kepala.baris_data):

        def sel(jenis: str, r: int = r, row: tuple = row) -> Any:
            c = kol.get(jenis)
            if c is None or c > len(row):
                return None
            return gabungan.get((r, c), row[c - 1])

        kode = {t: _kode(sel(t)) for t in TINGKAT}
        uraian = teks_sel(sel("uraian"))
        if not uraian or uraian.isdigit():
            continue  # an empty row, or the row of column numbers (1 2 3 …)
        tingkat = next((t for t in ("sub", "kegiatan", "program") if kode[t]), None)
        if tingkat is None:
            continue  # urusan, bidang urusan, organisation and total rows
        try:
            uang = angka_sel(sel("anggaran"), alamat(ws, r, kol["anggaran"]))
            tempat = alamat(ws, r, kol["anggaran"])
            try:
                anggaran = rules.periksa_rupiah(uang, tempat)
            except DokumenError as e:
                raise IkuError(e.pesan) from None
            rules.periksa_teks(uraian, alamat(ws, r, kol["uraian"]))
        except IkuError as e:
            galat.append(e.pesan)
            continue
        sumber = teks_sel(sel("sumber_dana"))
        k_prog = _gabung_kode(_gabung_kode(kode["urusan"], kode["bidang"]), kode["program"])
        hasil.jumlah_baris += 1
        if tingkat == "program":
            if k_prog in program:
                salah(r, "program", _dua_kali("program", k_prog))
                continue
            program[k_prog] = Program(k_prog, uraian, anggaran, sumber_dana=sumber)
            hasil.program.append(program[k_prog])
            continue
        induk = program.get(k_prog)
        if induk is None:
            salah(r, "kegiatan", _tanpa_induk("kegiatan", "program", k_prog))
            continue
        k_keg = _gabung_anak(k_prog, kode["program"], kode["kegiatan"])
        if tingkat == "kegiatan":
            if k_keg in kegiatan:
                salah(r, "kegiatan", _dua_kali("kegiatan", k_keg))
                continue
            kegiatan[k_keg] = Kegiatan(k_keg, uraian, anggaran, sumber_dana=sumber)
            induk.kegiatan.append(kegiatan[k_keg])
            continue
        keg = kegiatan.get(k_keg)
        if keg is None:
            salah(r, "sub", _tanpa_induk("sub kegiatan", "kegiatan", k_keg))
            continue
        k_sub = _gabung_anak(k_keg, kode["kegiatan"], kode["sub"])
        if k_sub in sub_dilihat:
            salah(r, "sub", _dua_kali("sub kegiatan", k_sub))
            continue
        sub_dilihat.add(k_sub)
        keg.sub_kegiatan.append(SubKegiatan(k_sub, uraian, anggaran, sumber_dana=sumber))
    if galat:
        lebih = len(galat) - 25
        raise IkuError(
            f"Lampiran '{ws.title}' tidak diimpor; tidak ada yang disimpan. Perbaiki:\n"
            + "\n".join(galat[:25])
            + (f"\n… dan {lebih} kesalahan lain." if lebih > 0 else "")
        )
    if not hasil.program:
        raise IkuError(
            f"Sheet '{ws.title}' tidak berisi satu program pun (baris dengan kode program)."
        )
    return hasil


def pk_dengan_program(
    dok: Dokumen, tahun: int, perubahan: int, program: list[Program]
) -> PerjanjianKinerja:
    """The PK of ``tahun``/``perubahan`` with its programs replaced (a new, empty PK when the
    document has none yet), checked with the rules."""
    try:
        rules.periksa_perubahan(perubahan, "perubahan")
    except DokumenError as e:
        raise IkuError(e.pesan) from None
    lama = dok.pk(tahun, perubahan)
    pk = copy.deepcopy(lama) if lama is not None else PerjanjianKinerja(tahun, perubahan)
    pk.program = copy.deepcopy(program)
    try:
        rules.periksa_pk(pk, dok.periode, "Perjanjian Kinerja")
    except DokumenError as e:
        raise IkuError(e.pesan) from None
    return pk
