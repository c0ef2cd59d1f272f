"""A fuzz run (issue 22 item 14): seeded, bounded mutations (hypothesis, derandomized) of every
kind of file the program reads from elsewhere — document files, backups, fill-in forms, SIPD
lampiran, survey exports (CSV/XLSX) and Word documents — each fed to the program as a user would
(the command line's ``main`` in this process, with captured output; a few as subprocesses).

For every input: exit 0 or 2, never a traceback; after a refusal (2) the store is
byte-identical; each run within a time bound; the process's memory bounded.

Size: ``IKUDESK_FUZZ_N`` examples per kind (default 100; about one minute for the whole file on
two cores). A different ``IKUDESK_FUZZ_SEED`` explores other mutations; a failing example is
printed by hypothesis and reproduces with the same seed.

Word and Excel IKU sheets (issue 23's import) go through ``ikudesk import`` like document files;
a mutated .docx also through the Word bounds of ``files.batas``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
import traceback
import zipfile
from collections.abc import Callable
from hashlib import sha256
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from ikudesk.cli import main
from ikudesk.errors import IkuError
from tests.support.excel import buat_lampiran_sipd
from tests.support.excel_alat import CONTOH_V2

AKAR = Path(__file__).resolve().parent.parent
N = int(os.environ.get("IKUDESK_FUZZ_N", "100"))
BENIH = int(os.environ.get("IKUDESK_FUZZ_SEED", "20261205"))
MAKS_DETIK = 10.0  # one run of one input
MAKS_MB_TAMBAH = 500  # growth of this process's peak memory over the whole fuzz run
CONTOH_WORD = Path("/work/shared/contoh/word/sumbersuko.docx")

ATUR = settings(
    max_examples=N,
    derandomize=False,
    database=None,
    deadline=None,
    phases=[Phase.generate],  # bounded: no shrinking rounds in CI (the seed reproduces)
    suppress_health_check=list(HealthCheck),
    print_blob=True,
)

# Bytes that tend to matter to the readers: JSON and XML syntax, numbers past every limit,
# control and bidirectional characters, the workbook bombs of issue 22.
TOKEN = [
    b'"',
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b"-1",
    b"0",
    b"1e999",
    b"NaN",
    b"null",
    b"true",
    b"\x00",
    "\u202e".encode(),
    "\u200b".encode(),
    b"\xff\xfe",
    b"\xc3",
    b"99999999999999999999999999999",
    b"<",
    b">",
    b"/>",
    b"&amp;",
    b'<mergeCell ref="A1:XFD1048576"/>',
    b'<c r="XFD1048576"><v>1</v></c>',
    b'<c r="A100001"><v>1</v></c>',
    b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    b'<row r="1048576">',
    b"<f>SUM(A1:A9)</f>",
    b'<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr><w:gridSpan w:val="99"/>',
    b"2023",
    b"-2023",
    b"\n",
    b"\r\n",
    b"'",
    b";",
]


# --------------------------------------------------------------------------- mutations


def mutasi(data: st.DataObject, isi: bytes) -> bytes:
    """One to four edits: flip, delete, insert, duplicate, truncate, splice a token."""
    hasil = bytearray(isi)
    for _ in range(data.draw(st.integers(1, 4), label="jumlah")):
        n = len(hasil)
        jenis = data.draw(
            st.sampled_from(["balik", "hapus", "sisip", "ganda", "potong", "token", "token"])
        )
        pos = data.draw(st.integers(0, max(n - 1, 0)), label="posisi")
        if jenis == "balik" and n:
            hasil[pos] ^= 1 << data.draw(st.integers(0, 7))
        elif jenis == "hapus" and n:
            del hasil[pos : pos + data.draw(st.integers(1, 64))]
        elif jenis == "sisip":
            hasil[pos:pos] = data.draw(st.binary(min_size=1, max_size=16))
        elif jenis == "ganda" and n:
            potong = bytes(hasil[pos : pos + data.draw(st.integers(1, 256))])
            hasil[pos:pos] = potong * data.draw(st.integers(1, 50))
        elif jenis == "potong":
            del hasil[pos:]
        else:
            hasil[pos:pos] = data.draw(st.sampled_from(TOKEN))
    return bytes(hasil)


def mutasi_zip(data: st.DataObject, isi: bytes, bagian: list[str]) -> bytes:
    """Mutate inside the archive (one of ``bagian``, re-zipped so the CRCs pass) or, now and
    then, the archive's own bytes."""
    if data.draw(st.integers(0, 5), label="mentah") == 0:
        return mutasi(data, isi)
    with zipfile.ZipFile(io.BytesIO(isi)) as z:
        anggota = {i.filename: z.read(i.filename) for i in z.infolist()}
    ada = [b for b in bagian if b in anggota]
    nama = data.draw(st.sampled_from(ada), label="bagian")
    anggota[nama] = mutasi(data, anggota[nama])
    keluar = io.BytesIO()
    with zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in anggota.items():
            z.writestr(n, b)
    return keluar.getvalue()


