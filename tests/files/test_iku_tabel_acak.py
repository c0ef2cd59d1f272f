"""The recogniser on arbitrary grids: a document or a refusal with the reason, never a crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ikudesk.files.iku_sumber import Grid, ImporError, Paragraf, Pecahan, Sel, Sumber, Teks
from ikudesk.files.iku_tabel import kenali

KATA = [
    "No",
    "Sasaran",
    "Indikator Kinerja Utama",
    "Formula",
    "Satuan",
    "Target",
    "2020",
    "Tahun 2021",
    "Sumber Data",
    "PIC",
    "RUTIN",
    "",
    "",
    "-",
    "84,5",
    "1.250",
    "≥ 80",
    "4 Dokumen",
    "x 100%",
    "Jumlah A / Jumlah B x 100%",
    "______",
    "Instansi : Kecamatan X",
    "Mengetahui,",
    "Sumbersuko, 3 Maret 2020",
    "CAMAT X",
    "NIP. 19661114 199403 2 008",
    "Plt. CAMAT",
    "(1)",
    "Realisasi",
    "Kode",
    "Tujuan",
    "Indikator Tujuan",
    "a. butir",
    "1. nama",
]

JUDUL = ["No", "Sasaran", "Formula", "Satuan", "Target 2020", "Tahun 2021", "Sumber Data", "PIC"]

bagian = st.one_of(
    st.builds(Teks, st.sampled_from(KATA), st.booleans(), st.booleans()),
    st.builds(Pecahan, st.sampled_from(KATA), st.sampled_from(KATA)),
)
paragraf = st.builds(
    Paragraf,
    st.lists(bagian, max_size=3),
    st.sampled_from(["", "", "1.", "a.", "-"]),
    st.booleans(),
)
sel = st.builds(Sel, st.lists(paragraf, max_size=2))


@st.composite
def grid(draw: st.DrawFn, nomor: int) -> Grid:
    lebar = draw(st.integers(1, 7))
    tinggi = draw(st.integers(1, 8))
    baris: list[list[Sel]] = []
    if lebar >= 3 and draw(st.booleans()):  # most often a heading row the recogniser knows
        judul = draw(st.permutations(JUDUL))[: lebar - 1] + ["Indikator Kinerja Utama"]
        baris.append([Sel([Paragraf([Teks(j)])]) for j in draw(st.permutations(judul))])
    for r in range(len(baris), tinggi):
        row: list[Sel] = []
        while len(row) < lebar:
            if r and draw(st.booleans()) and draw(st.booleans()):
                row.append(baris[-1][len(row)])  # merged with the cell above
            else:
                s = draw(sel)
                row += [s] * min(draw(st.integers(1, 3)), lebar - len(row))  # spanned
        baris.append(row)
    return Grid(baris=baris, nomor=nomor)


@st.composite
def sumber(draw: st.DrawFn) -> Sumber:
    blok: list = []
    for i in range(draw(st.integers(1, 4))):
        blok.append(draw(grid(i + 1)) if draw(st.booleans()) else draw(paragraf))
    return Sumber(nama="acak.docx", blok=blok)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sumber())
def test_kenali_tidak_pernah_macet(s: Sumber) -> None:
    try:
        hasil = kenali(s)
    except ImporError as e:
        assert e.pesan
    else:
        assert hasil.dokumen.semua_indikator()
