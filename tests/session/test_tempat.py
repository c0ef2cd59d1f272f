"""Where a new node goes and where a node may move: the session answers (the window asks).

Runs on both engines (tests/session/conftest.py); no Qt.
"""

from __future__ import annotations

import pytest

from ikudesk.domain.keys import JenisNilai, NilaiKey, NodeKind
from ikudesk.domain.model import Dokumen, Indikator, Periode, Sasaran, Tujuan
from ikudesk.persistence.repo import SqlRepository, save_new_dokumen
from ikudesk.session.document import DocumentSession
from ikudesk.session.operations import InsertNode, MoveNode
from ikudesk.session.refs import MoveTarget, Place, Ref, ref_of

T, S, IND, D = NodeKind.TUJUAN, NodeKind.SASARAN, NodeKind.INDIKATOR, NodeKind.DOKUMEN


def _pohon() -> Dokumen:
    """T1 (i1, i2; S1 (i3, i4), S2 (i5)), T2 (S3), T3."""
    ind = [Indikator(nama=f"i{n}") for n in range(1, 6)]
    return Dokumen(
        judul=["Uji"],
        periode=Periode(2025, 2029),
        tujuan=[
            Tujuan(
                uraian="T1",
                indikator=ind[:2],
                sasaran=[
                    Sasaran(uraian="S1", indikator=ind[2:4]),
                    Sasaran(uraian="S2", indikator=ind[4:]),
                ],
            ),
            Tujuan(uraian="T2", sasaran=[Sasaran(uraian="S3")]),
            Tujuan(uraian="T3"),
        ],
    )


@pytest.fixture
def sesi(store) -> DocumentSession:
    did = save_new_dokumen(store, _pohon())
    return DocumentSession.open(SqlRepository(store), did)


def _ref(s: DocumentSession, teks: str) -> Ref:
    """A node by its uraian or name."""
    for t in s.dokumen.tujuan:
        for n in [t, *t.indikator, *t.sasaran, *(i for sa in t.sasaran for i in sa.indikator)]:
            if getattr(n, "uraian", None) == teks or getattr(n, "nama", None) == teks:
                return ref_of(n)
    raise AssertionError(teks)


def test_tempat_tujuan_baru(sesi: DocumentSession) -> None:
    dok = Ref(D, sesi.dokumen_id)
    assert sesi.insert_position(T, None) == Place(dok, 3)
    assert sesi.insert_position(T, dok) == Place(dok, 3)
    # right after the tujuan the selection is in
    assert sesi.insert_position(T, _ref(sesi, "i3")) == Place(dok, 1)
    assert sesi.insert_position(T, _ref(sesi, "S3")) == Place(dok, 2)
    assert sesi.insert_position(T, _ref(sesi, "T3")) == Place(dok, 3)


def test_tempat_sasaran_baru(sesi: DocumentSession) -> None:
    t1, t2 = _ref(sesi, "T1"), _ref(sesi, "T2")
    assert sesi.insert_position(S, None) is None
    assert sesi.insert_position(S, Ref(D, sesi.dokumen_id)) is None
    assert sesi.insert_position(S, t1) == Place(t1, 2)  # at the end of the tujuan's sasaran
    assert sesi.insert_position(S, _ref(sesi, "S1")) == Place(t1, 1)  # after the selected one
    assert sesi.insert_position(S, _ref(sesi, "i4")) == Place(t1, 1)  # after the indicator's
    assert sesi.insert_position(S, _ref(sesi, "i1")) == Place(t1, 2)  # the tujuan's own: end
    assert sesi.insert_position(S, _ref(sesi, "S3")) == Place(t2, 1)


def test_tempat_indikator_baru(sesi: DocumentSession) -> None:
    assert sesi.insert_position(IND, None) is None
    assert sesi.insert_position(IND, Ref(D, sesi.dokumen_id)) is None
    t1, s1, s2, t2 = (_ref(sesi, x) for x in ("T1", "S1", "S2", "T2"))
    assert sesi.insert_position(IND, _ref(sesi, "i1")) == Place(t1, 1)  # right after it
    assert sesi.insert_position(IND, _ref(sesi, "i4")) == Place(s1, 2)
    assert sesi.insert_position(IND, s2) == Place(s2, 1)  # at the end of the selected parent's
    assert sesi.insert_position(IND, t2) == Place(t2, 0)


