#pragma once

#include "genogram/genogram.h"
#include "genogram/genogram_layout.h"

#include <QColor>
#include <QDate>

class QPainter;

// How each part of a genogram is drawn. The editor's scene items and the exported
// pictures both paint through these functions, so what is printed is what was seen.
// Coordinates are layout units (a symbol is layout_units::kSymbolSize across).
namespace kith::ui::symbols {

// The symbol for a person centred on `centre`, with the age inside and the name and
// years underneath (dates relative to `today`).
void paintPerson(QPainter& painter, const genogram::Person& person, QPointF centre,
                 const QDate& today);
// The symbol alone, in `box` (for the key).
void paintPersonSymbol(QPainter& painter, const genogram::Person& person, const QRectF& box);
// Everything paintPerson() may touch, around `centre`.
QRectF personBounds(QPointF centre);

void paintUnion(QPainter& painter, const genogram::Union& couple,
                const genogram::PlacedUnion& placed);
// A short sample of a couple line from `left` to `right` (for the key).
void paintUnionSample(QPainter& painter, genogram::UnionKind kind, QPointF left, QPointF right);

void paintChildLine(QPainter& painter, const genogram::ChildLink& link,
                    const genogram::PlacedChild& placed);
void paintChildSample(QPainter& painter, genogram::ChildKind kind, QPointF top, QPointF bottom);

// An emotional relationship line, with an arrowhead at `to` for directed bonds.
void paintRelationship(QPainter& painter, genogram::Bond bond, QPointF from, QPointF to,
                       double offset = 0);
QColor bondColour(genogram::Bond bond);

void paintHousehold(QPainter& painter, const genogram::Household& household, const QRectF& bounds);

} // namespace kith::ui::symbols
