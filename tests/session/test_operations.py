"""Typed operations on a real store: each is undone exactly by the inverse it returns, and the
session's tree always equals what the store holds."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from ikudesk.domain.fields import Field
from ikudesk.domain.keys import NilaiKey
from ikudesk.domain.model import Indikator, Komponen, Penandatangan, Periode, Sasaran, Tujuan
from ikudesk.domain.new_document import salinan_periode_baru
from ikudesk.errors import IkuError
from ikudesk.files.docfile import ke_json
from ikudesk.persistence.repo import SqlRepository, load_dokumen, save_new_dokumen
from ikudesk.session.document import DocumentSession
from ikudesk.session.operations import (
    InsertNode,
    MoveNode,
    Operation,
    RemoveNode,
    SetField,
    SetNilai,
    SetRumus,
)


def _json(store, did: int) -> str:
    return ke_json(load_dokumen(store, did))


def _ids(dok) -> list[tuple]:
    """Every node with its id in document order (ke_json does not show ids)."""
    hasil = []
    for t in dok.tujuan:
        hasil.append(("t", t.id))
        hasil += [("i", i.id, [k.id for k in i.rumus.komponen]) for i in t.indikator]
        for s in t.sasaran:
            hasil.append(("s", s.id))
            hasil += [("i", i.id, [k.id for k in i.rumus.komponen]) for i in s.indikator]
    return hasil


def _sesi(store, did: int) -> DocumentSession:
    return DocumentSession.open(SqlRepository(store), did)


def _sama(store, sesi: DocumentSession) -> None:
    """The tree in memory is what the store holds, ids included."""
    dari_store = load_dokumen(store, sesi.dokumen_id)
    assert ke_json(sesi.dokumen) == ke_json(dari_store)
    assert _ids(sesi.dokumen) == _ids(dari_store)


@pytest.mark.parametrize("jenis", ["tujuan", "sasaran", "indikator"])
def test_hapus_lalu_pulihkan_sama_persis(store_contoh, jenis: str) -> None:
    store, ids = store_contoh
    did = ids["sumbersuko"]
    sesi = _sesi(store, did)
    dok = sesi.dokumen
    node = {
        "tujuan": dok.tujuan[0],
        "sasaran": dok.tujuan[0].sasaran[0],
        "indikator": dok.semua_indikator()[0],
    }[jenis]
    sebelum, id_sebelum = _json(store, did), _ids(load_dokumen(store, did))
    balik = sesi.apply(RemoveNode((jenis, node.id)))
    assert _json(store, did) != sebelum
    _sama(store, sesi)
    sesi.apply(balik)
    assert _json(store, did) == sebelum
    assert _ids(load_dokumen(store, did)) == id_sebelum
    _sama(store, sesi)


def test_tambah_dan_pindah_antar_induk(store_contoh) -> None:
    store, ids = store_contoh
    did = ids["benjeng"]
    sesi = _sesi(store, did)
    sebelum = _json(store, did)
    op_t = InsertNode(("dokumen", did), 0, Tujuan(uraian="Baru"))
    balik_t = sesi.apply(op_t)
    tid = op_t.node.id
    op_s = InsertNode(("tujuan", tid), 0, Sasaran(uraian="S"))
    sesi.apply(op_s)
    op_i = InsertNode(("sasaran", op_s.node.id), 0, Indikator(nama="I"))
    sesi.apply(op_i)
    baru = load_dokumen(store, did)
    assert baru.tujuan[0].id == tid
    assert baru.tujuan[0].sasaran[0].indikator[0].id == op_i.node.id
    _sama(store, sesi)
    # move an existing indicator under the new tujuan itself (tujuan-level indicator)
    pertama = [i for i in sesi.dokumen.semua_indikator() if i.id != op_i.node.id][0]
    balik = sesi.apply(MoveNode(("indikator", pertama.id), ("tujuan", tid), 0))
    assert load_dokumen(store, did).tujuan[0].indikator[0].id == pertama.id
    _sama(store, sesi)
    sesi.apply(balik)
    sesi.apply(balik_t)
    assert _json(store, did) == sebelum
    _sama(store, sesi)


def test_pindah_ke_induk_salah_ditolak(store_contoh) -> None:
    store, ids = store_contoh
    did = ids["benjeng"]
    sesi = _sesi(store, did)
    sebelum = _json(store, did)
    s_id = sesi.dokumen.tujuan[0].sasaran[0].id
    with pytest.raises(IkuError, match="tidak dapat ditempatkan"):
        sesi.apply(MoveNode(("sasaran", s_id), ("sasaran", s_id), 0))
    lain = load_dokumen(store, ids["sumbersuko"]).tujuan[0].id
    with pytest.raises(IkuError, match="dokumen yang sama"):
        sesi.apply(MoveNode(("sasaran", s_id), ("tujuan", lain), 0))
    t_id = sesi.dokumen.tujuan[0].id
    with pytest.raises(IkuError, match="tidak dapat ditempatkan"):
        sesi.apply(MoveNode(("tujuan", t_id), ("sasaran", s_id), 0))
    assert _json(store, did) == sebelum
    _sama(store, sesi)


def test_ubah_field_dan_kembalikan(store_contoh) -> None:
    store, ids = store_contoh
    did = ids["sumber-harta"]
    sebelum = _json(store, did)
    sesi = _sesi(store, did)
    dok = sesi.dokumen
    ind = dok.semua_indikator()[0]
    perubahan = [
        (ind.id, Field.INDIKATOR_NAMA, "Nama baru"),
        (ind.id, Field.INDIKATOR_PENJELASAN, "Penjelasan"),
        (dok.tujuan[0].id, Field.TUJUAN_URAIAN, "Tujuan baru"),
        (did, Field.DOKUMEN_JUDUL, ["SATU", "DUA"]),
        (did, Field.DOKUMEN_NOMOR_PER, "indikator"),
        (did, Field.DOKUMEN_PENANDATANGAN, None),
        (did, Field.DOKUMEN_KOLOM, list(reversed(dok.tabel.kolom))),
        (did, Field.DOKUMEN_KEPALA, []),
    ]
    balik: list[Operation] = []
    for id_, field, nilai in perubahan:
        balik.append(sesi.apply(SetField(id_, field, nilai)))
        assert (
            field.get(
                load_dokumen(store, did)
                if field.kind == "dokumen"
                else sesi.node((field.kind, id_))
            )
            == nilai
            or field is Field.DOKUMEN_KOLOM
        )
        _sama(store, sesi)
    assert _json(store, did) != sebelum
    for op in reversed(balik):
        sesi.apply(op)
    assert _json(store, did) == sebelum
    _sama(store, sesi)


def test_nilai_salah_ditolak_tanpa_perubahan(store_contoh) -> None:
    store, ids = store_contoh
    did = next(d for d in ids.values() if load_dokumen(store, d).periode is not None)
    sesi = _sesi(store, did)
    dok = sesi.dokumen
    ind = dok.semua_indikator()[0]
    assert dok.periode is not None
    sesi.apply(SetNilai(NilaiKey.target(ind.id, dok.periode.mulai), Decimal("7")))
    sebelum = _json(store, did)
    luar = dok.periode.selesai + 1
    with pytest.raises(IkuError, match="di luar periode"):
        sesi.apply(SetNilai(NilaiKey.target(ind.id, luar), Decimal(1)))
    with pytest.raises(IkuError, match="Polaritas"):
        sesi.apply(SetField(ind.id, Field.INDIKATOR_POLARITAS, "naik"))
    with pytest.raises(IkuError, match="tidak memuat tahun"):
        sesi.apply(SetField(did, Field.DOKUMEN_PERIODE, Periode(2090, 2091)))
    with pytest.raises(IkuError, match="sebelum tahun mulai"):
        sesi.apply(SetField(did, Field.DOKUMEN_PERIODE, Periode(2030, 2020)))
    assert _json(store, did) == sebelum
    _sama(store, sesi)


def test_set_nilai_dan_kembalikan(store_contoh) -> None:
    store, ids = store_contoh
    did = ids["sumber-harta"]
    sesi = _sesi(store, did)
    sebelum = _json(store, did)
    ind = sesi.dokumen.semua_indikator()[0]
    tahun = sesi.dokumen.tahun()[0]
    balik = sesi.apply(SetNilai(NilaiKey.target(ind.id, tahun), Decimal("12.345")))
    assert load_dokumen(store, did).semua_indikator()[0].target[tahun] == Decimal("12.345")
    _sama(store, sesi)
    sesi.apply(balik)
    assert _json(store, did) == sebelum
    _sama(store, sesi)


def test_ubah_rumus_menjaga_nilai_dan_menolak_kode_berisi(store_contoh) -> None:
    store, ids = store_contoh
    did = ids["sumber-harta"]
    sesi = _sesi(store, did)
    ind = next(i for i in sesi.dokumen.semua_indikator() if i.pakai_rumus)
    mulai = sesi.dokumen.periode.mulai
    for n, k in enumerate(ind.rumus.komponen, start=1):
        sesi.apply(SetNilai(NilaiKey.nilai_komponen(ind.id, k.kode, mulai), Decimal(n)))
    sebelum, id_sebelum = _json(store, did), _ids(load_dokumen(store, did))
    nilai_lama = dict(ind.nilai_komponen)
    kode = [k.kode for k in ind.rumus.komponen]
    # same components plus a new one: existing values stay
    komponen = [Komponen(k.kode, k.uraian) for k in ind.rumus.komponen] + [Komponen("zz", "baru")]
    balik = sesi.apply(SetRumus(ind.id, ind.rumus.ekspresi, komponen))
    ind2 = next(i for i in load_dokumen(store, did).semua_indikator() if i.id == ind.id)
    assert ind2.nilai_komponen == nilai_lama
    assert [k.kode for k in ind2.rumus.komponen] == [*kode, "zz"]
    _sama(store, sesi)
    sesi.apply(balik)
    assert _json(store, did) == sebelum and _ids(load_dokumen(store, did)) == id_sebelum
    _sama(store, sesi)
    # dropping a code that still has values is refused unless confirmed
    with pytest.raises(IkuError, match="masih berisi nilai"):
        sesi.apply(SetRumus(ind.id, None, []))
    assert _json(store, did) == sebelum
    sesi.apply(SetRumus(ind.id, None, [], hapus_nilai=True))
    ind3 = next(i for i in load_dokumen(store, did).semua_indikator() if i.id == ind.id)
    assert ind3.nilai_komponen == {} and ind3.rumus.ekspresi is None
    _sama(store, sesi)
    with pytest.raises(IkuError):
        sesi.apply(SetRumus(ind.id, "A / B", [Komponen("A")]))


def test_duplikat_dokumen_periode_baru(store_contoh) -> None:
    store, ids = store_contoh
    did = ids["sumbersuko"]
    asal = load_dokumen(store, did)
    baru_id = save_new_dokumen(store, salinan_periode_baru(asal, asal.periode))
    baru = load_dokumen(store, baru_id)
    assert baru_id != did
    assert [t.uraian for t in baru.tujuan] == [t.uraian for t in asal.tujuan]
    for a, b in zip(asal.semua_indikator(), baru.semua_indikator(), strict=True):
        assert (b.nama, b.rumus.ekspresi, b.target) == (a.nama, a.rumus.ekspresi, a.target)
        assert b.realisasi == {} and b.nilai_komponen == {}
    assert _json(store, did) == ke_json(asal)


@pytest.mark.parametrize(
    ("buat", "potongan"),
    [
        (lambda d, i: SetNilai(NilaiKey.target(i.id, 2022), Decimal("1e16")), "terlalu besar"),
        (lambda d, i: SetField(d, Field.DOKUMEN_PERIODE, Periode(2000, 2030)), "25 tahun"),
        (lambda d, i: SetField(i.id, Field.INDIKATOR_NAMA, "a\x0bb"), "kontrol"),
        (lambda d, i: SetField(d, Field.DOKUMEN_KOLOM, []), "satu kolom"),
        (
            lambda d, i: SetField(
                d, Field.DOKUMEN_PENANDATANGAN, Penandatangan(nama="X", nip="123")
            ),
            "18 angka",
        ),
        (
            lambda d, i: SetField(
                d, Field.DOKUMEN_PENANDATANGAN, Penandatangan(tanggal="2020-02-30")
            ),
            "2020-02-30",
        ),
        (lambda d, i: SetRumus(i.id, None, [Komponen("tahun_lalu", "x")]), "nama fungsi"),
        (lambda d, i: SetRumus(i.id, None, [Komponen("Jumlah Desa", "x")]), "huruf kecil"),
    ],
    ids=["angka", "periode", "kontrol", "kolom", "nip", "tanggal", "kode-fungsi", "kode-besar"],
)
def test_operasi_tidak_menyimpan_yang_ditolak_pembaca_berkas(store_contoh, buat, potongan) -> None:
    """Whatever the window can store, the program's own importer reads back (review finding)."""
    store, ids = store_contoh
    did = ids["sumber-harta"]
    sesi = _sesi(store, did)
    ind = sesi.dokumen.semua_indikator()[0]
    sebelum = _json(store, did)
    with pytest.raises(IkuError, match=potongan):
        sesi.apply(buat(did, ind))
    assert _json(store, did) == sebelum
    _sama(store, sesi)


