"""A Word sheet (.docx) read into the neutral source of :mod:`ikudesk.files.iku_tabel`.

python-docx opens the package; what it does not model — vertical merges, grid spans, list
numbering resolved through ``numbering.xml``, equations (``m:oMath`` with ``m:f``) — is read from
the element tree it exposes, one small reader per construct. Bounds (size, zip bomb, number of
tables and rows, nesting) are checked before anything is built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ikudesk.files.batas_arsip import ArsipError, periksa_paket, sebab_rusak
from ikudesk.files.iku_sumber import Grid, ImporError, Paragraf, Pecahan, Sel, Sumber, Teks, bersih

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_W = "{" + W + "}"
_M = "{" + M + "}"

MAKS_TABEL = 200
MAKS_BARIS_TABEL = 100_000
MAKS_BERSARANG = 5
MAKS_KOLOM = 64
# An IKU table holds at most 5,000 indicators (FORMAT.md); with group and continuation rows a
# table beyond this many rows cannot be one. Only its start is read (to name it), in bounded time.
MAKS_BARIS_IKU = 15_000
_BARIS_AWAL = 40


def _w(tag: str) -> str:
    return _W + tag


def _val(el: Any) -> str | None:
    return None if el is None else el.get(_w("val"))


def _bulat(teks: str | None, bawaan: int) -> int:
    """A number attribute; a missing or damaged one counts as Word's default."""
    try:
        return int(teks) if teks is not None else bawaan
    except ValueError:
        return bawaan


# --------------------------------------------------------------------------- numbering


@dataclass
class _Level:
    fmt: str = "decimal"
    teks: str = "%1."
    mulai: int = 1


@dataclass
class _Penomoran:
    """Word's automatic list numbers: numId → levels, and the running counters."""

    level: dict[str, dict[int, _Level]] = field(default_factory=dict)
    hitung: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def dari(cls, dok: Any) -> _Penomoran:
        pen = cls()
        try:
            numbering = dok.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return pen
        abstrak: dict[str, dict[int, _Level]] = {}
        for a in numbering.findall(_w("abstractNum")):
            abstrak[a.get(_w("abstractNumId"), "")] = {
                _bulat(lv.get(_w("ilvl")), 0): _Level(
                    fmt=_val(lv.find(_w("numFmt"))) or "decimal",
                    teks=_val(lv.find(_w("lvlText"))) or "",
                    mulai=_bulat(_val(lv.find(_w("start"))), 1),
                )
                for lv in a.findall(_w("lvl"))
                if 0 <= _bulat(lv.get(_w("ilvl")), 0) <= 8  # Word's nine list levels
            }
        for n in numbering.findall(_w("num")):
            aid = _val(n.find(_w("abstractNumId"))) or ""
            levels = {k: _Level(v.fmt, v.teks, v.mulai) for k, v in abstrak.get(aid, {}).items()}
            for o in n.findall(_w("lvlOverride")):
                so = o.find(_w("startOverride"))
                ilvl = _bulat(o.get(_w("ilvl")), 0)
                if so is not None and ilvl in levels:
                    levels[ilvl].mulai = _bulat(_val(so), 1)
            pen.level[n.get(_w("numId"), "")] = levels
        return pen

    def label(self, num_id: str, ilvl: int) -> str:
        levels = self.level.get(num_id)
        if not levels or ilvl not in levels or num_id == "0":
            return ""
        c = self.hitung.setdefault(num_id, [lv.mulai - 1 for _, lv in sorted(levels.items())])
        while len(c) <= ilvl:
            c.append(0)
        c[ilvl] += 1
        for d in range(ilvl + 1, len(c)):  # a higher level restarts the deeper ones
            c[d] = levels[d].mulai - 1 if d in levels else 0
        lv = levels[ilvl]
        if lv.fmt == "bullet":
            return "-"
        teks = lv.teks
        for d in range(ilvl + 1):
            f = levels[d].fmt if d in levels else "decimal"
            teks = teks.replace(f"%{d + 1}", _angka_daftar(c[d], f))
        return teks


