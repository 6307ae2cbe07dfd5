#pragma once

#include "genogram/genogram.h"

#include <QHash>
#include <QList>
#include <QVector>

// The first half of layout: who is in which generation and in what order along each
// row. Internal to genogram_layout.cpp; people are numbered by their place in
// Genogram::people.
namespace kith::genogram::layout_detail {

struct FamilyGraph {
    QHash<QString, int> index;
    QVector<QVector<int>> parents;
    QVector<QVector<int>> children;
    QVector<QVector<int>> partners;
    QVector<qint64> birthKey; // earlier birth sorts first; unknown last

    explicit FamilyGraph(const Genogram& genogram);
    int size() const { return static_cast<int>(parents.size()); }
};

// A couple (or a chain of partners, or one person) kept side by side in a row.
struct Unit {
    QVector<int> members; // left to right
    double left = 0;      // x of the first member
    double width() const;
};

// Generation of each person: below every parent, level with every partner, and as
// close above their children as those rules allow. Always ends, even on a cycle.
QVector<int> generations(const FamilyGraph& graph, const Genogram& genogram);

// Units of each row in their left-to-right order, with x positions.
QVector<QVector<Unit>> orderRows(const FamilyGraph& graph, const Genogram& genogram,
                                 const QVector<int>& generation);

} // namespace kith::genogram::layout_detail
