"""Fine-grained edits on a real store: each is undone exactly by what it returns."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ikudesk.domain.model import Indikator, Komponen, Penandatangan, Periode, Sasaran, Tujuan
from ikudesk.errors import IkuError
from ikudesk.files.docfile import ke_json
from ikudesk.persistence import edit
from ikudesk.persistence.repo import muat_dokumen


def _json(store, did: int) -> str:
    return ke_json(muat_dokumen(store, did))


def _ids(store, did: int) -> list[tuple]:
    """Every node with its id in document order (ke_json does not show ids)."""
    dok = muat_dokumen(store, did)
    hasil = []
    for t in dok.tujuan:
        hasil.append(("t", t.id))
        hasil += [("i", i.id, [k.id for k in i.rumus.komponen]) for i in t.indikator]
        for s in t.sasaran:
            hasil.append(("s", s.id))
            hasil += [("i", i.id, [k.id for k in i.rumus.komponen]) for i in s.indikator]
    return hasil


@pytest.mark.parametrize("jenis", ["tujuan", "sasaran", "indikator"])
def test_hapus_lalu_pulihkan_sama_persis(store_contoh, jenis: str) -> None:
    store, ids = store_contoh
    did = ids["sumbersuko"]
    dok = muat_dokumen(store, did)
    node = {
        "tujuan": dok.tujuan[0],
        "sasaran": dok.tujuan[0].sasaran[0],
        "indikator": dok.semua_indikator()[0],
    }[jenis]
    sebelum, id_sebelum = _json(store, did), _ids(store, did)
    with store.transaksi() as s:
        potret = edit.hapus(s, jenis, node.id)
    assert _json(store, did) != sebelum
    with store.transaksi() as s:
        assert edit.pulihkan(s, potret) == node.id
    assert _json(store, did) == sebelum
    assert _ids(store, did) == id_sebelum


def test_tambah_dan_pindah_antar_induk(store_contoh) -> None:
    store, ids = store_contoh
    did = ids["benjeng"]
    dok = muat_dokumen(store, did)
    sebelum = _json(store, did)
    with store.transaksi() as s:
        tid = edit.sisipkan(s, Tujuan(uraian="Baru"), "dokumen", did, 0)
        sid = edit.sisipkan(s, Sasaran(uraian="S"), "tujuan", tid, 0)
        iid = edit.sisipkan(s, Indikator(nama="I"), "sasaran", sid, 0)
    baru = muat_dokumen(store, did)
    assert [t.id for t in baru.tujuan][0] == tid
    assert baru.tujuan[0].sasaran[0].indikator[0].id == iid
    # move an existing indicator under the new tujuan itself (tujuan-level indicator)
    pertama = dok.semua_indikator()[0]
    with store.transaksi() as s:
        lama = edit.pindah(s, "indikator", pertama.id, "tujuan", tid, 0)
    baru = muat_dokumen(store, did)
    assert baru.tujuan[0].indikator[0].id == pertama.id
    with store.transaksi() as s:
        edit.pindah(s, "indikator", pertama.id, lama.parent_jenis, lama.parent_id, lama.posisi)
        edit.hapus(s, "tujuan", tid)
    assert _json(store, did) == sebelum


def test_pindah_ke_induk_salah_ditolak(store_contoh) -> None:
    store, ids = store_contoh
    did = ids["benjeng"]
    dok = muat_dokumen(store, did)
    sebelum = _json(store, did)
    s_id = dok.tujuan[0].sasaran[0].id
    with pytest.raises(IkuError, match="tidak dapat ditempatkan"), store.transaksi() as s:
        edit.pindah(s, "sasaran", s_id, "sasaran", s_id, 0)
    lain = muat_dokumen(store, ids["sumbersuko"]).tujuan[0].id
    with pytest.raises(IkuError, match="dokumen yang sama"), store.transaksi() as s:
        edit.pindah(s, "sasaran", s_id, "tujuan", lain, 0)
    assert _json(store, did) == sebelum


def test_ubah_field_dan_kembalikan(store_contoh) -> None:
    store, ids = store_contoh
    did = ids["sumber-harta"]
    sebelum = _json(store, did)
    dok = muat_dokumen(store, did)
    ind = dok.semua_indikator()[0]
    perubahan = [
        ("indikator", ind.id, "nama", "Nama baru"),
        ("indikator", ind.id, "rumus.penjelasan", "Penjelasan"),
        ("tujuan", dok.tujuan[0].id, "uraian", "Tujuan baru"),
        ("dokumen", did, "judul", ["SATU", "DUA"]),
        ("dokumen", did, "tabel.nomor_per", "indikator"),
        ("dokumen", did, "penandatangan", None),
        ("dokumen", did, "tabel.kolom", list(reversed(dok.tabel.kolom))),
        ("dokumen", did, "profil.kepala", []),
    ]
    lama = []
    for jenis, id_, field_, nilai in perubahan:
        with store.transaksi() as s:
            lama.append(edit.ubah_field(s, jenis, id_, field_, nilai))
        with store.baca() as s:
            assert edit.baca_field(s, jenis, id_, field_) == nilai or field_ == "tabel.kolom"
    assert _json(store, did) != sebelum
    for (jenis, id_, field_, _), nilai_lama in reversed(list(zip(perubahan, lama, strict=True))):
        with store.transaksi() as s:
            edit.ubah_field(s, jenis, id_, field_, nilai_lama)
    assert _json(store, did) == sebelum


def test_nilai_salah_ditolak_tanpa_perubahan(store_contoh) -> None:
    store, ids = store_contoh
    did = next(d for d in ids.values() if muat_dokumen(store, d).periode is not None)
    dok = muat_dokumen(store, did)
    ind = dok.semua_indikator()[0]
    assert dok.periode is not None
    with store.transaksi() as s:
        edit.set_nilai(s, ind.id, "target", dok.periode.mulai, Decimal("7"))
    sebelum = _json(store, did)
    luar = dok.periode.selesai + 1
    with pytest.raises(IkuError, match="di luar periode"), store.transaksi() as s:
        edit.set_nilai(s, ind.id, "target", luar, Decimal(1))
    with pytest.raises(IkuError, match="Polaritas"), store.transaksi() as s:
        edit.ubah_field(s, "indikator", ind.id, "polaritas", "naik")
    with pytest.raises(IkuError, match="tidak memuat tahun"), store.transaksi() as s:
        edit.ubah_field(s, "dokumen", did, "periode", Periode(2090, 2091))
    with pytest.raises(IkuError, match="sebelum tahun mulai"), store.transaksi() as s:
        edit.ubah_field(s, "dokumen", did, "periode", Periode(2030, 2020))
    assert _json(store, did) == sebelum


def test_set_nilai_dan_kembalikan(store_contoh) -> None:
    store, ids = store_contoh
    did = ids["sumber-harta"]
    dok = muat_dokumen(store, did)
    sebelum = _json(store, did)
    ind = dok.semua_indikator()[0]
    tahun = dok.tahun()[0]
    with store.transaksi() as s:
        lama = edit.set_nilai(s, ind.id, "target", tahun, Decimal("12.345"))
    assert muat_dokumen(store, did).semua_indikator()[0].target[tahun] == Decimal("12.345")
    with store.transaksi() as s:
        edit.set_nilai(s, ind.id, "target", tahun, lama)
    assert _json(store, did) == sebelum


def test_ubah_rumus_menjaga_nilai_dan_menolak_kode_berisi(store_contoh) -> None:
    store, ids = store_contoh
    did = ids["sumber-harta"]
    dok = muat_dokumen(store, did)
    ind = next(i for i in dok.semua_indikator() if i.pakai_rumus)
    assert dok.periode is not None
    with store.transaksi() as s:
        for n, k in enumerate(ind.rumus.komponen, start=1):
            edit.set_nilai_komponen(s, ind.id, k.kode, dok.periode.mulai, Decimal(n))
    ind = next(i for i in muat_dokumen(store, did).semua_indikator() if i.id == ind.id)
    sebelum, id_sebelum = _json(store, did), _ids(store, did)
    kode = [k.kode for k in ind.rumus.komponen]
    # same components plus a new one: existing values stay
    komponen = [Komponen(k.kode, k.uraian) for k in ind.rumus.komponen] + [Komponen("zz", "baru")]
    with store.transaksi() as s:
        lama = edit.ubah_rumus(s, ind.id, ind.rumus.ekspresi, komponen)
    baru = muat_dokumen(store, did)
    ind2 = next(i for i in baru.semua_indikator() if i.id == ind.id)
    assert ind2.nilai_komponen == ind.nilai_komponen
    assert [k.kode for k in ind2.rumus.komponen] == [*kode, "zz"]
    with store.transaksi() as s:
        edit.pulihkan_rumus(s, ind.id, lama)
    assert _json(store, did) == sebelum and _ids(store, did) == id_sebelum
    # dropping a code that still has values is refused unless confirmed
    with pytest.raises(IkuError, match="masih berisi nilai"), store.transaksi() as s:
        edit.ubah_rumus(s, ind.id, None, [])
    assert _json(store, did) == sebelum
    with store.transaksi() as s:
        edit.ubah_rumus(s, ind.id, None, [], hapus_nilai=True)
    ind3 = next(i for i in muat_dokumen(store, did).semua_indikator() if i.id == ind.id)
    assert ind3.nilai_komponen == {} and ind3.rumus.ekspresi is None
    with pytest.raises(IkuError), store.transaksi() as s:
        edit.ubah_rumus(s, ind.id, "A / B", [Komponen("A")])


def test_duplikat_indikator_di_bawahnya(store_contoh) -> None:
    store, ids = store_contoh
    did = ids["sumbersuko"]
    dok = muat_dokumen(store, did)
    ind = dok.semua_indikator()[0]
    with store.transaksi() as s:
        baru_id, tempat = edit.duplikat_indikator(s, ind.id)
    semua = muat_dokumen(store, did).semua_indikator()
    assert [i.id for i in semua[:2]] == [ind.id, baru_id]
    assert semua[1].target == ind.target and semua[1].nama.startswith(ind.nama)
    assert tempat.posisi == 1


def test_duplikat_dokumen_periode_baru(store_contoh) -> None:
    store, ids = store_contoh
    did = ids["sumbersuko"]
    asal = muat_dokumen(store, did)
    with store.transaksi() as s:
        baru_id = edit.duplikat_dokumen(s, did, asal.periode)
    baru = muat_dokumen(store, baru_id)
    assert baru_id != did
    assert [t.uraian for t in baru.tujuan] == [t.uraian for t in asal.tujuan]
    for a, b in zip(asal.semua_indikator(), baru.semua_indikator(), strict=True):
        assert (b.nama, b.rumus.ekspresi, b.target) == (a.nama, a.rumus.ekspresi, a.target)
        assert b.realisasi == {} and b.nilai_komponen == {}
    assert _json(store, did) == ke_json(asal)


@pytest.mark.parametrize(
    ("aksi", "potongan"),
    [
        (lambda s, d, i: edit.set_nilai(s, i.id, "target", 2022, Decimal("1e16")), "terlalu besar"),
        (
            lambda s, d, i: edit.ubah_field(s, "dokumen", d, "periode", Periode(2000, 2030)),
            "25 tahun",
        ),
        (lambda s, d, i: edit.ubah_field(s, "indikator", i.id, "nama", "a\x0bb"), "kontrol"),
        (lambda s, d, i: edit.ubah_field(s, "dokumen", d, "tabel.kolom", []), "satu kolom"),
        (
            lambda s, d, i: edit.ubah_field(
                s, "dokumen", d, "penandatangan", Penandatangan(nama="X", nip="123")
            ),
            "18 angka",
        ),
        (
            lambda s, d, i: edit.ubah_field(
                s, "dokumen", d, "penandatangan", Penandatangan(tanggal="2020-02-30")
            ),
            "2020-02-30",
        ),
        (
            lambda s, d, i: edit.ubah_rumus(s, i.id, None, [Komponen("tahun_lalu", "x")]),
            "nama fungsi",
        ),
        (
            lambda s, d, i: edit.ubah_rumus(s, i.id, None, [Komponen("Jumlah Desa", "x")]),
            "huruf kecil",
        ),
    ],
    ids=["angka", "periode", "kontrol", "kolom", "nip", "tanggal", "kode-fungsi", "kode-besar"],
)
def test_edit_tidak_menyimpan_yang_ditolak_pembaca_berkas(store_contoh, aksi, potongan) -> None:
    """Whatever the window can store, the program's own importer reads back (review finding)."""
    store, ids = store_contoh
    did = ids["sumber-harta"]
    ind = muat_dokumen(store, did).semua_indikator()[0]
    sebelum = _json(store, did)
    with pytest.raises(IkuError, match=potongan), store.transaksi() as s:
        aksi(s, did, ind)
    assert _json(store, did) == sebelum
