"""The window's editors go through the operations, which check with the same limits as the
reader (issue 22, items 11 and 12); stored data made before the limits stays usable."""

from __future__ import annotations

import pytest

from ikudesk.domain.fields import Field
from ikudesk.domain.model import Indikator, Penandatangan, Periode, Sasaran, Tujuan
from ikudesk.errors import IkuError
from ikudesk.files.docfile import baca_file, ke_json, pelanggaran_dokumen
from ikudesk.persistence.repo import SqlRepository, load_dokumen, save_new_dokumen
from ikudesk.session.document import DocumentSession
from ikudesk.session.operations import InsertNode, RemoveNode, SetAnalisis, SetField
from tests.conftest import CONTOH

SAMPEL = next(p for p in CONTOH if p.stem == "sumber-harta-2023")


def _sesi(store) -> DocumentSession:  # noqa: ANN001
    did = save_new_dokumen(store, baca_file(SAMPEL))
    return DocumentSession.open(SqlRepository(store), did)


@pytest.mark.parametrize(
    ("field", "nilai", "kata"),
    [
        (Field.DOKUMEN_INSTANSI, "Kecamatan \u202eTRAHS", "U+202E"),
        (Field.INDIKATOR_NAMA, "Persen\u200btase", "U+200B"),
        (Field.INDIKATOR_KODE, "IKU\u20601", "U+2060"),
        (Field.INDIKATOR_NAMA, "n" * 1001, "terlalu panjang"),
        (Field.INDIKATOR_SATUAN, "s" * 1001, "terlalu panjang"),
        (Field.INDIKATOR_DEFINISI, "d" * 20001, "terlalu panjang"),
        (Field.DOKUMEN_JUDUL, ["Judul", "b\ufeff"], "U+FEFF"),
        (Field.DOKUMEN_PERIODE, Periode(2000, 2025), "25 tahun"),
        (
            Field.DOKUMEN_PENANDATANGAN,
            Penandatangan(nama="Budi\u2066"),
            "U+2066",
        ),
    ],
)
def test_editor_menolak_lewat_operasi(store, field: Field, nilai: object, kata: str) -> None:  # noqa: ANN001
    sesi = _sesi(store)
    node_id = sesi.dokumen.id if field.kind == "dokumen" else sesi.dokumen.semua_indikator()[0].id
    if field is Field.DOKUMEN_PERIODE:  # an empty document: only the period's length counts
        for t in list(sesi.dokumen.tujuan):
            sesi.apply(RemoveNode(("tujuan", t.id)))
        sesi.dokumen.perjanjian_kinerja.clear()
        sesi.dokumen.laporan_tahunan.clear()
    sebelum = ke_json(load_dokumen(store, sesi.dokumen_id))
    with pytest.raises(IkuError, match=kata.replace("+", "\\+")):
        sesi.apply(SetField(node_id, field, nilai))
    assert ke_json(load_dokumen(store, sesi.dokumen_id)) == sebelum


def test_editor_menerima_batas_tepat(store) -> None:  # noqa: ANN001
    sesi = _sesi(store)
    ind = sesi.dokumen.semua_indikator()[0]
    sesi.apply(SetField(ind.id, Field.INDIKATOR_NAMA, "n" * 1000))
    sesi.apply(SetField(ind.id, Field.INDIKATOR_DEFINISI, "d\n" * 10000))
    assert load_dokumen(store, sesi.dokumen_id).semua_indikator()[0].nama == "n" * 1000


def test_analisis_panjang_dan_tak_terlihat(store) -> None:  # noqa: ANN001
    sesi = _sesi(store)
    ind = sesi.dokumen.semua_indikator()[0]
    sesi.apply(SetAnalisis(ind.id, 2023, "a" * 20000))
    with pytest.raises(IkuError, match="terlalu panjang"):
        sesi.apply(SetAnalisis(ind.id, 2023, "a" * 20001))
    with pytest.raises(IkuError, match="U\\+202D"):
        sesi.apply(SetAnalisis(ind.id, 2023, "a\u202d"))


def test_tambah_node_dengan_teks_terlarang_ditolak(store) -> None:  # noqa: ANN001
    sesi = _sesi(store)
    t = sesi.dokumen.tujuan[0]
    with pytest.raises(IkuError, match="U\\+200F"):
        sesi.apply(InsertNode(("tujuan", t.id), 0, Sasaran(uraian="S\u200f")))
    with pytest.raises(IkuError, match="terlalu panjang"):
        sesi.apply(InsertNode(("tujuan", t.id), 0, Indikator(nama="x", sumber_data="y" * 20001)))
    sesi.apply(InsertNode(("tujuan", t.id), 0, Indikator(nama="x", sumber_data="y" * 20000)))


def test_tambah_tujuan_melewati_5000_ditolak(store) -> None:  # noqa: ANN001
    dok = baca_file(SAMPEL)
    dok.tujuan = [Tujuan(uraian=f"T{i}", sasaran=[Sasaran(uraian=f"S{i}")]) for i in range(2500)]
    dok.perjanjian_kinerja.clear()
    dok.laporan_tahunan.clear()
    did = save_new_dokumen(store, dok)
    sesi = DocumentSession.open(SqlRepository(store), did)
    with pytest.raises(IkuError, match="5001 tujuan dan sasaran"):
        sesi.apply(InsertNode(("dokumen", did), 0, Tujuan(uraian="baru")))
    with pytest.raises(IkuError, match="5001 tujuan dan sasaran"):
        sesi.apply(InsertNode(("tujuan", sesi.dokumen.tujuan[0].id), 0, Sasaran(uraian="baru")))
    assert len(load_dokumen(store, did).tujuan) == 2500


def test_data_lama_tetap_dapat_dipakai_dan_dibatalkan(store) -> None:  # noqa: ANN001
    """A text stored before the limits: other edits work, deleting and undoing puts it back,
    the next edit of that text must bring it within the limit."""
    from sqlalchemy import text

    sesi = _sesi(store)
    ind = sesi.dokumen.semua_indikator()[0]
    with store.transaction() as s:
        s.execute(
            text("UPDATE indikator SET nama = :n WHERE id = :i"), {"n": "a\u202eb", "i": ind.id}
        )
    sesi = DocumentSession.open(SqlRepository(store), sesi.dokumen_id)
    assert [t for t, _ in pelanggaran_dokumen(sesi.dokumen)] == ["tujuan[0].indikator[0].nama"]
    ind = sesi.dokumen.semua_indikator()[0]
    sesi.apply(SetField(ind.id, Field.INDIKATOR_SATUAN, "persen"))  # another field: fine
    sebelum = ke_json(load_dokumen(store, sesi.dokumen_id))
    kebalikan = sesi.apply(RemoveNode(("indikator", ind.id)))
    sesi.apply(kebalikan)  # undo of the removal: the old text comes back as it was
    assert ke_json(load_dokumen(store, sesi.dokumen_id)) == sebelum
    with pytest.raises(IkuError, match="U\\+202E"):
        sesi.apply(SetField(ind.id, Field.INDIKATOR_NAMA, "a\u202ebc"))
    sesi.apply(SetField(ind.id, Field.INDIKATOR_NAMA, "ab"))
    assert pelanggaran_dokumen(load_dokumen(store, sesi.dokumen_id)) == []
