#include "display_format.h"
#include "family_view.h"
#include "lead_professional_card.h"
#include "people_table_model.h"
#include "ui_test_support.h"

#include <QLabel>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::ui;
using kith::ui::test::columnTexts;
using kith::ui::test::DemoStore;

namespace {

QAbstractItemModel& tableModel(const FamilyView& view, const QString& name) {
    auto* table = view.findChild<QTableView*>(name);
    REQUIRE(table);
    REQUIRE(table->model());
    return *table->model();
}

} // namespace

TEST_CASE("The household table shows the family's people, unborn babies included", "[ui][family]") {
    DemoStore demo(200);
    const FamilyStore& store = demo.session->store();
    const auto family =
        test::findFamilyWith(store, [](const Person& person) { return person.unborn; });
    REQUIRE(family);

    FamilyView view;
    view.setSession(demo.session.get());
    REQUIRE(view.showFamily(family->family.id));
    CHECK(view.findChild<QLabel*>(QStringLiteral("familyName"))->text() == family->family.name);
    CHECK(view.findChild<QLabel*>(QStringLiteral("familyAddress"))
              ->text()
              .contains(family->currentAddress()->postcode));

    QAbstractItemModel& household = tableModel(view, QStringLiteral("householdTable"));
    const QStringList names = columnTexts(household, PeopleTableModel::NameColumn);
    int expected = 0;
    for (const Person& person : family->people) {
        if (PeopleTableModel::belongsInHousehold(person)) {
            ++expected;
            CHECK(names.contains(family->displayNameOf(person)));
        }
    }
    CHECK(household.rowCount() == expected);

    const Person* baby = nullptr;
    for (const Person& person : family->people) {
        if (person.unborn)
            baby = &person;
    }
    REQUIRE(baby);
    const Person* mother = family->person(baby->motherId);
    REQUIRE(mother);
    const QString babyName = QStringLiteral("Unborn baby of ") + mother->fullName();
    const int babyRow = static_cast<int>(names.indexOf(babyName));
    REQUIRE(babyRow >= 0);
    CHECK(household.index(babyRow, PeopleTableModel::BirthColumn).data().toString() ==
          QStringLiteral("due ") +
              baby->expectedDeliveryDate.toString(QStringLiteral("dd/MM/yyyy")));
    CHECK(household.index(babyRow, PeopleTableModel::AgeColumn).data().toString().isEmpty());

    // NHS numbers are shown 3-3-4.
    const int motherRow = static_cast<int>(names.indexOf(family->displayNameOf(*mother)));
    REQUIRE(motherRow >= 0);
    CHECK(household.index(motherRow, PeopleTableModel::NhsNumberColumn).data().toString() ==
          DisplayFormat::nhsNumber(mother->nhsNumber));
    CHECK(household.index(motherRow, PeopleTableModel::NhsNumberColumn)
              .data()
              .toString()
              .count(QLatin1Char(' ')) == 2);
}

TEST_CASE("People who do not live with the family are shown apart", "[ui][family]") {
    DemoStore demo(200);
    const auto family = test::findFamilyWith(demo.session->store(), [](const Person& person) {
        return person.role == PersonRole::OtherSignificant && !person.inHousehold;
    });
    REQUIRE(family);
    FamilyView view;
    view.setSession(demo.session.get());
    REQUIRE(view.showFamily(family->family.id));

    QAbstractItemModel& others = tableModel(view, QStringLiteral("otherPeopleTable"));
    QAbstractItemModel& household = tableModel(view, QStringLiteral("householdTable"));
    REQUIRE(others.rowCount() >= 1);
    const QStringList otherNames = columnTexts(others, PeopleTableModel::NameColumn);
    for (const QString& name : columnTexts(household, PeopleTableModel::NameColumn))
        CHECK_FALSE(otherNames.contains(name));
    CHECK(others.index(0, PeopleTableModel::LivesInHouseholdColumn).data().toString() ==
          QStringLiteral("No"));
}

TEST_CASE("The lead professional, their history and other services are shown", "[ui][family]") {
    DemoStore demo(200);
    const FamilyStore& store = demo.session->store();
    std::optional<FamilyRecord> family;
    for (const FamilySummary& summary : store.listFamilies()) {
        family = store.loadFamily(summary.id);
        if (family && family->leadHistory.size() >= 2)
            break;
        family.reset();
    }
    REQUIRE(family);
    const auto lead = store.currentLeadProfessional(family->family.id);
    REQUIRE(lead);

    FamilyView view;
    view.setSession(demo.session.get());
    REQUIRE(view.showFamily(family->family.id));

    auto* card = view.findChild<LeadProfessionalCard*>();
    REQUIRE(card);
    CHECK(card->summaryText().contains(lead->professional.name));
    if (lead->agency)
        CHECK(card->summaryText().contains(lead->agency->name));

    QAbstractItemModel& history = tableModel(view, QStringLiteral("leadHistoryTable"));
    CHECK(history.rowCount() == family->leadHistory.size());
    // Newest first, and the current period has no end.
    CHECK(history.index(0, 0).data().toString() == lead->professional.name);
    CHECK(history.index(0, 3).data().toString() == QStringLiteral("Now"));
    CHECK(history.index(1, 3).data().toString() ==
          family->leadHistory.first().endedOn.toString(QStringLiteral("dd/MM/yyyy")));

    QAbstractItemModel& involvements = tableModel(view, QStringLiteral("involvementsTable"));
    CHECK(involvements.rowCount() == family->involvements.size());
    QAbstractItemModel& contacts = tableModel(view, QStringLiteral("contactsTable"));
    CHECK(contacts.rowCount() == family->contacts.size());
    CHECK(columnTexts(contacts, 2).contains(family->contacts.first().value));
}

TEST_CASE("A family with no lead professional says so", "[ui][family]") {
    DemoStore demo(200);
    const FamilyStore& store = demo.session->store();
    QString withoutLead;
    for (const FamilySummary& summary : store.listFamilies()) {
        if (summary.leadProfessionalName.isEmpty()) {
            withoutLead = summary.id;
            break;
        }
    }
    REQUIRE_FALSE(withoutLead.isEmpty());
    FamilyView view;
    view.setSession(demo.session.get());
    REQUIRE(view.showFamily(withoutLead));
    CHECK(view.findChild<LeadProfessionalCard*>()->summaryText().contains(
        QStringLiteral("Not named yet")));
    CHECK(tableModel(view, QStringLiteral("leadHistoryTable")).rowCount() == 0);
}

TEST_CASE("An unknown family clears the view", "[ui][family]") {
    DemoStore demo(5);
    FamilyView view;
    view.setSession(demo.session.get());
    REQUIRE(view.showFamily(demo.session->store().listFamilies().first().id));
    CHECK_FALSE(view.showFamily(QStringLiteral("no-such-family")));
    CHECK(view.familyId().isEmpty());
    CHECK(view.householdModel()->rowCount() == 0);
}
