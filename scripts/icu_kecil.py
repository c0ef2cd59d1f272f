"""A smaller ICU data library for the Linux bundle (used by build.spec).

Qt for Linux links ICU, whose data library (libicudata.so.NN) is 31 MB: every language's
collation, names, currencies, units and time zones, transliteration, line-break dictionaries and
East Asian code pages. Qt keeps its own locale data and the program speaks only Indonesian, so
the bundle keeps ICU's root, English and Indonesian data and the tables Qt does use (collation
root, normalisation, case, code-page aliases, time zones); the rest is removed with ICU's own
``icupkg`` and the result compiled back into a library with the same soname.

Needs ``icupkg`` and ``genccode`` (Debian: icu-devtools) and a C compiler. Without them
``icu_kecil`` returns None and the bundle keeps the full library. Windows bundles carry no ICU.

    python scripts/icu_kecil.py /path/to/libicudata.so.73 OUTDIR     (for trying it by hand)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

# Locale bundles that stay: the fallback chain of id_ID.
LOKAL_TETAP = {"root", "en", "id", "id_ID"}
# A resource named like a locale (af.res, coll/de_.res, zone/zh_Hant_HK.res …).
POLA_LOKAL = re.compile(r"(^|/)([a-z]{2,3}(_[A-Za-z0-9]*)*)\.res$")
# Whole groups Qt never asks ICU for.
FOLDER_BUANG = ("translit/", "brkitr/")
BERKAS_BUANG = {"unames.icu"}
KODE_HALAMAN_BESAR = 100_000  # East Asian code pages (.cnv) above this size go


def _alat() -> dict[str, str] | None:
    alat = {n: shutil.which(n) for n in ("icupkg", "genccode")}
    alat["cc"] = shutil.which("cc") or shutil.which("gcc")
    if not all(alat.values()):
        return None
    return alat  # type: ignore[return-value]


def _data_dari_lib(lib: Path, tujuan: Path) -> tuple[str, Path]:
    """Cut the ICU common data (symbol icudtNN_dat) out of the library into a .dat file."""
    simbol = subprocess.run(
        ["readelf", "-Ws", "--wide", str(lib)], check=True, capture_output=True, text=True
    ).stdout
    m = re.search(
        r"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+)_dat",
        simbol,
    )
    if not m:
        raise RuntimeError(f"{lib}: simbol icudt*_dat tidak ditemukan")
    alamat, ukuran, nama = int(m.group(1), 16), int(m.group(2), 0), m.group(4)
    bagian = subprocess.run(
        ["readelf", "-SW", str(lib)], check=True, capture_output=True, text=True
    ).stdout
    # The symbol lives in .rodata; the file offset is its address shifted like the section's.
    s = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)", bagian)
    if not s:
        raise RuntimeError(f"{lib}: bagian .rodata tidak ditemukan")
    offset = alamat - int(s.group(1), 16) + int(s.group(2), 16)
    with lib.open("rb") as f:
        f.seek(offset)
        data = f.read(ukuran)
    dat = tujuan / f"{nama}l.dat"
    dat.write_bytes(data)
    return nama, dat


def icu_kecil(lib: Path, kerja: Path) -> Path | None:
    """A trimmed copy of ``lib`` (same file name and soname) in ``kerja``; None without tools."""
    alat = _alat()
    if alat is None or not sys.platform.startswith("linux"):
        return None
    kerja.mkdir(parents=True, exist_ok=True)
    nama, dat = _data_dari_lib(lib, kerja)
    isi = subprocess.run(
        [alat["icupkg"], "-l", str(dat)], check=True, capture_output=True, text=True
    ).stdout.split()
    besar = set()
    if any(i.endswith(".cnv") for i in isi):
        ekstrak = kerja / "cnv"
        ekstrak.mkdir(exist_ok=True)
        daftar = kerja / "cnv.txt"
        daftar.write_text("\n".join(i for i in isi if i.endswith(".cnv")) + "\n")
        subprocess.run(
            [alat["icupkg"], "-x", str(daftar), "-d", str(ekstrak), str(dat)],
            check=True, capture_output=True,
        )  # fmt: skip
        besar = {p.name for p in ekstrak.iterdir() if p.stat().st_size > KODE_HALAMAN_BESAR}
    buang = set()
    for item in isi:
        m = POLA_LOKAL.search(item)
        lokal_lain = m is not None and m.group(2) not in LOKAL_TETAP
        if lokal_lain or item.startswith(FOLDER_BUANG) or item in BERKAS_BUANG | besar:
            buang.add(item)
    keluar = kerja / "keluar"
    # icupkg refuses to leave an item whose dependency went; drop the dependants too and retry.
    for _ in range(10):
        shutil.rmtree(keluar, ignore_errors=True)
        keluar.mkdir()
        daftar = kerja / "buang.txt"
        daftar.write_text("\n".join(sorted(buang)) + "\n")
        r = subprocess.run(
            [alat["icupkg"], "-r", str(daftar), str(dat), str(keluar / dat.name)],
            capture_output=True, text=True,
        )  # fmt: skip
        if r.returncode == 0 and (keluar / dat.name).is_file():
            break
        lagi = set(re.findall(r"^Item (\S+) depends on missing item", r.stderr, re.M))
        if not lagi - buang:
            raise RuntimeError(f"icupkg gagal: {r.stderr.strip()[:500]}")
        buang |= lagi
    else:
        raise RuntimeError("icupkg: ketergantungan data ICU tidak selesai")
    subprocess.run(
        [alat["genccode"], "-a", "gcc", "-e", nama, "-d", str(keluar), str(keluar / dat.name)],
        check=True, capture_output=True,
    )  # fmt: skip
    asm = keluar / f"{nama}l_dat.S"
    obj = keluar / f"{nama}.o"
    subprocess.run([alat["cc"], "-c", "-o", str(obj), str(asm)], check=True)
    hasil = kerja / lib.name
    subprocess.run(
        [alat["cc"], "-shared", "-nostdlib", f"-Wl,-soname,{lib.name}", "-o", str(hasil), str(obj)],
        check=True,
    )  # fmt: skip
    return hasil


if __name__ == "__main__":
    keluaran = icu_kecil(Path(sys.argv[1]), Path(sys.argv[2]))
    print(keluaran or "icupkg/genccode/cc tidak ada; pustaka ICU tidak diperkecil")
