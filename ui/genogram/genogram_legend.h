#pragma once

#include "genogram/genogram.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace kith::ui {

// What the key explains. An exported picture explains what it shows (and always the
// three person symbols); the editor's key explains everything.
struct LegendContent {
    bool indexChild = false;
    bool deceased = false;
    QList<genogram::Pregnancy> pregnancies;
    QList<genogram::UnionKind> unions;
    QList<genogram::ChildKind> children;
    QList<genogram::Bond> bonds;
    bool household = false;

    static LegendContent forGenogram(const genogram::Genogram& genogram);
    static LegendContent everything();
};

// Where one entry of the key goes: its sample and its words (wrapped within `text`).
struct LegendCell {
    QRectF sample;
    QRectF text;
    QString label;
};

// The key laid out in columns across `width`, its top left at (0, 0): as many columns as
// the longest words allow, each as wide as they need; words that are still too long for
// one column wrap onto a second line, and their row grows.
struct LegendGrid {
    QList<LegendCell> cells;
    QSizeF size;
};
LegendGrid legendGrid(const LegendContent& content, double width);
QFont legendTextFont();
// Qt::TextFlags the words are drawn with.
int legendTextFlags();

// The key's size when laid out in columns across `width`.
QSizeF legendSize(const LegendContent& content, double width);
void paintLegend(QPainter& painter, const LegendContent& content, const QRectF& area);

} // namespace kith::ui
