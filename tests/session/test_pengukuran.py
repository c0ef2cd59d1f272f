"""The values grid without Qt: rows, cells, typed entries and pasted blocks (real store)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ikudesk.domain.compute import BELUM_DIISI
from ikudesk.domain.model import Dokumen, Indikator, Komponen, Rumus, Sasaran, Triwulan, Tujuan
from ikudesk.errors import IkuError
from ikudesk.files.docfile import ke_json
from ikudesk.persistence.repo import SqlRepository, load_dokumen
from ikudesk.session import pengukuran as pg
from ikudesk.session.document import DocumentSession
from ikudesk.session.operations import Compound, SetNilai


@pytest.fixture
def sesi(store_contoh) -> DocumentSession:  # noqa: ANN001
    store, ids = store_contoh
    return DocumentSession.open(SqlRepository(store), ids["sumber-harta"])


def _baris_ind(rows: list[pg.BarisGrid], nomor: int) -> int:
    return next(i for i, b in enumerate(rows) if b.jenis == "indikator" and b.nomor == nomor)


def test_baris_dikelompokkan_per_sasaran_dengan_komponen(sesi: DocumentSession) -> None:
    rows = pg.susun_baris(sesi.dokumen)
    jenis = [b.jenis for b in rows]
    assert jenis[:8] == [
        "kelompok",
        "indikator",
        "kelompok",
        "indikator",
        "kelompok",
        "indikator",
        "komponen",
        "komponen",
    ]
    assert rows[0].teks.startswith("Tujuan: ")
    assert rows[2].teks == sesi.dokumen.tujuan[0].sasaran[0].uraian
    assert [b.kode for b in rows[5:8]] == [None, "ditindaklanjuti", "difasilitasi"]
    assert len([b for b in rows if b.jenis == "indikator"]) == len(sesi.dokumen.semua_indikator())


def test_sel_dihitung_tidak_dapat_diisi(sesi: DocumentSession) -> None:
    rows = pg.susun_baris(sesi.dokumen)
    t = pg.Tampilan(2023)
    r = _baris_ind(rows, 3)  # a formula indicator
    ind = sesi.indikator(rows[r].indikator_id)
    assert pg.sel(sesi.dokumen, ind, rows[r], pg.K_TARGET, t).dapat_diisi
    assert not pg.sel(sesi.dokumen, ind, rows[r], pg.K_INPUT, t).dapat_diisi
    for k in (pg.K_SD, pg.K_CAPAIAN, pg.K_KATEGORI, pg.K_KET):
        c = pg.sel(sesi.dokumen, ind, rows[r], k, t)
        assert not c.dapat_diisi and c.dihitung
    assert pg.sel(sesi.dokumen, ind, rows[r + 1], pg.K_INPUT, t).dapat_diisi
    with pytest.raises(IkuError, match="Baris 6 .*kolom Isian 2023"):
        pg.isi_sel(sesi, rows, r, pg.K_INPUT, t, "80")


def test_isian_menjadi_operasi_dan_capaian_dihitung(sesi: DocumentSession) -> None:
    rows = pg.susun_baris(sesi.dokumen)
    t = pg.Tampilan(2023)
    r = _baris_ind(rows, 3)
    iid = rows[r].indikator_id
    for k, teks in ((pg.K_TARGET, "80"),):
        sesi.apply(pg.isi_sel(sesi, rows, r, k, t, teks))
    sesi.apply(pg.isi_sel(sesi, rows, r + 1, pg.K_INPUT, t, "37"))
    sesi.apply(pg.isi_sel(sesi, rows, r + 2, pg.K_INPUT, t, "40"))
    ind = sesi.indikator(iid)
    assert ind.nilai_komponen[2023] == {"ditindaklanjuti": Decimal(37), "difasilitasi": Decimal(40)}
    cap = pg.sel(sesi.dokumen, ind, rows[r], pg.K_CAPAIAN, t)
    assert pg.teks_sel(cap) == "115,63"  # 92,5 / 80 × 100
    kat = pg.sel(sesi.dokumen, ind, rows[r], pg.K_KATEGORI, t, lambda c: f"kat {c}")
    assert kat.teks == "kat 115.63"


def test_tempel_satu_operasi_dan_angka_indonesia(sesi: DocumentSession) -> None:
    rows = pg.susun_baris(sesi.dokumen)
    t = pg.Tampilan(2022)
    r = _baris_ind(rows, 3)
    # target and (computed) isian of the indicator, then its two components' isian
    blok = "90\t\n\t37\n\t1.250\n"
    op = pg.tempel(sesi, rows, r, pg.K_TARGET, t, blok)
    assert isinstance(op, Compound) and len(op.parts) == 3
    # an indicator's own value and component values
    assert all(isinstance(p, SetNilai) for p in op.parts)
    assert {p.key.komponen is None for p in op.parts} == {True, False}  # type: ignore[attr-defined]
    inverse = sesi.apply(op)
    ind = sesi.indikator(rows[r].indikator_id)
    assert ind.target[2022] == Decimal(90)
    assert ind.nilai_komponen[2022]["difasilitasi"] == Decimal(1250)
    sesi.apply(inverse)  # one step back
    assert 2022 not in ind.target and 2022 not in ind.nilai_komponen


def test_tempel_ditolak_seluruhnya_dengan_baris_dan_kolom(store_contoh, sesi) -> None:  # noqa: ANN001
    store, ids = store_contoh
    sebelum = ke_json(load_dokumen(store, ids["sumber-harta"]))
    rows = pg.susun_baris(sesi.dokumen)
    t = pg.Tampilan(2022)
    r = _baris_ind(rows, 3)
    with pytest.raises(IkuError) as e:
        pg.tempel(sesi, rows, r, pg.K_INPUT, t, "\n37\nabc\n")
    assert "Baris 8" in e.value.pesan and "kolom Isian 2022" in e.value.pesan
    assert "'abc' bukan angka" in e.value.pesan
    # a value pasted onto a computed cell is refused too, naming it
    with pytest.raises(IkuError, match=r"Baris 6 .*kolom Realisasi 2022.*tidak dapat diisi"):
        pg.tempel(sesi, rows, r, pg.K_SD, t, "55")
    # an ambiguous dot-number is refused, never read as thousands silently wrong
    with pytest.raises(IkuError, match="tulis desimal dengan koma"):
        pg.tempel(sesi, rows, r + 1, pg.K_INPUT, t, "1234.567")
    with pytest.raises(IkuError, match="melewati tepi tabel"):
        pg.tempel(sesi, rows, len(rows) - 1, pg.K_KET, t, "\t2")
    assert ke_json(load_dokumen(store, ids["sumber-harta"])) == sebelum


def test_tempel_tabel_salinan_melewati_sel_yang_sama(sesi: DocumentSession) -> None:
    """A copied table pasted back: names and computed cells equal to the grid pass."""
    rows = pg.susun_baris(sesi.dokumen)
    t = pg.Tampilan(2022)
    r = _baris_ind(rows, 1)
    ind = sesi.indikator(rows[r].indikator_id)
    nama = ind.nama
    op = pg.tempel(sesi, rows, r, pg.K_NAMA, t, f"{nama}\tIndeks\t80\t78,5\t-\t-\n")
    assert isinstance(op, Compound) and len(op.parts) == 2


def test_hapus_sel_mengosongkan_yang_dapat_diisi(sesi: DocumentSession) -> None:
    rows = pg.susun_baris(sesi.dokumen)
    t = pg.Tampilan(2022)
    r = _baris_ind(rows, 1)
    sesi.apply(pg.tempel(sesi, rows, r, pg.K_TARGET, t, "80\t78"))
    op = pg.hapus_sel(sesi, rows, [(r, k) for k in range(len(pg.KOLOM))], t)
    assert isinstance(op, Compound) and len(op.parts) == 2
    sesi.apply(op)
    ind = sesi.indikator(rows[r].indikator_id)
    assert 2022 not in ind.target and 2022 not in ind.realisasi


def _dok_triwulan() -> Dokumen:
    """In memory: a count (akumulasi) and a formula indicator with quarterly values."""
    hitung = Indikator(
        nama="Jumlah kegiatan",
        id=1,
        agregasi="akumulasi",
        target={2023: Decimal(10)},
        triwulan={
            2023: Triwulan(
                target={1: Decimal(2), 3: Decimal(7)}, realisasi={1: Decimal(3), 3: Decimal(4)}
            )
        },
    )
    rumus = Indikator(
        nama="Persentase ditindaklanjuti",
        id=2,
        agregasi="akumulasi",
        rumus=Rumus("a / b * 100", [Komponen("a", "Ditindaklanjuti"), Komponen("b", "Masuk")]),
        target={2023: Decimal(90)},
        triwulan={
            2023: Triwulan(
                target={4: Decimal(90)},
                nilai_komponen={
                    1: {"a": Decimal(3), "b": Decimal(4)},
                    3: {"b": Decimal(5)},
                    4: {"a": Decimal(2), "b": Decimal(2)},
                },
            )
        },
    )
    return Dokumen(tujuan=[Tujuan("T", sasaran=[Sasaran("S", [hitung, rumus], id=1)], id=1)], id=1)


def test_sel_triwulan_dari_dokumen() -> None:
    dok = _dok_triwulan()
    rows = pg.susun_baris(dok)
    hitung, rumus = dok.semua_indikator()
    r_h = _baris_ind(rows, 1)
    r_r = _baris_ind(rows, 2)
    t3 = pg.Tampilan(2023, 3)
    assert pg.teks_sel(pg.sel(dok, hitung, rows[r_h], pg.K_TARGET, t3)) == "7"
    assert pg.teks_sel(pg.sel(dok, hitung, rows[r_h], pg.K_INPUT, t3)) == "4"
    assert pg.teks_sel(pg.sel(dok, hitung, rows[r_h], pg.K_SD, t3)) == "7"
    assert pg.teks_sel(pg.sel(dok, hitung, rows[r_h], pg.K_CAPAIAN, t3)) == "100,00"
    # quarter 2: empty, no target → no capaian, the reason shown
    t2 = pg.Tampilan(2023, 2)
    cap = pg.sel(dok, hitung, rows[r_h], pg.K_CAPAIAN, t2)
    assert cap.hasil is not None and cap.hasil.status == BELUM_DIISI
    assert "Target triwulan II 2023" in pg.sel(dok, hitung, rows[r_h], pg.K_KET, t2).teks
    # the formula's quarter 3 lacks a component: "belum lengkap", s.d. carries quarter 1
    ket = pg.sel(dok, rumus, rows[r_r], pg.K_KET, t3).teks
    assert "belum lengkap" in ket and "Ditindaklanjuti" in ket
    assert pg.teks_sel(pg.sel(dok, rumus, rows[r_r], pg.K_SD, t3)) == "75"
    t4 = pg.Tampilan(2023, 4)
    assert pg.teks_sel(pg.sel(dok, rumus, rows[r_r], pg.K_SD, t4)) == "83,33"
    # whole year: the realisasi comes from the quarters, so the year's input is locked
    th = pg.Tampilan(2023)
    c = pg.sel(dok, hitung, rows[r_h], pg.K_INPUT, th)
    assert not c.dapat_diisi and "per triwulan" in c.alasan_kunci
    assert pg.teks_sel(pg.sel(dok, hitung, rows[r_h], pg.K_SD, th)) == "7"
    komp = pg.sel(dok, rumus, rows[r_r + 1], pg.K_INPUT, th)
    assert not komp.dapat_diisi


def test_judul_kolom_triwulan() -> None:
    assert pg.judul_kolom(pg.Tampilan(2023, 2))[3:7] == [
        "Target s.d. TW II",
        "Isian TW II",
        "Realisasi s.d. TW II",
        "Capaian s.d. TW II (%)",
    ]
    assert pg.urai_tempel("1\t2\r\n3\t4\r\n") == [["1", "2"], ["3", "4"]]


def test_capaian_tepat_dua_desimal() -> None:
    from ikudesk.l10n import format_capaian

    assert format_capaian(Decimal(100)) == "100,00"
    assert format_capaian(Decimal("87.5")) == "87,50"
    assert format_capaian(Decimal("2.665")) == "2,67"  # half away from zero
    assert format_capaian(Decimal("-12.345")) == "-12,35"
    assert format_capaian(Decimal("1250")) == "1.250,00"
    assert format_capaian(None) == "-"
    c = pg.Sel(hasil=pg.Hasil(Decimal(60)), dihitung=True, persen=True)
    assert pg.teks_sel(c) == "60,00"


def test_angka_ragu_ditolak_dengan_alasan(sesi: DocumentSession) -> None:
    """An ambiguous '84.125' is never read as 84125 silently: refused, both readings named."""
    rows = pg.susun_baris(sesi.dokumen)
    t = pg.Tampilan(2022)
    r = _baris_ind(rows, 1)
    with pytest.raises(IkuError) as e:
        pg.isi_sel(sesi, rows, r, pg.K_INPUT, t, "84.125")
    assert f"Baris {r + 1}" in e.value.pesan and "kolom Isian 2022" in e.value.pesan
    assert "dua cara" in e.value.pesan and "84125" in e.value.pesan and "84,125" in e.value.pesan
    with pytest.raises(IkuError, match="dua cara"):
        pg.tempel(sesi, rows, r, pg.K_TARGET, t, "90\t84.125")
    ind = sesi.indikator(rows[r].indikator_id)
    assert 2022 not in ind.target and 2022 not in ind.realisasi  # the whole block refused
    sesi.apply(pg.tempel(sesi, rows, r, pg.K_TARGET, t, "1.250\t84,125"))
    assert ind.target[2022] == Decimal(1250) and ind.realisasi[2022] == Decimal("84.125")
