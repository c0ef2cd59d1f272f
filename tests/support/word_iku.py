"""Test-only: an IKU document written as the Word (or Excel) sheet an office would have.

Several layouts, as real sheets have them: a merged "Target" over year columns or "Target 2020"
columns; the header as paragraphs with tabs or as a borderless table; formulas as Word
equations (OMML fractions), as one line of text, as a fraction typed over three paragraphs or
as an underlined numerator; Word's automatic numbering; group rows; a table continued after a
page break; an empty spacer column; a "Mengetahui," block beside the signer. Written with
python-docx (and openpyxl) only from the document's own data, never from the importer's code.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from ikudesk.domain import formula
from ikudesk.domain.model import Dokumen, Indikator, Penandatangan
from ikudesk.domain.nip import format_nip
from ikudesk.l10n import format_angka, format_tanggal

M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"


@dataclass
class Tata:
    target: str = "gabung"  # "gabung" (merged Target over years), "kolom" ("Target 2020"), "tahun"
    kepala: str = "paragraf"  # "paragraf" (Label<tab>: isi) or "tabel" (borderless table)
    rumus: str = "omml"  # "omml", "teks", "tiga_baris", "garis_bawah"
    penomoran: str = "teks"  # "teks" or "otomatis" (Word's list numbering)
    bersambung: str = ""  # "", "tabel" (a second table, same heading), "ulang" (heading repeated)
    sasaran_baris: bool = False  # a sasaran as its own full-width row (no sasaran column)
    spasi: bool = False  # an empty spacer column after the first
    ttd: str = "biasa"  # "biasa", "mengetahui" (two blocks in a table), "tab" (apart by tabs),
    # "an" (a.n. CAMAT … over the signer's own jabatan)
    label_bernomor: bool = False  # "1 Perangkat Daerah : …"


# --------------------------------------------------------------------------- formula text


def _sisi(node: Any, uraian: dict[str, str]) -> str:
    return formula.teks_rumus(formula.layout(node, uraian))


def pecah_rumus(ind: Indikator) -> tuple[str, str, bool] | None:
    """(numerator, denominator, × 100%) of ``ind``'s formula as printed, if it is a fraction."""
    if not ind.rumus.ekspresi:
        return None
    uraian = {k.kode: k.uraian for k in ind.rumus.komponen}
    node = formula.parse(ind.rumus.ekspresi, list(uraian))
    while isinstance(node, formula.Kurung):
        node = node.isi
    kali100 = False
    if (
        isinstance(node, formula.BinOp)
        and node.op == "*"
        and isinstance(node.kanan, formula.Angka)
        and node.kanan.nilai == 100
    ):
        kali100, node = True, node.kiri
    while isinstance(node, formula.Kurung):
        node = node.isi
    if not (isinstance(node, formula.BinOp) and node.op == "/"):
        return None
    return _sisi(node.kiri, uraian), _sisi(node.kanan, uraian), kali100


# --------------------------------------------------------------------------- Word pieces


class _Nomor:
    """numbering.xml entries for automatic lists: one list (numId) per call of ``baru``."""

    def __init__(self, d: Any) -> None:
        self.el = d.part.numbering_part.element
        self.n = 900

    def baru(self, fmt: str = "decimal", teks: str = "%1.") -> str:
        self.n += 1
        a = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{self.n}">'
            f'<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{teks}"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
        )
        nums = self.el.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(a)
        else:
            self.el.append(a)
        self.el.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{self.n}">'
                f'<w:abstractNumId w:val="{self.n}"/></w:num>'
            )
        )
        return str(self.n)


def _numpr(p: Any, num_id: str) -> None:
    ppr = p._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def _omml(p: Any, atas: str, bawah: str, kali100: bool) -> None:
    def run(t: str) -> str:
        t = t.replace("&", "&amp;").replace("<", "&lt;")
        return f'<m:r><m:t xml:space="preserve">{t}</m:t></m:r>'

    ekor = run("×") + run("100%") if kali100 else ""
    p._p.append(
        parse_xml(
            f'<m:oMath xmlns:m="{M_NS}"><m:f><m:num>{run(atas)}</m:num>'
            f"<m:den>{run(bawah)}</m:den></m:f>"
            f"{ekor}</m:oMath>"
        )
    )


