"""Issue 24 on both engines: penetapan and revisi as operations with inverses, the signed
content locked while ditetapkan (every path goes through the operations), the change log
written in the change's own transaction, the file of each version kept."""

from __future__ import annotations

import getpass
from decimal import Decimal

import pytest

from ikudesk.domain.fields import Field
from ikudesk.domain.keys import NilaiKey
from ikudesk.domain.model import Indikator, Komponen
from ikudesk.errors import IkuError
from ikudesk.files.docfile import baca_dokumen, baca_file, ke_json, sidik_dokumen
from ikudesk.persistence.repo import SqlRepository, load_dokumen, save_new_dokumen
from ikudesk.persistence.riwayat import load_berkas_versi, load_riwayat
from ikudesk.session.document import DocumentSession
from ikudesk.session.operations import (
    BukaRevisi,
    Compound,
    InsertNode,
    MoveNode,
    RemoveNode,
    SetAnalisis,
    SetField,
    SetNilai,
    SetRumus,
    Tetapkan,
)
from tests.conftest import REPO

CONTOH = REPO / "data" / "sumber-harta-2023.json"


@pytest.fixture
def sesi(store) -> DocumentSession:
    did = save_new_dokumen(store, baca_file(CONTOH))
    return DocumentSession.open(SqlRepository(store), did)


def _json(sesi: DocumentSession) -> str:
    return ke_json(load_dokumen(sesi.repo.store, sesi.dokumen_id))  # type: ignore[attr-defined]


def test_tetapkan_menyimpan_versi_dan_berkasnya(sesi: DocumentSession, store) -> None:
    sesi.apply(Tetapkan("2023-01-05", "Keputusan Camat Nomor 1"))
    dok = load_dokumen(store, sesi.dokumen_id)
    assert dok.status == "ditetapkan"
    assert [(p.versi, p.tanggal, p.dasar) for p in dok.penetapan] == [
        (1, "2023-01-05", "Keputusan Camat Nomor 1")
    ]
    assert dok.penetapan[0].sidik == sidik_dokumen(baca_file(CONTOH))
    # The whole file of the version is kept, and it is what export gave at that moment.
    assert load_berkas_versi(store, sesi.dokumen_id, 1) == _json(sesi)
    assert baca_dokumen(load_berkas_versi(store, sesi.dokumen_id, 1)).status == "ditetapkan"


def _operasi_isi_ditetapkan(sesi: DocumentSession) -> list:
    ind = sesi.dokumen.tujuan[0].sasaran[0].indikator[0]
    sasaran = sesi.dokumen.tujuan[0].sasaran[0]
    return [
        SetField(ind.id, Field.INDIKATOR_NAMA, "Nama baru"),
        SetField(ind.id, Field.INDIKATOR_SATUAN, "Persen"),
        SetField(sesi.dokumen_id, Field.DOKUMEN_CATATAN, "catatan baru"),
        SetField(sasaran.id, Field.SASARAN_URAIAN, "Sasaran baru"),
        SetNilai(NilaiKey.target(ind.id, 2024), Decimal("91")),
        SetRumus(ind.id, "a", [Komponen("a", "A")]),
        InsertNode(("sasaran", sasaran.id), 0, Indikator(nama="Baru")),
        RemoveNode(("indikator", ind.id)),
        MoveNode(("indikator", ind.id), ("sasaran", sasaran.id), 5),
        Compound([SetNilai(NilaiKey.target(ind.id, 2025), Decimal("1"))]),
    ]


def test_isi_ditetapkan_ditolak_di_kedua_mesin(sesi: DocumentSession) -> None:
    sesi.apply(Tetapkan("2023-01-05", "Keputusan Camat Nomor 1"))
    sebelum = _json(sesi)
    for op in _operasi_isi_ditetapkan(sesi):
        with pytest.raises(IkuError) as e:
            sesi.apply(op)
        assert "versi 1" in e.value.pesan and "Buka revisi" in e.value.pesan, op
        assert "ikudesk revisi" in e.value.pesan
    assert _json(sesi) == sebelum  # nothing written, the tree neither
    assert ke_json(sesi.dokumen) == sebelum


def test_bagian_tak_ditandatangani_tetap_dapat_diubah(sesi: DocumentSession) -> None:
    sesi.apply(Tetapkan("2023-01-05"))
    ind = next(i for i in sesi.dokumen.semua_indikator() if not i.pakai_rumus and not i.survei_ikm)
    sesi.apply(SetNilai(NilaiKey.realisasi(ind.id, 2022), Decimal("70")))
    sesi.apply(SetAnalisis(ind.id, 2022, "Analisis capaian"))
    sesi.apply(SetNilai(NilaiKey.target(ind.id, 2024, 1), Decimal("5")))
    dok = load_dokumen(sesi.repo.store, sesi.dokumen_id)  # type: ignore[attr-defined]
    assert dok.status == "ditetapkan"
    assert sidik_dokumen(dok) == dok.penetapan[-1].sidik


