"""No plaintext copy of a store outlives a kill (issue 22 item 6).

Real SIGKILLs of ``ikudesk restore`` and ``ikudesk backup`` subprocesses, at the moments a copy
of the store lies on disk: a restore's extracted database beside the store
(``.<store>.pulih-…tmp``), a backup's snapshot or read-back check beside its output (on the USB
stick: ``.ikudesk-periksa-…tmp/ikudesk.sqlite``). The next run of the program that opens the
store removes the first kind however young it is; the next backup into the same folder removes
the second. A copy that another running process still works in is never touched.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ikudesk.backup.archive import buat_cadangan
from ikudesk.files.docfile import baca_file
from ikudesk.persistence.repo import save_new_dokumen
from ikudesk.persistence.store import open_store
from tests.support.sintetis import dokumen_sintetis

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL hanya ada di POSIX")

AKAR = Path(__file__).resolve().parent.parent
ENV = dict(os.environ, PYTHONPATH=str(AKAR))


def _ikudesk(*argv: str, stdin: int | None = subprocess.DEVNULL) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "ikudesk", *argv],
        env=ENV,
        cwd=AKAR,
        stdin=stdin,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _salinan(folder: Path, awalan: str) -> list[Path]:
    """Copies of a store in ``folder``: hidden temporaries named ``awalan…``."""
    return sorted(p for p in folder.iterdir() if p.name.startswith(awalan))


def _tunggu(syarat, detik: float = 60.0) -> bool:  # noqa: ANN001
    batas = time.monotonic() + detik
    while time.monotonic() < batas:
        if syarat():
            return True
        time.sleep(0.002)
    return False


@pytest.fixture
def store_besar(tmp_path: Path, contoh_paths: list[Path]) -> Path:
    """A store of a few MB: its backup and restore take long enough to be killed midway."""
    sp = tmp_path / "data" / "ikudesk.sqlite"
    sp.parent.mkdir()
    with open_store(sp) as s:
        save_new_dokumen(s, baca_file(contoh_paths[0]))
        save_new_dokumen(s, dokumen_sintetis(1_500))
    return sp


def test_pemulihan_dibunuh_salinannya_disapu_saat_dibuka_lagi(
    tmp_path: Path, store_besar: Path
) -> None:
    sp = store_besar
    cadangan = buat_cadangan(sp, tmp_path / "awal.ikubackup").path
    awalan = f".{sp.name}.pulih-"
    rng = random.Random(20261205)
    for n in range(6):
        # Killed while it waits for the user's yes (the copy is there, deterministically), or
        # at a random moment of a --yes restore.
        if n % 2 == 0:
            p = _ikudesk("restore", str(cadangan), "--db", str(sp), stdin=subprocess.PIPE)
            assert _tunggu(lambda: bool(_salinan(sp.parent, awalan))), "salinan tidak muncul"
        else:
            p = _ikudesk("restore", str(cadangan), "--yes", "--db", str(sp))
            time.sleep(rng.uniform(0.05, 0.6))
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=60)
        if n % 2 == 0:
            assert _salinan(sp.parent, awalan), "the kill left the extracted copy (the repro)"
        # The next run of the program (any command that opens the store) removes it.
        r = subprocess.run(
            [sys.executable, "-m", "ikudesk", "list", "--db", str(sp)],
            env=ENV,
            cwd=AKAR,
            capture_output=True,
            timeout=120,
        )
        assert r.returncode == 0, r.stderr
        assert _salinan(sp.parent, awalan) == []
        assert _salinan(sp.parent, ".ikudesk-") == []
        cad = sp.parent / "cadangan"
        assert not cad.exists() or _salinan(cad, ".") == []


def test_salinan_yang_masih_dipakai_tidak_disapu(tmp_path: Path, store_besar: Path) -> None:
    """A restore waiting for its yes in one process; another opens the store meanwhile: the
    copy stays, and the restore then completes from it."""
    sp = store_besar
    cadangan = buat_cadangan(sp, tmp_path / "awal.ikubackup").path
    awalan = f".{sp.name}.pulih-"
    p = _ikudesk("restore", str(cadangan), "--db", str(sp), stdin=subprocess.PIPE)
    try:
        assert _tunggu(lambda: bool(_salinan(sp.parent, awalan)))
        sebelum = _salinan(sp.parent, awalan)
        with open_store(sp) as s:  # sweeps at open
            s.close()
        assert _salinan(sp.parent, awalan) == sebelum
        assert p.stdin is not None
        _, err = p.communicate(b"y\n", timeout=120)
        assert p.returncode == 0, err
        assert b"Pemulihan berhasil" in err
    finally:
        if p.poll() is None:
            p.kill()
    assert _salinan(sp.parent, awalan) == []


def test_cadangan_dibunuh_sisa_di_usb_disapu_oleh_tulisan_berikutnya(
    tmp_path: Path, store_besar: Path
) -> None:
    sp = store_besar
    usb = tmp_path / "usb"
    usb.mkdir()
    terbunuh = 0
    for n in range(12):
        p = _ikudesk("backup", str(usb / f"c{n}.ikubackup"), "--db", str(sp))
        # The case: killed while the written backup is being read back (a plaintext
        # copy of the store in .ikudesk-periksa-…tmp on the stick).
        _tunggu(lambda: any((d / "ikudesk.sqlite").exists() for d in usb.glob(".ikudesk-p*")), 30)
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=60)
        if _salinan(usb, ".ikudesk-"):
            terbunuh += 1
            break
    assert terbunuh, "no kill landed while a copy was on the stick"
    # The next backup onto the stick sweeps what the dead one left, then writes its own.
    r = subprocess.run(
        [sys.executable, "-m", "ikudesk", "backup", str(usb / "lagi.ikubackup"), "--db", str(sp)],
        env=ENV,
        cwd=AKAR,
        capture_output=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert _salinan(usb, ".ikudesk-") == []
    assert (usb / "lagi.ikubackup").exists()
