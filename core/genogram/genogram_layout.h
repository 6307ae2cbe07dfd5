#pragma once

#include "genogram/genogram.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>

// Automatic layout of a genogram by generation. A pure function of the model: the same
// genogram always gives the same picture. Units are abstract (a symbol is kSymbolSize
// across); the renderer scales them.
namespace kith::genogram {

namespace layout_units {
constexpr double kSymbolSize = 40;
constexpr double kColumn = 90;     // centre to centre of neighbours in a row
constexpr double kRow = 170;       // centre to centre of generations
constexpr double kCoupleDrop = 25; // couple line below the symbols' bottom edge
// A household's label sits inside its box, in a band above the members: this far from the
// box's left, right and top edges (clear of the rounded corners)...
constexpr double kHouseholdLabelInset = 12;
constexpr double kHouseholdLabelTop = 6;
constexpr double kHouseholdLabelBand = 22; // ...in a band this tall (a 12-unit bold line)
// The layout does not measure text (it stays a pure function of the model, whatever fonts
// a computer has), so it allows this much per character of the label; generous for the
// usual sans-serif bold. The painter elides a label that would still not fit.
constexpr double kHouseholdLabelCharWidth = 8;
} // namespace layout_units

struct PlacedPerson {
    QString personId;
    QPointF centre;
    int generation = 0; // 0 = the oldest row
    bool pinned = false;
    QRectF box() const; // the symbol's square
};

// A couple line: down from each partner's symbol to `lineY`, and across.
struct PlacedUnion {
    QString unionId;
    QPointF left;  // bottom centre of the left partner's symbol
    QPointF right; // bottom centre of the right partner's symbol
    double lineY = 0;
    QPointF midpoint() const { return {(left.x() + right.x()) / 2, lineY}; }
};

// A child's line: down from `origin` (the middle of the parents' couple line, or under
// a single parent) to the sibling bar at `barY`, along it to `branch`, and to the top
// of the child's symbol. Twins share one branch point and their lines fan out from it.
struct PlacedChild {
    QString linkId;
    QString childId;
    QPointF origin;
    double barY = 0;
    QPointF branch;
    QPointF childTop;
};

// Who lives together: a rounded boundary around the members' symbols, with room inside at
// the top for its label (wider than the members when the label needs it).
struct PlacedHousehold {
    QString householdId;
    QRectF bounds;
};

// An emotional relationship, centre to centre. Several lines between the same two
// people get different `offset`s (perpendicular shift) so that each can be seen.
struct PlacedRelationship {
    QString relationshipId;
    QPointF from;
    QPointF to;
    double offset = 0;
};

struct Layout {
    QList<PlacedPerson> people;
    QList<PlacedUnion> unions;
    QList<PlacedChild> children;
    QList<PlacedHousehold> households;
    QList<PlacedRelationship> relationships;
    QRectF bounds;                         // everything drawn, with a margin
    QHash<QString, qsizetype> personIndex; // person id -> place in `people`

    const PlacedPerson* person(const QString& personId) const;
};

Layout layoutGenogram(const Genogram& genogram);

} // namespace kith::genogram