def test_tempat_baru_diterima_operasi(sesi: DocumentSession) -> None:
    """A node put where the session says ends up exactly there."""
    for kind, node, pilih in ((T, Tujuan(uraian="baru"), "i3"), (IND, Indikator(nama="b"), "i3")):
        tempat = sesi.insert_position(kind, _ref(sesi, pilih))
        assert tempat is not None
        op = InsertNode(tempat.parent, tempat.position, node)
        sesi.apply(op)
        baru = ref_of(op.node)
        assert (sesi.parent_of(baru), sesi.position(baru)) == (tempat.parent, tempat.position)


def test_tujuan_pindah(sesi: DocumentSession) -> None:
    t1, t2, t3 = (_ref(sesi, x) for x in ("T1", "T2", "T3"))
    s2, s3 = _ref(sesi, "S2"), _ref(sesi, "S3")
    # an indicator: every tujuan and sasaran but its own parent, in tree order, at the end
    assert sesi.move_targets(_ref(sesi, "i3")) == [
        MoveTarget(Place(t1, 2), (1,)),
        MoveTarget(Place(s2, 1), (1, 2)),
        MoveTarget(Place(t2, 0), (2,)),
        MoveTarget(Place(s3, 0), (2, 1)),
        MoveTarget(Place(t3, 0), (3,)),
    ]
    # a sasaran: the other tujuan
    assert sesi.move_targets(_ref(sesi, "S1")) == [
        MoveTarget(Place(t2, 1), (2,)),
        MoveTarget(Place(t3, 0), (3,)),
    ]
    assert sesi.move_targets(t1) == []  # a tujuan has one parent, the document


@pytest.mark.parametrize("nama", ["i1", "i3", "S1"])
def test_tujuan_pindah_diterima_operasi(sesi: DocumentSession, nama: str) -> None:
    """Every place the session offers is one the move operation takes, and the node lands at
    the end there; undo puts it back."""
    ref = _ref(sesi, nama)
    asal = (sesi.parent_of(ref), sesi.position(ref))
    for t in sesi.move_targets(ref):
        balik = sesi.apply(MoveNode(ref, t.place.parent, t.place.position))
        assert (sesi.parent_of(ref), sesi.position(ref)) == (t.place.parent, t.place.position)
        sesi.apply(balik)
        assert (sesi.parent_of(ref), sesi.position(ref)) == asal


def test_geser_naik_turun(sesi: DocumentSession) -> None:
    i1, i2, s1, s2 = (_ref(sesi, x) for x in ("i1", "i2", "S1", "S2"))
    assert sesi.shifted_position(i1, -1) is None
    assert sesi.shifted_position(i1, 1) == 1
    assert sesi.shifted_position(i2, 1) is None  # the sasaran that follow are another kind
    assert sesi.shifted_position(s1, 1) == 1
    assert sesi.shifted_position(s2, -1) == 0
    assert sesi.shifted_position(Ref(D, sesi.dokumen_id), 1) is None


def test_ref_dan_kunci_nilai_bertipe() -> None:
    """Refs and value keys are typed; a kind still reads (and compares) as its word."""
    ref = Ref(NodeKind("indikator"), 5)
    assert ref == ("indikator", 5) and ref.kind is NodeKind.INDIKATOR
    assert f"Hapus {ref.kind}" == "Hapus indikator"
    key = NilaiKey(1, 2025, "target")  # type: ignore[arg-type]
    assert key.jenis is JenisNilai.TARGET and key == NilaiKey.target(1, 2025)
    assert NilaiKey.nilai_komponen(1, "a", 2025, 2).jenis is JenisNilai.REALISASI
    with pytest.raises(ValueError):
        NilaiKey(1, 2025, JenisNilai.TARGET, komponen="a")  # a component has no target
    with pytest.raises(ValueError):
        NilaiKey(1, 2025, "capaian")  # type: ignore[arg-type]
