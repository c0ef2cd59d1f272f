"""Issue 24: what changed between two versions, in Indonesian lines (domain/banding.py)."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

from ikudesk.domain.banding import banding
from ikudesk.domain.model import Indikator, Komponen, Sasaran
from ikudesk.files.docfile import baca_file
from ikudesk.l10n import format_angka

CONTOH = Path(__file__).resolve().parents[2] / "data" / "sumber-harta-2023.json"


def test_tanpa_perubahan_tidak_ada_baris() -> None:
    dok = baca_file(CONTOH)
    assert banding(dok, copy.deepcopy(dok)) == []


def test_perubahan_yang_bukan_isi_ditetapkan_tidak_disebut() -> None:
    dok = baca_file(CONTOH)
    baru = copy.deepcopy(dok)
    ind = baru.semua_indikator()[1]
    ind.realisasi[2022] = Decimal("1")
    ind.analisis[2022] = "analisis"
    baru.perjanjian_kinerja = []
    assert banding(dok, baru) == []


def test_tambah_hapus_ganti_nama_pindah_rumus_satuan_target() -> None:
    lama = baca_file(CONTOH)
    baru = copy.deepcopy(lama)
    t = baru.tujuan[0]
    s0, s1 = t.sasaran[0], t.sasaran[1]
    # renamed (same place), its satuan and a target changed
    a = s0.indikator[0]
    nama_a = a.nama
    a.nama = "Indeks Kepuasan Masyarakat Kecamatan"
    a.satuan = "Poin"
    a.target[2024] = Decimal("82.5")
    # moved to another sasaran, with a new formula
    b = s1.indikator.pop(0)
    b.rumus.ekspresi = "x / y * 100"
    b.rumus.komponen = [Komponen("x", "X"), Komponen("y", "Y")]
    t.sasaran[2].indikator.append(b)
    # removed, and added
    hapus = t.sasaran[3].indikator.pop()
    t.sasaran.append(Sasaran("Sasaran baru", [Indikator(nama="Indikator baru")]))
    baris = banding(lama, baru)
    teks = "\n".join(baris)
    assert (
        f"Indikator «{nama_a}» diganti nama menjadi «Indeks Kepuasan Masyarakat Kecamatan»." in teks
    )
    assert "satuan «Indeks» → «Poin»" in teks
    lama_target = lama.tujuan[0].sasaran[0].indikator[0].target.get(2024)
    dari = "(kosong)" if lama_target is None else format_angka(lama_target)
    assert f"target 2024 {dari} → 82,5." in teks
    assert f"«{' '.join(b.nama.split())[:69]}" in teks and "dipindah dari sasaran" in teks
    assert "rumus" in teks and "x / y * 100" in teks
    assert any(
        x.startswith(f"Indikator «{' '.join(hapus.nama.split())[:60]}") and "dihapus" in x
        for x in baris
    )
    assert "Indikator «Indikator baru» ditambahkan (di sasaran «Sasaran baru»)." in baris
    assert "Sasaran «Sasaran baru» ditambahkan." in baris