# --------------------------------------------------------------------------- running


def _jejak(db: Path) -> str:
    """The store's bytes (with its -wal), for "byte-identical after a refusal"."""
    h = sha256()
    for p in (db, Path(f"{db}-wal")):
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()


def _tenang(db: Path) -> None:
    """Open and close the store once, so a refused run's open changes no byte of it."""
    assert main(["list", "--db", str(db)]) in (0, 2)


def jalankan(argv: list[str], db: Path | None = None) -> tuple[int, str]:
    """The command line in this process: (exit code, stderr); asserts the run's rules."""
    if db is not None:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            _tenang(db)
        sebelum = _jejak(db)
    out, err = io.StringIO(), io.StringIO()
    mulai = time.monotonic()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            kode = main(argv)
    except SystemExit as e:  # argparse
        kode = int(e.code or 0)
    except BaseException:  # noqa: BLE001 - the point: nothing else may come out
        pytest.fail(f"traceback dari {argv}:\n{traceback.format_exc()}")
    detik = time.monotonic() - mulai
    teks = err.getvalue()
    assert kode in (0, 2), (argv, kode, teks)
    assert "Traceback" not in teks and "Exception ignored" not in teks, teks
    assert detik < MAKS_DETIK, (argv, detik)
    if db is not None and kode == 2:
        assert _jejak(db) == sebelum, f"penyimpanan berubah setelah penolakan: {argv} {teks}"
    return kode, teks


def panggil(fungsi: Callable[[], object]) -> int:
    """A reader of the library (no command line of its own): IkuError is its refusal."""
    mulai = time.monotonic()
    try:
        fungsi()
        kode = 0
    except IkuError:
        kode = 2
    except BaseException:  # noqa: BLE001
        pytest.fail(f"traceback:\n{traceback.format_exc()}")
    assert time.monotonic() - mulai < MAKS_DETIK
    return kode