def test_sisip_indikator_dengan_kode_yang_sudah_dipakai_ditolak(store_contoh) -> None:
    """A kode names one indicator: inserting a second with it is refused, nothing stored."""
    store, ids = store_contoh
    did = ids["sumber-harta-2023"]
    sesi = _sesi(store, did)
    ada = next(i for i in sesi.dokumen.semua_indikator() if i.kode)
    induk = sesi.parent_of(("indikator", ada.id))
    sebelum = _json(store, did)
    with pytest.raises(IkuError, match="sudah dipakai"):
        sesi.apply(InsertNode(induk, 0, Indikator(nama="Baru", kode=ada.kode)))
    with pytest.raises(IkuError, match="kontrol"):
        sesi.apply(InsertNode(induk, 0, Indikator(nama="a\x0bb")))
    assert _json(store, did) == sebelum
    _sama(store, sesi)


def test_gabungan_nilai_satu_langkah_dan_ganda_ditolak(store_contoh) -> None:
    """A block of values is one batch and one inverse; the same cell twice is refused whole."""
    from ikudesk.session.operations import Compound

    store, ids = store_contoh
    did = ids["sumber-harta-2023"]
    sesi = _sesi(store, did)
    sebelum = _json(store, did)
    tanpa_rumus = [i for i in sesi.dokumen.semua_indikator() if not i.pakai_rumus]
    bagian: list[Operation] = [
        SetNilai(NilaiKey.target(i.id, 2024, k), Decimal(k * 10 + n))
        for n, i in enumerate(tanpa_rumus)
        for k in (1, 2, 3, 4)
    ]
    balik = sesi.apply(Compound(bagian, "Tempel"))
    _sama(store, sesi)
    for n, i in enumerate(tanpa_rumus):
        assert sesi.indikator(i.id).triwulan[2024].target == {
            k: Decimal(k * 10 + n) for k in (1, 2, 3, 4)
        }
    sesi.apply(balik)
    assert _json(store, did) == sebelum
    ganda = [SetNilai(NilaiKey.target(tanpa_rumus[0].id, 2024), Decimal(1))] * 2
    with pytest.raises(IkuError, match="dua kali"):
        sesi.apply(Compound(ganda, "Tempel"))
    assert _json(store, did) == sebelum
    _sama(store, sesi)


