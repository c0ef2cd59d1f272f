"""Packaging: build.spec ships what the program reads, and the --smoke / timing modes work.

The spec is executed here with stand-ins for PyInstaller's build steps (Analysis, EXE, …) that
record what they are given; everything of ours in it runs for real. The bundle itself is built
and smoke-tested by scripts/build (too slow for the test suite).
"""

from __future__ import annotations

import _sqlite3
import ast
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

import ikudesk
from ikudesk.assets import ASSET_FOLDERS, asset_path, asset_root, sample_documents
from ikudesk.backup.archive import periksa_cadangan
from ikudesk.cli.window import jalankan_smoke
from ikudesk.files.docfile import baca_file
from ikudesk.gui.startup import detik_sejak_proses_mulai
from ikudesk.smoke import smoke

ROOT = Path(ikudesk.__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))

# What PyInstaller's hooks hand the spec (bundle path, source, type), before the spec filters.
DARI_HOOK = {
    "babel/locale-data/id.dat": True,
    "babel/locale-data/id_ID.dat": True,
    "babel/locale-data/root.dat": True,
    "babel/locale-data/en.dat": True,
    "babel/locale-data/fr.dat": False,
    "babel/locale-data/en_AU.dat": False,
    "babel/global.dat": True,
    "reportlab/fonts/Vera.ttf": False,
    "PySide6/Qt/plugins/platforms/libqxcb.so": True,
    "PySide6/Qt/plugins/platforms/libqoffscreen.so": True,
    "PySide6/Qt/plugins/platforms/libqeglfs.so": False,
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so": False,
    "PySide6/Qt/plugins/imageformats/libqico.so": True,
    "PySide6/Qt/plugins/imageformats/libqsvg.so": True,
    "PySide6/Qt/plugins/imageformats/libqtiff.so": False,
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so": True,
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so": True,
    "PySide6/Qt/plugins/tls/libqopensslbackend.so": False,
    "PySide6/Qt/translations/qtbase_de.qm": False,
    "PySide6/Qt/translations/qtbase_id.qm": True,
    "PySide6/Qt/lib/libQt6Core.so.6": True,
    "PySide6/Qt/lib/libQt6Gui.so.6": True,
    "PySide6/Qt/lib/libQt6Widgets.so.6": True,
    "PySide6/Qt/lib/libQt6PrintSupport.so.6": True,
    "PySide6/Qt/lib/libQt6Svg.so.6": True,
    "PySide6/Qt/lib/libQt6Network.so.6": False,
    "PySide6/Qt/lib/libQt6Qml.so.6": False,
    "PySide6/Qt/lib/libQt6Quick.so.6": False,
    "libsqlite3.so.0": True,
    "pypdfium2_raw/libpdfium.so": True,
    "libgtk-3.so.0": False,
    "libcairo.so.2": False,
    "libgio-2.0.so.0": False,
    "libglib-2.0.so.0": True,
    # A desktop's accessibility libraries, reached only through the GTK theme plugin (issue 22
    # item 13): never bundled, and their cut-off chain (libgobject is dropped) stops no build.
    "libatk-bridge-2.0.so.0": False,
    "libatspi.so.0": False,
    "libepoxy.so.0": False,
}
# Python extension modules the hooks hand the spec: what the bundled program loads first.
MODUL_C = [
    "PySide6/QtCore.abi3.so",
    "PySide6/QtGui.abi3.so",
    "PySide6/QtWidgets.abi3.so",
    f"lib-dynload/{Path(_sqlite3.__file__).name}",
]


def _sumber(dest: str) -> str:
    """The file on this machine that PyInstaller would collect for ``dest`` ("" when absent):
    the spec's link checks read the real libraries."""
    from PyInstaller.depend.bindepend import resolve_library_path

    if dest.startswith("PySide6/"):
        import PySide6

        p = Path(PySide6.__file__).parent / dest.removeprefix("PySide6/")
        return str(p) if p.exists() else ""
    if dest.startswith("lib-dynload/"):
        return str(_sqlite3.__file__)
    if dest.startswith("pypdfium2_raw/"):
        import pypdfium2_raw

        p = Path(pypdfium2_raw.__file__).parent / Path(dest).name
        return str(p) if p.exists() else ""
    return resolve_library_path(dest) or ""


