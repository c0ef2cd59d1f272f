"""Issue 24, as a property: whatever sequence of operations (penetapan and revisi among them) is
tried, a ditetapkan document's signed content stays what its last ``sidik`` fingerprints, a
refused operation changes nothing, and the store always reloads to the tree in memory."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ikudesk.errors import IkuError
from ikudesk.files.docfile import baca_dokumen, baca_file, ke_json, sidik_dokumen
from ikudesk.persistence.repo import SqlRepository, load_dokumen, save_new_dokumen
from ikudesk.persistence.riwayat import load_berkas_versi
from ikudesk.persistence.store import open_store
from ikudesk.session.document import DocumentSession
from ikudesk.session.operations import BukaRevisi, Tetapkan
from tests.conftest import CONTOH
from tests.session.test_inverse_property import _draw_op


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), contoh=st.sampled_from(sorted(CONTOH)))
def test_isi_ditetapkan_tetap_sesuai_sidik(data: st.DataObject, contoh: Path) -> None:
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "iku.sqlite") as store:
        did = save_new_dokumen(store, baca_file(contoh))
        sesi = DocumentSession.open(SqlRepository(store), did)
        for i in range(data.draw(st.integers(1, 14))):
            pilihan = data.draw(st.sampled_from(["op", "op", "op", "tetapkan", "revisi"]))
            if pilihan == "tetapkan":
                n = len(sesi.dokumen.penetapan)
                op = Tetapkan(f"{2021 + n}-01-0{1 + i % 9}", f"Kep {n + 1}", "Reviu" if n else "")
            elif pilihan == "revisi":
                op = BukaRevisi()
            else:
                op = _draw_op(data, sesi)
                if op is None:
                    continue
            sebelum = ke_json(load_dokumen(store, did))
            try:
                sesi.apply(op)
            except IkuError:
                assert ke_json(load_dokumen(store, did)) == sebelum == ke_json(sesi.dokumen)
            dok = load_dokumen(store, did)
            assert ke_json(dok) == ke_json(sesi.dokumen)
            if dok.ditetapkan:
                assert sidik_dokumen(dok) == dok.penetapan[-1].sidik
                baca_dokumen(ke_json(dok))  # its file passes the reader's check
        for p in load_dokumen(store, did).penetapan:
            # every version's file reads back with its own fingerprint
            assert sidik_dokumen(baca_dokumen(load_berkas_versi(store, did, p.versi))) == p.sidik
