#include "genogram/genogram_editor.h"
#include "genogram/genogram_legend.h"
#include "genogram/genogram_page.h"
#include "genogram/genogram_picture.h"
#include "genogram/genogram_scene.h"
#include "genogram/genogram_text.h"
#include "genogram_test_pictures.h"
#include "store_session.h"
#include "ui_test_support.h"

#include <QFontMetricsF>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <catch2/catch.hpp>

// Words on the genogram and in its key are never crossed by a line, clipped or cut off
// by a box. Each test also saves what it checked as a picture under /tmp, to look at.
using namespace kith::ui;
using namespace kith::genogram;

namespace {

// A line drawn from `a` to `b`, as a thin rectangle.
QRectF segment(QPointF a, QPointF b) {
    return QRectF(a, b).normalized().adjusted(-1, -1, 1, 1);
}

// Every couple line and every child's line as the painter draws them, except a single
// parent's drop (it starts under their symbol and passes behind their name's white ground).
QList<QRectF> lineSegments(const Layout& layout) {
    QList<QRectF> lines;
    for (const PlacedUnion& u : layout.unions) {
        const QPointF leftLow(u.left.x(), u.lineY);
        const QPointF rightLow(u.right.x(), u.lineY);
        lines << segment(u.left, leftLow) << segment(leftLow, rightLow)
              << segment(rightLow, u.right);
    }
    for (const PlacedChild& child : layout.children) {
        const bool fromCouple =
            std::any_of(layout.unions.cbegin(), layout.unions.cend(),
                        [&](const PlacedUnion& u) { return u.midpoint() == child.origin; });
        const QPointF barStart(child.origin.x(), child.barY);
        const QPointF barEnd(child.branch.x(), child.barY);
        if (fromCouple)
            lines << segment(child.origin, barStart);
        lines << segment(barStart, barEnd) << segment(barEnd, child.branch)
              << segment(child.branch, child.childTop);
    }
    return lines;
}

template <typename Record>
const Record* byId(const QList<Record>& records, const QString& id) {
    const auto it =
        std::find_if(records.cbegin(), records.cend(), [&](const Record& r) { return r.id == id; });
    return it == records.cend() ? nullptr : &*it;
}

void checkWordsClear(const Genogram& g, const Layout& layout) {
    const QList<QRectF> lines = lineSegments(layout);
    QList<QRectF> names;
    for (const PlacedPerson& placed : layout.people) {
        const Person* person = g.person(placed.personId);
        REQUIRE(person);
        const QRectF ink = symbols::personText(*person, placed.centre).inkBounds();
        if (ink.isNull())
            continue;
        CHECK(placed.label.contains(ink)); // inside the room the layout kept
        for (const QRectF& line : lines)
            CHECK_FALSE(ink.intersects(line));
        for (const QRectF& other : std::as_const(names))
            CHECK_FALSE(ink.intersects(other));
        names << ink;
    }
    for (const PlacedUnion& placed : layout.unions) {
        const Union* couple = byId(g.unions, placed.unionId);
        REQUIRE(couple);
        const symbols::TextBlock years = symbols::unionText(*couple, placed);
        if (years.lines.isEmpty())
            continue;
        const QRectF ink = years.inkBounds();
        CHECK(placed.labelRoom().contains(ink));
        // The slashes of a separation or divorce reach 9 either side of the middle.
        const QRectF marks(placed.midpoint() - QPointF(10, 10), QSizeF(20, 20));
        CHECK_FALSE(ink.intersects(marks));
        for (const QRectF& line : lines)
            CHECK_FALSE(ink.intersects(line));
        for (const QRectF& name : std::as_const(names))
            CHECK_FALSE(ink.intersects(name));
        for (const PlacedPerson& person : layout.people)
            CHECK_FALSE(ink.intersects(person.box()));
    }
    // A household's box holds each member's symbol and the words under it, with a margin.
    for (const PlacedHousehold& placed : layout.households) {
        const Household* home = byId(g.households, placed.householdId);
        REQUIRE(home);
        const QRectF inside = placed.bounds.adjusted(6, 6, -6, -6);
        // ...and, beside the members' names, leaves room for a neighbour's name. (A box
        // spanning several rows may still pass behind the name of someone in a row above or
        // below who lives elsewhere: the name's white ground keeps it legible.)
        for (const PlacedPerson& person : layout.people) {
            if (home->members.contains(person.personId))
                continue;
            const QRectF ink =
                symbols::personText(*g.person(person.personId), person.centre).inkBounds();
            for (const QString& member : home->members) {
                const PlacedPerson* resident = layout.person(member);
                REQUIRE(resident);
                if (resident->centre.y() == person.centre.y())
                    CHECK_FALSE(ink.intersects(resident->label.adjusted(-6, 0, 6, 0)));
            }
        }
        for (const QString& member : home->members) {
            const PlacedPerson* person = layout.person(member);
            REQUIRE(person);
            CHECK(inside.contains(person->box()));
            CHECK(inside.contains(
                symbols::personText(*g.person(member), person->centre).inkBounds()));
        }
    }
}

Person somebody(const char* id, const char* name, Sex sex, int born) {
    Person person;
    person.id = QLatin1String(id);
    person.name = QLatin1String(name);
    person.sex = sex;
    person.birthYear = born;
    return person;
}

ChildLink childOf(const char* id, const char* child, const char* a, const char* b = "") {
    ChildLink link;
    link.id = QLatin1String(id);
    link.childId = QLatin1String(child);
    link.parentA = QLatin1String(a);
    link.parentB = QLatin1String(b);
    return link;
}

} // namespace

