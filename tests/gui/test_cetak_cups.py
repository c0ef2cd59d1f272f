"""A CUPS printer gets the PDF's own vector pages on the chosen paper (issue 16, 3)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from ikudesk.gui.cetak_cups import TugasCetak, argumen_lp, kirim_ke_cups
from ikudesk.report import buat_pdf_bytes


def test_argumen_lp_kertas_salinan_halaman_dupleks() -> None:
    args = argumen_lp(
        TugasCetak("Kantor", "F4", "landscape", salinan=2, halaman=(2, 3), bolak_balik="panjang")
    )
    assert args[:3] == ["lp", "-d", "Kantor"]
    teks = " ".join(args)
    assert "-o media=Custom.215x330mm" in teks
    assert "-n 2" in teks and "-P 2-3" in teks
    assert "-o sides=two-sided-long-edge" in teks and "-o collate=true" in teks
    assert args[-1] == "-"  # the PDF goes in on standard input
    assert "media=A4" in " ".join(argumen_lp(TugasCetak("Kantor", "A4", "portrait")))


@pytest.mark.skipif(sys.platform == "win32", reason="CUPS' lp; Windows paints the pages")
def test_kirim_ke_cups_menyerahkan_pdf_itu_sendiri(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, store_contoh
) -> None:  # noqa: ANN001
    from ikudesk.persistence.repo import load_dokumen

    store, ids = store_contoh
    pdf = buat_pdf_bytes(load_dokumen(store, ids["sumbersuko"]), kertas="F4")
    # A stand-in for CUPS' lp (an outside program): it keeps its arguments and its input.
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    lp = bin_ / "lp"
    lp.write_text(
        f'#!/bin/sh\nprintf "%s\\n" "$@" > "{tmp_path}/args"\ncat > "{tmp_path}/input.pdf"\n'
    )
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_}{os.pathsep}{os.environ['PATH']}")
    assert kirim_ke_cups(pdf, TugasCetak("Kantor", "F4", "landscape"))
    assert (tmp_path / "input.pdf").read_bytes() == pdf  # the vector PDF, byte for byte
    args = (tmp_path / "args").read_text().split("\n")
    assert "media=Custom.215x330mm" in args and "Kantor" in args
    # lp refusing (no such printer) leaves the painting to the caller.
    lp.write_text("#!/bin/sh\ncat > /dev/null\nexit 1\n")
    assert not kirim_ke_cups(pdf, TugasCetak("Tidak-ada", "F4", "landscape"))
    assert not kirim_ke_cups(pdf, TugasCetak("", "F4", "landscape"))
