#pragma once

#include "genogram/genogram.h"

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

// The key's size when laid out in columns across `width`.
QSizeF legendSize(const LegendContent& content, double width);
void paintLegend(QPainter& painter, const LegendContent& content, const QRectF& area);

} // namespace kith::ui