def _tulis_rumus(sel: Any, ind: Indikator, cara: str) -> None:
    """The formula cell: the formula in the layout's way, then the penjelasan paragraph(s)."""
    pecah = pecah_rumus(ind)
    pertama = sel.paragraphs[0]
    paragraf: list[Any] = []

    def para() -> Any:
        p = pertama if not paragraf else sel.add_paragraph()
        paragraf.append(p)
        return p

    if pecah is not None:
        atas, bawah, kali100 = pecah
        ekor = " x 100%" if kali100 else ""
        if cara == "omml":
            _omml(para(), atas, bawah, kali100)
        elif cara == "teks":
            if len(ind.nama) % 2 == 0 and not any(
                o in atas + bawah for o in ("+", " - ", "−", "×")
            ):
                para().add_run(f"= ({atas} : {bawah}){ekor}")
            else:
                para().add_run(f"{_kurung(atas)} / {_kurung(bawah)}{ekor}")
        elif cara == "tiga_baris":
            para().add_run(atas)
            para().add_run("_" * 24 + ekor)
            para().add_run(bawah)
        else:  # garis_bawah: "= <u>numerator</u> x 100%" over the denominator (seed 000)
            p = para()
            p.add_run("= ")
            r = p.add_run(atas)
            r.underline = True
            p.add_run(ekor)
            para().add_run(bawah)
    for baris in [b for b in ind.rumus.penjelasan.split("\n") if b]:
        para().add_run(baris)


def _kurung(t: str) -> str:
    return f"({t})" if (" + " in t or " - " in t or " − " in t) else t


def _sel_teks(sel: Any, teks: str, tebal: bool = False) -> None:
    baris = teks.split("\n") if teks else [""]
    for i, b in enumerate(baris):
        p = sel.paragraphs[0] if i == 0 else sel.add_paragraph()
        if b:
            r = p.add_run(b)
            r.bold = tebal