def test_periode_baru_harus_memuat_tahun_v2(store_contoh) -> None:
    """Review finding: a period that drops a year still holding a PK, quarters, an analysis or a
    yearly signer was accepted, and then the export would not import nor the backup restore."""
    from ikudesk.domain.model import Dokumen, LaporanTahunan, PerjanjianKinerja, Triwulan

    store, _ = store_contoh
    for isi in ("pk", "laporan", "triwulan", "analisis"):
        dok = Dokumen(periode=Periode(2021, 2026))
        ind = Indikator(nama="I")
        dok.tujuan = [Tujuan(uraian="T", indikator=[ind])]
        if isi == "pk":
            dok.perjanjian_kinerja = [PerjanjianKinerja(tahun=2021)]
        elif isi == "laporan":
            dok.laporan_tahunan = [LaporanTahunan(tahun=2021)]
        elif isi == "triwulan":
            ind.triwulan = {2021: Triwulan(target={1: Decimal(1)})}
        else:
            ind.analisis = {2021: "baik"}
        did = save_new_dokumen(store, dok)
        sesi = _sesi(store, did)
        sebelum = _json(store, did)
        with pytest.raises(IkuError, match="tidak memuat tahun 2021"):
            sesi.apply(SetField(did, Field.DOKUMEN_PERIODE, Periode(2022, 2026)))
        assert _json(store, did) == sebelum