class _Catat:
    """Stands in for a PyInstaller build step and records its arguments."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs


class _Analysis(_Catat):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pure: list = []
        self.scripts: list = []
        # The spec's own data files, plus what the hooks of our dependencies would add; the
        # binaries with this machine's files as their source (the spec reads their links).
        self.datas = [(dest, src, "DATA") for src, dest in kwargs["datas"]]
        self.datas += [(d, "", "DATA") for d in DARI_HOOK if d.endswith((".dat", ".qm", ".ttf"))]
        self.binaries = [(d, _sumber(d), "BINARY") for d in DARI_HOOK if ".so" in d]
        self.binaries += [(d, _sumber(d), "EXTENSION") for d in MODUL_C]


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """build.spec executed as PyInstaller would, with recording build steps."""
    kerja = tmp_path_factory.mktemp("pyinstaller-kerja")
    ns: dict[str, Any] = {
        "__file__": str(SPEC),
        "SPECPATH": str(ROOT),
        "workpath": str(kerja),
        "DISTPATH": str(kerja / "dist"),
        "Analysis": _Analysis,
        "PYZ": _Catat,
        "EXE": _Catat,
        "COLLECT": _Catat,
    }
    exec(compile(SPEC.read_text("utf-8"), str(SPEC), "exec"), ns)
    return ns


def _bundel(spec: dict[str, Any]) -> dict[str, str]:
    """Bundle path → source of every data file the spec ships (as COLLECT receives them)."""
    hasil = {}
    for src, folder in spec["a"].kwargs["datas"]:
        hasil[f"{folder}/{Path(src).name}"] = src
    return hasil


def _berkas_aset() -> set[str]:
    """Every file in the asset folders of the checkout (what asset_path can be asked for)."""
    hasil = set()
    for folder in ASSET_FOLDERS:
        for p in (ROOT / folder).rglob("*"):
            if p.is_file() and "__pycache__" not in p.parts:
                hasil.add(p.relative_to(ROOT).as_posix())
    return hasil


def test_spec_mengirim_setiap_berkas_aset(spec: dict[str, Any]) -> None:
    bundel = _bundel(spec)
    assert _berkas_aset() <= set(bundel), "berkas aset yang tidak dikirim build.spec"
    for dest, src in bundel.items():
        assert Path(src).is_file()
        assert (ROOT / dest).resolve() == Path(src).resolve()
    # The parts the program cannot start or print without.
    for wajib in (
        "resources/icons/ikudesk.ico",
        "resources/icons/ikudesk.png",
        "resources/fonts/LiberationSerif-Regular.ttf",
        "resources/fonts/LiberationSans-Bold.ttf",
    ):
        assert wajib in bundel
    assert {f"data/{p.name}" for p in sample_documents()} <= set(bundel)
    assert {f"ui/{p.name}" for p in (ROOT / "ui").glob("*.ui")} <= set(bundel)


def test_spec_memangkas_qt_babel_reportlab(spec: dict[str, Any]) -> None:
    a = spec["a"]
    tersisa = {e[0] for e in a.binaries + a.datas}
    for dest, dipertahankan in DARI_HOOK.items():
        assert (dest in tersisa) == dipertahankan, dest
    assert "PySide6.QtPrintSupport" in a.kwargs["hiddenimports"]
    assert "pypdfium2" in a.kwargs["hiddenimports"]
    assert "openpyxl" in a.kwargs["hiddenimports"]  # imported lazily by the survey import
    assert any(d.startswith("openpyxl") for d in PYPROJECT["project"]["dependencies"])
    assert "ikudesk.smoke" in a.kwargs["hiddenimports"]
    assert "_rl_accel" in a.kwargs["hiddenimports"]
    assert "docx" in a.kwargs["hiddenimports"]  # the Word import loads it lazily
    assert any(d.startswith("python-docx") for d in PYPROJECT["project"]["dependencies"])
    assert "sqlite3" not in a.kwargs["excludes"]
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} & set(a.kwargs["excludes"])


def test_spec_satu_folder_berjendela_tanpa_upx(spec: dict[str, Any]) -> None:
    exe, coll = spec["exe"], spec["coll"]
    assert exe.kwargs["name"] == "ikudesk"
    assert exe.kwargs["exclude_binaries"] is True  # one folder, not one file
    assert exe.kwargs["console"] is False
    assert exe.kwargs["upx"] is False and coll.kwargs["upx"] is False
    assert Path(exe.kwargs["icon"]) == ROOT / "resources" / "icons" / "ikudesk.ico"
    assert coll.kwargs["name"] == "ikudesk"
    assert exe in coll.args


def test_versi_spec_sama_dengan_pyproject(spec: dict[str, Any], tmp_path: Path) -> None:
    versi = PYPROJECT["project"]["version"]
    assert spec["VERSION"] == versi == ikudesk.__version__
    teks = spec["version_info_text"](versi)
    ast.parse(teks, mode="eval")  # PyInstaller evaluates this text on Windows
    angka = tuple(int(n) for n in versi.split("."))
    angka += (0,) * (4 - len(angka))
    assert f"filevers={angka}" in teks and f"prodvers={angka}" in teks
    assert f"StringStruct('ProductVersion', '{versi}')" in teks
    assert "StringStruct('OriginalFilename', 'ikudesk.exe')" in teks
    berkas = Path(spec["version_file"]())
    assert berkas.parent == Path(spec["workpath"])
    assert berkas.read_text("utf-8") == teks


def test_asset_path_dalam_bundel_beku(
    spec: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lay the files out as the spec does under a fake _MEIPASS; the program finds them there."""
    meipass = tmp_path / "_internal"
    for dest, src in _bundel(spec).items():
        (meipass / dest).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, meipass / dest)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(meipass), raising=False)

    assert asset_root() == meipass
    for rel in _berkas_aset():
        assert asset_path(rel) == meipass / rel
    assert [p.name for p in sample_documents()] == sorted(
        p.name for p in (ROOT / "data").glob("*.json")
    )
    assert all(p.parent == meipass / "data" for p in sample_documents())
    with pytest.raises(FileNotFoundError) as e:
        asset_path("resources", "icons", "tidak-ada.png")
    assert e.value.filename == str(meipass / "resources" / "icons" / "tidak-ada.png")