def _mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.fixture(scope="module")
def kerja(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A store with the sample document (id 1), its backup, a fill-in form, a SIPD lampiran,
    survey exports: the valid files every mutation starts from."""
    d = tmp_path_factory.mktemp("fuzz")
    db = d / "ikudesk.sqlite"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["import", str(CONTOH_V2), "--db", str(db)]) == 0
        assert main(["backup", str(d / "asli.ikubackup"), "--db", str(db)]) == 0
        argv = ["xlsx-form", "1", str(d / "formulir.xlsx"), "--tahun", "2023", "--triwulan", "2"]
        assert main([*argv, "--db", str(db)]) == 0
    buat_lampiran_sipd(d / "sipd.xlsx")
    baris = ["Timestamp,Jenis Kelamin,Usia,Pendidikan," + ",".join(f"U{i}" for i in range(1, 10))]
    for i in range(30):
        jawab = ",".join(str(1 + (i + j) % 4) for j in range(9))
        baris.append(f"2023-05-{1 + i % 28:02d},{'L' if i % 2 else 'P'},{20 + i},SMA,{jawab}")
    (d / "survei.csv").write_text("\n".join(baris) + "\n", encoding="utf-8")
    from openpyxl import Workbook

    wb = Workbook()
    for b in baris:
        wb.active.append(b.split(","))
    wb.save(d / "survei.xlsx")
    return {"d": d, "db": db}


@pytest.fixture(scope="module", autouse=True)
def batas_memori() -> object:
    awal = _mb()
    yield None
    assert _mb() - awal < MAKS_MB_TAMBAH, f"memori puncak naik {_mb() - awal:.0f} MB"


# --------------------------------------------------------------------------- the kinds


@seed(BENIH)
@ATUR
@given(data=st.data())
def test_fuzz_berkas_dokumen(kerja: dict[str, Path], data: st.DataObject) -> None:
    asli = CONTOH_V2.read_bytes()
    f = kerja["d"] / "dokumen.json"
    f.write_bytes(mutasi(data, asli))
    jalankan(["import", str(f), "--db", str(kerja["db"])], kerja["db"])


def _cadangan_bermutasi(data: st.DataObject, asli: bytes) -> bytes:
    """Mostly inside the archive: the manifest, or the database with the manifest's checksum
    and size made to match (so the database's own checks are reached)."""
    with zipfile.ZipFile(io.BytesIO(asli)) as z:
        manifest = z.read("manifest.json")
        db = z.read("ikudesk.sqlite")
    pilih = data.draw(st.sampled_from(["manifest", "db", "db", "mentah"]), label="cadangan")
    if pilih == "mentah":
        return mutasi(data, asli)
    if pilih == "manifest":
        manifest = mutasi(data, manifest)
    else:
        db = mutasi(data, db)
        with contextlib.suppress(ValueError):
            m = json.loads(manifest)
            m["basis_data"]["sha256"] = sha256(db).hexdigest()
            m["basis_data"]["ukuran"] = len(db)
            manifest = json.dumps(m).encode()
    keluar = io.BytesIO()
    with zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", manifest)
        z.writestr("ikudesk.sqlite", db)
    return keluar.getvalue()


@seed(BENIH + 1)
@ATUR
@given(data=st.data())
def test_fuzz_cadangan(kerja: dict[str, Path], data: st.DataObject) -> None:
    asli = (kerja["d"] / "asli.ikubackup").read_bytes()
    f = kerja["d"] / "bermutasi.ikubackup"
    f.write_bytes(_cadangan_bermutasi(data, asli))
    db = kerja["d"] / "pulih.sqlite"
    if not db.exists():
        shutil.copy(kerja["db"], db)
    jalankan(["restore", str(f), "--yes", "--db", str(db)], db)
    jalankan(["backup", str(kerja["d"] / "lagi.ikubackup"), "--db", str(db)], db)


BAGIAN_XLSX = [
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/sheet2.xml",
    "xl/workbook.xml",
    "xl/sharedStrings.xml",
    "xl/styles.xml",
    "[Content_Types].xml",
    "xl/_rels/workbook.xml.rels",
]


@seed(BENIH + 2)
@ATUR
@given(data=st.data())
def test_fuzz_formulir(kerja: dict[str, Path], data: st.DataObject) -> None:
    asli = (kerja["d"] / "formulir.xlsx").read_bytes()
    f = kerja["d"] / "formulir-bermutasi.xlsx"
    f.write_bytes(mutasi_zip(data, asli, BAGIAN_XLSX))
    jalankan(["xlsx-import", "1", str(f), "--ya", "--db", str(kerja["db"])], kerja["db"])


@seed(BENIH + 3)
@ATUR
@given(data=st.data())
def test_fuzz_sipd(kerja: dict[str, Path], data: st.DataObject) -> None:
    asli = (kerja["d"] / "sipd.xlsx").read_bytes()
    f = kerja["d"] / "sipd-bermutasi.xlsx"
    f.write_bytes(mutasi_zip(data, asli, BAGIAN_XLSX))
    argv = ["sipd-import", "1", str(f), "--tahun", "2023", "--ya", "--db", str(kerja["db"])]
    jalankan(argv, kerja["db"])


def _impor_survei(path: Path) -> object:
    """The window's survey import without the window: read, propose a mapping, apply it."""
    from ikudesk.files.survei_import import baca_tabel, terapkan_pemetaan, usul_pemetaan

    unsur = [f"Unsur {i}" for i in range(1, 10)]
    tabel = baca_tabel(path)
    usul = usul_pemetaan(tabel.kolom, unsur, tabel.baris)
    return terapkan_pemetaan(tabel, usul, unsur)


@seed(BENIH + 4)
@ATUR
@given(data=st.data())
def test_fuzz_survei(kerja: dict[str, Path], data: st.DataObject) -> None:
    if data.draw(st.booleans(), label="csv"):
        f = kerja["d"] / "survei-bermutasi.csv"
        f.write_bytes(mutasi(data, (kerja["d"] / "survei.csv").read_bytes()))
    else:
        f = kerja["d"] / "survei-bermutasi.xlsx"
        f.write_bytes(mutasi_zip(data, (kerja["d"] / "survei.xlsx").read_bytes(), BAGIAN_XLSX))
    panggil(lambda: _impor_survei(f))


@pytest.fixture(scope="module")
def lembar_iku(kerja: dict[str, Path]) -> dict[str, Path]:
    """IKU sheets as an office keeps them, Word and Excel, made from the sample document by the
    Word import's own test writers (issue 23)."""
    from ikudesk.files.docfile import baca_file
    from tests.support.word_iku import tulis_docx, tulis_xlsx

    dok = baca_file(CONTOH_V2)
    return {
        "docx": tulis_docx(dok, kerja["d"] / "iku.docx"),
        "xlsx": tulis_xlsx(dok, kerja["d"] / "iku.xlsx"),
    }


@seed(BENIH + 5)
@ATUR
@given(data=st.data())
def test_fuzz_lembar_word(
    kerja: dict[str, Path], lembar_iku: dict[str, Path], data: st.DataObject
) -> None:
    """A mutated Word IKU sheet: the Word bounds of files.batas, then ``ikudesk import``."""
    from ikudesk.files import batas

    asli = lembar_iku["docx"].read_bytes()
    if CONTOH_WORD.exists() and data.draw(st.booleans(), label="contoh bersama"):
        asli = CONTOH_WORD.read_bytes()
    f = kerja["d"] / "iku-bermutasi.docx"
    f.write_bytes(
        mutasi_zip(data, asli, ["word/document.xml", "word/numbering.xml", "word/styles.xml"])
    )
    panggil(lambda: batas.periksa_docx(f))
    jalankan(["import", str(f), "--db", str(kerja["db"])], kerja["db"])


@seed(BENIH + 6)
@ATUR
@given(data=st.data())
def test_fuzz_lembar_excel(
    kerja: dict[str, Path], lembar_iku: dict[str, Path], data: st.DataObject
) -> None:
    f = kerja["d"] / "iku-bermutasi.xlsx"
    f.write_bytes(mutasi_zip(data, lembar_iku["xlsx"].read_bytes(), BAGIAN_XLSX))
    jalankan(["import", str(f), "--db", str(kerja["db"])], kerja["db"])


# --------------------------------------------------------------------------- subprocesses

# A few hostile files through the real program, each in its own process with an address-space
# cap: exit 0 or 2, no traceback, within time and memory.
_ANAK = r"""
import resource, runpy, sys
resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))
sys.argv = ["ikudesk", *sys.argv[1:]]
try:
    runpy.run_module("ikudesk", run_name="__main__")
finally:
    # VmHWM: this process's own peak. ru_maxrss would also count the parent's size at fork
    # (Linux carries it across exec), i.e. the whole test run's.
    with open("/proc/self/status") as f:
        kb = next(int(b.split()[1]) for b in f if b.startswith("VmHWM:"))
    print(f"MB {kb / 1024:.0f}", file=sys.stderr)
"""


def _bom_gabungan(asal: Path, keluar: Path) -> Path:
    with zipfile.ZipFile(asal) as zin, zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            isi = zin.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                teks = isi.decode()
                gabung = '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'
                teks = re.sub(r"</sheetData>", "</sheetData>" + gabung, teks, count=1)
                isi = teks.encode()
            zout.writestr(info.filename, isi)
    return keluar


@pytest.mark.parametrize("kasus", ["gabungan-formulir", "gabungan-sipd", "cadangan-potong", "json"])
def test_fuzz_subproses(kerja: dict[str, Path], kasus: str) -> None:
    d, db = kerja["d"], kerja["db"]
    if kasus == "gabungan-formulir":
        f = _bom_gabungan(d / "formulir.xlsx", d / "bom-formulir.xlsx")
        argv = ["xlsx-import", "1", str(f), "--ya"]
    elif kasus == "gabungan-sipd":
        f = _bom_gabungan(d / "sipd.xlsx", d / "bom-sipd.xlsx")
        argv = ["sipd-import", "1", str(f), "--tahun", "2023", "--ya"]
    elif kasus == "cadangan-potong":
        f = d / "potong.ikubackup"
        f.write_bytes((d / "asli.ikubackup").read_bytes()[:-100])
        argv = ["restore", str(f), "--yes"]
    else:
        f = d / "dalam.json"
        f.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
        argv = ["import", str(f)]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        _tenang(db)
    sebelum = _jejak(db)
    mulai = time.monotonic()
    r = subprocess.run(
        [sys.executable, "-c", _ANAK, *argv, "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=AKAR,
        env=dict(os.environ, PYTHONPATH=str(AKAR)),
        timeout=120,
    )
    detik = time.monotonic() - mulai
    assert r.returncode in (0, 2), r.stderr[-3000:]
    assert "Traceback" not in r.stderr, r.stderr[-3000:]
    mb = float(re.findall(r"MB (\d+)", r.stderr)[-1])
    assert detik < 30 and mb < 500, (detik, mb)
    if r.returncode == 2:
        assert _jejak(db) == sebelum
