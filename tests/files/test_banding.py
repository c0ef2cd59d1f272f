"""Issue 24: what changed between two versions, in Indonesian lines (files/banding.py)."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

from ikudesk.domain.model import Indikator, Komponen, Penandatangan, Sasaran
from ikudesk.files.banding import banding
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


def _daun(v: object, jalur: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    if isinstance(v, dict):
        return [j for k, x in v.items() for j in _daun(x, (*jalur, k))]
    if isinstance(v, list):
        return [j for i, x in enumerate(v) for j in _daun(x, (*jalur, i))]
    return [jalur]


def _ubah(data: object, jalur: tuple[object, ...]) -> None:
    induk = data
    for k in jalur[:-1]:
        induk = induk[k]  # type: ignore[index]
    lama = induk[jalur[-1]]  # type: ignore[index]
    if isinstance(lama, bool):
        baru: object = not lama
    elif isinstance(lama, int):
        baru = lama + 1 if jalur[-1] != "mulai" else lama - 1
    elif isinstance(lama, Decimal | float):
        baru = Decimal(str(lama)) + 1
    elif jalur[-1] in ("isi", "nomor_per", "polaritas", "agregasi", "penomoran", "ukuran"):
        baru = None  # an enumerated value: set below by trying the allowed ones
    else:
        baru = f"{lama}x" if lama else "x"
    induk[jalur[-1]] = baru  # type: ignore[index]


def test_setiap_kunci_isi_ditetapkan_yang_berubah_disebut() -> None:
    """Issue 24 review: banding said "no change" for pemerintah_daerah, tabel.judul, pangkat, …"""
    from ikudesk.files.docfile import baca_data, ke_data
    from ikudesk.files.sidik import isi_ditetapkan, sidik_data

    contoh = Path("/work/shared/contoh/benjeng.json")
    if not contoh.exists():
        contoh = CONTOH
    lama = baca_file(contoh)
    data = ke_data(lama)
    # keys the sample leaves empty, so that they are signed content to change too
    data["tujuan"][0]["kelompok"] = "Kelompok A"
    data["tabel"]["judul"] = data["tabel"].get("judul") or "Judul"
    lama = baca_data(data)
    dasar = ke_data(lama)
    diperiksa = 0
    for jalur in _daun(isi_ditetapkan(dasar)):
        data = copy.deepcopy(dasar)
        _ubah(data, jalur)
        try:
            baru = baca_data(data)
        except Exception:  # an enumerated value the reader refuses: not a signed change
            continue
        if sidik_data(ke_data(baru)) == sidik_data(dasar):
            continue
        diperiksa += 1
        assert banding(lama, baru), f"perubahan pada {jalur} tidak disebut"
    assert diperiksa > 50


def test_kunci_tanpa_kata_khusus_disebut() -> None:
    lama = baca_file(CONTOH)
    baru = copy.deepcopy(lama)
    baru.profil.pemerintah_daerah = "Kabupaten Lain"
    baru.tabel.judul = "Judul Lain"
    baru.tujuan[0].kelompok = "Kelompok B"
    baru.penandatangan = Penandatangan(jabatan="Camat", nama="A", pangkat="Pembina")
    lama.penandatangan = Penandatangan(jabatan="Camat", nama="A", pangkat="Penata")
    teks = "\n".join(banding(lama, baru))
    assert "Kabupaten Lain" in teks
    assert "Judul Lain" in teks
    assert "Kelompok B" in teks
    assert "Pembina" in teks


def test_sasaran_diganti_nama_bukan_dihapus_ditambah_dipindah() -> None:
    lama = baca_file(CONTOH)
    baru = copy.deepcopy(lama)
    s = baru.tujuan[0].sasaran[0]
    nama_lama = s.uraian
    s.uraian = "Meningkatnya mutu pelayanan kecamatan"
    baris = banding(lama, baru)
    assert baris == [
        f"Sasaran «{nama_lama}» diganti namanya menjadi «Meningkatnya mutu pelayanan kecamatan»."
    ]


def test_tujuan_diganti_nama() -> None:
    lama = baca_file(CONTOH)
    baru = copy.deepcopy(lama)
    baru.tujuan[0].uraian = "Tujuan baru"
    baris = banding(lama, baru)
    assert len(baris) == 1
    assert "diganti namanya menjadi «Tujuan baru»" in baris[0]


def test_rumus_panjang_bagian_yang_berbeda_terlihat() -> None:
    lama = baca_file(CONTOH)
    baru = copy.deepcopy(lama)
    ind = baru.semua_indikator()[0]
    awal = "Jumlah layanan yang diselesaikan tepat waktu menurut standar pelayanan " * 2
    lama.semua_indikator()[0].rumus.penjelasan = awal + "dibagi jumlah seluruh layanan"
    ind.rumus.penjelasan = awal + "dibagi jumlah seluruh permohonan"
    (baris,) = banding(lama, baru)
    assert "layanan»" in baris and "permohonan»" in baris
