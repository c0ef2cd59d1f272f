"""Issue 24 end to end: the commands (tetapkan, revisi, riwayat, banding, export/pdf --versi),
backups of both engines keeping penetapan, versions' files and the log, restore and import
refusing signed content changed outside the program, and the schema upgrade."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from ikudesk.backup.archive import buat_cadangan, siapkan_pemulihan
from ikudesk.cli import main
from ikudesk.domain.keys import NilaiKey
from ikudesk.files.docfile import PESAN_DIUBAH_LUAR, baca_file
from ikudesk.persistence.repo import SqlRepository, list_dokumen, load_dokumen, save_new_dokumen
from ikudesk.persistence.riwayat import load_berkas_versi, load_riwayat
from ikudesk.persistence.store import open_store
from ikudesk.session.document import DocumentSession
from ikudesk.session.operations import SetNilai
from tests.conftest import REPO

CONTOH = REPO / "data" / "sumber-harta-2023.json"


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "iku.sqlite"
    with open_store(path) as store:
        save_new_dokumen(store, baca_file(CONTOH))
    return str(path)


def test_versi_n_setelah_tiga_revisi_sama_dengan_saat_ditetapkan(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saat: dict[int, bytes] = {}
    rc, _, err = _cli(
        capsys, "tetapkan", "1", "--tanggal", "2021-01-05", "--dasar", "Kep 1", "--db", db
    )
    assert rc == 0 and "versi 1" in err
    _cli(capsys, "export", "1", str(tmp_path / "v1.json"), "--db", db)
    saat[1] = (tmp_path / "v1.json").read_bytes()
    for n, (tanggal, target) in enumerate(
        [("2022-01-10", 80), ("2023-01-10", 81), ("2024-01-10", 82)], start=2
    ):
        assert _cli(capsys, "revisi", "1", "--db", db)[0] == 0
        # change a signed value between versions: a target of 2025
        with open_store(db) as store:
            sesi = DocumentSession.open(SqlRepository(store), 1)
            ind = sesi.dokumen.semua_indikator()[1]
            sesi.apply(SetNilai(NilaiKey.target(ind.id, 2025), Decimal(target)))
        rc, _, err = _cli(capsys, "tetapkan", "1", "--tanggal", tanggal, "--db", db)
        assert rc == 2 and "lasan revisi wajib" in err  # no reason: refused, nothing changed
        rc, _, _ = _cli(
            capsys, "tetapkan", "1", "--tanggal", tanggal, "--alasan", f"Reviu {n}", "--db", db
        )
        assert rc == 0
        _cli(capsys, "export", "1", str(tmp_path / f"v{n}.json"), "--db", db)
        saat[n] = (tmp_path / f"v{n}.json").read_bytes()
    for n, isi in saat.items():
        out = tmp_path / f"ulang{n}.json"
        assert _cli(capsys, "export", "1", str(out), "--versi", str(n), "--db", db)[0] == 0
        assert out.read_bytes() == isi, n
        # and it imports as what it is: a ditetapkan file whose fingerprint holds
        assert baca_file(out).penetapan[-1].versi == n
    rc, out, _ = _cli(capsys, "riwayat", "1", "--json", "--db", db)
    data = json.loads(out)
    assert [v["versi"] for v in data["versi"]] == [1, 2, 3, 4]
    assert [v["alasan"] for v in data["versi"]] == ["", "Reviu 2", "Reviu 3", "Reviu 4"]
    assert set(data["versi"][0]) == {"versi", "tanggal", "dasar", "alasan", "sidik"}
    assert {"waktu", "oleh", "uraian"} == set(data["perubahan"][0])
    assert [p["uraian"] for p in data["perubahan"]].count("Buka revisi (menuju versi 3)") == 1
    rc, out, _ = _cli(capsys, "banding", "1", "2", "3", "--db", db)
    assert rc == 0 and "target 2025 80 → 81" in out
    rc, out, _ = _cli(capsys, "banding", "1", "1", "4", "--json", "--db", db)
    assert any(
        "target 2025 (kosong) → 82" in b or "→ 82" in b for b in json.loads(out)["perubahan"]
    )
    rc, out, _ = _cli(capsys, "riwayat", "1", "--perubahan", "--sejak", "2999-01-01", "--db", db)
    assert "Versi 4" in out and "Belum ada perubahan tercatat." in out
    rc, _, err = _cli(capsys, "export", "1", str(tmp_path / "x.json"), "--versi", "9", "--db", db)
    assert rc == 2 and "tidak mempunyai versi 9" in err


def test_pdf_versi_dan_tanda_draf(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def teks(pdf: Path) -> str:
        return subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout

    _cli(capsys, "pdf", "1", str(tmp_path / "awal.pdf"), "--db", db)
    assert "DRAF" not in teks(tmp_path / "awal.pdf") and "Ditetapkan" not in teks(
        tmp_path / "awal.pdf"
    )
    _cli(
        capsys,
        "tetapkan",
        "1",
        "--tanggal",
        "2021-01-05",
        "--dasar",
        "Keputusan Camat 7",
        "--db",
        db,
    )
    _cli(capsys, "pdf", "1", str(tmp_path / "tetap.pdf"), "--db", db)
    t = teks(tmp_path / "tetap.pdf")
    assert "Ditetapkan versi 1, 5 Januari 2021 — Keputusan Camat 7" in t and "DRAF" not in t
    _cli(capsys, "pdf", "1", str(tmp_path / "tanpa.pdf"), "--tanpa-penetapan", "--db", db)
    assert "Ditetapkan" not in teks(tmp_path / "tanpa.pdf")
    _cli(capsys, "revisi", "1", "--db", db)
    _cli(capsys, "pdf", "1", str(tmp_path / "draf.pdf"), "--db", db)
    t = teks(tmp_path / "draf.pdf")
    baris = [b.strip() for b in t.splitlines() if b.strip()]
    assert baris[0] == "DRAF — belum ditetapkan"  # the page header, above the title
    assert baris[-1].startswith("DRAF — belum ditetapkan (revisi dari versi 1")
    _cli(capsys, "pdf", "1", str(tmp_path / "v1.pdf"), "--versi", "1", "--db", db)
    assert "Ditetapkan versi 1" in teks(tmp_path / "v1.pdf")


def test_cadangan_dan_pulih_membawa_penetapan_berkas_dan_log(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _cli(capsys, "tetapkan", "1", "--tanggal", "2021-01-05", "--dasar", "Kep 1", "--db", db)
    _cli(capsys, "revisi", "1", "--db", db)
    _cli(capsys, "tetapkan", "1", "--tanggal", "2022-01-05", "--alasan", "Reviu", "--db", db)
    with open_store(db) as store:
        sebelum = load_riwayat(store, 1)
        berkas = {v: load_berkas_versi(store, 1, v) for v in (1, 2)}
        cad = buat_cadangan(store, tmp_path / "a.ikubackup").path
    baru = tmp_path / "pc-lain" / "ikudesk.sqlite"
    with siapkan_pemulihan(cad, baru) as p:
        hasil = p.jalankan()
    with hasil.store as s:
        sesudah = load_riwayat(s, 1)
        assert sesudah.versi == sebelum.versi and sesudah.perubahan == sebelum.perubahan
        assert {v: load_berkas_versi(s, 1, v) for v in (1, 2)} == berkas
        assert load_dokumen(s, 1).status == "ditetapkan"


def _pulihkan(cad: Path, ke: Path):  # noqa: ANN202 - the restore's result
    with siapkan_pemulihan(cad, ke) as p:
        info = p.info
        hasil = p.jalankan()
    return info, hasil


def test_pulih_tidak_menerima_isi_ditetapkan_yang_diubah_sebagai_versi(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Signed content changed in the store by another tool: the backup said "dibuat dan
    diperiksa" and its restore refused the whole file (every other document with it, the safety
    copies too). Now the backup restores, and that document comes back as a draft revision,
    never as the signed version: said before the yes and written in its change log."""
    _cli(capsys, "tetapkan", "1", "--tanggal", "2021-01-05", "--db", db)
    with open_store(db) as store:
        save_new_dokumen(store, baca_file(CONTOH))  # another document, untouched
    con = sqlite3.connect(db)
    con.execute(
        "UPDATE indikator SET nama = 'Diubah diam-diam' WHERE id = (SELECT min(id) FROM indikator)"
    )
    con.commit()
    con.close()
    with open_store(db) as store:
        cad = buat_cadangan(store, tmp_path / "a.ikubackup").path
        sebelum = load_dokumen(store, 1)
    info, hasil = _pulihkan(cad, tmp_path / "lain" / "ikudesk.sqlite")
    assert [(k.dokumen_id, k.versi_isi, k.versi_berkas) for k in info.diubah_luar] == [(1, 1, ())]
    assert "dipulihkan sebagai draf revisi" in info.diubah_luar[0].uraian()
    with hasil.store as s:
        dok = load_dokumen(s, 1)
        assert dok.status == "draf" and dok.penetapan == sebelum.penetapan
        assert dok.semua_indikator()[0].nama == "Diubah diam-diam"  # the content as it was
        assert load_berkas_versi(s, 1, 1)  # the signed version's file is kept
        assert "dibuka sebagai draf revisi" in load_riwayat(s, 1).perubahan[-1].uraian
        assert len(list_dokumen(s)) == 2
    capsys.readouterr()


