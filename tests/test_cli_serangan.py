"""Hostile input and odd places on the real command line (issue 22, items 1, 2, 3, 5, 8, 10,
11, 12): each repro runs ``python -m ikudesk`` in a subprocess with a store in tmp_path. A
refusal is exit 2 with an Indonesian message saying what and where, no traceback, and the store
and every file the user did not name as the output stay byte-identical."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import CONTOH, REPO

SAMPEL = next(p for p in CONTOH if p.stem == "sumber-harta-2023")


def ikudesk(
    *argv: str, cwd: Path | None = None, masukan: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "ikudesk", *argv],
        capture_output=True,
        text=True,
        cwd=cwd or REPO,
        env=env,
        input=masukan,
        timeout=120,
    )


def ditolak(hasil: subprocess.CompletedProcess[str], *kata: str) -> None:
    """Exit 2, an Indonesian message naming ``kata``, no traceback."""
    assert hasil.returncode == 2, (hasil.returncode, hasil.stdout, hasil.stderr)
    assert "Traceback" not in hasil.stderr and "Exception ignored" not in hasil.stderr
    for k in kata:
        assert k in hasil.stderr, (k, hasil.stderr)


def sidik(*paths: Path) -> dict[str, str | None]:
    """The bytes of each file (hash), None for a file that does not exist."""
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None for p in paths
    }


def isi_folder(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): (
            hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"
        )
        for p in sorted(folder.rglob("*"))
    }


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store holding one document (id 1)."""
    path = tmp_path / "iku.sqlite"
    hasil = ikudesk("import", str(SAMPEL), "--db", str(path))
    assert hasil.returncode == 0, hasil.stderr
    return path


def jumlah_dokumen(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM dokumen").fetchone()[0])
    finally:
        con.close()


# --- item 1: a global option is honoured wherever it is written -----------------------------


def test_db_sebelum_perintah_dipakai_import_backup_restore(tmp_path: Path) -> None:
    bawaan = Path(os.environ["IKUDESK_DB"])
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    hasil = ikudesk("--db", str(a), "import", str(SAMPEL))
    assert hasil.returncode == 0, hasil.stderr
    assert jumlah_dokumen(a) == 1 and not bawaan.exists()
    cadangan = tmp_path / "a.ikubackup"
    hasil = ikudesk("--db", str(a), "backup", str(cadangan))
    assert hasil.returncode == 0, hasil.stderr
    assert not bawaan.exists()
    hasil = ikudesk("--db", str(b), "restore", str(cadangan), "--ya")
    assert hasil.returncode == 0, hasil.stderr
    assert jumlah_dokumen(b) == 1 and not bawaan.exists()
    # and after the command, as before
    hasil = ikudesk("list", "--db", str(b))
    assert hasil.returncode == 0 and "Sumber Harta" in hasil.stdout


def test_db_dua_kali_berbeda_ditolak_keduanya_utuh(db: Path, tmp_path: Path) -> None:
    lain = tmp_path / "lain.sqlite"
    sebelum = sidik(db, lain, Path(os.environ["IKUDESK_DB"]))
    ditolak(ikudesk("--db", str(db), "import", str(SAMPEL), "--db", str(lain)), "--db", "dua kali")
    assert sidik(db, lain, Path(os.environ["IKUDESK_DB"])) == sebelum
    # the same store twice is one choice
    hasil = ikudesk("--db", str(db), "list", "--db", str(db))
    assert hasil.returncode == 0, hasil.stderr


def test_pilihan_jendela_dengan_perintah_ditolak(db: Path, tmp_path: Path) -> None:
    png = tmp_path / "x.png"
    ditolak(ikudesk("--screenshot", str(png), "--db", str(db), "list"), "--screenshot", "list")
    ditolak(ikudesk("--dokumen", "1", "--db", str(db), "list"), "--dokumen")
    assert not png.exists()


def test_pilihan_jendela_yang_tidak_berlaku_bersama_ditolak(db: Path, tmp_path: Path) -> None:
    """--halaman without --screenshot opened the window as if not given; --smoke dropped
    --screenshot, --halaman and --dokumen. Each is now refused before anything starts."""
    png = tmp_path / "x.png"
    sebelum = sidik(db)
    ditolak(ikudesk("--halaman", "pk", "--db", str(db)), "--halaman", "--screenshot")
    for pilihan in (["--screenshot", str(png)], ["--halaman", "pk"], ["--dokumen", "1"]):
        ditolak(ikudesk("--smoke", *pilihan, "--db", str(db)), pilihan[0], "--smoke")
    ditolak(ikudesk("--halaman", "pk", "--db", str(db), "list"), "--halaman", "list")
    assert not png.exists()
    assert sidik(db) == sebelum


def test_perintah_baru_mendapat_db_dengan_sendirinya() -> None:
    """A command added without calling ``_tambah_db`` still takes ``--db`` after it."""
    from ikudesk.cli import _parser

    sub = next(a for a in _parser()._actions if a.dest == "perintah")
    for nama, p in sub.choices.items():  # type: ignore[attr-defined]
        assert "--db" in p._option_string_actions, nama


# --- item 8: an unknown scheme ----------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["postgresql+psycopg2://u@localhost/iku", "mysql://u@localhost/iku", "http://contoh/iku"],
)
def test_skema_tidak_dikenal_ditolak_tanpa_membuat_apa_pun(tmp_path: Path, url: str) -> None:
    kerja = tmp_path / "kerja"
    kerja.mkdir()
    for argv in (("--db", url, "list"), ("import", str(SAMPEL), "--db", url)):
        ditolak(ikudesk(*argv, cwd=kerja), "skema", url.split("://")[0])
    assert isi_folder(kerja) == {}


