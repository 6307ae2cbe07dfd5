#include "store/row_reader.h"
#include "temp_store.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace kith;

namespace {

void run(const Database& database, const QString& statement) {
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(statement));
}

} // namespace

TEST_CASE("A row gives each column by name whatever order it is asked in", "[store][row]") {
    testing::TempStore store;
    run(*store.database, QStringLiteral("CREATE TEMP TABLE sample (a TEXT, b INTEGER, c TEXT)"));
    run(*store.database, QStringLiteral("INSERT INTO sample VALUES ('first', 2, '2026-11-25')"));
    store::RowReader reader(store.database->connection(),
                            QStringLiteral("SELECT * FROM sample WHERE a = ?"));

    int rows = 0;
    REQUIRE(reader.forEach(QStringLiteral("first"), [&](const store::Row& row) {
        ++rows;
        // Out of table order, a column twice, and one the table does not have.
        CHECK(row.date("c") == QDate(2026, 11, 25));
        CHECK(row.text("a") == QLatin1String("first"));
        CHECK(row.value("b").toInt() == 2);
        CHECK(row.value("missing").isNull());
        CHECK(row.text("c") == QLatin1String("2026-11-25"));
        CHECK(row.text("a") == QLatin1String("first"));
        CHECK(row.flag("b"));
    }));
    CHECK(rows == 1);
    // No such row: nothing is handed over, and that is not a failure.
    rows = 0;
    CHECK(reader.forEach(QStringLiteral("second"), [&](const store::Row&) { ++rows; }));
    CHECK(rows == 0);
}

TEST_CASE("Opening a family again reads what changed since", "[store][family]") {
    testing::TempStore store;
    const QString familyId = store.families->createFamily(testing::sampleFamily()).value();
    const auto first = store.families->loadFamily(familyId);
    REQUIRE(first);
    REQUIRE(first->contacts.size() == 2);
    const Person* amira = first->person(QStringLiteral("6f1f4ad5-3f53-4c1d-9e58-2b7b0f7a0001"));
    REQUIRE(amira);
    Person mother = *amira;

    mother.preferredName = QStringLiteral("Ami");
    REQUIRE(store.families->updatePerson(mother));
    ContactDetail email;
    email.familyId = familyId;
    email.kind = ContactDetail::Kind::Email;
    email.label = QStringLiteral("home");
    email.value = QStringLiteral("khan.family@example.org");
    REQUIRE(store.families->addContact(email));
    // A family that does not exist in between leaves the kept statements usable.
    CHECK_FALSE(store.families->loadFamily(QStringLiteral("no-such-family")));

    const auto again = store.families->loadFamily(familyId);
    REQUIRE(again);
    REQUIRE(again->person(mother.id));
    CHECK(again->person(mother.id)->preferredName == QLatin1String("Ami"));
    CHECK(again->contacts.size() == 3);
    CHECK(again->people.size() == first->people.size());
    CHECK(again->otherNames.size() == first->otherNames.size());
    CHECK(again->family.createdAt == first->family.createdAt);
}