def test_urungkan_rumus_mengembalikan_nilai_komponen_triwulan(store_contoh) -> None:
    """Review finding: undoing a formula change lost quarterly component values of a year
    that held nothing else."""
    store, ids = store_contoh
    did = ids["sumber-harta-2023"]
    sesi = _sesi(store, did)
    ind = next(i for i in sesi.dokumen.semua_indikator() if len(i.rumus.komponen) >= 2)
    buang = ind.rumus.komponen[-1].kode
    sesi.apply(SetNilai(NilaiKey.nilai_komponen(ind.id, buang, 2025, 2), Decimal(3)))
    sebelum = _json(store, did)
    sisa = [Komponen(k.kode, k.uraian) for k in ind.rumus.komponen if k.kode != buang]
    ekspresi = " + ".join(k.kode for k in sisa)
    balik = sesi.apply(SetRumus(ind.id, ekspresi, sisa, hapus_nilai=True))
    assert 2025 not in sesi.indikator(ind.id).triwulan
    sesi.apply(balik)
    assert sesi.indikator(ind.id).triwulan[2025].nilai_komponen == {2: {buang: Decimal(3)}}
    assert _json(store, did) == sebelum
    _sama(store, sesi)


def test_gabungan_diperiksa_bersama(store_contoh) -> None:
    """Review finding: a block holding a yearly and a quarterly realisasi of one year passed
    part by part, and the reader then refused the document."""
    from ikudesk.session.operations import Compound

    store, ids = store_contoh
    did = ids["sumber-harta"]
    sesi = _sesi(store, did)
    ind = next(i for i in sesi.dokumen.semua_indikator() if not i.pakai_rumus)
    sebelum = _json(store, did)
    blok: list[Operation] = [
        SetNilai(NilaiKey.realisasi(ind.id, 2023), Decimal(5)),
        SetNilai(NilaiKey.realisasi(ind.id, 2023, 1), Decimal(5)),
    ]
    with pytest.raises(IkuError, match="dua kali"):
        sesi.apply(Compound(blok, "Tempel"))
    assert _json(store, did) == sebelum
    _sama(store, sesi)