def test_revisi_lalu_versi_dua_dengan_alasan(sesi: DocumentSession, store) -> None:
    sesi.apply(Tetapkan("2023-01-05", "Kep 1"))
    v1 = load_berkas_versi(store, sesi.dokumen_id, 1)
    sesi.apply(BukaRevisi())
    ind = sesi.dokumen.tujuan[0].sasaran[0].indikator[0]
    sesi.apply(SetNilai(NilaiKey.target(ind.id, 2024), Decimal("91")))
    with pytest.raises(IkuError, match="(?i)alasan revisi wajib"):
        sesi.apply(Tetapkan("2023-06-01", "Kep 2"))
    with pytest.raises(IkuError, match="(?i)lebih awal"):
        sesi.apply(Tetapkan("2022-12-31", "Kep 2", "Reviu"))
    sesi.apply(Tetapkan("2023-06-01", "Kep 2", "Reviu IKU"))
    dok = load_dokumen(store, sesi.dokumen_id)
    assert [(p.versi, p.alasan) for p in dok.penetapan] == [(1, ""), (2, "Reviu IKU")]
    assert dok.penetapan[0].sidik != dok.penetapan[1].sidik
    assert load_berkas_versi(store, sesi.dokumen_id, 1) == v1  # version 1 stays as it was signed


def test_invers_penetapan_dan_revisi(sesi: DocumentSession) -> None:
    awal = _json(sesi)
    batal = sesi.apply(Tetapkan("2023-01-05", "Kep 1"))
    ulang = sesi.apply(batal)  # undo right away: allowed, an explicit step
    assert _json(sesi) == awal and ke_json(sesi.dokumen) == awal
    batal = sesi.apply(ulang)
    tutup = sesi.apply(BukaRevisi())
    assert load_dokumen(sesi.repo.store, sesi.dokumen_id).status == "draf"  # type: ignore[attr-defined]
    buka = sesi.apply(tutup)  # back to ditetapkan: the signed content did not change
    assert load_dokumen(sesi.repo.store, sesi.dokumen_id).status == "ditetapkan"  # type: ignore[attr-defined]
    sesi.apply(buka)
    ind = sesi.dokumen.tujuan[0].sasaran[0].indikator[0]
    sesi.apply(SetField(ind.id, Field.INDIKATOR_NAMA, "Berubah"))
    with pytest.raises(IkuError, match="isi yang ditetapkan sudah diubah"):
        sesi.apply(tutup)


def test_batal_penetapan_ditolak_setelah_ada_perubahan_lain(sesi: DocumentSession) -> None:
    batal = sesi.apply(Tetapkan("2023-01-05"))
    ind = next(i for i in sesi.dokumen.semua_indikator() if not i.pakai_rumus and not i.survei_ikm)
    balik = sesi.apply(SetNilai(NilaiKey.realisasi(ind.id, 2022), Decimal("70")))
    sesi.apply(balik)  # even undone: a change followed the penetapan
    sebelum = _json(sesi)
    with pytest.raises(IkuError, match="tidak dapat dibatalkan"):
        sesi.apply(batal)
    assert _json(sesi) == sebelum


def test_log_siapa_kapan_dalam_transaksi_yang_sama(sesi: DocumentSession, store) -> None:
    ind = sesi.dokumen.tujuan[0].sasaran[0].indikator[0]
    sesi.apply(SetField(ind.id, Field.INDIKATOR_SATUAN, "Persen"))
    sesi.apply(Tetapkan("2023-01-05"))
    with pytest.raises(IkuError):
        sesi.apply(SetField(ind.id, Field.INDIKATOR_SATUAN, "Indeks"))
    log = load_riwayat(store, sesi.dokumen_id).perubahan
    assert [c.uraian for c in log][1:] == [
        f'Ubah satuan indikator "{" ".join(ind.nama.split())[:40]}…"'
        if len(" ".join(ind.nama.split())) > 40
        else f'Ubah satuan indikator "{" ".join(ind.nama.split())}"',
        "Tetapkan versi 1",
    ]  # the refused change left no line
    pengguna = getpass.getuser()
    if store.server:
        # on a server: the database role, and the OS user in brackets
        assert all(
            c.oleh.endswith(f"({pengguna})") and len(c.oleh) > len(pengguna) + 2 for c in log
        )
    else:
        assert {c.oleh for c in log} == {pengguna}
    assert all(len(c.waktu) == 19 and c.waktu[10] == "T" for c in log)
    assert load_riwayat(store, sesi.dokumen_id, sejak="2999-01-01").perubahan == []


def test_grid_pengukuran_target_tahunan_terkunci_triwulan_tidak(sesi: DocumentSession) -> None:
    from ikudesk.session import pengukuran as pg

    sesi.apply(Tetapkan("2023-01-05"))
    rows = pg.build_rows(sesi.dokumen)
    r = next(i for i, b in enumerate(rows) if b.kind == "indikator")
    tahunan, triwulan = pg.GridScope(2024), pg.GridScope(2024, 2)
    c = pg.cell(sesi.dokumen, sesi.indikator(rows[r].indikator_id), rows[r], pg.COL_TARGET, tahunan)
    assert not c.editable and "buka revisi" in c.lock_reason
    with pytest.raises(IkuError, match="buka revisi"):
        pg.cell_operation(sesi, rows[r], pg.COL_TARGET, tahunan, Decimal("5"))
    sesi.apply(pg.cell_operation(sesi, rows[r], pg.COL_TARGET, triwulan, Decimal("5")))
    assert sesi.indikator(rows[r].indikator_id).triwulan[2024].target == {2: Decimal("5")}