# --- item 2: output onto a device, a FIFO, a socket ------------------------------------------


@pytest.fixture
def khusus(tmp_path: Path) -> Iterator[dict[str, Path]]:
    """A FIFO, a socket, and (as root) copies of /dev/null and /dev/full: never the real ones,
    so a regression cannot replace the machine's devices."""
    import socket

    folder = tmp_path / "khusus"
    folder.mkdir()
    hasil = {"fifo": folder / "fifo"}
    os.mkfifo(hasil["fifo"])
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "soket"))
    hasil["soket"] = folder / "soket"
    if os.geteuid() == 0:
        for nama, minor in (("null", 3), ("full", 7)):
            os.mknod(folder / nama, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
            hasil[nama] = folder / nama
    yield hasil
    sock.close()


def _jenis(p: Path) -> int:
    return stat.S_IFMT(os.lstat(p).st_mode)


@pytest.mark.parametrize(
    "perintah",
    [
        ("pdf", "1"),
        ("export", "1"),
        ("xlsx", "1"),
        ("xlsx-form", "1", "--tahun", "2023", "--triwulan", "1"),
        ("backup",),
    ],
)
def test_keluaran_ke_perangkat_fifo_soket_ditolak(
    db: Path, khusus: dict[str, Path], perintah: tuple[str, ...]
) -> None:
    sebelum = sidik(db)
    for nama, path in khusus.items():
        jenis = _jenis(path)
        argv = [perintah[0], *perintah[1:2], str(path), *perintah[2:], "--db", str(db)]
        if perintah[0] == "backup":
            argv = ["backup", str(path), "--db", str(db)]
        ditolak(ikudesk(*argv), "bukan berkas biasa", str(path))
        assert _jenis(path) == jenis, nama  # still the device/FIFO/socket
        assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]
    assert sidik(db) == sebelum


def test_screenshot_ke_fifo_ditolak(db: Path, khusus: dict[str, Path]) -> None:
    hasil = ikudesk("--screenshot", str(khusus["fifo"]), "--db", str(db))
    ditolak(hasil, "bukan berkas biasa")
    assert stat.S_ISFIFO(os.lstat(khusus["fifo"]).st_mode)


