"""Made-up kecamatan documents for the kabupaten tests and bench: plain indicators (realisasi
typed, no formula) whose capaian a test can work out by hand."""

from __future__ import annotations

from decimal import Decimal

from ikudesk.domain.model import Dokumen, Indikator, Periode, Profil, Sasaran, Tujuan
from ikudesk.files.docfile import ke_json


def dokumen_kecamatan(
    instansi: str,
    jumlah: int = 20,
    periode: tuple[int, int] | None = (2021, 2026),
    geser: int = 0,
    bersama: bool = True,
) -> Dokumen:
    """``jumlah`` indicators over six years; target 80 + i, realisasi a spread around it that
    depends on ``geser``; every third has no realisasi in 2023 (left out of the average). The
    first two indicators are named alike in every kecamatan (``bersama``)."""
    tahun = list(range(periode[0], periode[1] + 1)) if periode else [2023]
    indikator: list[Indikator] = []
    for i in range(1, jumlah + 1):
        nama = f"Indikator bersama {i}" if bersama and i <= 2 else f"Indikator {instansi} nomor {i}"
        target = {th: Decimal(80 + i) for th in tahun}
        realisasi = {
            th: Decimal(70 + (i * 7 + geser * 3 + th) % 40)
            for th in tahun
            if not (th == 2023 and i % 3 == 0)
        }
        indikator.append(
            Indikator(nama=nama, satuan="%", target=target, realisasi=realisasi, kode=f"IKU {i}")
        )
    per = 5
    sasaran = [
        Sasaran(uraian=f"Sasaran {k + 1}", indikator=indikator[k : k + per])
        for k in range(0, jumlah, per)
    ]
    return Dokumen(
        profil=Profil(instansi=instansi, pemerintah_daerah="Kabupaten Contoh"),
        judul=["INDIKATOR KINERJA UTAMA", instansi.upper()],
        periode=Periode(*periode) if periode else None,
        tujuan=[Tujuan(uraian="Tujuan 1", sasaran=sasaran)],
    )


def tulis_dokumen_kecamatan(path, instansi: str, **kw: object) -> None:  # noqa: ANN001
    path.write_text(ke_json(dokumen_kecamatan(instansi, **kw)), encoding="utf-8")  # type: ignore[arg-type]