def test_gabungan_tidak_memuat_rumus(store_contoh) -> None:
    """A formula that drops a component beside a value of that component in one block passed
    the check part by part (each against the old components) and failed in the write with a
    bare KeyError; a formula is never part of a block."""
    from ikudesk.session.operations import Compound

    store, ids = store_contoh
    did = ids["sumber-harta-2023"]
    sesi = _sesi(store, did)
    ind = next(i for i in sesi.dokumen.semua_indikator() if len(i.rumus.komponen) >= 2)
    buang = ind.rumus.komponen[-1].kode
    sisa = [Komponen(k.kode, k.uraian) for k in ind.rumus.komponen if k.kode != buang]
    sebelum = _json(store, did)
    blok: list[Operation] = [
        SetRumus(ind.id, " + ".join(k.kode for k in sisa), sisa, hapus_nilai=True),
        SetNilai(NilaiKey.nilai_komponen(ind.id, buang, 2025, 2), Decimal(3)),
    ]
    with pytest.raises(IkuError, match="hanya untuk isian dan nilai"):
        sesi.apply(Compound(blok, "Tempel"))
    assert _json(store, did) == sebelum
    _sama(store, sesi)


def test_pernyataan_dan_penandatangan_kosong_sama_dengan_tidak_ada(store_contoh) -> None:
    """Review finding: an emptied PK statement or an all-empty yearly signer did not survive the
    document file (absent = empty there); they are stored as 'none' from the start."""
    from ikudesk.domain.model import LaporanTahunan
    from ikudesk.files.docfile import baca_dokumen
    from ikudesk.session.operations import SetLaporanTahunan, SetPerjanjianKinerja

    store, ids = store_contoh
    did = ids["sumber-harta-2023"]
    sesi = _sesi(store, did)
    pk = sesi.dokumen.pk(2023)
    assert pk is not None
    kosong = copy.deepcopy(pk)
    kosong.pernyataan = ["", "  "]
    sesi.apply(SetPerjanjianKinerja(pk.tahun, pk.perubahan, kosong))
    sesi.apply(SetLaporanTahunan(2024, LaporanTahunan(2024, Penandatangan())))
    _sama(store, sesi)
    dari_berkas = baca_dokumen(ke_json(load_dokumen(store, did)))
    assert dari_berkas.pk(2023).pernyataan is None
    assert sesi.dokumen.pk(2023).pernyataan is None
    assert dari_berkas.laporan(2024) == sesi.dokumen.laporan(2024)
    assert sesi.dokumen.laporan(2024).penandatangan is None
