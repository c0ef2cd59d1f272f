"""Capaian categories: defaults, checks, storage per store."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ikudesk.domain.kategori import (
    KATEGORI_BAWAAN,
    Kategori,
    KategoriError,
    kategori_untuk,
    periksa,
    teks_rentang,
)
from ikudesk.persistence.kategori_store import load_kategori, reset_kategori, save_kategori
from ikudesk.persistence.store import open_store


@pytest.mark.parametrize(
    ("nilai", "nama"),
    [
        ("120", "Sangat Tinggi"),
        ("91", "Sangat Tinggi"),
        ("90.99", "Tinggi"),
        ("76", "Tinggi"),
        ("75.5", "Sedang"),
        ("66", "Sedang"),
        ("65", "Rendah"),
        ("51", "Rendah"),
        ("50", "Sangat Rendah"),
        ("-10", "Sangat Rendah"),
    ],
)
def test_bawaan(nilai: str, nama: str) -> None:
    assert kategori_untuk(Decimal(nilai)) == nama


def test_bawaan_lolos_periksa() -> None:
    assert periksa(list(reversed(KATEGORI_BAWAAN))) == list(KATEGORI_BAWAAN)


def test_celah_ditolak() -> None:
    daftar = [Kategori("Rendah", None, Decimal(50)), Kategori("Tinggi", Decimal(60), None)]
    with pytest.raises(KategoriError, match="celah antara kategori 'Rendah'"):
        periksa(daftar)


def test_tumpang_tindih_ditolak() -> None:
    daftar = [Kategori("Rendah", None, Decimal(70)), Kategori("Tinggi", Decimal(60), None)]
    with pytest.raises(KategoriError, match="bertumpang tindih"):
        periksa(daftar)


def test_ujung_terbuka_wajib() -> None:
    with pytest.raises(KategoriError, match="di bawah 10"):
        periksa([Kategori("A", Decimal(10), None)])
    with pytest.raises(KategoriError, match="ke atas"):
        periksa([Kategori("A", None, Decimal(10))])
    with pytest.raises(KategoriError, match="batas bawah"):
        periksa([Kategori("A", Decimal(10), Decimal(5))])
    with pytest.raises(KategoriError, match="nama belum diisi"):
        periksa([Kategori(" ", None, None)])


def test_simpan_per_store(store, tmp_path) -> None:
    assert load_kategori(store) == list(KATEGORI_BAWAAN)
    baru = [Kategori("Baik", Decimal("80.5"), None), Kategori("Kurang", None, Decimal("80.5"))]
    disimpan = save_kategori(store, baru)
    assert disimpan[0].nama == "Kurang"
    with open_store(store.path) as lagi:
        assert load_kategori(lagi) == disimpan
        assert kategori_untuk(Decimal("80.5"), load_kategori(lagi)) == "Baik"
    # another store keeps the defaults
    with open_store(tmp_path / "lain.sqlite") as lain:
        assert load_kategori(lain) == list(KATEGORI_BAWAAN)
    # a bad list changes nothing
    with pytest.raises(KategoriError):
        save_kategori(store, [Kategori("X", Decimal(1), None)])
    assert load_kategori(store) == disimpan
    reset_kategori(store)
    assert load_kategori(store) == list(KATEGORI_BAWAAN)


def test_teks_rentang() -> None:
    assert [teks_rentang(k) for k in KATEGORI_BAWAAN] == [
        "< 51",
        "51 – < 66",
        "66 – < 76",
        "76 – < 91",
        "≥ 91",
    ]
