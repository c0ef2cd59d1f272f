"""Issue 24 on a server store: a logical backup carries penetapan, each version's file and the
log, and restores them into SQLite and back into a server."""

from __future__ import annotations

from pathlib import Path

import pytest

from ikudesk.cli import main
from ikudesk.files.docfile import baca_file
from ikudesk.persistence.repo import save_new_dokumen
from ikudesk.persistence.riwayat import load_berkas_versi, load_riwayat
from ikudesk.persistence.store import open_store
from tests.conftest import REPO
from tests.server.test_hak_kecamatan import _url_sebagai, kabupaten  # noqa: F401 - a fixture

pytest.importorskip("psycopg", reason="paket psycopg (pyproject [server]) tidak terpasang")


def _riwayat(db: str) -> tuple:
    with open_store(db) as store:
        r = load_riwayat(store, 1)
        return r.versi, r.perubahan, [load_berkas_versi(store, 1, p.versi) for p in r.versi]


def test_cadangan_server_membawa_penetapan_dan_log(tmp_path: Path, pg_url: str) -> None:
    with open_store(pg_url) as server:
        assert save_new_dokumen(server, baca_file(REPO / "data" / "sumber-harta-2023.json")) == 1
    for argv in (
        ["tetapkan", "1", "--tanggal", "2021-01-05", "--dasar", "Kep 1"],
        ["revisi", "1"],
        ["tetapkan", "1", "--tanggal", "2022-01-05", "--alasan", "Reviu IKU"],
    ):
        assert main([*argv, "--db", pg_url]) == 0
    asli = _riwayat(pg_url)
    assert [p.versi for p in asli[0]] == [1, 2]
    # on a server the log names the database role and the OS user
    assert all("(" in c.oleh and c.oleh.endswith(")") for c in asli[1])
    assert main(["backup", str(tmp_path / "s.ikubackup"), "--db", pg_url]) == 0
    lokal = str(tmp_path / "lokal.sqlite")
    assert main(["restore", str(tmp_path / "s.ikubackup"), "--db", lokal, "--ya"]) == 0
    assert _riwayat(lokal) == asli
    # and back into a server
    assert main(["backup", str(tmp_path / "l.ikubackup"), "--db", lokal]) == 0
    assert main(["restore", str(tmp_path / "l.ikubackup"), "--db", pg_url, "--ya"]) == 0
    assert _riwayat(pg_url) == asli


def test_isi_ditetapkan_diubah_di_server_dicadangkan_dan_dipulihkan_sebagai_draf(
    tmp_path: Path, pg_url: str
) -> None:
    """A signed target changed on the server by another client (psql): the server backup
    failed (its copy read each document with the import rules). Now it is taken as the server
    holds it, and every restore (into SQLite, back into the server) makes it a draft revision
    with a log line; never the signed version."""
    import psycopg

    from ikudesk.persistence.repo import load_dokumen

    with open_store(pg_url) as server:
        assert save_new_dokumen(server, baca_file(REPO / "data" / "sumber-harta-2023.json")) == 1
    assert main(["tetapkan", "1", "--tanggal", "2021-01-05", "--db", pg_url]) == 0
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute(
            "UPDATE nilai SET nilai = '95' "
            "WHERE id = (SELECT min(id) FROM nilai WHERE jenis = 'target')"
        )
    assert main(["backup", str(tmp_path / "s.ikubackup"), "--db", pg_url]) == 0
    lokal = str(tmp_path / "lokal.sqlite")
    assert main(["restore", str(tmp_path / "s.ikubackup"), "--db", lokal, "--ya"]) == 0
    with open_store(lokal) as store:
        dok = load_dokumen(store, 1)
        assert dok.status == "draf" and [p.versi for p in dok.penetapan] == [1]
        assert "dibuka sebagai draf revisi" in load_riwayat(store, 1).perubahan[-1].uraian
    # the server's own copy, restored into the server: the same
    assert main(["restore", str(tmp_path / "s.ikubackup"), "--db", pg_url, "--ya"]) == 0
    with open_store(pg_url) as store:
        assert load_dokumen(store, 1).status == "draf"
        assert "dibuka sebagai draf revisi" in load_riwayat(store, 1).perubahan[-1].uraian


def test_peran_kecamatan_menetapkan_dokumennya_dan_tercatat(kabupaten) -> None:  # noqa: ANN001, F811
    url, ids, peran = kabupaten["url"], kabupaten["ids"], kabupaten["peran"]
    alfa, beta = ids["Kecamatan Alfa"], ids["Kecamatan Beta"]
    url_alfa = _url_sebagai(url, peran["kec_alfa"])
    assert main(["tetapkan", str(alfa), "--tanggal", "2023-01-05", "--db", url_alfa]) == 0
    # another kecamatan's document: the server refuses, nothing is fixed
    assert main(["tetapkan", str(beta), "--tanggal", "2023-01-05", "--db", url_alfa]) == 2
    with open_store(url) as store:
        r = load_riwayat(store, alfa)
        assert [p.versi for p in r.versi] == [1]
        assert r.perubahan[-1].uraian == "Tetapkan versi 1"
        assert r.perubahan[-1].oleh.startswith(f"{peran['kec_alfa']} (")  # role (OS user)
        assert load_riwayat(store, beta).versi == []
