#include "family_list_model.h"
#include "family_list_pane.h"
#include "ui_test_support.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::ui;
using kith::ui::test::DemoStore;
using kith::ui::test::waitUntil;

namespace {

QStringList familyIdsIn(const FamilyListModel& model) {
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(FamilyListModel::FamilyIdRole).toString());
    return ids;
}

} // namespace

TEST_CASE("The family list shows every family when nothing is typed", "[ui][list]") {
    DemoStore demo(120);
    FamilyListModel model;
    model.setSession(demo.session.get());

    REQUIRE(demo.session->store().familyCount() == 120);
    CHECK(model.mode() == FamilyListModel::Mode::AllFamilies);
    CHECK(model.rowCount() == demo.session->store().familyCount());
    CHECK_FALSE(model.canFetchMore({}));

    // Rows are the store's families in the store's (name) order.
    const QList<FamilySummary> families = demo.session->store().listFamilies();
    CHECK(familyIdsIn(model).first() == families.first().id);
    CHECK(model.index(0, FamilyListModel::FamilyColumn).data().toString() == families.first().name);
    CHECK(model.index(0, FamilyListModel::PostcodeColumn).data().toString() ==
          families.first().postcode);
}

TEST_CASE("A large store is listed a page at a time", "[ui][list]") {
    DemoStore demo(FamilyListModel::kPageSize * 2 + 17);
    FamilyListModel model;
    model.setSession(demo.session.get());

    CHECK(model.totalCount() == demo.session->store().familyCount());
    CHECK(model.rowCount() == FamilyListModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == FamilyListModel::kPageSize * 2);
    model.fetchMore({});
    CHECK(model.rowCount() == demo.session->store().familyCount());
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(familyIdsIn(model).removeDuplicates() == 0);
}

TEST_CASE("Typing in the search box filters the list after a short pause", "[ui][list]") {
    DemoStore demo(200);
    FamilyListPane pane;
    pane.setSession(demo.session.get());
    pane.resize(500, 600);
    pane.show();
    FamilyListModel& model = *pane.model();
    REQUIRE(model.rowCount() == 200);

    // A known family: type its first person's full name.
    const QList<FamilySummary> families = demo.session->store().listFamilies();
    const std::optional<FamilyRecord> family = demo.session->store().loadFamily(families.at(57).id);
    REQUIRE(family);
    const Person& person = family->people.first();
    const QString typed = person.givenName + QLatin1Char(' ') + person.familyName;

    QSignalSpy updated(&pane, &FamilyListPane::listUpdated);
    QTest::keyClicks(pane.searchBox(), typed);
    // Nothing runs while the user is still typing.
    CHECK(model.mode() == FamilyListModel::Mode::AllFamilies);
    CHECK(updated.isEmpty());

    REQUIRE(updated.wait(2000));
    CHECK(updated.count() == 1); // one search for the whole name, not one per key
    CHECK(model.mode() == FamilyListModel::Mode::SearchResults);
    CHECK(model.rowCount() > 0);
    CHECK(model.rowCount() < 200);
    CHECK(familyIdsIn(model).contains(family->family.id));
    const int row = model.rowOfFamily(family->family.id);
    REQUIRE(row >= 0);
    CHECK(model.index(row, FamilyListModel::FoundFamilyColumn).data().toString() ==
          family->family.name);
    CHECK(model.headerData(FamilyListModel::PersonColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Person found"));

    // Clearing the box brings every family back.
    pane.searchBox()->clear();
    REQUIRE(waitUntil([&] { return model.mode() == FamilyListModel::Mode::AllFamilies; }));
    CHECK(model.rowCount() == 200);
}

TEST_CASE("A search by date of birth finds the person born that day", "[ui][list]") {
    DemoStore demo(150);
    const auto family = test::findFamilyWith(demo.session->store(), [](const Person& person) {
        return person.role == PersonRole::Child && person.dateOfBirth.isValid();
    });
    REQUIRE(family);
    const Person* child = nullptr;
    for (const Person& person : family->people) {
        if (person.role == PersonRole::Child && person.dateOfBirth.isValid()) {
            child = &person;
            break;
        }
    }
    REQUIRE(child);

    FamilyListModel model;
    model.setSession(demo.session.get());
    model.search(child->dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")));
    REQUIRE(model.rowCount() > 0);
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, FamilyListModel::BirthColumn);
        CHECK(index.data().toString() == child->dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")));
        found = found || index.data(FamilyListModel::PersonIdRole).toString() == child->id;
    }
    CHECK(found);
}

TEST_CASE("A search that finds nobody says so and suggests what to try", "[ui][list]") {
    DemoStore demo(50);
    FamilyListPane pane;
    pane.setSession(demo.session.get());
    pane.show();

    QTest::keyClicks(pane.searchBox(), QStringLiteral("Zqxwvjk"));
    REQUIRE(
        waitUntil([&] { return pane.model()->mode() == FamilyListModel::Mode::SearchResults; }));
    CHECK(pane.model()->rowCount() == 0);

    auto* empty = pane.findChild<QLabel*>(QStringLiteral("familyListEmptyState"));
    REQUIRE(empty);
    CHECK(empty->isVisible());
    CHECK_FALSE(pane.list()->isVisible());
    CHECK(empty->text().contains(QStringLiteral("No families match")));
    CHECK(empty->text().contains(QStringLiteral("Zqxwvjk")));
    CHECK(empty->text().contains(QStringLiteral("04/03/2015")));
}

TEST_CASE("Choosing a row names that family", "[ui][list]") {
    DemoStore demo(30);
    FamilyListPane pane;
    pane.setSession(demo.session.get());
    QSignalSpy chosen(&pane, &FamilyListPane::familyChosen);

    REQUIRE(pane.selectRow(3));
    REQUIRE(chosen.count() == 1);
    CHECK(chosen.first().first().toString() == demo.session->store().listFamilies().at(3).id);
    CHECK_FALSE(pane.selectRow(1000));
}