def _angka_daftar(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            s = chr(ord("a") + r) + s
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        angka = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        s, m = "", n
        for nilai, huruf in angka:
            while m >= nilai:
                s, m = s + huruf, m - nilai
        return s.upper() if fmt == "upperRoman" else s
    return str(n)


# --------------------------------------------------------------------------- paragraphs


def _teks_math(el: Any) -> str:
    """An equation part's text; the lines of an equation array (``m:e``) apart by a space."""
    if el is None:
        return ""
    if el.tag == _M + "t":
        return el.text or ""
    isi = "".join(_teks_math(c) for c in el if isinstance(c.tag, str))
    return isi + " " if el.tag == _M + "e" else isi


class _Pembaca:
    def __init__(self, dok: Any) -> None:
        self.pen = _Penomoran.dari(dok)
        self.gaya_num: dict[str, tuple[str, int]] = {}
        try:
            for s in dok.styles.element.findall(_w("style")):
                num = s.find(f"{_w('pPr')}/{_w('numPr')}")
                if num is not None:
                    self.gaya_num[s.get(_w("styleId"), "")] = (
                        _val(num.find(_w("numId"))) or "",
                        _bulat(_val(num.find(_w("ilvl"))), 0),
                    )
        except (KeyError, AttributeError, ValueError):
            pass
        self.n_tabel = 0

    # -- a paragraph: runs, tabs, breaks, equations, underlines, and its list number
    def paragraf(self, p: Any) -> Paragraf:
        bagian: list[Teks | Pecahan] = []
        ppr = p.find(_w("pPr"))
        label = ""
        if ppr is not None:
            num = ppr.find(_w("numPr"))
            num_id, ilvl = None, 0
            if num is not None:
                num_id = _val(num.find(_w("numId")))
                ilvl = _bulat(_val(num.find(_w("ilvl"))), 0)
            else:
                gaya = _val(ppr.find(_w("pStyle")))
                if gaya and gaya in self.gaya_num:
                    num_id, ilvl = self.gaya_num[gaya]
            if num_id:
                label = self.pen.label(num_id, ilvl)
        tengah = ppr is not None and _val(ppr.find(_w("jc"))) == "center"
        self._isi(p, bagian)
        return Paragraf(bagian=bagian, nomor=label, tengah=tengah)

    def _isi(self, el: Any, out: list[Teks | Pecahan]) -> None:
        for c in el:
            tag = c.tag if isinstance(c.tag, str) else ""
            if tag == _w("r"):
                self._run(c, out)
            elif tag in (_M + "oMath", _M + "oMathPara"):
                self._math(c, out)
            elif tag in (_w("pPr"), _w("del"), _w("moveFrom")):
                continue
            elif tag.startswith(_W) or tag.startswith(_M):
                self._isi(c, out)  # hyperlinks, insertions, smart tags, fields, content controls

    def _run(self, r: Any, out: list[Teks | Pecahan]) -> None:
        rpr = r.find(_w("rPr"))
        garis = False
        tebal = False
        if rpr is not None:
            u = rpr.find(_w("u"))
            garis = u is not None and (_val(u) or "single") != "none"
            b = rpr.find(_w("b"))
            tebal = b is not None and (_val(b) or "true") not in ("0", "false")
        for c in r:
            if c.tag == _w("t"):
                out.append(Teks(c.text or "", garis, tebal))
            elif c.tag == _w("tab"):
                out.append(Teks("\t"))
            elif c.tag in (_w("br"), _w("cr")):
                out.append(Teks("\n"))
            elif c.tag in (_w("noBreakHyphen"),):
                out.append(Teks("-"))

    def _math(self, el: Any, out: list[Teks | Pecahan]) -> None:
        for c in el:
            if c.tag == _M + "f":
                atas, bawah = c.find(_M + "num"), c.find(_M + "den")
                out.append(Pecahan(bersih(_teks_math(atas)), bersih(_teks_math(bawah))))
            elif c.tag == _M + "t":
                out.append(Teks(c.text or ""))
            elif c.tag == _M + "r":
                for t in c.iterfind(_M + "t"):
                    out.append(Teks(t.text or ""))
            elif isinstance(c.tag, str) and not c.tag.endswith("Pr"):
                self._math(c, out)

    # -- a table: the grid of cells with spans and vertical merges resolved
    def tabel(self, tbl: Any, kedalaman: int = 1) -> Grid:
        self.n_tabel += 1
        nomor = self.n_tabel
        grid_el = tbl.find(_w("tblGrid"))
        n_kolom = len(grid_el.findall(_w("gridCol"))) if grid_el is not None else 0
        baris: list[list[Sel | None]] = []
        semua_tr = tbl.findall(_w("tr"))
        panjang = len(semua_tr) if len(semua_tr) > MAKS_BARIS_IKU else 0
        for i, tr in enumerate(semua_tr[:_BARIS_AWAL] if panjang else semua_tr):
            row: list[Sel | None] = []
            trpr = tr.find(_w("trPr"))
            sebelum = _val(trpr.find(_w("gridBefore"))) if trpr is not None else None
            row.extend([None] * min(_bulat(sebelum, 0), MAKS_KOLOM))
            for tc in tr.iterchildren(_w("tc"), _w("sdt")):
                for sel_el in [tc] if tc.tag == _w("tc") else tc.iter(_w("tc")):
                    self._sel(sel_el, row, baris, nomor, i, n_kolom, kedalaman)
            baris.append(row)
        lebar = max([len(r) for r in baris] + [n_kolom])
        if lebar > MAKS_KOLOM:
            raise ImporError(f"tabel {nomor} punya {lebar} kolom; batasnya {MAKS_KOLOM}.")
        kosong = Sel()
        rapi = [
            [s if s is not None else kosong for s in r] + [kosong] * (lebar - len(r)) for r in baris
        ]
        return Grid(baris=rapi, nomor=nomor, panjang=panjang)

    def _sel(
        self,
        tc: Any,
        row: list[Sel | None],
        baris: list[list[Sel | None]],
        nomor: int,
        i: int,
        n_kolom: int,
        kedalaman: int,
    ) -> None:
        tcpr = tc.find(_w("tcPr"))
        span = _bulat(_val(tcpr.find(_w("gridSpan"))), 1) if tcpr is not None else 1
        vm = tcpr.find(_w("vMerge")) if tcpr is not None else None
        kol = len(row)
        if span < 1 or (n_kolom and kol + span > n_kolom):
            raise ImporError(
                f"tabel {nomor}, baris {i + 1}: sel melebar melampaui kisi tabel "
                f"({kol + span} dari {n_kolom} kolom); berkasnya rusak."
            )
        lanjut = vm is not None and (_val(vm) or "continue") == "continue"
        atas = baris[-1][kol] if lanjut and baris and kol < len(baris[-1]) else None
        if atas is not None:
            sel = atas
        else:
            paragraf: list[Paragraf] = []
            for c in tc:
                if c.tag == _w("p"):
                    paragraf.append(self.paragraf(c))
                elif c.tag == _w("tbl"):
                    paragraf.extend(self._bersarang(c, kedalaman + 1))
                elif c.tag == _w("sdt"):
                    for p in c.iter(_w("p")):
                        paragraf.append(self.paragraf(p))
            sel = Sel(paragraf=paragraf)
        row.extend([sel] * span)

    def _bersarang(self, tbl: Any, kedalaman: int) -> list[Paragraf]:
        """A table inside a cell: its rows become lines of the cell (cells apart by tabs)."""
        if kedalaman > MAKS_BERSARANG:
            raise ImporError(f"tabel bersarang lebih dari {MAKS_BERSARANG} tingkat.")
        g = self.tabel(tbl, kedalaman)
        out: list[Paragraf] = []
        for r in g.baris:
            unik: list[Sel] = []
            for s in r:
                if not unik or unik[-1] is not s:
                    unik.append(s)
            out.append(Paragraf(bagian=[Teks("\t".join(s.teks for s in unik))]))
        return out


def _hitung_batas(body: Any) -> None:
    n_tabel = 0
    n_baris = 0
    for tbl in body.iter(_w("tbl")):
        n_tabel += 1
        n_baris += len(tbl.findall(_w("tr")))
        dalam = sum(1 for a in tbl.iterancestors(_w("tbl")))
        if dalam + 1 > MAKS_BERSARANG:
            raise ImporError(
                f"Dokumen Word memuat tabel bersarang lebih dari {MAKS_BERSARANG} tingkat."
            )
    if n_tabel > MAKS_TABEL:
        raise ImporError(f"Dokumen Word memuat {n_tabel} tabel; batasnya {MAKS_TABEL}.")
    if n_baris > MAKS_BARIS_TABEL:
        raise ImporError(f"Dokumen Word memuat {n_baris} baris tabel; batasnya {MAKS_BARIS_TABEL}.")


def _tabel_bingkai(tbl: Any) -> bool:
    """A table of one column whose cells hold tables of their own: a frame, not a table."""
    for tr in tbl.findall(_w("tr")):
        if len(tr.findall(_w("tc"))) > 1:
            return False
    return any(tc.find(_w("tbl")) is not None for tc in tbl.iter(_w("tc")))


def _tolak_doctype(p: Path) -> None:
    """No DOCTYPE (entities: XXE, "billion laughs") in any part, as for workbooks: an office
    file never needs one, and lxml would read it."""
    import zipfile

    from ikudesk.files.batas import BatasError, periksa_prolog

    try:
        with zipfile.ZipFile(p) as z:
            periksa_prolog(z, {i.filename: i for i in z.infolist()}, p.name)
    except BatasError as e:
        raise ImporError(e.pesan) from None
    except (zipfile.BadZipFile, OSError):
        raise ImporError(f"Berkas '{p.name}' rusak (arsip zip tidak sah).") from None


def baca_docx(p: Path) -> Sumber:
    """The paragraphs and tables of the .docx at ``p``, in order (bounds checked first)."""
    try:
        periksa_paket(p, "word/document.xml", "dokumen Word (.docx)")
    except ArsipError as e:
        raise ImporError(e.pesan) from None
    _tolak_doctype(p)
    import docx  # python-docx; lazy: only an import needs it

    try:
        dok = docx.Document(str(p))
    except Exception as e:  # noqa: BLE001 - python-docx/lxml raise anything on a damaged file
        raise ImporError(
            f"Berkas '{p.name}' tidak dapat dibaca sebagai dokumen Word: {sebab_rusak(e)}. "
            "Buka di Word atau LibreOffice, simpan sebagai Dokumen Word (.docx) biasa, lalu "
            "impor lagi."
        ) from None
    body = dok.element.body
    _hitung_batas(body)
    pb = _Pembaca(dok)
    sumber = Sumber(nama=p.name)

    def jalan(el: Any) -> None:
        for c in el:
            if c.tag == _w("p"):
                sumber.blok.append(pb.paragraf(c))
            elif c.tag == _w("tbl"):
                if _tabel_bingkai(c):
                    # A one-column table used as a frame around the whole sheet: its content
                    # (the title, the IKU table, the signer) is read as if it stood outside.
                    for tc in c.iter(_w("tc")):
                        if next(tc.iterancestors(_w("tbl"))) is c:
                            jalan(tc)
                else:
                    sumber.blok.append(pb.tabel(c))
            elif c.tag in (_w("sdt"), _w("sdtContent"), _w("customXml")):
                jalan(c)

    jalan(body)
    return sumber
