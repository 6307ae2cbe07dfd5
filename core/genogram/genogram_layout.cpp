#include "genogram/genogram_layout.h"

#include "genogram/genogram_layout_rows.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace kith::genogram {
namespace {

using namespace layout_units;
using layout_detail::FamilyGraph;
constexpr double kPinMargin = 20;      // space kept around someone pinned by hand
constexpr double kBarAboveChild = 35;  // sibling bar above the children's symbols
constexpr double kPartnerLineGap = 12; // partners' other lines, under their couple line

QString pairKey(const QString& a, const QString& b) {
    return a < b ? a + u'|' + b : b + u'|' + a;
}

// People placed by hand stay put; anyone the automatic layout put on top of them moves
// right, with the rest of their row, until clear.
void makeRoomForPins(QList<PlacedPerson>& people) {
    QList<QRectF> pins;
    for (const PlacedPerson& person : std::as_const(people)) {
        if (person.pinned)
            pins.append(person.box().adjusted(-kPinMargin, -kPinMargin, kPinMargin, kPinMargin));
    }
    if (pins.isEmpty())
        return;
    QHash<int, QList<qsizetype>> rows;
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (!people[i].pinned)
            rows[people[i].generation].append(i);
    }
    for (QList<qsizetype>& row : rows) {
        std::sort(row.begin(), row.end(), [&](qsizetype a, qsizetype b) {
            return people[a].centre.x() < people[b].centre.x();
        });
        for (qsizetype k = 0; k < row.size(); ++k) {
            // Each pin can push a person at most once, so this ends.
            for (qsizetype attempt = 0; attempt <= pins.size(); ++attempt) {
                const QRectF box = people[row[k]].box();
                const auto hit = std::find_if(pins.cbegin(), pins.cend(), [&](const QRectF& pin) {
                    return pin.intersects(box);
                });
                if (hit == pins.cend())
                    break;
                const double shift = hit->right() - box.left() + 1;
                for (qsizetype j = k; j < row.size(); ++j)
                    people[row[j]].centre.rx() += shift;
            }
        }
    }
}

QList<PlacedUnion> placeUnions(const Genogram& genogram, const Layout& layout) {
    QList<PlacedUnion> unions;
    for (const Union& couple : genogram.unions) {
        const PlacedPerson* a = layout.person(couple.partnerA);
        const PlacedPerson* b = layout.person(couple.partnerB);
        if (!a || !b)
            continue;
        if (a->centre.x() > b->centre.x())
            std::swap(a, b);
        PlacedUnion placed;
        placed.unionId = couple.id;
        placed.left = a->centre + QPointF(kSymbolSize / 2, 0);
        placed.right = b->centre - QPointF(kSymbolSize / 2, 0);
        placed.lineY = std::max(placed.left.y(), placed.right.y());
        // A line that would run along another one (someone with partners on the same side,
        // one beyond the other) sits a little lower, so that both can be seen.
        int stagger = 0;
        for (const PlacedUnion& other : std::as_const(unions)) {
            if (other.lineY == placed.lineY + stagger * 8 && other.left.x() < placed.right.x() &&
                placed.left.x() < other.right.x())
                ++stagger;
        }
        placed.lineY += stagger * 8;
        unions.append(placed);
    }
    return unions;
}

