"""The formula preview paints the printed layout: stacked fractions with a real rule."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from ikudesk.assets import sample_documents
from ikudesk.domain import formula
from ikudesk.files.docfile import baca_file
from ikudesk.gui.editors.formula_view import FormulaView


def _lukis(view: FormulaView) -> QImage:
    view.resize(view.sizeHint())
    img = QImage(view.size(), QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    view.render(img)
    return img


def _gelap(img: QImage, x: int, y: int) -> bool:
    return QColor(img.pixel(x, y)).lightness() < 110


def _garis_terpanjang(img: QImage) -> int:
    """The longest run of dark pixels in any row: a rule is long, text strokes are short."""
    terpanjang = 0
    for y in range(img.height()):
        run = 0
        for x in range(img.width()):
            run = run + 1 if _gelap(img, x, y) else 0
            terpanjang = max(terpanjang, run)
    return terpanjang


def _contoh_rumus() -> list[tuple[str, formula.LNode]]:
    hasil = []
    for path in sample_documents():
        for ind in baca_file(path).semua_indikator():
            if ind.pakai_rumus:
                kode = [k.kode for k in ind.rumus.komponen]
                uraian = {k.kode: k.uraian for k in ind.rumus.komponen}
                node = formula.parse(ind.rumus.ekspresi or "", kode)
                hasil.append(
                    (ind.rumus.ekspresi or "", formula.layout(node, uraian, ind.satuan == "%"))
                )
    return hasil


def test_every_sample_formula_paints(qtbot) -> None:
    contoh = _contoh_rumus()
    assert len(contoh) >= 5
    view = FormulaView()
    qtbot.addWidget(view)
    for ekspresi, lnode in contoh:
        view.atur(lnode)
        img = _lukis(view)
        assert view.sizeHint().width() > 40 and view.sizeHint().height() > 10, ekspresi
        if "/" in ekspresi:
            # The fraction's rule is at least as wide as the shorter of its two labels.
            assert _garis_terpanjang(img) > 60, ekspresi


def test_fraction_draws_a_horizontal_rule(qtbot) -> None:
    view = FormulaView()
    qtbot.addWidget(view)
    atas, bawah = "Jumlah desa yang tepat waktu", "Jumlah desa"
    node = formula.parse("a / b * 100", ["a", "b"])
    view.atur(formula.layout(node, {"a": atas, "b": bawah}, persen=True))
    img = _lukis(view)
    lebar_atas = view.fontMetrics().horizontalAdvance(atas)
    # The rule spans the wider label; no glyph makes a dark run that long.
    assert _garis_terpanjang(img) >= lebar_atas
    # A sum without division has no rule.
    view.atur(formula.layout(formula.parse("a + b", ["a", "b"]), {"a": atas, "b": bawah}))
    assert _garis_terpanjang(_lukis(view)) < lebar_atas / 2


def test_size_hint_grows_with_text(qtbot) -> None:
    view = FormulaView()
    qtbot.addWidget(view)
    node = formula.parse("a / b", ["a", "b"])
    view.atur(formula.layout(node, {"a": "Jumlah", "b": "Total"}))
    kecil = view.sizeHint()
    view.atur(formula.layout(node, {"a": "Jumlah kegiatan", "b": "Total"}))
    sedang = view.sizeHint()
    panjang = (
        "Jumlah program dan kegiatan usulan masyarakat kelurahan dan desa yang direkomendasikan"
    )
    view.atur(formula.layout(node, {"a": panjang, "b": "Total"}))
    besar = view.sizeHint()
    assert sedang.width() > kecil.width()
    # A long label wraps: the preview gets taller, not endlessly wider.
    assert besar.height() > sedang.height()
    assert besar.width() < view.fontMetrics().horizontalAdvance(panjang)


def test_no_formula_shows_the_hint(qtbot) -> None:
    view = FormulaView()
    qtbot.addWidget(view)
    view.atur(None)
    img = _lukis(view)
    assert view.lnode is None
    # The hint is drawn in the placeholder colour: grey, but not background.
    assert any(
        QColor(img.pixel(x, y)).lightness() < 230
        for y in range(img.height())
        for x in range(img.width())
    )
    assert view.sizeHint().width() >= view.fontMetrics().horizontalAdvance("Tanpa rumus")