TEST_CASE("Names and years in demo families' genograms are clear of lines and boxes",
          "[ui][genogram]") {
    test::DemoStore demo(6);
    const auto families = demo.session->store().listFamilies(6);
    REQUIRE(families.size() >= 3);
    int households = 0;
    int couplesWithYears = 0;
    for (qsizetype i = 0; i < families.size(); ++i) {
        GenogramPage page;
        page.setSession(demo.session.get());
        page.showFamily(families[i].id);
        REQUIRE(page.openNow());
        const Genogram& g = page.editor()->document()->genogram();
        const Layout& layout = page.editor()->scene()->layout();
        INFO("family " << i);
        checkWordsClear(g, layout);
        households += static_cast<int>(layout.households.size());
        for (const Union& couple : g.unions)
            couplesWithYears += couple.startYear > 0 ? 1 : 0;
        test::saveGenogramPicture(g, layout,
                                  QStringLiteral("/tmp/polish_genogram_family_%1.png").arg(i));
    }
    CHECK(households > 0); // the checks above had something to check
    CHECK(couplesWithYears > 0);
}

TEST_CASE("A divorced couple's years sit clear of the slashes and the child's line",
          "[ui][genogram]") {
    Genogram g;
    g.people = {somebody("keith", "Keith Evans", Sex::Male, 1967),
                somebody("brenda", "Brenda Evans", Sex::Female, 1968),
                somebody("kayleigh", "Kayleigh Evans", Sex::Female, 1994),
                somebody("noah", "Noah Evans", Sex::Male, 1994),
                somebody("ellie", "Ellie Evans", Sex::Female, 2022),
                somebody("jay", "Jay Maximilian Fortescue-Evans", Sex::Male, 2001)};
    g.people[4].indexChild = true;
    g.unions = {{QStringLiteral("u1"), QStringLiteral("keith"), QStringLiteral("brenda"),
                 UnionKind::Divorced, 1992, 2010},
                {QStringLiteral("u2"), QStringLiteral("noah"), QStringLiteral("kayleigh"),
                 UnionKind::LivingTogether, 2019, 0}};
    g.children = {childOf("c1", "kayleigh", "keith", "brenda"),
                  childOf("c2", "ellie", "kayleigh", "noah"), childOf("c3", "jay", "brenda")};
    g.relationships = {{QStringLiteral("r1"),
                        QStringLiteral("noah"),
                        QStringLiteral("kayleigh"),
                        Bond::Conflict,
                        {}},
                       {QStringLiteral("r2"),
                        QStringLiteral("kayleigh"),
                        QStringLiteral("ellie"),
                        Bond::Close,
                        {}}};
    g.households = {
        {QStringLiteral("h"),
         QStringLiteral("Lives together"),
         {QStringLiteral("noah"), QStringLiteral("kayleigh"), QStringLiteral("ellie")}}};
    const Layout layout = layoutGenogram(g);
    checkWordsClear(g, layout);
    // Both parts of the years are shown whole, on their own lines.
    const symbols::TextBlock years = symbols::unionText(g.unions[0], layout.unions[0]);
    REQUIRE(years.lines.size() == 2);
    CHECK(years.lines[0].text == QStringLiteral("m. 1992"));
    CHECK(years.lines[1].text == QStringLiteral("div. 2010"));
    // A long name wraps under the symbol instead of running into the neighbours.
    const symbols::TextBlock jay =
        symbols::personText(g.people[5], layout.person(QStringLiteral("jay"))->centre);
    CHECK(jay.lines.size() == 3);
    CHECK(jay.lines[0].text == QStringLiteral("Jay"));
    CHECK(jay.lines[2].text == QStringLiteral("b. 2001"));
    test::saveGenogramPicture(g, layout, QStringLiteral("/tmp/polish_genogram_couple.png"));
}

TEST_CASE("Every entry of the key fits its column, whole", "[ui][genogram]") {
    const QFontMetricsF metrics(legendTextFont());
    // The editor's side column (280 wide) and an exported picture's (640 less margins).
    for (double width : {280.0, 592.0}) {
        INFO("width " << width);
        const LegendGrid grid = legendGrid(LegendContent::everything(), width);
        REQUIRE(grid.cells.size() > 20);
        CHECK(grid.size.width() <= width);
        for (qsizetype i = 0; i < grid.cells.size(); ++i) {
            const LegendCell& cell = grid.cells[i];
            INFO(cell.label.toStdString());
            const QRectF needed = metrics.boundingRect(cell.text, legendTextFlags(), cell.label);
            CHECK(needed.width() <= cell.text.width());
            CHECK(needed.height() <= cell.text.height());
            CHECK(cell.text.right() <= width);
            CHECK(cell.text.bottom() <= grid.size.height());
            CHECK_FALSE(cell.sample.intersects(cell.text));
            for (qsizetype j = i + 1; j < grid.cells.size(); ++j)
                CHECK_FALSE(cell.text.intersects(grid.cells[j].text));
        }
    }
    // The wide picture's key in two columns, the longest words unwrapped.
    const LegendGrid wide = legendGrid(LegendContent::everything(), 592);
    CHECK(wide.cells.last().text.left() > wide.cells.first().text.left());
    GenogramEditor editor;
    const auto* key = editor.findChild<QLabel*>(QStringLiteral("genogramLegend"));
    REQUIRE(key);
    CHECK(key->pixmap().save(QStringLiteral("/tmp/polish_genogram_key.png")));
}
