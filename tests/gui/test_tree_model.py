"""The document tree model: Qt's model tester, labels, order and single-row updates."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from ikudesk.domain.fields import Field
from ikudesk.files.docfile import ke_json
from ikudesk.gui.tree_model import MIME, DocumentTreeModel
from ikudesk.persistence.repo import load_dokumen


def _teks_semua(model: DocumentTreeModel, parent: QModelIndex | None = None) -> list[tuple]:
    parent = parent or QModelIndex()
    hasil = []
    for r in range(model.rowCount(parent)):
        i = model.index(r, 0, parent)
        hasil.append((model.kunci(i), i.data(), _teks_semua(model, i)))
    return hasil


def _pohon_mirror(ctl) -> list[tuple]:
    """The expected tree straight from the controller's mirror."""

    def ind(i):
        return (("indikator", i.id), [])

    def sas(s):
        return (("sasaran", s.id), [ind(i) for i in s.indikator])

    def tuj(t):
        return (("tujuan", t.id), [ind(i) for i in t.indikator] + [sas(s) for s in t.sasaran])

    d = ctl.dokumen
    return [(("dokumen", d.id), [tuj(t) for t in d.tujuan])]


def _kunci_saja(pohon: list[tuple]) -> list[tuple]:
    return [(k, _kunci_saja(anak)) for k, _teks, anak in pohon]


def test_model_tester_pada_semua_contoh(model_tester, controller, ids_contoh) -> None:
    model = DocumentTreeModel(controller)
    for did in ids_contoh.values():
        controller.open(did)
        model_tester.check(model)
        assert _kunci_saja(_teks_semua(model)) == _pohon_mirror(controller)
    model_tester.assert_clean()


def test_tanpa_tujuan_dan_indikator_tujuan_lebih_dulu(controller, ids_contoh) -> None:
    controller.open(ids_contoh["benjeng"])
    model = DocumentTreeModel(controller)
    dok = controller.dokumen
    kosong = [t for t in dok.tujuan if not t.uraian.strip()]
    assert kosong, "benjeng has a tujuan without uraian"
    assert model.index_dari("tujuan", kosong[0].id).data() == "(tanpa tujuan)"
    # a tujuan with its own indicators lists them before its sasaran
    controller.add_indikator("tujuan", kosong[0].id, 0)
    t_index = model.index_dari("tujuan", kosong[0].id)
    jenis_anak = [
        model.kunci(model.index(r, 0, t_index))[0] for r in range(model.rowCount(t_index))
    ]
    assert jenis_anak[0] == "indikator"
    assert jenis_anak == sorted(jenis_anak)  # "indikator" < "sasaran": all indicators first
    assert _kunci_saja(_teks_semua(model)) == _pohon_mirror(controller)


def test_edit_tunggal_tanpa_reset(qtbot, model_tester, controller, ids_contoh) -> None:
    controller.open(ids_contoh["sumbersuko"])
    model = DocumentTreeModel(controller)
    model_tester.check(model)  # keeps checking every signal from here on
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    dok = controller.dokumen
    t0 = dok.tujuan[0]
    s0 = t0.sasaran[0]
    with qtbot.waitSignal(model.rowsInserted):
        iid = controller.add_indikator("sasaran", s0.id, 0)
    with qtbot.waitSignal(model.rowsMoved):
        controller.move("indikator", iid, "tujuan", t0.id, 0)
    assert model.parent(model.index_dari("indikator", iid)) == model.index_dari("tujuan", t0.id)
    with qtbot.waitSignal(model.dataChanged):
        controller.set_field(iid, Field.INDIKATOR_NAMA, "Indikator uji")
    assert model.index_dari("indikator", iid).data() == "Indikator uji"
    sid = controller.add_sasaran(t0.id, 0)
    controller.move("sasaran", sid, "tujuan", t0.id, len(t0.sasaran) - 1)
    controller.duplicate_indikator(iid)
    with qtbot.waitSignal(model.rowsRemoved):
        controller.remove("tujuan", t0.id)
    assert _kunci_saja(_teks_semua(model)) == _pohon_mirror(controller)
    while controller.stack.canUndo():
        controller.stack.undo()
        assert _kunci_saja(_teks_semua(model)) == _pohon_mirror(controller)
    assert resets == []
    model_tester.assert_clean()


def test_drop_menjadi_perintah_pindah(controller, ids_contoh, store_contoh) -> None:
    store, _ = store_contoh
    did = ids_contoh["sumbersuko"]
    controller.open(did)
    model = DocumentTreeModel(controller)
    dok = controller.dokumen
    ind = dok.tujuan[0].sasaran[0].indikator[0]
    tujuan_lain = dok.tujuan[-1]
    mime = model.mimeData([model.index_dari("indikator", ind.id)])
    assert mime.hasFormat(MIME)
    move = Qt.DropAction.MoveAction
    # not onto an indicator, not onto the document
    assert not model.canDropMimeData(mime, move, -1, 0, model.index_dari("indikator", ind.id))
    assert not model.canDropMimeData(mime, move, -1, 0, model.index_dari("dokumen", did))
    # a sasaran may not be dropped among a tujuan's indicators
    s_mime = model.mimeData([model.index_dari("sasaran", dok.tujuan[0].sasaran[0].id)])
    t_idx = model.index_dari("tujuan", tujuan_lain.id)
    if tujuan_lain.indikator:
        assert not model.canDropMimeData(s_mime, move, 0, 0, t_idx)
    sebelum = ke_json(load_dokumen(store, did))
    assert model.dropMimeData(mime, move, 0, 0, t_idx)
    assert controller.parent_of("indikator", ind.id) == ("tujuan", tujuan_lain.id)
    assert load_dokumen(store, did).tujuan[-1].indikator[0].id == ind.id
    assert controller.stack.undoText().startswith('Pindahkan indikator "')
    controller.stack.undo()
    assert ke_json(load_dokumen(store, did)) == sebelum
