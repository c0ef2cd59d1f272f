"""FORMAT v2 December 2026 ``laporan_triwulan``: a quarter's monitoring table has its own
signer and date — stored (schema 5), set and cleared by an operation with its inverse, read and
written by the document file, on both engines."""

from __future__ import annotations

import pytest

from ikudesk.domain.model import LaporanTriwulan, Penandatangan
from ikudesk.errors import IkuError
from ikudesk.files.docfile import baca_dokumen, ke_json
from ikudesk.persistence.repo import SqlRepository, load_dokumen
from ikudesk.session.document import DocumentSession
from ikudesk.session.operations import SetLaporanTriwulan

CAMAT = Penandatangan(
    tempat="Sumber Harta",
    tanggal="2023-07-05",
    jabatan="CAMAT SUMBER HARTA",
    nama="CONTOH NAMA CAMAT",
    nip="198203152001121002",
    status="Plt.",
)


def test_set_hapus_dan_batalkan_penandatangan_triwulan(store_contoh) -> None:  # noqa: ANN001
    store, ids = store_contoh
    did = ids["sumber-harta-2023"]
    sesi = DocumentSession.open(SqlRepository(store), did)
    awal = ke_json(load_dokumen(store, did))
    entry = LaporanTriwulan(2023, 2, CAMAT)
    balik = sesi.apply(SetLaporanTriwulan(2023, 2, entry))
    dari_store = load_dokumen(store, did)
    assert dari_store.laporan_tw(2023, 2) == entry == sesi.dokumen.laporan_tw(2023, 2)
    assert dari_store.laporan_tw(2023, 3) is None
    # the document file carries it and reads it back
    teks = ke_json(dari_store)
    assert '"laporan_triwulan"' in teks
    assert baca_dokumen(teks).laporan_tw(2023, 2) == entry
    # undo: the inverse removes it again, the store as it was
    sesi.apply(balik)
    assert ke_json(load_dokumen(store, did)) == awal
    assert sesi.dokumen.laporan_triwulan == []
    # clearing is an operation too
    sesi.apply(SetLaporanTriwulan(2023, 2, entry))
    pulih = sesi.apply(SetLaporanTriwulan(2023, 2, None))
    assert load_dokumen(store, did).laporan_tw(2023, 2) is None
    sesi.apply(pulih)
    assert load_dokumen(store, did).laporan_tw(2023, 2) == entry


def test_penandatangan_triwulan_ditolak_dengan_pesan(store_contoh) -> None:  # noqa: ANN001
    store, ids = store_contoh
    did = ids["sumber-harta-2023"]
    sesi = DocumentSession.open(SqlRepository(store), did)
    awal = ke_json(load_dokumen(store, did))
    with pytest.raises(IkuError, match="triwulan"):
        sesi.apply(SetLaporanTriwulan(2023, 5, LaporanTriwulan(2023, 5, CAMAT)))
    with pytest.raises(IkuError, match="kosong"):
        sesi.apply(SetLaporanTriwulan(2023, 1, LaporanTriwulan(2023, 1, Penandatangan())))
    with pytest.raises(IkuError, match="periode"):
        sesi.apply(SetLaporanTriwulan(2099, 1, LaporanTriwulan(2099, 1, CAMAT)))
    assert ke_json(load_dokumen(store, did)) == awal


def _dengan_tw(daftar: list[dict]) -> str:
    import json
    from pathlib import Path

    data = json.loads(
        (Path(__file__).resolve().parents[2] / "data" / "sumber-harta-2023.json").read_text()
    )
    data["laporan_triwulan"] = daftar
    return json.dumps(data)


def test_berkas_menolak_laporan_triwulan_rusak() -> None:
    from ikudesk.errors import DokumenError

    ttd = {"nama": "X", "tanggal": "2023-07-03"}
    with pytest.raises(DokumenError, match=r"laporan_triwulan\[1\]"):
        baca_dokumen(
            _dengan_tw(
                [
                    {"tahun": 2023, "triwulan": 2, "penandatangan": ttd},
                    {"tahun": 2023, "triwulan": 2, "penandatangan": ttd},
                ]
            )
        )
    with pytest.raises(DokumenError, match=r"laporan_triwulan\[0\]\.triwulan"):
        baca_dokumen(_dengan_tw([{"tahun": 2023, "triwulan": 5, "penandatangan": ttd}]))
    with pytest.raises(DokumenError, match=r"laporan_triwulan\[0\]"):
        baca_dokumen(_dengan_tw([{"tahun": 2023, "triwulan": 1, "ttd": ttd}]))
    dok = baca_dokumen(_dengan_tw([{"tahun": 2023, "triwulan": 3, "penandatangan": ttd}]))
    assert dok.laporan_tw(2023, 3) == LaporanTriwulan(
        2023, 3, Penandatangan(nama="X", tanggal="2023-07-03")
    )