@pytest.mark.parametrize(
    "perintah",
    [
        ("import", "{}"),
        ("xlsx-import", "1", "{}"),
        ("sipd-import", "1", "{}", "--tahun", "2023"),
    ],
)
def test_masukan_dari_perangkat_fifo_soket_ditolak_tanpa_macet(
    db: Path, khusus: dict[str, Path], perintah: tuple[str, ...]
) -> None:
    """A FIFO named as input blocked the open for ever (no writer) and a device is no document:
    each is refused at once, in the reader's words, and the store is not touched."""
    sebelum = sidik(db)
    for nama, path in khusus.items():
        for akhiran in (".json", ".docx", ".xlsx") if perintah[0] == "import" else (".xlsx",):
            bernama = path.with_name(f"{nama}{akhiran}")
            bernama.unlink(missing_ok=True)
            bernama.symlink_to(path)  # the name a user would pick; the thing behind it special
            argv = [a.format(bernama) for a in perintah]
            ditolak(ikudesk(*argv, "--db", str(db)), "bukan berkas biasa", str(bernama))
            assert _jenis(path) != stat.S_IFREG, nama
    assert sidik(db) == sebelum


def test_survei_dari_fifo_ditolak_tanpa_macet(khusus: dict[str, Path]) -> None:
    """The survey reader (the window's Impor jawaban) refuses a FIFO before opening it; in a
    child process, since an unfixed open never returns."""
    kode = (
        "import sys\n"
        "from ikudesk.files.survei_import import ImporSurveiError, baca_tabel\n"
        "try:\n"
        "    baca_tabel(sys.argv[1])\n"
        "except ImporSurveiError as e:\n"
        "    print(e.pesan)\n"
    )
    hasil = subprocess.run(
        [sys.executable, "-c", kode, str(khusus["fifo"])],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    assert hasil.returncode == 0, hasil.stderr
    assert "bukan berkas biasa (perangkat, FIFO atau soket)" in hasil.stdout


def test_keluaran_berkas_biasa_dan_nama_baru_tetap_boleh(db: Path, tmp_path: Path) -> None:
    lama = tmp_path / "lama.json"
    lama.write_text("lama", encoding="utf-8")
    assert ikudesk("export", "1", str(lama), "--db", str(db)).returncode == 0
    assert json.loads(lama.read_text(encoding="utf-8"))["format"] == "ikudesk-dokumen"
    assert ikudesk("pdf", "1", str(tmp_path / "baru.pdf"), "--db", str(db)).returncode == 0


# --- item 5: names too long, a full disk ------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "salah", "benar"),
    [
        (("pdf", "1", "{}"), "laporan.xlsx", "laporan.PDF"),
        (("export", "1", "{}"), "dok.pdf", "dok.json"),
        (("xlsx", "1", "{}"), "tabel.pdf", "tabel.xlsx"),
        (("xlsx-form", "1", "{}", "--tahun", "2023", "--triwulan", "1"), "isi.json", "isi"),
        (("backup", "{}"), "cadangan.zip", "cadangan.ikubackup"),
        (("rekap", "--pdf", "{}"), "rekap.xlsx", None),
        (("rekap", "--xlsx", "{}"), "rekap.pdf", None),
    ],
)
def test_nama_keluaran_jenis_lain_ditolak(
    db: Path, tmp_path: Path, argv: tuple[str, ...], salah: str, benar: str | None
) -> None:
    """An output named for another kind of file (``xlsx 1 x.pdf`` wrote a workbook called
    x.pdf) is refused before anything is written; the right ending, in any case, or none,
    is taken."""
    sebelum = sidik(db)
    path = tmp_path / salah
    hasil = ikudesk(*[a.format(path) for a in argv], "--db", str(db))
    ditolak(hasil, f"'{path}' berakhiran {path.suffix}", "padahal yang ditulis")
    assert not path.exists()
    assert sidik(db) == sebelum
    if benar is not None:
        tepat = tmp_path / benar
        hasil = ikudesk(*[a.format(tepat) for a in argv], "--db", str(db))
        assert hasil.returncode == 0, hasil.stderr
        assert tepat.is_file() and tepat.stat().st_size > 0