def _tanpa_garis(tbl: Any) -> None:
    tblpr = tbl._tbl.tblPr
    tblpr.append(
        parse_xml(
            f"<w:tblBorders {nsdecls('w')}>"
            + "".join(
                f'<w:{s} w:val="nil"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + "</w:tblBorders>"
        )
    )


# --------------------------------------------------------------------------- the sheet


def _baris_pohon(dok: Dokumen) -> list[dict[str, Any]]:
    """The table's rows: group rows, then one row per indicator with its tujuan/sasaran."""
    rows: list[dict[str, Any]] = []
    kolom = {k.isi for k in dok.tabel.kolom}
    for ti, t in enumerate(dok.tujuan):
        if t.kelompok:
            rows.append({"grup": t.kelompok})
        ind_tujuan = t.indikator if "indikator_tujuan" in kolom else []
        lepas = (
            []
            if ind_tujuan or any(k.dari == "indikator_tujuan" for k in dok.profil.kepala)
            else t.indikator
        )
        for ind in lepas:  # a tujuan's own indicators as rows (sasaran column shows the tujuan)
            rows.append({"t": ti, "s": ("t", ti), "s_teks": t.uraian, "ind": ind})
        for si, s in enumerate(t.sasaran):
            for ind in s.indikator:
                rows.append({"t": ti, "s": (ti, si), "s_teks": s.uraian, "ind": ind})
            if not s.indikator:
                rows.append({"t": ti, "s": (ti, si), "s_teks": s.uraian, "ind": None})
    return rows


def tulis_docx(dok: Dokumen, path: Path, tata: Tata | None = None) -> Path:
    """Write ``dok`` as a Word IKU sheet in layout ``tata``."""
    tata = tata or Tata()
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    nomor = _Nomor(d)

    for j in dok.judul:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(j).bold = True
    d.add_paragraph()
    _tulis_kepala(d, dok, tata, nomor)
    _tulis_tabel(d, dok, tata, nomor)
    d.add_paragraph()
    if dok.penandatangan is not None:
        _tulis_ttd(d, dok.penandatangan, tata)
    d.save(str(path))
    return path


def _isi_kepala(dok: Dokumen, k: Any) -> str:
    if k.dari == "tujuan":
        return "\n".join(t.uraian for t in dok.tujuan if t.uraian)
    if k.dari == "indikator_tujuan":
        return "\n".join(i.nama for t in dok.tujuan for i in t.indikator)
    return k.isi


def _butir_teks(k: Any, i: int) -> str:
    if k.penomoran == "huruf":
        return f"{chr(ord('a') + i)}."
    if k.penomoran == "strip":
        return "-"
    return f"{i + 1}."


def _tulis_kepala(d: Any, dok: Dokumen, tata: Tata, nomor: _Nomor) -> None:
    kepala = list(dok.profil.kepala)
    baris: list[tuple[str, Any]] = [(k.label, k) for k in kepala]
    if dok.tabel.judul:
        baris.append((dok.tabel.judul, None))
    if tata.kepala == "tabel":
        tbl = d.add_table(rows=0, cols=3)
        _tanpa_garis(tbl)
        for i, (label, k) in enumerate(baris):
            c = tbl.add_row().cells
            _sel_teks(c[0], f"{i + 1} {label}" if tata.label_bernomor else label)
            _sel_teks(c[1], ":")
            if k is None:
                continue
            isi = _isi_kepala(dok, k)
            _sel_teks(c[2], isi, tebal=k.tebal)
            num_id = (
                nomor.baru("lowerLetter" if k.penomoran == "huruf" else "decimal")
                if k.butir
                else ""
            )
            for j, b in enumerate(k.butir):
                p = c[2].paragraphs[0] if (j == 0 and not isi) else c[2].add_paragraph()
                if tata.penomoran == "otomatis" and k.penomoran != "strip":
                    p.add_run(b)
                    _numpr(p, num_id)
                else:
                    p.add_run(f"{_butir_teks(k, j)} {b}")
        d.add_paragraph()
        return
    for i, (label, k) in enumerate(baris):
        lab = f"{i + 1}\t{label}" if tata.label_bernomor else label
        p = d.add_paragraph()
        isi = _isi_kepala(dok, k) if k is not None else ""
        p.add_run(f"{lab}\t: ")
        isi_baris = isi.split("\n") if isi else []
        if isi_baris:
            p.add_run(isi_baris[0]).bold = bool(k is not None and k.tebal)
        for lanjut in isi_baris[1:]:
            d.add_paragraph().add_run(f"\t{lanjut}")
        if k is None or not k.butir:
            continue
        num_id = nomor.baru("lowerLetter" if k.penomoran == "huruf" else "decimal")
        for j, b in enumerate(k.butir):
            q = d.add_paragraph()
            if tata.penomoran == "otomatis" and k.penomoran != "strip":
                q.add_run(b)
                _numpr(q, num_id)
            else:
                q.add_run(f"{_butir_teks(k, j)} {b}")
    d.add_paragraph()


def _kolom_tata(dok: Dokumen, tata: Tata) -> list[dict[str, Any]]:
    """The sheet's columns: kind, heading, group, year."""
    out: list[dict[str, Any]] = []
    tahun = list(range(dok.periode.mulai, dok.periode.selesai + 1)) if dok.periode else []
    for i, k in enumerate(dok.tabel.kolom):
        if tata.sasaran_baris and k.isi == "sasaran":
            continue
        if k.isi == "target":
            for th in tahun:
                if tata.target == "gabung":
                    out.append(
                        {
                            "isi": "target",
                            "judul": str(th),
                            "grup": k.judul or "Target",
                            "tahun": th,
                        }
                    )
                elif tata.target == "tahun":
                    out.append({"isi": "target", "judul": f"Tahun {th}", "grup": "", "tahun": th})
                else:
                    out.append(
                        {
                            "isi": "target",
                            "judul": f"{k.judul or 'Target'} {th}",
                            "grup": "",
                            "tahun": th,
                        }
                    )
            continue
        out.append({"isi": k.isi, "judul": k.judul, "grup": k.grup, "tahun": None})
        if tata.spasi and i == 0:
            out.append({"isi": "", "judul": "", "grup": "", "tahun": None})
    return out


def _tulis_tabel(d: Any, dok: Dokumen, tata: Tata, nomor: _Nomor) -> None:
    kolom = _kolom_tata(dok, tata)
    dua = any(k["grup"] for k in kolom)
    rows = _baris_pohon(dok)
    if tata.sasaran_baris:
        baru: list[dict[str, Any]] = []
        lalu = None
        for r in rows:
            if "grup" not in r and r["s"] != lalu:
                baru.append({"grup": r["s_teks"], "sasaran": True})
                lalu = r["s"]
            baru.append(r)
        rows = baru
    potong = len(rows) // 2 if tata.bersambung else -1
    num_ind = nomor.baru() if tata.penomoran == "otomatis" else ""
    num_no = nomor.baru() if tata.penomoran == "otomatis" else ""
    state: dict[str, Any] = {"n_ind": 0, "n_no": 0}

    def tabel_baru() -> Any:
        tbl = d.add_table(rows=0, cols=len(kolom))
        tbl.style = d.styles["Table Grid"]
        _kepala_tabel(tbl, kolom, dua)
        if dok.tabel.baris_nomor_kolom:
            c = tbl.add_row().cells
            for i, _k in enumerate(kolom):
                _sel_teks(c[i], f"({i + 1})")
        return tbl

    tbl = tabel_baru()
    gabung: dict[str, Any] = {}
    lanjut: dict[str, Any] = {}  # after a break: what continues is left empty, as offices do
    for ri, r in enumerate(rows):
        if ri == potong:
            if tata.bersambung == "tabel":
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                tbl = tabel_baru()
            else:
                _kepala_tabel(tbl, kolom, dua)
            lanjut = {k: v[0] for k, v in gabung.items()}
            gabung = {}  # merges never cross a heading
        c = tbl.add_row().cells
        if "grup" in r:
            sel = c[0].merge(c[-1])
            _sel_teks(sel, r["grup"], tebal=True)
            gabung = {}
            continue
        ind = r["ind"]
        kunci = {
            "tujuan": ("t", r["t"]),
            "indikator_tujuan": ("t", r["t"]),
            "sasaran": r["s"],
            "nomor": {"tujuan": ("t", r["t"]), "sasaran": r["s"]}.get(
                dok.tabel.nomor_per, ("i", ri)
            ),
        }
        t = dok.tujuan[r["t"]]
        for i, k in enumerate(kolom):
            isi = k["isi"]
            if isi in kunci:
                if gabung.get(isi, (None,))[0] == kunci[isi]:
                    gabung[isi][1].merge(c[i])  # the cell above spans this row too
                    continue
                gabung[isi] = (kunci[isi], c[i])
                if lanjut.get(isi) == kunci[isi]:
                    continue
                if isi == "tujuan":
                    _sel_teks(c[i], t.uraian)
                elif isi == "indikator_tujuan":
                    _sel_teks(c[i], "\n".join(x.nama for x in t.indikator))
                elif isi == "sasaran":
                    _sel_teks(c[i], r["s_teks"])
                elif isi == "nomor" and dok.tabel.nomor_per != "tidak":
                    state["n_no"] += 1
                    if tata.penomoran == "otomatis":
                        _numpr(c[i].paragraphs[0], num_no)
                    else:
                        _sel_teks(c[i], str(state["n_no"]))
                continue
            if ind is None:
                continue
            if isi == "indikator":
                state["n_ind"] += 1
                if dok.tabel.nomori_indikator and tata.penomoran == "otomatis":
                    c[i].paragraphs[0].add_run(ind.nama)
                    _numpr(c[i].paragraphs[0], num_ind)
                elif dok.tabel.nomori_indikator:
                    _sel_teks(c[i], f"{state['n_ind']}. {ind.nama}")
                else:
                    _sel_teks(c[i], ind.nama)
            elif isi == "rumus":
                _tulis_rumus(c[i], ind, tata.rumus)
            elif isi in ("satuan", "sumber_data", "penanggung_jawab", "definisi", "kode"):
                _sel_teks(c[i], getattr(ind, isi))
            elif isi == "target":
                v = ind.target.get(k["tahun"])
                _sel_teks(c[i], _target_teks(v, ind.satuan, ri + i) if v is not None else "-")


def _target_teks(v: Any, satuan: str, n: int) -> str:
    """A target as offices type it: plain, with the unit, or with a sign (varied by ``n``)."""
    t = format_angka(v, 20)
    ragam = n % 3
    if ragam == 1 and satuan == "%":
        return f"{t}%"
    if ragam == 2 and satuan:
        return f"≥ {t}" if satuan == "%" else f"{t} {satuan}"
    return t


def _kepala_tabel(tbl: Any, kolom: list[dict[str, Any]], dua: bool) -> None:
    atas = tbl.add_row().cells
    bawah = tbl.add_row().cells if dua else None
    i = 0
    while i < len(kolom):
        k = kolom[i]
        if bawah is not None and k["grup"]:
            j = i
            while j + 1 < len(kolom) and kolom[j + 1]["grup"] == k["grup"]:
                j += 1
            _sel_teks(atas[i].merge(atas[j]), k["grup"], tebal=True)
            for x in range(i, j + 1):
                _sel_teks(bawah[x], kolom[x]["judul"], tebal=True)
            i = j + 1
            continue
        _sel_teks(atas[i], k["judul"], tebal=True)
        if bawah is not None:
            atas[i].merge(bawah[i])
        i += 1


def _tulis_ttd(d: Any, p: Penandatangan, tata: Tata) -> None:
    jabatan = p.jabatan.split("\n")
    if p.status:
        jabatan[0] = f"{p.status} {jabatan[0]}"
    if tata.ttd == "an":
        jabatan = [f"a.n. {jabatan[0]}", "Sekretaris Kecamatan"]
    tanggal = f"{p.tempat}, {format_tanggal(p.tanggal)}" if p.tanggal else ""
    blok = [tanggal, *jabatan, "", "", "", p.nama]
    if p.pangkat:
        blok.append(p.pangkat)
    if p.nip:
        blok.append(f"NIP. {format_nip(p.nip)}")
    if tata.ttd == "tab":  # two blocks side by side in the same paragraphs, apart by tabs
        kiri = ["Mengetahui,", "BUPATI CONTOH", "", "", "", "NAMA BUPATI"]
        for i, b in enumerate(blok):
            k = kiri[i] if i < len(kiri) else ""
            d.add_paragraph().add_run(f"{k}\t\t\t\t\t{b}" if b else k)
        return
    if tata.ttd == "mengetahui":
        kiri = ["Mengetahui,", "BUPATI CONTOH", "", "", "", "NAMA BUPATI", "", ""]
        tbl = d.add_table(rows=1, cols=2)
        _tanpa_garis(tbl)
        _sel_teks(tbl.rows[0].cells[0], "\n".join(kiri))
        _sel_teks(tbl.rows[0].cells[1], "\n".join(blok))
        return
    for b in blok:
        q = d.add_paragraph()
        q.paragraph_format.left_indent = Pt(500)
        if b:
            q.add_run(b)


def dok_a_n(dok: Dokumen) -> Dokumen:
    """What the "a.n." signature layout should import as."""
    dok = copy.deepcopy(dok)
    assert dok.penandatangan is not None
    dok.penandatangan.jabatan = f"a.n. {dok.penandatangan.jabatan}\nSekretaris Kecamatan"
    return dok


# --------------------------------------------------------------------------- Excel


def tulis_xlsx(dok: Dokumen, path: Path, tata: Tata | None = None) -> Path:
    """The same sheet as an Excel workbook: title rows, header rows, the table, the signer."""
    from openpyxl import Workbook

    tata = tata or Tata()
    wb = Workbook()
    ws = wb.active
    ws.title = "IKU"
    kolom = _kolom_tata(dok, tata)
    n = len(kolom)
    r = 1
    for j in dok.judul:
        ws.cell(r, 1, j)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        r += 1
    r += 1
    for k in dok.profil.kepala:
        ws.cell(r, 1, k.label)
        ws.cell(r, 2, ":")
        ws.cell(r, 3, _isi_kepala(dok, k) or None)
        r += 1
        for j, b in enumerate(k.butir):
            ws.cell(r, 3, f"{_butir_teks(k, j)} {b}")
            r += 1
    if dok.tabel.judul:
        ws.cell(r, 1, dok.tabel.judul)
        ws.cell(r, 2, ":")
        r += 1
    r += 1
    dua = any(k["grup"] for k in kolom)
    i = 0
    while i < n:
        k = kolom[i]
        if dua and k["grup"]:
            j = i
            while j + 1 < n and kolom[j + 1]["grup"] == k["grup"]:
                j += 1
            ws.cell(r, i + 1, k["grup"])
            ws.merge_cells(start_row=r, start_column=i + 1, end_row=r, end_column=j + 1)
            for x in range(i, j + 1):
                ws.cell(r + 1, x + 1, kolom[x]["judul"])
            i = j + 1
            continue
        ws.cell(r, i + 1, k["judul"])
        if dua:
            ws.merge_cells(start_row=r, start_column=i + 1, end_row=r + 1, end_column=i + 1)
        i += 1
    r += 2 if dua else 1
    if dok.tabel.baris_nomor_kolom:
        for i in range(n):
            ws.cell(r, i + 1, f"({i + 1})")
        r += 1
    awal: dict[str, tuple[Any, int]] = {}
    n_ind = 0
    n_no = 0
    for ri, row in enumerate(_baris_pohon(dok)):
        if "grup" in row:
            ws.cell(r, 1, row["grup"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            awal = {}
            r += 1
            continue
        ind = row["ind"]
        t = dok.tujuan[row["t"]]
        kunci = {
            "tujuan": ("t", row["t"]),
            "indikator_tujuan": ("t", row["t"]),
            "sasaran": row["s"],
            "nomor": {"tujuan": ("t", row["t"]), "sasaran": row["s"]}.get(
                dok.tabel.nomor_per, ("i", ri)
            ),
        }
        for i, k in enumerate(kolom):
            isi = k["isi"]
            if isi in kunci:
                lalu = awal.get(isi)
                if lalu is not None and lalu[0] == kunci[isi]:
                    ws.merge_cells(
                        start_row=lalu[1], start_column=i + 1, end_row=r, end_column=i + 1
                    )
                    continue
                awal[isi] = (kunci[isi], r)
                nilai = {
                    "tujuan": t.uraian,
                    "indikator_tujuan": "\n".join(x.nama for x in t.indikator),
                    "sasaran": row["s_teks"],
                }.get(isi)
                if isi == "nomor":
                    n_no += 1
                    nilai = n_no
                ws.cell(r, i + 1, nilai or None)
                continue
            if ind is None:
                continue
            if isi == "indikator":
                n_ind += 1
                ws.cell(
                    r, i + 1, f"{n_ind}. {ind.nama}" if dok.tabel.nomori_indikator else ind.nama
                )
            elif isi == "rumus":
                pecah = pecah_rumus(ind)
                baris = []
                if pecah:
                    baris.append(
                        f"{_kurung(pecah[0])} / {_kurung(pecah[1])}"
                        + (" x 100%" if pecah[2] else "")
                    )
                baris += [b for b in ind.rumus.penjelasan.split("\n") if b]
                ws.cell(r, i + 1, "\n".join(baris) or None)
            elif isi in ("satuan", "sumber_data", "penanggung_jawab"):
                ws.cell(r, i + 1, getattr(ind, isi) or None)
            elif isi == "target":
                v = ind.target.get(k["tahun"])
                ws.cell(r, i + 1, float(v) if v is not None else "-")
        r += 1
    r += 1
    p = dok.penandatangan
    if p is not None:
        kol = max(n - 1, 1)
        isi = [
            f"{p.tempat}, {format_tanggal(p.tanggal)}" if p.tanggal else "",
            *p.jabatan.split("\n"),
            "",
            "",
            p.nama,
        ]
        if p.pangkat:
            isi.append(p.pangkat)
        if p.nip:
            isi.append(f"NIP. {format_nip(p.nip)}")
        for x in isi:
            if x:
                ws.cell(r, kol, x)
            r += 1
    wb.save(path)
    return path
