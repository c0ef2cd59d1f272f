"""Paths the office PCs (Windows) meet, tested where this machine can (issue 16 item 21).

Real files everywhere: a user folder with spaces and non-ASCII letters, paths over 260
characters, a file held open by another process, a lock held by another process. On Linux these
prove that our code passes such paths through unharmed; the Windows CI job
(.github/workflows/windows.yml) runs the same tests on NTFS with the msvcrt lock. What only
Windows can show is marked where it is expected to differ.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path, PureWindowsPath

import platformdirs.windows
import pypdf
import pytest

from ikudesk.backup.archive import buat_cadangan, nama_berkas, periksa_cadangan
from ikudesk.cli import main
from ikudesk.errors import IkuError
from ikudesk.files.docfile import baca_file
from ikudesk.persistence.kunci import KunciStore, StoreTerkunci
from ikudesk.persistence.repo import list_dokumen, load_dokumen, save_new_dokumen
from ikudesk.persistence.store import APP_AUTHOR, APP_NAME, open_store
from ikudesk.report import tulis_pdf

REPO = Path(__file__).resolve().parent.parent
CONTOH = REPO / "data" / "benjeng.json"
PENGGUNA = "Dédé Sùryani Ñoer"  # a Windows user name as offices have them: spaces, accents
# characters Windows refuses in a file name, and names it reserves for devices
TERLARANG = set('<>:"/\\|?*') | {chr(i) for i in range(32)}
NAMA_PERANGKAT = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10))} | {
    f"LPT{i}" for i in range(10)
}


def _folder_data_pengguna(tmp_path: Path) -> Path:
    """tmp_path/Users/<user>/AppData/Local/IKU Desk/IKU Desk, as on the office PC."""
    folder = tmp_path / "Users" / PENGGUNA / "AppData" / "Local" / APP_NAME / APP_AUTHOR
    folder.mkdir(parents=True)
    return folder


def test_folder_data_windows_sesuai_readme(monkeypatch: pytest.MonkeyPatch) -> None:
    """The data folder on Windows is %LOCALAPPDATA%\\IKU Desk\\IKU Desk (README, Bantuan →
    Tentang), for a user folder with spaces and non-ASCII letters too, and never roams."""
    lokal = rf"C:\Users\{PENGGUNA}\AppData\Local"
    monkeypatch.setenv("LOCALAPPDATA", lokal)
    monkeypatch.setenv("APPDATA", rf"C:\Users\{PENGGUNA}\AppData\Roaming")
    # platformdirs asks Windows itself first; read the variables so this runs everywhere
    monkeypatch.setattr(
        platformdirs.windows, "get_win_folder", platformdirs.windows.get_win_folder_from_env_vars
    )
    folder = platformdirs.windows.Windows(APP_NAME, APP_AUTHOR, roaming=False).user_data_dir
    assert PureWindowsPath(folder) == PureWindowsPath(lokal, "IKU Desk", "IKU Desk")
    assert PureWindowsPath(folder).drive == "C:"


def test_store_pdf_cadangan_di_folder_pengguna_non_ascii(tmp_path: Path) -> None:
    """Store, PDF, backup and restore check in a user folder with spaces and accents."""
    folder = _folder_data_pengguna(tmp_path)
    db = folder / "iku.sqlite"
    store = open_store(db)
    try:
        doc_id = save_new_dokumen(store, baca_file(CONTOH))
    finally:
        store.close()
    store = open_store(db)  # opened again: the same file, found by the same path
    try:
        assert [d.id for d in list_dokumen(store)] == [doc_id]
        dok = load_dokumen(store, doc_id)
    finally:
        store.close()
    pdf = folder / "Lembar IKU Benjeng – 2024.pdf"
    assert main(["pdf", str(doc_id), str(pdf), "--db", str(db)]) == 0
    assert len(pypdf.PdfReader(pdf).pages) >= 1
    cadangan = folder / "cadangan ke flashdisk"
    cadangan.mkdir()
    hasil = buat_cadangan(db, cadangan)
    assert hasil.path.parent == cadangan
    assert [r.instansi for r in periksa_cadangan(hasil.path).dokumen] == [dok.profil.instansi]


def _jalur_panjang(tmp_path: Path, panjang: int = 300) -> Path:
    """A folder whose path is longer than Windows' classic MAX_PATH (260)."""
    folder = tmp_path / PENGGUNA
    while len(str(folder)) < panjang - 40:
        folder = folder / "Laporan Kinerja Kecamatan Tahunan"
    folder.mkdir(parents=True)
    return folder


