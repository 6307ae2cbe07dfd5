#pragma once

#include "genogram/genogram.h"
#include "genogram/genogram_layout.h"

#include <QFont>
#include <QList>
#include <QRectF>

class QPainter;

// Where the words on a genogram go: a person's name and years under their symbol, a
// couple's years above their line. Measured here, in one place, so that what is painted
// and what the tests check for overlaps are the same rectangles.
namespace kith::ui::symbols {

struct TextLine {
    QRectF rect; // the line's box; the text is centred in it, never wider
    QString text;
};

struct TextBlock {
    QFont font;
    QList<TextLine> lines;
    // The ink: each line's text as measured, not the whole box it is centred in.
    QRectF inkBounds() const;
    void paint(QPainter& painter) const;
};

// The name (wrapped onto as many lines as the layout kept room for, the last shortened
// with "…" if it still does not fit) and the years, in personLabelBox().
TextBlock personText(const genogram::Person& person, QPointF centre);
// The couple's years ("m. 1992", "div. 2010"), one to a line, in PlacedUnion::labelRoom(),
// bottom line nearest the couple line.
TextBlock unionText(const genogram::Union& couple, const genogram::PlacedUnion& placed);

} // namespace kith::ui::symbols
