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
constexpr double kColumn = 90; // centre to centre of neighbours in a row
// Partners sit further apart than brothers and sisters: their couple line runs between the
// symbols at mid-height, with the couple's years above it and the children's line below.
constexpr double kPartnerColumn = 120;
constexpr double kRow = 170; // centre to centre of generations
// The separation and divorce slashes reach this far above and below a couple line...
constexpr double kUnionMarkHalf = 10;
// ...and the couple's years sit above them, between the partners, in a band this tall (two
// lines of 11-unit text), this far in from each partner's symbol.
constexpr double kUnionLabelBand = 30;
constexpr double kUnionLabelInset = 4;
// A person's name and years go under their symbol, in a box this wide (narrower than a
// column, so that neighbours' names never meet, with room between them for the edge of a
// household's box), a line this tall for each line of text.
constexpr double kNameTop = 4;
constexpr double kNameWidth = 84;
constexpr double kNameLineHeight = 15; // 12-unit text
// As with household labels, the layout guesses how many lines a name takes from its
// length; generous, so that the painter (which measures) never needs more.
constexpr double kNameCharWidth = 7.5;
constexpr int kNameMaxLines = 2;
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

// How many lines of text go under a person's symbol (name, perhaps wrapped, then years),
// and the box kept for them when the symbol is centred on `centre`.
int nameLineCount(const Person& person);
int labelLineCount(const Person& person);
QRectF personLabelBox(const Person& person, QPointF centre);

struct PlacedPerson {
    QString personId;
    QPointF centre;
    int generation = 0; // 0 = the oldest row
    bool pinned = false;
    QRectF label;       // the name and years, under the symbol (personLabelBox)
    QRectF box() const; // the symbol's square
};

// A couple line: from the side of each partner's symbol, at mid-height, across to the other
// (via `lineY` should someone moved by hand sit higher or lower than their partner).
struct PlacedUnion {
    QString unionId;
    QPointF left;  // the right-hand side of the left partner's symbol, at mid-height
    QPointF right; // the left-hand side of the right partner's symbol, at mid-height
    double lineY = 0;
    QPointF midpoint() const { return {(left.x() + right.x()) / 2, lineY}; }
    // Where the couple's years go: above the line, clear of the slashes and the symbols.
    QRectF labelRoom() const;
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
