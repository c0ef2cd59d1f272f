"""Issue 24 review: gathering (issue 26) keeps every signed version, its kept file and the log."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ikudesk.cli import main
from ikudesk.domain.keys import NilaiKey
from ikudesk.files.docfile import baca_file
from ikudesk.persistence.repo import SqlRepository, load_dokumen, save_new_dokumen
from ikudesk.persistence.riwayat import load_riwayat
from ikudesk.persistence.store import open_store
from ikudesk.session.document import DocumentSession
from ikudesk.session.operations import SetNilai
from tests.conftest import REPO

CONTOH = REPO / "data" / "sumber-harta-2023.json"


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


def _store_bervesi(
    tmp: Path, capsys: pytest.CaptureFixture[str], nama: str, sampai: int
) -> tuple[str, dict[int, Path]]:
    """A store whose document 1 is ditetapkan up to version ``sampai``; each version exported."""
    db = str(tmp / f"{nama}.sqlite")
    with open_store(db) as store:
        save_new_dokumen(store, baca_file(CONTOH))
    berkas: dict[int, Path] = {}
    for n in range(1, sampai + 1):
        if n > 1:
            assert _cli(capsys, "revisi", "1", "--db", db)[0] == 0
            with open_store(db) as store:
                sesi = DocumentSession.open(SqlRepository(store), 1)
                ind = sesi.dokumen.semua_indikator()[1]
                sesi.apply(SetNilai(NilaiKey.target(ind.id, 2025), Decimal(70 + n)))
        argv = ["tetapkan", "1", "--tanggal", f"202{n}-01-05", "--dasar", f"Kep {n}"]
        if n > 1:
            argv += ["--alasan", f"Reviu {n}"]
        rc, _, err = _cli(capsys, *argv, "--db", db)
        assert rc == 0, err
        berkas[n] = tmp / f"{nama}-v{n}.json"
        assert _cli(capsys, "export", "1", str(berkas[n]), "--db", db)[0] == 0
    return db, berkas


def test_gabung_berkas_lebih_lama_ditolak_versi_tetap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, berkas = _store_bervesi(tmp_path, capsys, "s", 3)
    rc, _, err = _cli(capsys, "gabung", str(berkas[1]), "--ya", "--db", db)
    assert rc == 2
    assert "versi 3" in err and "versi 1" in err
    with open_store(db) as store:
        assert [p.versi for p in load_dokumen(store, 1).penetapan] == [1, 2, 3]


def test_gabung_menambah_versi_disebut(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = _store_bervesi(tmp_path, capsys, "s", 1)
    _, berkas = _store_bervesi(tmp_path, capsys, "lain", 3)
    rc, _, err = _cli(capsys, "gabung", str(berkas[3]), "--ya", "--db", db)
    assert rc == 0, err
    assert "Versi 2 ditetapkan 2022-01-05 (Kep 2)" in err
    assert "Versi 3 ditetapkan 2023-01-05 (Kep 3)" in err
    with open_store(db) as store:
        assert [p.versi for p in load_dokumen(store, 1).penetapan] == [1, 2, 3]


def _cadangan(db: str, tmp: Path) -> Path:
    from ikudesk.backup.archive import buat_cadangan

    with open_store(db) as store:
        return buat_cadangan(store, tmp / "asal.ikubackup").path


def test_gabung_dari_cadangan_membawa_berkas_versi_dan_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    asal, berkas = _store_bervesi(tmp_path, capsys, "asal", 3)
    cadangan = _cadangan(asal, tmp_path)
    with open_store(asal) as store:
        log_asal = [(p.waktu, p.oleh, p.uraian) for p in load_riwayat(store, 1).perubahan]
    for awal in (0, 1):  # into an empty store (new document) and over version 1 (replaced)
        db = str(tmp_path / f"tujuan{awal}.sqlite")
        if awal:
            db, _ = _store_bervesi(tmp_path, capsys, f"tujuan{awal}", 1)
        else:
            open_store(db).close()
        rc, _, err = _cli(capsys, "gabung", str(cadangan), "--ya", "--db", db)
        assert rc == 0, err
        for n in (1, 2, 3):
            out = tmp_path / f"ulang{awal}-{n}.json"
            rc, _, err = _cli(capsys, "export", "1", str(out), "--versi", str(n), "--db", db)
            assert rc == 0, err
            assert out.read_bytes() == berkas[n].read_bytes()
        with open_store(db) as store:
            log = [(p.waktu, p.oleh, p.uraian) for p in load_riwayat(store, 1).perubahan]
        assert all(b in log for b in log_asal)


def test_gabung_dari_berkas_json_versi_lama_tidak_ada_pesannya_jelas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, berkas = _store_bervesi(tmp_path, capsys, "asal", 2)
    db = str(tmp_path / "tujuan.sqlite")
    open_store(db).close()
    assert _cli(capsys, "gabung", str(berkas[2]), "--ya", "--db", db)[0] == 0
    rc, _, err = _cli(capsys, "export", "1", str(tmp_path / "v1.json"), "--versi", "1", "--db", db)
    assert rc == 2
    assert "berkas dokumen" in err and "tanpa berkas versi-versi sebelumnya" in err


def test_ganti_dokumen_tidak_pernah_menghapus_versi(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The store's own guard, under every caller of replace_dokumen."""
    from ikudesk.errors import IkuError
    from ikudesk.persistence.repo import replace_dokumen

    db, berkas = _store_bervesi(tmp_path, capsys, "s", 2)
    with open_store(db) as store:
        with pytest.raises(IkuError, match="versi 2"):
            replace_dokumen(store, 1, baca_file(berkas[1]))
        assert [p.versi for p in load_dokumen(store, 1).penetapan] == [1, 2]