def test_nama_keluaran_dengan_garis_miring_atau_titik_di_akhir(db: Path, tmp_path: Path) -> None:
    """ "tab.pdf/" wrote a workbook called tab.pdf (the ending was read as empty); so do, on
    Windows, "tab.pdf." and "tab.pdf ". An existing folder named x.pdf is still a backup's
    folder."""
    for nama in ("tab.pdf/", "tab.pdf.", "tab.pdf "):
        ditolak(ikudesk("xlsx", "1", str(tmp_path) + "/" + nama, "--db", str(db)), "tab.pdf")
    assert not list(tmp_path.glob("tab*"))
    folder = tmp_path / "arsip.pdf"
    folder.mkdir()
    hasil = ikudesk("backup", str(folder), "--db", str(db))
    assert hasil.returncode == 0, hasil.stderr
    assert [p.suffix for p in folder.iterdir()] == [".ikubackup"]


def test_pulih_dari_fifo_disebut_bukan_berkas_biasa(db: Path, khusus: dict[str, Path]) -> None:
    sebelum = sidik(db)
    hasil = ikudesk("restore", str(khusus["fifo"]), "--ya", "--db", str(db))
    ditolak(hasil, "bukan berkas biasa", "bukan berkas cadangan")
    assert sidik(db) == sebelum


@pytest.mark.parametrize("perintah", ["pdf", "backup", "export", "xlsx"])
def test_nama_keluaran_lebih_dari_255_bita(db: Path, tmp_path: Path, perintah: str) -> None:
    nama = tmp_path / ("x" * 300 + ".out")
    sebelum = isi_folder(tmp_path)
    argv = ["backup", str(nama)] if perintah == "backup" else [perintah, "1", str(nama)]
    ditolak(ikudesk(*argv, "--db", str(db)), "terlalu panjang", "255")
    assert isi_folder(tmp_path) == sebelum


def _mount(folder: Path, ukuran: str) -> bool:
    return (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={ukuran}", "tmpfs", str(folder)],
            capture_output=True,
        ).returncode
        == 0
    )


def test_backup_ke_disk_penuh_tanpa_exception_ignored(tmp_path: Path) -> None:
    """The disk fills while the archive is written (its text barely compresses, so the archive
    is about as large as the store): a message, nothing left on the medium, no "Exception
    ignored … ZipFile.__del__" from a zip that was never closed."""
    import random

    acak = random.Random(22)
    huruf = [chr(c) for c in range(0x4E00, 0x4E00 + 20000)]

    def ubah(d: dict) -> None:
        for t in d["tujuan"]:
            for ind in [
                *t.get("indikator", []),
                *(i for s in t["sasaran"] for i in s["indikator"]),
            ]:
                ind.setdefault("rumus", {})["penjelasan"] = "".join(
                    acak.choice(huruf) for _ in range(19000)
                )

    db = tmp_path / "iku.sqlite"
    assert ikudesk("import", str(_dokumen(tmp_path, ubah)), "--db", str(db)).returncode == 0
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    if os.geteuid() != 0 or not _mount(folder, "4m"):
        pytest.skip("memasang tmpfs kecil perlu hak root (mount)")
    sebelum = sidik(db)
    tahap_arsip = 0
    try:
        for sisa in range(32 * 1024, 352 * 1024, 64 * 1024):  # room beyond the snapshot
            for p in folder.iterdir():
                p.unlink()
            st = os.statvfs(folder)
            (folder / "isi").write_bytes(
                b"\0" * (st.f_bavail * st.f_frsize - db.stat().st_size - sisa)
            )
            hasil = ikudesk("backup", str(folder / "c.ikubackup"), "--db", str(db))
            ditolak(hasil, "penuh")
            tahap_arsip += "gagal ditulis" in hasil.stderr
            assert sorted(p.name for p in folder.iterdir()) == ["isi"]
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
    assert tahap_arsip  # the disk did fill while the archive itself was written
    assert sidik(db) == sebelum


