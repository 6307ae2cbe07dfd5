#include "search/person_index.h"
#include "search/person_search.h"
#include "temp_store.h"

#include <catch2/catch.hpp>

using namespace kith;
using kith::search::ParsedQuery;
using kith::search::PersonSearch;

namespace {

struct SearchFixture {
    testing::TempStore store;
    QString khanFamily;
    QString nowakFamily;
    SearchFixture() {
        khanFamily = store.families->createFamily(testing::sampleFamily()).value();
        FamilyRecord nowak;
        nowak.family.name = QStringLiteral("Nowak family");
        Person zofia;
        zofia.role = PersonRole::Child;
        zofia.givenName = QStringLiteral("Zofia");
        zofia.familyName = QStringLiteral("Nowak");
        zofia.dateOfBirth = QDate(2015, 3, 4);
        Person smyth;
        smyth.id = QStringLiteral("0b3a8c52-5a43-4f77-9a53-4b1b3c0f0002");
        smyth.role = PersonRole::Parent;
        smyth.givenName = QStringLiteral("Catherine");
        smyth.familyName = QStringLiteral("Smyth");
        smyth.dateOfBirth = QDate(1988, 11, 30);
        nowak.people = {zofia, smyth};
        nowak.otherNames.append(
            {{}, smyth.id, PersonName::Kind::Alias, QStringLiteral("Kasia"), {}});
        nowak.addresses.append({{},
                                {},
                                QStringLiteral("7 Mill Lane"),
                                {},
                                QStringLiteral("London"),
                                QStringLiteral("E8 3PN"),
                                QDate(2020, 1, 1),
                                {}});
        nowakFamily = store.families->createFamily(nowak).value();
    }
    QList<search::PersonHit> find(const char* text) const {
        return PersonSearch(store.database->connection()).find(QString::fromUtf8(text));
    }
    QString firstGivenName(const char* text) const {
        const auto hits = find(text);
        return hits.isEmpty() ? QString() : hits.front().givenName;
    }
};

} // namespace

TEST_CASE("The query is split into names, dates, postcodes and NHS numbers", "[search]") {
    const ParsedQuery query =
        ParsedQuery::parse(QStringLiteral("Zofia  04/03/2015 e8 3pn 943 476 5919 2016 TQ1"));
    CHECK(query.nameWords == QStringList{QStringLiteral("zofia")});
    CHECK(query.dates == QList<QDate>{QDate(2015, 3, 4)});
    CHECK(query.postcodes == QStringList{QStringLiteral("e83pn")});
    CHECK(query.nhsNumbers == QStringList{QStringLiteral("9434765919")});
    CHECK(query.years == QList<int>{2016});
    CHECK(query.outwardCodes == QStringList{QStringLiteral("tq1")});
    CHECK(ParsedQuery::parse(QStringLiteral("  ,, ")).isEmpty());
    // Characters that mean something to FTS5 never reach it: only folded words do.
    const ParsedQuery hostile = ParsedQuery::parse(QStringLiteral("\"Khan* OR NEAR("));
    CHECK(hostile.nameWords ==
          QStringList({QStringLiteral("khan"), QStringLiteral("or"), QStringLiteral("near")}));
    CHECK(hostile.matchExpression(ParsedQuery::NameMatch::ExactWords) ==
          QLatin1String(R"(names : "khan" AND names : "or" AND names : "near")"));
}

TEST_CASE("Search tries strict passes before loose ones", "[search]") {
    const ParsedQuery query = ParsedQuery::parse(QStringLiteral("Moh Khan 2019"));
    const QStringList passes = query.passes();
    REQUIRE(passes.size() == 4);
    CHECK(passes.at(0) == QLatin1String(R"(names : "moh" AND names : "khan" AND dob : "y2019")"));
    CHECK(passes.at(1).contains(QStringLiteral(R"(names : "moh"*)")));
    CHECK_FALSE(passes.at(1).contains(QStringLiteral("sounds")));
    CHECK(passes.at(2).contains(QStringLiteral(R"(sounds : "kn")")));
    CHECK(passes.at(3).contains(QStringLiteral(" OR (names")));
    CHECK(passes.at(3).endsWith(QStringLiteral(R"(AND dob : "y2019")")));
    // A query with no names has a single pass.
    CHECK(ParsedQuery::parse(QStringLiteral("TQ1 4AB")).passes().size() == 1);
}

TEST_CASE("People are found by name, part of a name, or a name that sounds alike", "[search]") {
    SearchFixture fixture;
    CHECK(fixture.firstGivenName("Zofia Nowak") == QLatin1String("Zofia"));
    CHECK(fixture.firstGivenName("zof") == QLatin1String("Zofia"));
    CHECK(fixture.firstGivenName("Muhammad Khan") == QLatin1String("Mohammed"));
    CHECK(fixture.firstGivenName("Kathryn Smith") == QLatin1String("Catherine"));
    CHECK(fixture.firstGivenName("Kasia") == QLatin1String("Catherine"));
    CHECK(fixture.firstGivenName("Hussain") == QLatin1String("Amira"));
    CHECK(fixture.find("Nobody Atall").isEmpty());
}

