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


def _baris_ind(rows: list[pg.GridRow], nomor: int) -> int:
    return next(i for i, b in enumerate(rows) if b.kind == "indikator" and b.number == nomor)


def test_baris_dikelompokkan_per_sasaran_dengan_komponen(sesi: DocumentSession) -> None:
    rows = pg.build_rows(sesi.dokumen)
    jenis = [b.kind for b in rows]
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
    assert rows[0].text.startswith("Tujuan: ")
    assert rows[2].text == sesi.dokumen.tujuan[0].sasaran[0].uraian
    assert [b.kode for b in rows[5:8]] == [None, "ditindaklanjuti", "difasilitasi"]
    assert len([b for b in rows if b.kind == "indikator"]) == len(sesi.dokumen.semua_indikator())


def test_sel_dihitung_tidak_dapat_diisi(sesi: DocumentSession) -> None:
    rows = pg.build_rows(sesi.dokumen)
    t = pg.GridScope(2023)
    r = _baris_ind(rows, 3)  # a formula indicator
    ind = sesi.indikator(rows[r].indikator_id)
    assert pg.cell(sesi.dokumen, ind, rows[r], pg.COL_TARGET, t).editable
    assert not pg.cell(sesi.dokumen, ind, rows[r], pg.COL_INPUT, t).editable
    for k in (pg.COL_SD, pg.COL_CAPAIAN, pg.COL_KATEGORI, pg.COL_KET):
        c = pg.cell(sesi.dokumen, ind, rows[r], k, t)
        assert not c.editable and c.computed
    assert pg.cell(sesi.dokumen, ind, rows[r + 1], pg.COL_INPUT, t).editable
    with pytest.raises(IkuError, match="Baris 6 .*kolom Isian 2023"):
        pg.enter_cell(sesi, rows, r, pg.COL_INPUT, t, "80")


def test_isian_menjadi_operasi_dan_capaian_dihitung(sesi: DocumentSession) -> None:
    rows = pg.build_rows(sesi.dokumen)
    t = pg.GridScope(2023)
    r = _baris_ind(rows, 3)
    iid = rows[r].indikator_id
    for k, teks in ((pg.COL_TARGET, "80"),):
        sesi.apply(pg.enter_cell(sesi, rows, r, k, t, teks))
    sesi.apply(pg.enter_cell(sesi, rows, r + 1, pg.COL_INPUT, t, "37"))
    sesi.apply(pg.enter_cell(sesi, rows, r + 2, pg.COL_INPUT, t, "40"))
    ind = sesi.indikator(iid)
    assert ind.nilai_komponen[2023] == {"ditindaklanjuti": Decimal(37), "difasilitasi": Decimal(40)}
    cap = pg.cell(sesi.dokumen, ind, rows[r], pg.COL_CAPAIAN, t)
    assert pg.cell_text(cap) == "115,63"  # 92,5 / 80 × 100
    kat = pg.cell(sesi.dokumen, ind, rows[r], pg.COL_KATEGORI, t, lambda c: f"kat {c}")
    assert kat.text == "kat 115.63"


def test_tempel_satu_operasi_dan_angka_indonesia(sesi: DocumentSession) -> None:
    rows = pg.build_rows(sesi.dokumen)
    t = pg.GridScope(2022)
    r = _baris_ind(rows, 3)
    # target and (computed) isian of the indicator, then its two components' isian
    blok = "90\t\n\t37\n\t1.250\n"
    op = pg.paste(sesi, rows, r, pg.COL_TARGET, t, blok)
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
    rows = pg.build_rows(sesi.dokumen)
    t = pg.GridScope(2022)
    r = _baris_ind(rows, 3)
    with pytest.raises(IkuError) as e:
        pg.paste(sesi, rows, r, pg.COL_INPUT, t, "\n37\nabc\n")
    assert "Baris 8" in e.value.pesan and "kolom Isian 2022" in e.value.pesan
    assert "'abc' bukan angka" in e.value.pesan
    # a value pasted onto a computed cell is refused too, naming it
    with pytest.raises(IkuError, match=r"Baris 6 .*kolom Realisasi 2022.*tidak dapat diisi"):
        pg.paste(sesi, rows, r, pg.COL_SD, t, "55")
    # an ambiguous dot-number is refused, never read as thousands silently wrong
    with pytest.raises(IkuError, match="tulis desimal dengan koma"):
        pg.paste(sesi, rows, r + 1, pg.COL_INPUT, t, "1234.567")
    with pytest.raises(IkuError, match="melewati tepi tabel"):
        pg.paste(sesi, rows, len(rows) - 1, pg.COL_KET, t, "\t2")
    assert ke_json(load_dokumen(store, ids["sumber-harta"])) == sebelum


def test_tempel_tabel_salinan_melewati_sel_yang_sama(sesi: DocumentSession) -> None:
    """A copied table pasted back: names and computed cells equal to the grid pass."""
    rows = pg.build_rows(sesi.dokumen)
    t = pg.GridScope(2022)
    r = _baris_ind(rows, 1)
    ind = sesi.indikator(rows[r].indikator_id)
    nama = ind.nama
    op = pg.paste(sesi, rows, r, pg.COL_NAMA, t, f"{nama}\tIndeks\t80\t78,5\t-\t-\n")
    assert isinstance(op, Compound) and len(op.parts) == 2