# --- item 10: read-only commands change no file -----------------------------------------------


def _sqlite_tanpa_tabel(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.execute("DROP TABLE t")
    con.commit()
    con.close()
    assert path.stat().st_size > 0


@pytest.mark.parametrize(
    "perintah",
    [
        ("list",),
        ("export", "1", "{out}.json"),
        ("pdf", "1", "{out}.pdf"),
        ("capaian", "1"),
        ("ikm", "1"),
        ("xlsx", "1", "{out}.xlsx"),
        ("xlsx-form", "1", "{out}.xlsx", "--tahun", "2023", "--triwulan", "1"),
        ("import", str(SAMPEL)),
    ],
)
def test_sqlite_asing_tanpa_tabel_tidak_diambil(tmp_path: Path, perintah: tuple[str, ...]) -> None:
    asing = tmp_path / "asing.db"
    _sqlite_tanpa_tabel(asing)
    sebelum = isi_folder(tmp_path)
    argv = [a.replace("{out}", str(tmp_path / "keluar")) for a in perintah]
    ditolak(ikudesk(*argv, "--db", str(asing)), str(asing), "bukan penyimpanan IKU Desk")
    assert isi_folder(tmp_path) == sebelum


@pytest.mark.parametrize(
    "perintah",
    [
        ("export", "1", "{out}.json"),
        ("pdf", "1", "{out}.pdf"),
        ("capaian", "1"),
        ("ikm", "1"),
        ("xlsx", "1", "{out}.xlsx"),
    ],
)
def test_perintah_baca_tidak_membuat_penyimpanan(tmp_path: Path, perintah: tuple[str, ...]) -> None:
    baru = tmp_path / "data" / "baru.sqlite"
    kosong = tmp_path / "kosong.sqlite"
    kosong.write_bytes(b"")
    sebelum = isi_folder(tmp_path)
    argv = [a.replace("{out}", str(tmp_path / "keluar")) for a in perintah]
    for path in (baru, kosong):
        ditolak(ikudesk(*argv, "--db", str(path)), "belum ada")
    assert isi_folder(tmp_path) == sebelum


def test_list_tanpa_penyimpanan_tidak_membuatnya(tmp_path: Path) -> None:
    baru = tmp_path / "baru.sqlite"
    hasil = ikudesk("list", "--db", str(baru))
    assert hasil.returncode == 0 and "Belum ada dokumen" in hasil.stderr
    assert isi_folder(tmp_path) == {}
    # a writing command creates it, on a new or an empty file
    assert ikudesk("import", str(SAMPEL), "--db", str(baru)).returncode == 0
    kosong = tmp_path / "kosong.sqlite"
    kosong.write_bytes(b"")
    assert ikudesk("import", str(SAMPEL), "--db", str(kosong)).returncode == 0
    assert jumlah_dokumen(baru) == jumlah_dokumen(kosong) == 1


def test_perintah_baca_tidak_mengubah_penyimpanan(db: Path, tmp_path: Path) -> None:
    sebelum = sidik(db)
    for argv in (
        ("list",),
        ("capaian", "1", "--json"),
        ("ikm", "1"),
        ("export", "1", str(tmp_path / "k.json")),
        ("pdf", "1", str(tmp_path / "k.pdf")),
        ("xlsx", "1", str(tmp_path / "k.xlsx")),
    ):
        hasil = ikudesk(*argv, "--db", str(db))
        assert hasil.returncode == 0, (argv, hasil.stderr)
    assert sidik(db) == sebelum


# --- item 11: a period of at most 25 years ----------------------------------------------------


def _dokumen(tmp_path: Path, ubah, nama: str = "dok.json") -> Path:  # noqa: ANN001
    data = json.loads(SAMPEL.read_text(encoding="utf-8"))
    ubah(data)
    path = tmp_path / nama
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _tanpa_nilai(data: dict) -> None:
    """Only the tree: a long period need not hold this sample's years."""
    for k in ("perjanjian_kinerja", "laporan_tahunan"):
        data.pop(k, None)

    def bersih(o: object) -> None:
        if isinstance(o, dict):
            for k in ("target", "realisasi", "nilai_komponen", "triwulan", "survei_ikm"):
                o.pop(k, None)
            o.pop("analisis", None)
            for v in o.values():
                bersih(v)
        elif isinstance(o, list):
            for v in o:
                bersih(v)

    bersih(data["tujuan"])


def test_periode_26_tahun_ditolak_25_boleh(db: Path, tmp_path: Path) -> None:
    def periode(selesai: int):  # noqa: ANN202
        def ubah(d: dict) -> None:
            _tanpa_nilai(d)
            d["periode"] = {"mulai": 2000, "selesai": selesai}

        return ubah

    sebelum = sidik(db)
    ditolak(
        ikudesk("import", str(_dokumen(tmp_path, periode(2025))), "--db", str(db)),
        "periode",
        "25 tahun",
    )
    assert sidik(db) == sebelum
    hasil = ikudesk("import", str(_dokumen(tmp_path, periode(2024))), "--db", str(db))
    assert hasil.returncode == 0, hasil.stderr


# --- item 12: characters and lengths ---------------------------------------------------------


@pytest.mark.parametrize(
    ("tempat", "teks", "kata"),
    [
        ("instansi", "Kecamatan \u202eTRAHS\u202c", "U+202E"),
        ("instansi", "Keca\u200bmatan", "U+200B"),
        ("indikator", "Persentase\u2066 x\u2069", "U+2066"),
        ("indikator", "a\ufeffb", "U+FEFF"),
        ("indikator", "n" * 1001, "1.001 karakter"),
        ("penjelasan", "p" * 20001, "20.001 karakter"),
    ],
)
def test_import_karakter_dan_panjang_ditolak(
    db: Path, tmp_path: Path, tempat: str, teks: str, kata: str
) -> None:
    def ubah(d: dict) -> None:
        ind = d["tujuan"][0]["sasaran"][0]["indikator"][0]
        if tempat == "instansi":
            d["profil"]["instansi"] = teks
        elif tempat == "indikator":
            ind["nama"] = teks
        else:
            ind.setdefault("rumus", {})["penjelasan"] = teks

    jalur = {
        "instansi": "profil.instansi",
        "indikator": "tujuan[0].sasaran[0].indikator[0].nama",
        "penjelasan": "tujuan[0].sasaran[0].indikator[0].rumus.penjelasan",
    }[tempat]
    sebelum = sidik(db)
    ditolak(ikudesk("import", str(_dokumen(tmp_path, ubah)), "--db", str(db)), jalur, kata)
    assert sidik(db) == sebelum


def test_import_batas_tepat_diterima(db: Path, tmp_path: Path) -> None:
    def ubah(d: dict) -> None:
        ind = d["tujuan"][0]["sasaran"][0]["indikator"][0]
        ind["nama"] = "n" * 1000
        ind.setdefault("rumus", {})["penjelasan"] = "p\tq\n" * 5000  # 20,000 characters

    hasil = ikudesk("import", str(_dokumen(tmp_path, ubah)), "--db", str(db))
    assert hasil.returncode == 0, hasil.stderr


def test_import_bom_di_awal_berkas_boleh(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + SAMPEL.read_bytes())
    assert ikudesk("import", str(path), "--db", str(db)).returncode == 0


def test_import_lebih_dari_5000_tujuan_dan_sasaran_ditolak(db: Path, tmp_path: Path) -> None:
    def ubah(d: dict) -> None:
        _tanpa_nilai(d)
        d["tujuan"] = [
            {"uraian": f"T{i}", "sasaran": [{"uraian": f"S{i}"}, {"uraian": f"S{i}b"}]}
            for i in range(1667)
        ]  # 1,667 × 3 = 5,001

    sebelum = sidik(db)
    ditolak(ikudesk("import", str(_dokumen(tmp_path, ubah)), "--db", str(db)), "5001", "5000")
    assert sidik(db) == sebelum


def _sisipkan_teks_lama(db: Path) -> None:
    """What a store of the previous release may hold: a direction override in the instansi and
    an indicator name of 1,500 characters (both were accepted then)."""
    con = sqlite3.connect(db)
    con.execute("UPDATE dokumen SET instansi = 'Kecamatan \u202eTRAHS'")
    con.execute(
        "UPDATE indikator SET nama = ? WHERE id = (SELECT min(id) FROM indikator)", ("x" * 1500,)
    )
    con.commit()
    con.close()


def test_penyimpanan_lama_melanggar_batas_dibuka_dengan_peringatan(
    db: Path, tmp_path: Path
) -> None:
    _sisipkan_teks_lama(db)
    hasil = ikudesk("export", "1", str(tmp_path / "k.json"), "--db", str(db))
    assert hasil.returncode == 0, hasil.stderr
    assert "peringatan" in hasil.stderr and "profil.instansi" in hasil.stderr
    assert "U+202E" in hasil.stderr and "1.500 karakter" in hasil.stderr
    # its backup is made and restores, listing the places
    cadangan = tmp_path / "lama.ikubackup"
    hasil = ikudesk("backup", str(cadangan), "--db", str(db))
    assert hasil.returncode == 0, hasil.stderr
    pulih = tmp_path / "pulih.sqlite"
    hasil = ikudesk("restore", str(cadangan), "--ya", "--db", str(pulih))
    assert hasil.returncode == 0, hasil.stderr
    assert "Peringatan" in hasil.stderr and "profil.instansi" in hasil.stderr
    assert "indikator[0].nama" in hasil.stderr
    assert jumlah_dokumen(pulih) == 1


def test_cadangan_lama_periode_26_tahun_dipulihkan_dengan_peringatan(
    tmp_path: Path,
) -> None:
    def ubah(d: dict) -> None:
        _tanpa_nilai(d)
        d["periode"] = {"mulai": 2000, "selesai": 2024}

    db = tmp_path / "iku.sqlite"
    assert ikudesk("import", str(_dokumen(tmp_path, ubah)), "--db", str(db)).returncode == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE dokumen SET periode_selesai = 2025")  # what the last release accepted
    con.commit()
    con.close()
    cadangan = tmp_path / "c.ikubackup"
    assert ikudesk("backup", str(cadangan), "--db", str(db)).returncode == 0
    hasil = ikudesk("restore", str(cadangan), "--ya", "--db", str(tmp_path / "p.sqlite"))
    assert hasil.returncode == 0, hasil.stderr
    assert "periode" in hasil.stderr and "25 tahun" in hasil.stderr


# --- item 3: settings ------------------------------------------------------------------------

KATEGORI_BURUK = {
    "dalam": "[" * 100_000 + "]" * 100_000,
    "bukan_json": "not json",
    "nan": json.dumps(
        [
            {"nama": "Rendah", "bawah": None, "atas": "NaN"},
            {"nama": "Tinggi", "bawah": "NaN", "atas": None},
        ]
    ),
}


def _atur_kategori(db: Path, nilai: str) -> None:
    con = sqlite3.connect(db)
    con.execute(
        "INSERT OR REPLACE INTO pengaturan (kunci, nilai) VALUES ('kategori_capaian', ?)",
        (nilai,),
    )
    con.commit()
    con.close()


@pytest.mark.parametrize("jenis", sorted(KATEGORI_BURUK))
def test_pengaturan_rusak_ditolak_saat_pulih(db: Path, tmp_path: Path, jenis: str) -> None:
    import hashlib as h

    from ikudesk.backup.archive import _tulis_arsip

    snapshot = tmp_path / "snap.sqlite"
    src = sqlite3.connect(db)
    dst = sqlite3.connect(snapshot)
    src.backup(dst)
    src.close()
    dst.execute("PRAGMA journal_mode = DELETE")
    dst.execute(
        "INSERT OR REPLACE INTO pengaturan (kunci, nilai) VALUES ('kategori_capaian', ?)",
        (KATEGORI_BURUK[jenis],),
    )
    dst.commit()
    skema = dst.execute("PRAGMA user_version").fetchone()[0]
    dst.close()
    data = snapshot.read_bytes()
    manifest = {
        "format": "ikudesk-cadangan",
        "versi": 1,
        "aplikasi": "0",
        "skema": skema,
        "dibuat": "2026-12-01T10:00:00+07:00",
        "komputer": "uji",
        "dokumen": [],
        "jumlah": {},
        "basis_data": {"ukuran": len(data), "sha256": h.sha256(data).hexdigest()},
    }
    cadangan = tmp_path / "buruk.ikubackup"
    os.replace(_tulis_arsip(snapshot, manifest, cadangan), cadangan)
    target = tmp_path / "target.sqlite"
    assert ikudesk("import", str(SAMPEL), "--db", str(target)).returncode == 0
    sebelum = isi_folder(tmp_path)
    ditolak(
        ikudesk("restore", str(cadangan), "--ya", "--db", str(target)),
        "kategori_capaian",
        "rusak",
    )
    # (the window lock's empty file beside the store aside: it holds nothing)
    assert {k: v for k, v in isi_folder(tmp_path).items() if not k.endswith(".lock")} == {
        k: v for k, v in sebelum.items() if not k.endswith(".lock")
    }


@pytest.mark.parametrize("jenis", sorted(KATEGORI_BURUK))
def test_pengaturan_rusak_saat_dibuka_tidak_merusak_perintah(
    db: Path, tmp_path: Path, jenis: str
) -> None:
    _atur_kategori(db, KATEGORI_BURUK[jenis])
    sebelum = sidik(db)
    hasil = ikudesk("capaian", "1", "--json", "--db", str(db))
    assert hasil.returncode == 0, hasil.stderr
    assert "peringatan" in hasil.stderr and "kategori bawaan" in hasil.stderr
    kategori = {b["kategori"] for b in json.loads(hasil.stdout)} - {None}
    assert kategori <= {"Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi"}
    hasil = ikudesk("pdf", "1", str(tmp_path / "l.pdf"), "--laporan", "lkjip", "--db", str(db))
    assert hasil.returncode == 0, hasil.stderr
    assert sidik(db) == sebelum
    # a backup of such a store is made, and restores (on the default scale)
    cadangan = tmp_path / "c.ikubackup"
    assert ikudesk("backup", str(cadangan), "--db", str(db)).returncode == 0
    hasil = ikudesk("restore", str(cadangan), "--ya", "--db", str(tmp_path / "p.sqlite"))
    assert hasil.returncode == 0, hasil.stderr


# --- item 5: the form's key sheet, a cut UTF-16 survey file ----------------------------------


@pytest.mark.parametrize("nilai", [-5, 0])
def test_formulir_baris_awal_negatif_pesan(db: Path, tmp_path: Path, nilai: int) -> None:
    import openpyxl

    form = tmp_path / "form.xlsx"
    hasil = ikudesk(
        "xlsx-form", "1", str(form), "--tahun", "2023", "--triwulan", "1", "--db", str(db)
    )
    assert hasil.returncode == 0, hasil.stderr
    wb = openpyxl.load_workbook(form)
    kunci = next(ws for ws in wb.worksheets if ws.sheet_state != "visible")
    baris = next(r for r in range(1, 30) if kunci.cell(row=r, column=1).value == "baris_awal")
    kunci.cell(row=baris, column=2).value = nilai
    wb.save(form)
    sebelum = sidik(db, form)
    ditolak(ikudesk("xlsx-import", "1", str(form), "--ya", "--db", str(db)), "baris_awal")
    assert sidik(db, form) == sebelum