def test_smoke_di_sumber(qapp: Any, tmp_path: Path) -> None:
    hasil = smoke(None, tmp_path)
    contoh = baca_file(sample_documents()[0])
    assert hasil.instansi == contoh.profil.instansi
    assert hasil.indikator == len(contoh.semua_indikator())
    pdf = tmp_path / "smoke.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert hasil.pdf_halaman >= 1 and hasil.pdf_bita == pdf.stat().st_size
    cadangan = list(tmp_path.glob("*.ikubackup"))
    assert len(cadangan) == 1
    info = periksa_cadangan(cadangan[0])
    assert [d.instansi for d in info.dokumen] == [contoh.profil.instansi]
    assert hasil.cadangan_bita == cadangan[0].stat().st_size
    assert hasil.sementara and hasil.store == tmp_path / "ikudesk.sqlite"
    assert "Uji cepat IKU Desk berhasil" in hasil.ringkasan()


def test_smoke_gagal_keluar_1_dengan_pesan(
    qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rusak = tmp_path / "rusak.sqlite"
    rusak.write_bytes(b"bukan basis data SQLite " * 100)
    import argparse

    assert jalankan_smoke(argparse.Namespace(db=str(rusak))) == 1
    err = capsys.readouterr().err
    assert "ikudesk --smoke: GAGAL" in err
    assert rusak.read_bytes() == b"bukan basis data SQLite " * 100  # untouched


def _env_bersih(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("IKUDESK_DB", None)
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def test_mode_ukur_mulai_mencetak_detik_lalu_keluar(tmp_path: Path) -> None:
    env = _env_bersih(tmp_path)
    db = tmp_path / "ukur.sqlite"
    subprocess.run(
        [sys.executable, "-m", "ikudesk", "import", str(sample_documents()[0]), "--db", str(db)],
        env=env, check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    env["IKUDESK_UKUR_MULAI"] = "1"
    r = subprocess.run(
        [sys.executable, "-m", "ikudesk", "--db", str(db)],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    m = re.fullmatch(r"mulai: (\d+\.\d{3}) detik sampai jendela utama tergambar\n", r.stdout)
    assert m, r.stdout
    assert 0 < float(m.group(1)) < 60


def test_detik_sejak_proses_mulai_naik() -> None:
    a = detik_sejak_proses_mulai()
    b = detik_sejak_proses_mulai()
    assert 0 < a <= b


def test_openpyxl_dikirim(spec: dict[str, Any]) -> None:
    """The Excel import/export needs openpyxl: declared, not excluded, and nothing it imports
    is among what the spec cuts out."""
    assert any(d.startswith("openpyxl") for d in PYPROJECT["project"]["dependencies"])
    excludes = set(spec["a"].kwargs["excludes"])
    assert "ikudesk.files.xlsx_export" in spec["a"].kwargs["hiddenimports"]
    r = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys\n"
            "import ikudesk.files.xlsx_export, ikudesk.files.xlsx_form, ikudesk.files.sipd_import\n"
            "print(json.dumps(sorted(sys.modules)))",
        ],
        capture_output=True, text=True, check=True, cwd=ROOT, timeout=60,
    )  # fmt: skip
    import json

    dimuat = json.loads(r.stdout)
    assert "openpyxl" in dimuat
    # hashlib without _hashlib falls back to its own hashes (the spec cuts TLS on purpose, and
    # the rest of the program loads it just the same).
    opsional = {"_hashlib"}
    dipotong = [
        m
        for m in dimuat
        if m not in opsional and any(m == e or m.startswith(e + ".") for e in excludes)
    ]
    assert dipotong == []


def test_template_python_docx_dikirim(spec: dict[str, Any]) -> None:
    """python-docx builds a missing styles part from its templates: its PyInstaller hook
    collects them and the spec's trimming keeps them."""
    from PyInstaller.utils.hooks import collect_data_files

    dari_hook = {str(Path(dest) / Path(src).name) for src, dest in collect_data_files("docx")}
    assert "docx/templates/default-styles.xml" in dari_hook
    assert all(spec["keep"](d) for d in dari_hook)