def test_catatan_penetapan_dipalsukan_tidak_dipulihkan_sebagai_ditetapkan(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review finding: the penetapan row of a ditetapkan document changed (a false decree);
    the restore then dropped the true kept file and kept the false row. Now nothing is dropped,
    the document comes back as a draft, and gabung refuses the backup, naming it."""
    _cli(capsys, "tetapkan", "1", "--tanggal", "2021-01-05", "--dasar", "Kep 1", "--db", db)
    con = sqlite3.connect(db)
    con.execute("UPDATE penetapan SET dasar = 'Perbup palsu'")
    con.commit()
    con.close()
    with open_store(db) as store:
        cad = buat_cadangan(store, tmp_path / "a.ikubackup").path
    info, hasil = _pulihkan(cad, tmp_path / "lain" / "ikudesk.sqlite")
    assert [(k.versi_isi, k.versi_berkas, k.ditetapkan) for k in info.diubah_luar] == [
        (None, (1,), True)
    ]
    with hasil.store as s:
        assert load_dokumen(s, 1).status == "draf"
        assert json.loads(load_berkas_versi_mentah(s, 1))["penetapan"][0]["dasar"] == "Kep 1"
    rc, _, err = _cli(capsys, "gabung", str(cad), "--db", str(tmp_path / "kab.sqlite"), "--ya")
    assert rc == 2 and "tidak digabungkan: penetapannya diubah di luar program" in err
    assert "dokumen 1" in err and "berkas isi versi 1 tidak cocok" in err


def load_berkas_versi_mentah(store, dokumen_id: int) -> str:  # noqa: ANN001
    from ikudesk.persistence.mapper import read_all_berkas_penetapan

    with store.read() as s:
        return read_all_berkas_penetapan(s, dokumen_id)[1]


def _ubah_target_di_luar(db: str) -> None:
    """Someone edits the store with another tool: a signed target changes, the status stays."""
    con = sqlite3.connect(db)
    con.execute(
        "UPDATE nilai SET nilai = '95' "
        "WHERE id = (SELECT min(id) FROM nilai WHERE jenis = 'target')"
    )
    con.commit()
    con.close()


def test_isi_ditetapkan_diubah_di_luar_tidak_diekspor_atau_dicetak_sebagai_versi(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The export wrote a file every reader refuses, the IKU sheet printed "Ditetapkan versi 1"
    under numbers that were not signed, and ``riwayat`` said "ditetapkan". Now the export is
    refused with the way out, the sheet is marked, riwayat says so; after Buka revisi the
    export works."""
    _cli(capsys, "tetapkan", "1", "--tanggal", "2021-01-05", "--dasar", "Kep 1", "--db", db)
    _ubah_target_di_luar(db)
    eks, pdf = tmp_path / "e.json", tmp_path / "p.pdf"

    rc, _, err = _cli(capsys, "export", "1", str(eks), "--db", db)
    assert rc == 2 and not eks.exists(), err
    assert "Dokumen tidak diekspor" in err and "ikudesk revisi 1" in err and "--versi 1" in err
    rc, _, err = _cli(capsys, "export", "1", str(eks), "--versi", "1", "--db", db)
    assert rc == 0, err
    assert baca_file(eks).ditetapkan  # the signed version itself, exactly as signed

    rc, _, err = _cli(capsys, "pdf", "1", str(pdf), "--db", db)
    assert rc == 0, err
    assert "telah diubah di luar IKU Desk" in err
    teks = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    teks = " ".join(teks.split())
    assert "BUKAN ISI YANG DITETAPKAN" in teks and "Ditetapkan versi 1" not in teks

    rc, out, _ = _cli(capsys, "riwayat", "1", "--db", db)
    assert "ditetapkan, tetapi isi yang ditetapkan telah diubah di luar program" in out

    assert _cli(capsys, "revisi", "1", "--db", db)[0] == 0
    eks.unlink()
    assert _cli(capsys, "export", "1", str(eks), "--db", db)[0] == 0
    assert baca_file(eks).status == "draf"


def test_impor_berkas_ditetapkan_yang_diubah_ditolak(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _cli(capsys, "tetapkan", "1", "--tanggal", "2021-01-05", "--db", db)
    _cli(capsys, "export", "1", str(tmp_path / "v1.json"), "--db", db)
    data = json.loads((tmp_path / "v1.json").read_text("utf-8"))
    assert _cli(capsys, "import", str(tmp_path / "v1.json"), "--db", db)[0] == 0
    data["tujuan"][0]["uraian"] = "Tujuan yang diganti di luar program"
    (tmp_path / "ubah.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    rc, _, err = _cli(capsys, "import", str(tmp_path / "ubah.json"), "--db", db)
    assert rc == 2 and PESAN_DIUBAH_LUAR in err
    # the imported ditetapkan file keeps its last version's file in the store
    with open_store(db) as store:
        assert baca_file(tmp_path / "v1.json").penetapan == load_dokumen(store, 2).penetapan
        assert json.loads(load_berkas_versi(store, 2, 1))["status"] == "ditetapkan"


def test_store_skema_4_diperbarui_ke_6(tmp_path: Path) -> None:
    from tests.persistence.skema_lama import buat_sqlite_lama

    path = tmp_path / "lama.sqlite"
    con = sqlite3.connect(path)
    buat_sqlite_lama(con, 4)  # the SQL the releases up to schema 4 ran
    con.execute("PRAGMA user_version = 4")
    con.execute(
        "INSERT INTO dokumen (id, instansi, pemerintah_daerah, judul, tabel_judul, nomor_per, "
        "nomori_indikator, baris_nomor_kolom, catatan, dibuat, diubah) VALUES "
        "(1, 'Kecamatan Lama', '', '[]', '', 'sasaran', 0, 0, '', '', '')"
    )
    con.commit()
    con.close()
    with open_store(path) as store:
        dok = load_dokumen(store, 1)
        assert dok.status == "draf" and dok.penetapan == []
        assert load_riwayat(store, 1).perubahan == []


def test_berkas_versi_yang_diubah_di_penyimpanan_ditolak(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _cli(capsys, "tetapkan", "1", "--tanggal", "2021-01-05", "--db", db)
    _cli(capsys, "revisi", "1", "--db", db)
    # The kept file of version 1 is edited with another tool (a target changed).
    con = sqlite3.connect(db)
    (isi,) = con.execute("SELECT berkas FROM penetapan WHERE versi = 1").fetchone()
    data = json.loads(isi)
    data["status"] = "draf"  # so that the file's own check does not see it
    data["tujuan"][0]["sasaran"][0]["indikator"][0]["target"] = {"2023": 1}
    con.execute("UPDATE penetapan SET berkas = ? WHERE versi = 1", (json.dumps(data),))
    con.commit()
    con.close()
    rc, _, err = _cli(capsys, "export", "1", str(tmp_path / "v1.json"), "--versi", "1", "--db", db)
    assert rc == 2 and PESAN_DIUBAH_LUAR in err and not (tmp_path / "v1.json").exists()
    _pulih_dengan_berkas_versi_1_diubah(db, tmp_path, capsys)


def test_ganti_isi_seluruhnya_menjaga_log_dan_berkas_versi(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ikudesk.persistence.repo import replace_dokumen

    _cli(capsys, "tetapkan", "1", "--tanggal", "2021-01-05", "--db", db)
    _cli(capsys, "revisi", "1", "--db", db)
    _cli(capsys, "tetapkan", "1", "--tanggal", "2022-01-05", "--alasan", "Reviu", "--db", db)
    _cli(capsys, "export", "1", str(tmp_path / "kini.json"), "--db", db)
    with open_store(db) as store:
        log = load_riwayat(store, 1).perubahan
        v1 = load_berkas_versi(store, 1, 1)
        # the same document arriving again (a kecamatan's file gathered, say)
        replace_dokumen(store, 1, baca_file(tmp_path / "kini.json"))
        sesudah = load_riwayat(store, 1).perubahan
        assert sesudah[: len(log)] == log and len(sesudah) == len(log) + 1
        assert "diganti" in sesudah[-1].uraian
        assert load_berkas_versi(store, 1, 1) == v1  # version 1's file, which the file cannot carry


@pytest.mark.parametrize(("kunci", "nilai"), [("tanggal", "2020-02-02"), ("dasar", "Kep palsu")])
def test_berkas_versi_dengan_penetapan_lain_ditolak(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], kunci: str, nilai: str
) -> None:
    """Issue 24 review: a kept file whose own penetapan entry differs from the row."""
    _cli(capsys, "tetapkan", "1", "--tanggal", "2021-01-05", "--dasar", "Kep 1", "--db", db)
    _cli(capsys, "revisi", "1", "--db", db)
    con = sqlite3.connect(db)
    (isi,) = con.execute("SELECT berkas FROM penetapan WHERE versi = 1").fetchone()
    data = json.loads(isi)
    data["penetapan"][-1][kunci] = nilai  # the signed content (and its sidik) untouched
    con.execute("UPDATE penetapan SET berkas = ? WHERE versi = 1", (json.dumps(data),))
    con.commit()
    con.close()
    rc, _, err = _cli(capsys, "export", "1", str(tmp_path / "v1.json"), "--versi", "1", "--db", db)
    assert rc == 2 and kunci in err and not (tmp_path / "v1.json").exists()
    _pulih_dengan_berkas_versi_1_diubah(db, tmp_path, capsys)


def _pulih_dengan_berkas_versi_1_diubah(db: str, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """A backup of a store whose kept file of version 1 disagrees with its entry: it restores
    (it refused whole before) as a draft, with nothing dropped (which side was changed cannot
    be told), said and logged; version 1 is still refused as signed."""
    with open_store(db) as store:
        cad = buat_cadangan(store, tmp_path / "a.ikubackup").path
        sebelum = load_dokumen(store, 1)
    baru = tmp_path / "lain" / "ikudesk.sqlite"
    info, hasil = _pulihkan(cad, baru)
    assert [(k.dokumen_id, k.versi_isi, k.versi_berkas) for k in info.diubah_luar] == [
        (1, None, (1,))
    ]
    with hasil.store as s:
        dok = load_dokumen(s, 1)
        assert dok.penetapan == sebelum.penetapan and dok.status == "draf"
        assert "berkas isi versi 1 tidak cocok" in load_riwayat(s, 1).perubahan[-1].uraian
    with open_store(db) as asal, open_store(baru) as pulih, pulih.read() as s:
        from ikudesk.persistence.mapper import read_all_berkas_penetapan

        with asal.read() as a:
            assert read_all_berkas_penetapan(s, 1) == read_all_berkas_penetapan(a, 1)
    rc, _, err = _cli(
        capsys, "export", "1", str(tmp_path / "v1.json"), "--versi", "1", "--db", str(baru)
    )
    assert rc == 2 and PESAN_DIUBAH_LUAR in err
    assert not (tmp_path / "v1.json").exists()


def test_pesan_alasan_terlalu_panjang_dan_revisi_ganda(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 24 review: the field is named; a second revisi says it is open already."""
    assert _cli(capsys, "tetapkan", "1", "--tanggal", "2021-01-05", "--db", db)[0] == 0
    assert _cli(capsys, "revisi", "1", "--db", db)[0] == 0
    rc, _, err = _cli(capsys, "revisi", "1", "--db", db)
    assert rc == 2 and "sudah dibuka" in err and "belum ditetapkan" not in err
    rc, _, err = _cli(
        capsys, "tetapkan", "1", "--tanggal", "2022-01-05", "--alasan", "a" * 1001, "--db", db
    )
    assert rc == 2 and "Alasan terlalu panjang (1.001 karakter" in err
    rc, _, err = _cli(
        capsys,
        "tetapkan",
        "1",
        "--tanggal",
        "2022-01-05",
        "--alasan",
        "x",
        "--dasar",
        "d" * 1001,
        "--db",
        db,
    )
    assert rc == 2 and "Dasar terlalu panjang" in err
