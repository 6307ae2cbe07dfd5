#include "genogram/genogram_layout.h"
#include "genogram/genogram_synthetic.h"
#include "genogram_samples.h"

#include <QLineF>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::genogram;
using kith::testing::childOf;
using kith::testing::couple;
using kith::testing::genogramPerson;

namespace {

QPointF at(const Layout& layout, const char* id) {
    const PlacedPerson* placed = layout.person(QString::fromLatin1(id));
    REQUIRE(placed != nullptr);
    return placed->centre;
}

// Nobody's symbol touches anybody else's.
int overlaps(const Layout& layout) {
    int count = 0;
    for (qsizetype i = 0; i < layout.people.size(); ++i) {
        for (qsizetype j = i + 1; j < layout.people.size(); ++j) {
            if (layout.people[i].box().intersects(layout.people[j].box()))
                ++count;
        }
    }
    return count;
}

// Partners on the same row with nobody between them.
bool partnersAdjacent(const Layout& layout, const Union& u) {
    const QPointF a = layout.person(u.partnerA)->centre;
    const QPointF b = layout.person(u.partnerB)->centre;
    if (a.y() != b.y())
        return false;
    for (const PlacedPerson& other : layout.people) {
        if (other.personId == u.partnerA || other.personId == u.partnerB)
            continue;
        if (other.centre.y() == a.y() && other.centre.x() > std::min(a.x(), b.x()) &&
            other.centre.x() < std::max(a.x(), b.x()))
            return false;
    }
    return true;
}

bool childrenBelowParents(const Genogram& g, const Layout& layout) {
    for (const ChildLink& link : g.children) {
        const double childY = layout.person(link.childId)->centre.y();
        for (const QString& parent : {link.parentA, link.parentB}) {
            if (!parent.isEmpty() && layout.person(parent)->centre.y() >= childY)
                return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("Layout puts generations in rows, partners side by side and children below",
          "[genogram][layout]") {
    const Genogram g = kith::testing::threeGenerations();
    const Layout layout = layoutGenogram(g);
    REQUIRE(layout.people.size() == g.people.size());
    CHECK(overlaps(layout) == 0);
    for (const Union& u : g.unions)
        CHECK(partnersAdjacent(layout, u));
    CHECK(childrenBelowParents(g, layout));
    CHECK(at(layout, "G1").y() < at(layout, "A").y());
    CHECK(at(layout, "A").y() < at(layout, "A1").y());
    // Born first, drawn first: A (1960) left of B (1963), A1 (1985) left of A2 (1988),
    // although the model lists them the other way round.
    CHECK(at(layout, "A").x() < at(layout, "B").x());
    CHECK(at(layout, "A1").x() < at(layout, "A2").x());
    // Each couple's children are under that couple, not the other one.
    CHECK(at(layout, "A2").x() < at(layout, "B1").x());
    // A man is drawn left of his wife.
    CHECK(at(layout, "G1").x() < at(layout, "G2").x());
    CHECK(layout.unions.size() == 3);
    CHECK(layout.children.size() == 5);
    REQUIRE(layout.households.size() == 1);
    CHECK(layout.households[0].bounds.contains(layout.person(QStringLiteral("A1"))->box()));
    CHECK(layout.bounds.contains(layout.households[0].bounds));
}

TEST_CASE("The same genogram always gets the same layout", "[genogram][layout]") {
    const Genogram g = syntheticGenogram(150, 7);
    const Layout first = layoutGenogram(g);
    const Layout second = layoutGenogram(g);
    REQUIRE(first.people.size() == second.people.size());
    for (qsizetype i = 0; i < first.people.size(); ++i)
        CHECK(first.people[i].centre == second.people[i].centre);
}

TEST_CASE("Emotional lines never move anyone", "[genogram][layout]") {
    Genogram g = kith::testing::threeGenerations();
    const Layout before = layoutGenogram(g);
    g.relationships.append(
        {QStringLiteral("r2"), QStringLiteral("B1"), QStringLiteral("G1"), Bond::Hostile, {}});
    g.relationships.append(
        {QStringLiteral("r3"), QStringLiteral("A"), QStringLiteral("BP"), Bond::CutOff, {}});
    const Layout after = layoutGenogram(g);
    for (qsizetype i = 0; i < before.people.size(); ++i)
        CHECK(before.people[i].centre == after.people[i].centre);
    CHECK(after.relationships.size() == 3);
}

TEST_CASE("A pinned person stays where they were put and nobody lands on them",
          "[genogram][layout]") {
    Genogram g = kith::testing::threeGenerations();
    const Layout automatic = layoutGenogram(g);
    // Pin A1 exactly where B1 would have gone.
    const QPointF spot = at(automatic, "B1");
    g.person(QStringLiteral("A1"))->pinnedAt = spot;
    const Layout pinned = layoutGenogram(g);
    CHECK(at(pinned, "A1") == spot);
    CHECK(pinned.person(QStringLiteral("A1"))->pinned);
    CHECK(overlaps(pinned) == 0);
    CHECK(at(pinned, "B1") != spot);
}

TEST_CASE("Someone with two partners sits between them", "[genogram][layout]") {
    Genogram g;
    g.people = {genogramPerson(QStringLiteral("ex"), Sex::Female, 1980),
                genogramPerson(QStringLiteral("dad"), Sex::Male, 1978),
                genogramPerson(QStringLiteral("now"), Sex::Female, 1985),
                genogramPerson(QStringLiteral("k1"), Sex::Male, 2004),
                genogramPerson(QStringLiteral("k2"), Sex::Female, 2015)};
    g.unions = {couple(QStringLiteral("u1"), QStringLiteral("dad"), QStringLiteral("ex"),
                       UnionKind::Divorced),
                couple(QStringLiteral("u2"), QStringLiteral("dad"), QStringLiteral("now"))};
    g.children = {childOf(QStringLiteral("c1"), QStringLiteral("k1"), QStringLiteral("dad"),
                          QStringLiteral("ex")),
                  childOf(QStringLiteral("c2"), QStringLiteral("k2"), QStringLiteral("dad"),
                          QStringLiteral("now"))};
    const Layout layout = layoutGenogram(g);
    for (const Union& u : g.unions)
        CHECK(partnersAdjacent(layout, u));
    const double dad = at(layout, "dad").x();
    CHECK((at(layout, "ex").x() - dad) * (at(layout, "now").x() - dad) < 0); // either side
    CHECK(overlaps(layout) == 0);
    // Each child hangs from their own parents' couple line.
    for (const PlacedChild& line : layout.children) {
        const QString unionId =
            line.childId == QLatin1String("k1") ? QStringLiteral("u1") : QStringLiteral("u2");
        const auto u = std::find_if(layout.unions.cbegin(), layout.unions.cend(),
                                    [&](const PlacedUnion& p) { return p.unionId == unionId; });
        REQUIRE(u != layout.unions.cend());
        CHECK(line.origin == u->midpoint());
        CHECK(line.barY > u->lineY);
        CHECK(line.barY < line.childTop.y());
    }
}

TEST_CASE("Twins leave the sibling bar from one point", "[genogram][layout]") {
    Genogram g = kith::testing::threeGenerations();
    for (ChildLink& link : g.children) {
        if (link.childId == QLatin1String("A1") || link.childId == QLatin1String("A2"))
            link.twinGroup = QStringLiteral("t");
    }
    const Layout layout = layoutGenogram(g);
    QList<QPointF> branches;
    for (const PlacedChild& line : layout.children) {
        if (line.childId == QLatin1String("A1") || line.childId == QLatin1String("A2"))
            branches.append(line.branch);
    }
    REQUIRE(branches.size() == 2);
    CHECK(branches[0] == branches[1]);
    CHECK(branches[0].x() > at(layout, "A1").x());
    CHECK(branches[0].x() < at(layout, "A2").x());
}

TEST_CASE("A large family lays out without overlaps or upside-down lines", "[genogram][layout]") {
    for (quint32 seed : {1u, 2u, 3u}) {
        const Genogram g = syntheticGenogram(150, seed);
        REQUIRE(g.people.size() == 150);
        const Layout layout = layoutGenogram(g);
        CHECK(overlaps(layout) == 0);
        CHECK(childrenBelowParents(g, layout));
        int adjacent = 0;
        for (const Union& u : g.unions)
            adjacent += partnersAdjacent(layout, u) ? 1 : 0;
        // Two partners each side of a person are always possible; this family has no
        // one with three.
        CHECK(adjacent == g.unions.size());
    }
}

TEST_CASE("Layout ends on a genogram where someone is their own ancestor", "[genogram][layout]") {
    Genogram g;
    g.people = {genogramPerson(QStringLiteral("a"), Sex::Male),
                genogramPerson(QStringLiteral("b"), Sex::Female)};
    g.children = {childOf(QStringLiteral("c1"), QStringLiteral("a"), QStringLiteral("b")),
                  childOf(QStringLiteral("c2"), QStringLiteral("b"), QStringLiteral("a"))};
    const Layout layout = layoutGenogram(g);
    CHECK(layout.people.size() == 2);
    CHECK(overlaps(layout) == 0);
}

TEST_CASE("A household's box keeps room inside for its label, and grows to fit it",
          "[genogram][layout]") {
    using namespace layout_units;
    Genogram g;
    g.people = {genogramPerson(QStringLiteral("M"), Sex::Female, 1990),
                genogramPerson(QStringLiteral("N"), Sex::Female, 1950)};
    // One person, so the members alone are narrower than the label; and one without a label.
    g.households = {{QStringLiteral("h1"), QStringLiteral("Lives together"), {QStringLiteral("M")}},
                    {QStringLiteral("h2"), QString(), {QStringLiteral("N")}}};
    const Layout layout = layoutGenogram(g);
    REQUIRE(layout.households.size() == 2);
    const QRectF labelled = layout.households[0].bounds;
    const QRectF plain = layout.households[1].bounds;
    const QRectF member = layout.person(QStringLiteral("M"))->box();
    CHECK(labelled.contains(member));
    CHECK(labelled.width() >= 14 * kHouseholdLabelCharWidth + 2 * kHouseholdLabelInset);
    CHECK(labelled.width() > plain.width());
    CHECK(labelled.center().x() == Approx(member.center().x())); // grown on both sides
    // The label's band lies inside the box, above the member with a gap, clear of every edge.
    const QRectF band(labelled.left() + kHouseholdLabelInset, labelled.top() + kHouseholdLabelTop,
                      labelled.width() - 2 * kHouseholdLabelInset,
                      kHouseholdLabelBand - kHouseholdLabelTop);
    CHECK(labelled.contains(band));
    CHECK(band.bottom() < member.top());
    CHECK_FALSE(band.intersects(member));
    // Without a label the box stays close around the member.
    CHECK(plain.top() > layout.person(QStringLiteral("N"))->box().top() - kHouseholdLabelBand);
    CHECK(layout.bounds.contains(labelled));
}

namespace {

// A line drawn from `a` to `b`, as a thin rectangle (for overlap checks).
QRectF segment(QPointF a, QPointF b) {
    return QRectF(a, b).normalized().adjusted(-1, -1, 1, 1);
}

const PlacedUnion& placedUnion(const Layout& layout, const char* id) {
    const auto it =
        std::find_if(layout.unions.cbegin(), layout.unions.cend(),
                     [&](const PlacedUnion& p) { return p.unionId == QLatin1String(id); });
    REQUIRE(it != layout.unions.cend());
    return *it;
}

} // namespace

TEST_CASE("Couple lines run between the partners at mid-height, clear of names and years",
          "[genogram][layout]") {
    using namespace layout_units;
    Genogram g = kith::testing::threeGenerations();
    g.person(QStringLiteral("A"))->name = QStringLiteral("Christopher Montgomery-Evans");
    const Layout layout = layoutGenogram(g);
    for (const PlacedUnion& u : layout.unions) {
        INFO(u.unionId.toStdString());
        const Union* record = nullptr;
        for (const Union& candidate : g.unions)
            record = candidate.id == u.unionId ? &candidate : record;
        REQUIRE(record);
        const PlacedPerson* a = layout.person(record->partnerA);
        const PlacedPerson* b = layout.person(record->partnerB);
        if (a->centre.x() > b->centre.x())
            std::swap(a, b);
        // From the side of one symbol to the side of the other, at mid-height.
        CHECK(u.left == QPointF(a->box().right(), a->centre.y()));
        CHECK(u.right == QPointF(b->box().left(), b->centre.y()));
        CHECK(u.lineY == a->centre.y());
        const QRectF line = segment(u.left, QPointF(u.right.x(), u.lineY));
        const QRectF room = u.labelRoom();
        // The years: above the slashes, between the symbols, wide enough for "div. 2010".
        CHECK(room.bottom() <= u.lineY - kUnionMarkHalf);
        CHECK(room.width() >= 60);
        CHECK(room.height() >= 26);
        for (const PlacedPerson& person : layout.people) {
            INFO(person.personId.toStdString());
            CHECK_FALSE(line.intersects(person.label));
            CHECK_FALSE(room.intersects(person.label));
            CHECK_FALSE(room.intersects(person.box()));
        }
    }
    // Names sit under their own symbol and never meet a neighbour's; the children's lines
    // pass between them, below the years.
    for (qsizetype i = 0; i < layout.people.size(); ++i) {
        const PlacedPerson& person = layout.people[i];
        CHECK(person.label.top() >= person.box().bottom());
        CHECK(person.label == personLabelBox(g.people[i], person.centre));
        for (qsizetype j = i + 1; j < layout.people.size(); ++j)
            CHECK_FALSE(person.label.intersects(layout.people[j].label));
    }
    CHECK(layout.person(QStringLiteral("A"))->label.height() == 3 * kNameLineHeight);
    CHECK(layout.person(QStringLiteral("A1"))->label.height() == 2 * kNameLineHeight);
    for (const PlacedChild& child : layout.children) {
        const QRectF drop = segment(child.origin, QPointF(child.origin.x(), child.barY));
        for (const PlacedPerson& person : layout.people)
            CHECK_FALSE(drop.intersects(person.label));
        for (const PlacedUnion& u : layout.unions)
            CHECK_FALSE(drop.intersects(u.labelRoom()));
    }
    // The household box holds its members' names too, with a margin.
    REQUIRE(layout.households.size() == 1);
    const QRectF home = layout.households[0].bounds;
    for (const QString& member : g.households[0].members)
        CHECK(home.contains(layout.person(member)->label.adjusted(-6, 0, 6, 8)));
    for (const PlacedPerson& person : layout.people)
        CHECK(layout.bounds.contains(person.label));
    // A couple living together: their years stay under the household's label.
    g.households[0].members = {QStringLiteral("A"), QStringLiteral("AP")};
    g.households[0].label = QStringLiteral("Lives together");
    const Layout together = layoutGenogram(g);
    const QRectF box = together.households[0].bounds;
    const QRectF band(box.left() + kHouseholdLabelInset, box.top() + kHouseholdLabelTop,
                      box.width() - 2 * kHouseholdLabelInset,
                      kHouseholdLabelBand - kHouseholdLabelTop);
    CHECK(box.contains(placedUnion(together, "u2").labelRoom()));
    CHECK_FALSE(band.intersects(placedUnion(together, "u2").labelRoom()));
}

TEST_CASE("Partners' other lines run under their couple line", "[genogram][layout]") {
    using namespace layout_units;
    Genogram g = kith::testing::threeGenerations();
    // Drawn right to left and left to right: both go under the line.
    g.relationships = {
        {QStringLiteral("r1"), QStringLiteral("AP"), QStringLiteral("A"), Bond::Conflict, {}},
        {QStringLiteral("r2"), QStringLiteral("A"), QStringLiteral("AP"), Bond::Close, {}}};
    const Layout layout = layoutGenogram(g);
    const PlacedUnion& u = placedUnion(layout, "u2");
    REQUIRE(layout.relationships.size() == 2);
    QList<double> heights;
    for (const PlacedRelationship& r : layout.relationships) {
        // The same perpendicular shift the painter makes.
        const QLineF line(r.from, r.to);
        const double shiftY = line.dx() / line.length() * r.offset;
        const double y = r.from.y() + shiftY;
        CHECK(y >= u.lineY + kUnionMarkHalf);
        CHECK(y + 3 < layout.person(QStringLiteral("A"))->label.top()); // a line's half width
        heights.append(y);
    }
    CHECK(heights[0] != heights[1]);
}
