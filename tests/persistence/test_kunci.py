"""The store lock: one window per store, released by the OS even when a process dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ikudesk.errors import IkuError
from ikudesk.persistence.kunci import KunciStore, StoreTerkunci, path_kunci

_PEGANG = textwrap.dedent(
    """
    import sys, time
    from ikudesk.persistence.kunci import KunciStore
    k = KunciStore(sys.argv[1])
    k.ambil()
    print("pegang", flush=True)
    time.sleep(60)
    """
)


def _anak_pegang(store_path: Path) -> subprocess.Popen[str]:
    p = subprocess.Popen(
        [sys.executable, "-c", _PEGANG, str(store_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert p.stdout is not None
    assert p.stdout.readline().strip() == "pegang"
    return p


def test_ambil_lepas_dan_ambil_lagi(tmp_path: Path) -> None:
    s = tmp_path / "iku.sqlite"
    k = KunciStore(s)
    k.ambil()
    assert k.dipegang
    assert path_kunci(s).exists()
    k.lepas()
    assert not k.dipegang
    with KunciStore(s) as k2:
        assert k2.dipegang
    assert not k2.dipegang


def test_proses_lain_ditolak_dengan_pesan_indonesia(tmp_path: Path) -> None:
    s = tmp_path / "iku.sqlite"
    anak = _anak_pegang(s)
    try:
        with pytest.raises(StoreTerkunci) as e:
            KunciStore(s).ambil()
        assert isinstance(e.value, IkuError)
        assert "sudah terbuka dengan penyimpanan ini di jendela lain" in str(e.value)
        assert str(s) in str(e.value)
    finally:
        anak.kill()
        anak.wait()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL hanya ada di POSIX")
def test_proses_mati_tidak_meninggalkan_kunci_basi(tmp_path: Path) -> None:
    s = tmp_path / "iku.sqlite"
    anak = _anak_pegang(s)
    os.kill(anak.pid, signal.SIGKILL)
    anak.wait()
    assert path_kunci(s).exists()  # the file stays behind, but it holds no lock
    with KunciStore(s) as k:
        assert k.dipegang


def test_store_lain_tidak_terpengaruh(tmp_path: Path) -> None:
    with KunciStore(tmp_path / "a.sqlite"), KunciStore(tmp_path / "b.sqlite") as kb:
        assert kb.dipegang


def test_folder_kunci_tidak_bisa_dibuat(tmp_path: Path) -> None:
    berkas = tmp_path / "bukan-folder"
    berkas.write_text("x")
    with pytest.raises(StoreTerkunci) as e:
        KunciStore(berkas / "iku.sqlite").ambil()
    assert "Berkas kunci" in str(e.value)