QList<PlacedChild> placeChildren(const Genogram& genogram, const Layout& layout) {
    QHash<QString, const PlacedUnion*> coupleLine; // pair of partners -> their line
    QHash<QString, const PlacedUnion*> placedById;
    for (const PlacedUnion& placed : layout.unions)
        placedById.insert(placed.unionId, &placed);
    for (const Union& couple : genogram.unions) {
        if (const PlacedUnion* placed = placedById.value(couple.id))
            coupleLine.insert(pairKey(couple.partnerA, couple.partnerB), placed);
    }
    QList<PlacedChild> children;
    QHash<QString, QList<qsizetype>> twins; // origin + twin group -> children placed
    QHash<QString, int> barsInRow;          // staggers bars of different sibships
    QHash<QString, double> barOf;           // origin -> its bar's height
    for (const ChildLink& link : genogram.children) {
        const PlacedPerson* child = layout.person(link.childId);
        const PlacedPerson* a = layout.person(link.parentA);
        const PlacedPerson* b = layout.person(link.parentB);
        if (!child || (!a && !b))
            continue;
        PlacedChild placed;
        placed.linkId = link.id;
        placed.childId = link.childId;
        if (a && b) {
            if (const PlacedUnion* line = coupleLine.value(pairKey(a->personId, b->personId)))
                placed.origin = line->midpoint();
            else // parents not drawn as a couple: from between them, under their names
                placed.origin = QPointF((a->centre.x() + b->centre.x()) / 2,
                                        std::max(a->label.bottom(), b->label.bottom()) + 6);
        } else {
            const PlacedPerson* parent = a ? a : b;
            placed.origin = parent->centre + QPointF(0, kSymbolSize / 2);
        }
        placed.childTop = child->centre - QPointF(0, kSymbolSize / 2);
        const QString originKey = QStringLiteral("%1,%2,%3")
                                      .arg(placed.origin.x())
                                      .arg(placed.origin.y())
                                      .arg(child->generation);
        if (!barOf.contains(originKey)) {
            const QString rowKey = QString::number(child->generation);
            const int stagger = barsInRow.value(rowKey) % 3;
            barsInRow[rowKey] += 1;
            barOf.insert(originKey, placed.childTop.y() - kBarAboveChild - stagger * 10);
        }
        placed.barY = barOf.value(originKey);
        placed.branch = QPointF(placed.childTop.x(), placed.barY);
        if (!link.twinGroup.isEmpty())
            twins[originKey + u'#' + link.twinGroup].append(children.size());
        children.append(placed);
    }
    // Twins leave the bar from one point, between them.
    for (const QList<qsizetype>& group : std::as_const(twins)) {
        double sum = 0;
        for (qsizetype i : group)
            sum += children[i].childTop.x();
        for (qsizetype i : group)
            children[i].branch.setX(sum / static_cast<double>(group.size()));
    }
    return children;
}

QList<PlacedHousehold> placeHouseholds(const Genogram& genogram, const Layout& layout) {
    QList<PlacedHousehold> households;
    QHash<QString, const Union*> unionsById;
    for (const Union& couple : genogram.unions)
        unionsById.insert(couple.id, &couple);
    for (qsizetype i = 0; i < genogram.households.size(); ++i) {
        const Household& household = genogram.households.at(i);
        // Around each member's symbol and the name and years under it. The names get a
        // smaller margin at the sides: they are nearly a column wide, and the box must not
        // run through the name of a neighbour who lives elsewhere. A second household
        // around some of the same people is drawn a little wider.
        const double nested = static_cast<double>(i % 4);
        const double margin = 14 + 6 * nested;
        const double nameMargin = 6 + 3 * nested;
        QRectF bounds;
        for (const QString& member : household.members) {
            if (const PlacedPerson* person = layout.person(member)) {
                const QRectF drawn =
                    person->box()
                        .adjusted(-margin, -margin, margin, margin)
                        .united(person->label.adjusted(-nameMargin, 0, nameMargin, margin));
                bounds = bounds.isNull() ? drawn : bounds.united(drawn);
            }
        }
        if (bounds.isNull())
            continue;
        // A couple's years, above their line, stay under the household's own label (and
        // inside the box when both partners live there).
        for (const PlacedUnion& couple : layout.unions) {
            const Union* record = unionsById.value(couple.unionId);
            if (!record)
                continue;
            const bool a = household.members.contains(record->partnerA);
            const bool b = household.members.contains(record->partnerB);
            const QRectF room = couple.labelRoom().adjusted(0, -4, 0, 0);
            if (a && b)
                bounds = bounds.united(room);
            else if ((a || b) && room.left() < bounds.right() && room.right() > bounds.left())
                bounds.setTop(std::min(bounds.top(), room.top()));
        }
        if (!household.label.isEmpty()) {
            bounds.setTop(bounds.top() - kHouseholdLabelBand);
            const double needed =
                static_cast<double>(household.label.size()) * kHouseholdLabelCharWidth +
                2 * kHouseholdLabelInset;
            const double grow = std::max(0.0, needed - bounds.width()) / 2;
            bounds.adjust(-grow, 0, grow, 0);
        }
        households.append({household.id, bounds});
    }
    return households;
}

QList<PlacedRelationship> placeRelationships(const Genogram& genogram, const Layout& layout) {
    QHash<QString, int> total;
    for (const Relationship& r : genogram.relationships)
        total[pairKey(r.from, r.to)] += 1;
    QSet<QString> couples;
    for (const Union& couple : genogram.unions)
        couples.insert(pairKey(couple.partnerA, couple.partnerB));
    QHash<QString, int> seen;
    QList<PlacedRelationship> lines;
    for (const Relationship& r : genogram.relationships) {
        const PlacedPerson* from = layout.person(r.from);
        const PlacedPerson* to = layout.person(r.to);
        if (!from || !to)
            continue;
        const QString key = pairKey(r.from, r.to);
        const int index = seen[key]++;
        double offset = (index - (total.value(key) - 1) / 2.0) * 8;
        if (couples.contains(key) && from->centre.y() == to->centre.y()) {
            // Partners' couple line runs between their centres: their other lines go under
            // it, one below another (a positive offset is downwards when drawn left to right).
            const double below = kPartnerLineGap + index * 7;
            offset = from->centre.x() < to->centre.x() ? below : -below;
        }
        lines.append({r.id, from->centre, to->centre, offset});
    }
    return lines;
}