def test_hapus_sel_mengosongkan_yang_dapat_diisi(sesi: DocumentSession) -> None:
    rows = pg.build_rows(sesi.dokumen)
    t = pg.GridScope(2022)
    r = _baris_ind(rows, 1)
    sesi.apply(pg.paste(sesi, rows, r, pg.COL_TARGET, t, "80\t78"))
    op = pg.clear_cells(sesi, rows, [(r, k) for k in range(len(pg.COLUMNS))], t)
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
    rows = pg.build_rows(dok)
    hitung, rumus = dok.semua_indikator()
    r_h = _baris_ind(rows, 1)
    r_r = _baris_ind(rows, 2)
    t3 = pg.GridScope(2023, 3)
    assert pg.cell_text(pg.cell(dok, hitung, rows[r_h], pg.COL_TARGET, t3)) == "7"
    assert pg.cell_text(pg.cell(dok, hitung, rows[r_h], pg.COL_INPUT, t3)) == "4"
    assert pg.cell_text(pg.cell(dok, hitung, rows[r_h], pg.COL_SD, t3)) == "7"
    assert pg.cell_text(pg.cell(dok, hitung, rows[r_h], pg.COL_CAPAIAN, t3)) == "100,00"
    # quarter 2: empty, no target → no capaian, the reason shown
    t2 = pg.GridScope(2023, 2)
    cap = pg.cell(dok, hitung, rows[r_h], pg.COL_CAPAIAN, t2)
    assert cap.result is not None and cap.result.status == BELUM_DIISI
    assert "Target triwulan II 2023" in pg.cell(dok, hitung, rows[r_h], pg.COL_KET, t2).text
    # the formula's quarter 3 lacks a component: "belum lengkap", s.d. carries quarter 1
    ket = pg.cell(dok, rumus, rows[r_r], pg.COL_KET, t3).text
    assert "belum lengkap" in ket and "Ditindaklanjuti" in ket
    assert pg.cell_text(pg.cell(dok, rumus, rows[r_r], pg.COL_SD, t3)) == "75"
    t4 = pg.GridScope(2023, 4)
    assert pg.cell_text(pg.cell(dok, rumus, rows[r_r], pg.COL_SD, t4)) == "83,33"
    # whole year: the realisasi comes from the quarters, so the year's input is locked
    th = pg.GridScope(2023)
    c = pg.cell(dok, hitung, rows[r_h], pg.COL_INPUT, th)
    assert not c.editable and "per triwulan" in c.lock_reason
    assert pg.cell_text(pg.cell(dok, hitung, rows[r_h], pg.COL_SD, th)) == "7"
    komp = pg.cell(dok, rumus, rows[r_r + 1], pg.COL_INPUT, th)
    assert not komp.editable


def test_judul_kolom_triwulan() -> None:
    assert pg.column_titles(pg.GridScope(2023, 2))[3:7] == [
        "Target s.d. TW II",
        "Isian TW II",
        "Realisasi s.d. TW II",
        "Capaian s.d. TW II (%)",
    ]
    assert pg.parse_block("1\t2\r\n3\t4\r\n") == [["1", "2"], ["3", "4"]]


def test_capaian_tepat_dua_desimal() -> None:
    from ikudesk.l10n import format_capaian

    assert format_capaian(Decimal(100)) == "100,00"
    assert format_capaian(Decimal("87.5")) == "87,50"
    assert format_capaian(Decimal("2.665")) == "2,67"  # half away from zero
    assert format_capaian(Decimal("-12.345")) == "-12,35"
    assert format_capaian(Decimal("1250")) == "1.250,00"
    assert format_capaian(None) == "-"
    c = pg.Cell(result=pg.Hasil(Decimal(60)), computed=True, percent=True)
    assert pg.cell_text(c) == "60,00"


def test_angka_ragu_ditolak_dengan_alasan(sesi: DocumentSession) -> None:
    """An ambiguous '84.125' is never read as 84125 silently: refused, both readings named."""
    rows = pg.build_rows(sesi.dokumen)
    t = pg.GridScope(2022)
    r = _baris_ind(rows, 1)
    with pytest.raises(IkuError) as e:
        pg.enter_cell(sesi, rows, r, pg.COL_INPUT, t, "84.125")
    assert f"Baris {r + 1}" in e.value.pesan and "kolom Isian 2022" in e.value.pesan
    assert "dua cara" in e.value.pesan and "84125" in e.value.pesan and "84,125" in e.value.pesan
    with pytest.raises(IkuError, match="dua cara"):
        pg.paste(sesi, rows, r, pg.COL_TARGET, t, "90\t84.125")
    ind = sesi.indikator(rows[r].indikator_id)
    assert 2022 not in ind.target and 2022 not in ind.realisasi  # the whole block refused
    sesi.apply(pg.paste(sesi, rows, r, pg.COL_TARGET, t, "1.250\t84,125"))
    assert ind.target[2022] == Decimal(1250) and ind.realisasi[2022] == Decimal("84.125")