TEST_CASE("An exact name ranks above a sound-alike", "[search]") {
    SearchFixture fixture;
    FamilyRecord other;
    other.family.name = QStringLiteral("Smith family");
    Person smith;
    smith.role = PersonRole::Parent;
    smith.givenName = QStringLiteral("Catherine");
    smith.familyName = QStringLiteral("Smith");
    other.people = {smith};
    REQUIRE(fixture.store.families->createFamily(other));
    const auto hits = fixture.find("Catherine Smyth");
    REQUIRE(hits.size() == 2);
    CHECK(hits.at(0).familyName == QLatin1String("Smyth"));
    CHECK(hits.at(1).familyName == QLatin1String("Smith"));
    CHECK(hits.at(0).score > hits.at(1).score);
    CHECK(hits.at(0).score == Approx(1.0));
}

TEST_CASE("People are found by date of birth, postcode and NHS number", "[search]") {
    SearchFixture fixture;
    CHECK(fixture.firstGivenName("04/03/2015") == QLatin1String("Zofia"));
    CHECK(fixture.firstGivenName("2015-03-04") == QLatin1String("Zofia"));
    CHECK(fixture.firstGivenName("zofia 2015") == QLatin1String("Zofia"));
    CHECK(fixture.find("zofia 2016").isEmpty());
    CHECK(fixture.find("e83pn").size() == 2);
    CHECK(fixture.find("E8 3PN").size() == 2);
    CHECK(fixture.find("E8").size() == 2);
    CHECK(fixture.firstGivenName("943 476 5919") == QLatin1String("Amira"));
    const auto unborn = fixture.find("14/02/2027");
    REQUIRE(unborn.size() == 1);
    CHECK(unborn.front().unborn);
}

TEST_CASE("When no one matches every word, near misses still show, ranked lower", "[search]") {
    SearchFixture fixture;
    // "Zofai" is a typo; the family name still finds her.
    const auto hits = fixture.find("Zofai Nowak");
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.front().givenName == QLatin1String("Zofia"));
    CHECK(hits.front().score < 1.0);
    CHECK(hits.front().score >= 0.5);
}

TEST_CASE("Search results carry what the front desk needs to tell people apart", "[search]") {
    SearchFixture fixture;
    const auto hits = fixture.find("Zofia");
    REQUIRE(hits.size() == 1);
    const auto& hit = hits.front();
    CHECK(hit.familyId == fixture.nowakFamily);
    CHECK(hit.familyName == QLatin1String("Nowak"));
    CHECK(hit.dateOfBirth == QDate(2015, 3, 4));
    CHECK(hit.postcode == QLatin1String("E8 3PN"));
}

TEST_CASE("Reindexing many people and families at once rebuilds exactly their entries",
          "[search]") {
    SearchFixture fixture;
    QSqlDatabase db = fixture.store.database->connection();
    REQUIRE(fixture.find("Zofia").size() == 1);
    REQUIRE(fixture.find("Kasia").size() == 1);
    const auto khanPerson = [&] {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT id FROM person WHERE family_id = ? LIMIT 1"));
        query.addBindValue(fixture.khanFamily);
        query.exec();
        query.next();
        return query.value(0).toString();
    }();
    REQUIRE(!khanPerson.isEmpty());
    QSqlQuery(db).exec(QStringLiteral("DELETE FROM person_search"));
    REQUIRE(fixture.find("Zofia").isEmpty());

    search::PersonIndex index(db);
    // One family (its other name included) and one person of the other family, named twice.
    REQUIRE(index.reindex({khanPerson, khanPerson}, {fixture.nowakFamily}));
    CHECK(fixture.find("Zofia").size() == 1);
    CHECK(fixture.find("Kasia").size() == 1); // Catherine Smyth's other name
    QSqlQuery counted(db);
    counted.exec(QStringLiteral("SELECT count(*) FROM person_search"));
    counted.next();
    CHECK(counted.value(0).toInt() == 3); // two Nowaks and one Khan, each once

    // More ids than one statement takes: the real one at the end is still indexed.
    QSqlQuery(db).exec(QStringLiteral("DELETE FROM person_search"));
    QStringList many;
    for (int i = 0; i < 1200; ++i)
        many.append(QStringLiteral("no-such-person-%1").arg(i));
    many.append(khanPerson);
    REQUIRE(index.reindex(many, {}));
    counted.exec(QStringLiteral("SELECT count(*) FROM person_search"));
    counted.next();
    CHECK(counted.value(0).toInt() == 1);
}