@pytest.mark.xfail(
    sys.platform == "win32",
    strict=False,
    reason="jalur > 260 karakter butuh LongPathsEnabled atau awalan \\\\?\\ (belum ada di "
    "files/atomic.py); hasil di Windows dicatat, bukan syarat",
)
def test_jalur_lebih_dari_260_karakter(tmp_path: Path) -> None:
    """A PDF and a backup written to, and read from, a path over 260 characters."""
    folder = _jalur_panjang(tmp_path)
    pdf = folder / "IKU Kecamatan Benjeng.pdf"
    assert len(str(pdf)) > 260
    n = tulis_pdf(baca_file(CONTOH), pdf)
    assert len(pypdf.PdfReader(pdf).pages) == n
    db = tmp_path / "iku.sqlite"
    store = open_store(db)
    try:
        save_new_dokumen(store, baca_file(CONTOH))
    finally:
        store.close()
    hasil = buat_cadangan(db, folder)
    assert len(str(hasil.path)) > 260
    assert len(periksa_cadangan(hasil.path).dokumen) == 1


def _anak(kode: str, *argv: str) -> subprocess.Popen[str]:
    """A Python child that runs ``kode``, prints "siap" and waits for a line on stdin."""
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(kode), *argv],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=REPO,
    )


def _tunggu_siap(anak: subprocess.Popen[str]) -> None:
    assert anak.stdout is not None
    baris = anak.stdout.readline()
    assert baris.strip() == "siap", (baris, anak.stderr.read() if anak.stderr else "")


def _selesai(anak: subprocess.Popen[str]) -> None:
    anak.communicate("selesai\n", timeout=30)
    assert anak.returncode == 0


def test_tulis_pdf_ke_berkas_yang_dibuka_program_lain(tmp_path: Path) -> None:
    """Another process (a PDF reader) holds the old PDF open while it is written again.

    POSIX replaces the file under the reader. Windows refuses to replace a file another process
    opened without FILE_SHARE_DELETE (as most readers do): then the user gets an IkuError naming
    the file, and the old PDF is left whole: never half a file, never lost.
    """
    folder = _folder_data_pengguna(tmp_path)
    pdf = folder / "IKU.pdf"
    pdf.write_bytes(b"%PDF-lama")
    pembaca = _anak(
        """
        import sys
        f = open(sys.argv[1], "rb")
        print("siap", flush=True)
        sys.stdin.readline()
        f.close()
        """,
        str(pdf),
    )
    try:
        _tunggu_siap(pembaca)
        if sys.platform == "win32":
            with pytest.raises(IkuError, match=re.escape(str(pdf))):
                tulis_pdf(baca_file(CONTOH), pdf)
            assert pdf.read_bytes() == b"%PDF-lama"
        else:
            tulis_pdf(baca_file(CONTOH), pdf)
            assert pdf.read_bytes().startswith(b"%PDF-1.")
    finally:
        _selesai(pembaca)
    assert [p.name for p in folder.iterdir()] == ["IKU.pdf"]  # no temporary file left behind
    tulis_pdf(baca_file(CONTOH), pdf)  # once the reader has closed it, writing works
    assert pdf.read_bytes().startswith(b"%PDF-1.")


def test_kunci_jendela_antar_proses_di_folder_non_ascii(tmp_path: Path) -> None:
    """The one-window lock (msvcrt on Windows, flock elsewhere) between two processes, on a
    store in a user folder with spaces and accents; released when its holder ends."""
    db = _folder_data_pengguna(tmp_path) / "iku.sqlite"
    pemegang = _anak(
        """
        import sys
        from ikudesk.persistence.kunci import KunciStore
        k = KunciStore(sys.argv[1])
        k.ambil()
        print("siap", flush=True)
        sys.stdin.readline()
        k.lepas()
        """,
        str(db),
    )
    try:
        _tunggu_siap(pemegang)
        with pytest.raises(StoreTerkunci, match="jendela lain"):
            KunciStore(db).ambil()
    finally:
        _selesai(pemegang)
    with KunciStore(db) as kunci:
        assert kunci.dipegang


@pytest.mark.parametrize(
    "instansi",
    [
        'Kec. "Sumber:Harta" / Musi*Rawas?',
        "CON",
        "nul",
        "Kecamatan Benjeng.",
        "  ",
        "Kecamatan <Ñoer> | Ütara\\Selatan",
    ],
)
def test_nama_berkas_cadangan_sah_di_windows(instansi: str) -> None:
    """A backup's file name is one Windows accepts, whatever the instansi is called."""
    nama = nama_berkas(instansi, datetime(2024, 3, 3, 14, 5))
    assert not set(nama) & TERLARANG, nama
    assert not nama.endswith((".", " "))
    assert nama.split(".")[0].upper() not in NAMA_PERANGKAT
    assert PureWindowsPath(nama).name == nama  # no drive, no folder
    assert nama.endswith("-20240303-1405.ikubackup")