QRectF boundsOf(const Layout& layout) {
    QRectF bounds;
    auto add = [&](const QRectF& rect) {
        bounds = bounds.isNull() ? rect : bounds.united(rect);
    };
    for (const PlacedPerson& person : layout.people)
        add(person.box().united(person.label));
    for (const PlacedUnion& couple : layout.unions)
        add(QRectF(couple.left, QPointF(couple.right.x(), couple.lineY))
                .normalized()
                .united(couple.labelRoom()));
    for (const PlacedHousehold& household : layout.households)
        add(household.bounds);
    const double margin = kSymbolSize;
    return bounds.adjusted(-margin, -margin, margin, margin);
}

} // namespace

int nameLineCount(const Person& person) {
    if (person.name.isEmpty())
        return 0;
    const double guess = static_cast<double>(person.name.size()) * kNameCharWidth;
    return guess <= kNameWidth ? 1 : kNameMaxLines;
}

int labelLineCount(const Person& person) {
    const bool years = person.deceased || person.birthYear > 0 || person.dateOfBirth.isValid();
    return nameLineCount(person) + (years ? 1 : 0);
}

QRectF personLabelBox(const Person& person, QPointF centre) {
    return {centre.x() - kNameWidth / 2, centre.y() + kSymbolSize / 2 + kNameTop, kNameWidth,
            labelLineCount(person) * kNameLineHeight};
}

QRectF PlacedUnion::labelRoom() const {
    const double top = lineY - kUnionMarkHalf - kUnionLabelBand;
    return {left.x() + kUnionLabelInset, top, right.x() - left.x() - 2 * kUnionLabelInset,
            kUnionLabelBand};
}

QRectF PlacedPerson::box() const {
    return {centre.x() - kSymbolSize / 2, centre.y() - kSymbolSize / 2, kSymbolSize, kSymbolSize};
}

const PlacedPerson* Layout::person(const QString& personId) const {
    if (!personIndex.isEmpty()) {
        const auto at = personIndex.constFind(personId);
        return at == personIndex.cend() ? nullptr : &people[*at];
    }
    const auto it = std::find_if(people.cbegin(), people.cend(),
                                 [&](const PlacedPerson& p) { return p.personId == personId; });
    return it == people.cend() ? nullptr : &*it;
}

Layout layoutGenogram(const Genogram& genogram) {
    const FamilyGraph graph(genogram);
    const QVector<int> generation = layout_detail::generations(graph, genogram);
    const QVector<QVector<layout_detail::Unit>> rows =
        layout_detail::orderRows(graph, genogram, generation);
    Layout layout;
    layout.people.resize(genogram.people.size());
    for (qsizetype row = 0; row < rows.size(); ++row) {
        for (const layout_detail::Unit& unit : rows[row]) {
            for (qsizetype i = 0; i < unit.members.size(); ++i) {
                const int member = unit.members[i];
                const Person& person = genogram.people.at(member);
                PlacedPerson& placed = layout.people[member];
                placed.personId = person.id;
                placed.generation = static_cast<int>(row);
                placed.pinned = person.pinnedAt.has_value();
                placed.centre = person.pinnedAt.value_or(
                    QPointF(unit.left + static_cast<double>(i) * kPartnerColumn,
                            static_cast<double>(row) * kRow));
            }
        }
    }
    for (qsizetype i = 0; i < layout.people.size(); ++i)
        layout.personIndex.insert(layout.people[i].personId, i);
    makeRoomForPins(layout.people);
    for (qsizetype i = 0; i < layout.people.size(); ++i)
        layout.people[i].label = personLabelBox(genogram.people.at(i), layout.people[i].centre);
    layout.unions = placeUnions(genogram, layout);
    layout.children = placeChildren(genogram, layout);
    layout.households = placeHouseholds(genogram, layout);
    layout.relationships = placeRelationships(genogram, layout);
    layout.bounds = boundsOf(layout);
    return layout;
}

} // namespace kith::genogram
