"""The PK page's edits as plain functions: a new PK each time (the old one untouched), defaults
from the document's signer, the next revision, the program tree, amounts typed by users."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from ikudesk.domain.model import Kegiatan, Profil
from ikudesk.domain.pk import total_anggaran
from ikudesk.domain.pk_edit import (
    geser_node,
    hapus_node,
    indikator_lampiran,
    isi_salinan,
    jabatan_kepala_daerah,
    jabatan_lengkap,
    node_di,
    penandatangan_pk_baru,
    pk_baru,
    pk_perubahan,
    rupiah_dari_teks,
    tambah_node,
    ubah_node,
)
from ikudesk.errors import IkuError
from ikudesk.files.docfile import baca_file

CONTOH = Path(__file__).resolve().parents[2] / "data" / "sumber-harta-2023.json"


def test_pk_baru_dari_penandatangan_dokumen() -> None:
    dok = baca_file(Path(__file__).resolve().parents[2] / "data" / "sumbersuko.json")
    assert dok.penandatangan is not None
    pk = pk_baru(dok, 2023)
    assert (pk.tahun, pk.perubahan) == (2023, 0)
    assert pk.pihak_pertama.nama == dok.penandatangan.nama
    assert pk.pihak_pertama.nip == dok.penandatangan.nip
    assert pk.pihak_pertama.tanggal == "" and pk.tempat == dok.penandatangan.tempat
    assert pk.pihak_kedua.jabatan == f"BUPATI {dok.profil.pemerintah_daerah.split()[1].upper()}"
    assert pk.pihak_kedua.nip == "" and pk.pihak_kedua.pangkat == ""
    assert pk.pernyataan is None  # the standard wording
    pk.pihak_pertama.status = "Plt."
    assert jabatan_lengkap(pk.pihak_pertama) == f"Plt. {dok.penandatangan.jabatan}"


def test_jabatan_kepala_daerah() -> None:
    dok = baca_file(CONTOH)
    assert jabatan_kepala_daerah(dok)[0] == "BUPATI MUSI RAWAS"
    dok.profil = Profil(instansi="Kecamatan X", pemerintah_daerah="Kota Probolinggo")
    assert jabatan_kepala_daerah(dok)[:2] == ["WALI KOTA PROBOLINGGO", "WALIKOTA PROBOLINGGO"]


def test_perubahan_berikutnya() -> None:
    dok = baca_file(CONTOH)
    pk = dok.pk(2023)
    assert pk is not None
    satu = pk_perubahan(dok, pk, "2023-07-01")
    assert satu.perubahan == 1 and satu.tanggal == "2023-07-01" and satu.program == pk.program
    assert pk.perubahan == 0  # untouched
    dok.perjanjian_kinerja.append(satu)
    # from the first PK too: the next free number
    assert pk_perubahan(dok, pk, "2023-08-01").perubahan == 2
    # never dateless, never before the PK it copies
    with pytest.raises(IkuError, match="harus diberi tanggal"):
        pk_perubahan(dok, pk, "")
    with pytest.raises(IkuError, match="tidak boleh sebelum"):
        pk_perubahan(dok, pk, "2022-12-31")
    assert any("2 program" in b for b in isi_salinan(pk))


def test_pk_baru_mengambil_penandatangan_yang_disebut() -> None:
    dok = baca_file(CONTOH)
    ttd, sumber = penandatangan_pk_baru(dok, 2023)
    assert ttd is not None and sumber == "penanda tangan laporan tahun 2023"
    assert pk_baru(dok, 2023).pihak_pertama.nama == ttd.nama
    assert penandatangan_pk_baru(dok, 2025) == (None, "")  # neither the year's nor the document's
    assert pk_baru(dok, 2025).pihak_pertama.nama == ""


def test_pohon_program() -> None:
    dok = baca_file(CONTOH)
    pk = dok.pk(2023)
    assert pk is not None
    asli = copy.deepcopy(pk)
    baru, jalur = tambah_node(pk, ())
    assert jalur == (2,) and len(baru.program) == 3 and pk == asli
    baru, jalur = tambah_node(baru, (2,))
    assert jalur == (2, 0) and isinstance(node_di(baru, jalur), Kegiatan)
    baru, jalur = tambah_node(baru, (2, 0))
    assert jalur == (2, 0, 0)
    with pytest.raises(IkuError, match="tidak dapat memiliki rincian"):
        tambah_node(baru, (2, 0, 0))
    baru = ubah_node(baru, (2, 0, 0), "anggaran", 5_000_000)
    baru = ubah_node(baru, (2,), "uraian", "PROGRAM BARU")
    # a program without its own anggaran takes its children's
    assert total_anggaran(baru) == 915_000_000 + 5_000_000
    naik, ke = geser_node(baru, (2,), -1)
    assert ke == (1,) and naik.program[1].uraian == "PROGRAM BARU"
    tetap, ke = geser_node(baru, (0,), -1)
    assert ke == (0,) and tetap == baru
    hapus = hapus_node(naik, (1,))
    assert [p.uraian for p in hapus.program] == [p.uraian for p in pk.program]
    with pytest.raises(IkuError, match="tidak ada"):
        hapus_node(hapus, (7,))


def test_rupiah_dari_teks() -> None:
    assert rupiah_dari_teks("1.250.000.000") == 1_250_000_000
    assert rupiah_dari_teks("Rp 95000000") == 95_000_000
    assert rupiah_dari_teks("") is None and rupiah_dari_teks(" - ") is None
    with pytest.raises(IkuError, match="tanpa sen"):
        rupiah_dari_teks("1.250,50")
    with pytest.raises(IkuError, match="negatif"):
        rupiah_dari_teks("-5")
    with pytest.raises(IkuError):
        rupiah_dari_teks("satu juta")


def test_lampiran_dari_pohon() -> None:
    dok = baca_file(CONTOH)
    grup = indikator_lampiran(dok, 2023)
    semua = [i for _, _, d in grup for i in d]
    assert semua and all(2023 in i.target for i in semua)
    assert len(semua) == sum(1 for i in dok.semua_indikator() if 2023 in i.target)
    assert indikator_lampiran(dok, 2025) == []


def test_pk_tanpa_tanggal_diperingatkan() -> None:
    from ikudesk.domain.rules import peringatan_dokumen, peringatan_tanggal_pk

    dok = baca_file(CONTOH)
    pk = dok.pk(2023)
    assert pk is not None and peringatan_tanggal_pk(pk) == []
    tanpa = copy.deepcopy(pk)
    tanpa.perubahan, tanpa.tanggal = 1, ""
    dok.perjanjian_kinerja.append(tanpa)
    assert (
        "perjanjian_kinerja[1].tanggal",
        "PK Perubahan ke-1 2023 belum bertanggal; isi tanggalnya sebelum dicetak.",
    ) in peringatan_dokumen(dok)
