"""Shipped files are found from a checkout and from a PyInstaller bundle; fonts cover our text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

import ikudesk
from ikudesk.assets import asset_path, asset_root, sample_documents

FONT_FILES = [
    f"Liberation{family}-{style}.ttf"
    for family in ("Sans", "Serif")
    for style in ("Regular", "Bold", "Italic", "BoldItalic")
]

# Characters the IKU documents print: formula signs, typographic punctuation, Indonesian text.
SYMBOLS = "Ʃ×≤≥–—‘’“”…"
INDONESIAN = (
    "Persentase Kegiatan yang difasilitasi; Indeks Kepuasan Masyarakat (IKM) ≥ 80% — "
    "Rp 1.250.000,00; Camat Sumbersuko, 3 Maret 2020. ABCDEFGHIJKLMNOPQRSTUVWXYZ "
    "abcdefghijklmnopqrstuvwxyz 0123456789 ()[]/:;.,%+-=*'\""
)


def test_asset_root_adalah_akar_repositori() -> None:
    assert asset_root() == Path(ikudesk.__file__).resolve().parent.parent
    assert (asset_root() / "pyproject.toml").is_file()


@pytest.mark.parametrize("name", FONT_FILES)
def test_font_ada_dan_lengkap(name: str) -> None:
    path = asset_path("resources", "fonts", name)
    assert path.is_file()
    font = TTFont(name.removesuffix(".ttf"), str(path))  # raises if embedding is not allowed
    glyphs = font.face.charToGlyph
    missing = sorted({c for c in SYMBOLS + INDONESIAN if ord(c) not in glyphs and c != " "})
    assert missing == [], f"{name} lacks {missing}"


def test_lisensi_dan_readme_font() -> None:
    lisensi = asset_path("resources", "fonts", "LICENSE-Liberation.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in lisensi
    assert "Reserved Font Name Liberation" in lisensi
    readme = asset_path("resources", "fonts", "README.md").read_text("utf-8")
    assert "fonts-liberation2" in readme


def test_ukuran_font_wajar() -> None:
    folder = asset_path("resources", "fonts")
    total = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    assert total < 5 * 1024 * 1024


def test_asset_path_folder_dan_jalur_bergaris_miring() -> None:
    assert asset_path("data").is_dir()
    assert asset_path("resources/fonts/LiberationSans-Regular.ttf") == asset_path(
        "resources", "fonts", "LiberationSans-Regular.ttf"
    )


def test_asset_path_tidak_ada_menyebut_jalur() -> None:
    with pytest.raises(FileNotFoundError) as info:
        asset_path("resources", "fonts", "TidakAda.ttf")
    expected = str(asset_root() / "resources" / "fonts" / "TidakAda.ttf")
    assert expected in str(info.value)
    assert info.value.filename == expected


@pytest.mark.parametrize(
    "parts", [(), ("ikudesk", "assets.py"), ("data", "..", "pyproject.toml"), ("../data",)]
)
def test_asset_path_di_luar_folder_aset_ditolak(parts: tuple[str, ...]) -> None:
    with pytest.raises(ValueError):
        asset_path(*parts)


def test_sample_documents() -> None:
    docs = sample_documents()
    assert docs == sorted(docs)
    assert [p.name for p in docs] == sorted(p.name for p in (asset_root() / "data").glob("*.json"))
    assert {"benjeng.json", "sumber-harta.json", "sumbersuko.json"} <= {p.name for p in docs}
    assert all(p.is_file() and p.parent == asset_path("data") for p in docs)


def test_bundel_pyinstaller(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A real folder laid out as PyInstaller unpacks it; only the interpreter flags are set.
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "b.json").write_text("{}", "utf-8")
    (tmp_path / "data" / "a.json").write_text("{}", "utf-8")
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    font = tmp_path / "resources" / "fonts" / "X.ttf"
    font.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert asset_root() == tmp_path
    assert asset_path("resources", "fonts", "X.ttf") == font
    assert [p.name for p in sample_documents()] == ["a.json", "b.json"]
    with pytest.raises(FileNotFoundError, match="LiberationSans-Regular.ttf"):
        asset_path("resources", "fonts", "LiberationSans-Regular.ttf")
