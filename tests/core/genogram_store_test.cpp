#include "genogram/genogram_store.h"
#include "temp_store.h"
#include "util/ids.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::genogram;

namespace {

int count(const Database& db, const QString& statement) {
    QSqlQuery query(db.connection());
    query.exec(statement);
    query.next();
    return query.value(0).toInt();
}

const genogram::Person* byName(const Genogram& g, const QString& name) {
    for (const genogram::Person& person : g.people) {
        if (person.name == name)
            return &person;
    }
    return nullptr;
}

struct GenogramFixture {
    kith::testing::TempStore temp;
    QString familyId;
    GenogramFixture() {
        REQUIRE(temp.families);
        familyId = temp.families->createFamily(kith::testing::sampleFamily()).value();
    }
};

} // namespace

TEST_CASE("A family's first genogram is drawn from its record and stored", "[genogram][store]") {
    GenogramFixture f;
    GenogramStore store(*f.temp.database);
    CHECK_FALSE(store.exists(f.familyId));
    const auto opened = store.open(f.familyId);
    REQUIRE(opened);
    const Genogram& g = opened.value();
    CHECK(store.exists(f.familyId));
    REQUIRE(g.people.size() == 4);
    const genogram::Person* mother = byName(g, QStringLiteral("Amira Khan"));
    const genogram::Person* father = byName(g, QStringLiteral("Mohammed Khan"));
    const genogram::Person* child = byName(g, QStringLiteral("Zainab Khan"));
    const genogram::Person* baby = byName(g, QStringLiteral("Unborn baby of Amira Khan"));
    REQUIRE(mother);
    REQUIRE(father);
    REQUIRE(child);
    REQUIRE(baby);
    CHECK(mother->sex == Sex::Female);
    CHECK(mother->dateOfBirth == QDate(1994, 6, 2));
    CHECK(baby->pregnancy == Pregnancy::Pregnant);
    REQUIRE(g.unions.size() == 1);
    CHECK(g.unions[0].kind == UnionKind::LivingTogether);
    REQUIRE(g.children.size() == 2);
    for (const ChildLink& link : g.children) {
        if (link.childId == child->id)
            CHECK(QStringList{link.parentA, link.parentB}.contains(father->id));
        else
            CHECK(
                (link.childId == baby->id && link.parentA == mother->id && link.parentB.isEmpty()));
    }
    REQUIRE(g.households.size() == 1);
    CHECK(g.households[0].members.size() == 4);

    // Stored: opening again gives the same ids; the store holds links, not copies.
    const auto again = store.open(f.familyId);
    REQUIRE(again);
    CHECK(again.value() == g);
    CHECK(store.load(f.familyId).value() == g);
    CHECK(count(*f.temp.database,
                QStringLiteral("SELECT count(*) FROM genogram_person WHERE name IS NOT NULL OR "
                               "sex IS NOT NULL OR date_of_birth IS NOT NULL")) == 0);
    // Every row went through the change log.
    CHECK(count(*f.temp.database,
                QStringLiteral("SELECT count(*) FROM change_log WHERE entity LIKE 'genogram%'")) ==
          1 + 4 + 1 + 2 + 1 + 4);
}

TEST_CASE("A linked person's name comes from the family record", "[genogram][store]") {
    GenogramFixture f;
    GenogramStore store(*f.temp.database);
    const Genogram g = store.open(f.familyId).value();
    kith::Person mother = *f.temp.families->loadFamily(f.familyId)
                               ->person(QStringLiteral("6f1f4ad5-3f53-4c1d-9e58-2b7b0f7a0001"));
    REQUIRE(mother.givenName == QLatin1String("Amira"));
    mother.givenName = QStringLiteral("Amirah");
    REQUIRE(f.temp.families->updatePerson(mother));
    const Genogram reloaded = store.load(f.familyId).value();
    CHECK(byName(reloaded, QStringLiteral("Amirah Khan")) != nullptr);
    CHECK(byName(reloaded, QStringLiteral("Amira Khan")) == nullptr);

    // And the other way: a name changed on the genogram changes the record.
    Genogram after = reloaded;
    genogram::Person* onGenogram =
        after.person(byName(reloaded, QStringLiteral("Amirah Khan"))->id);
    onGenogram->name = QStringLiteral("Amira Hussain");
    onGenogram->deceased = false;
    onGenogram->note = QStringLiteral("Works nights");
    REQUIRE(store.applyChanges(reloaded, after));
    const auto record = f.temp.families->loadFamily(f.familyId);
    CHECK(record->person(mother.id)->givenName == QLatin1String("Amira"));
    CHECK(record->person(mother.id)->familyName == QLatin1String("Hussain"));
    const Genogram stored = store.load(f.familyId).value();
    CHECK(*stored.person(onGenogram->id) == *onGenogram);
    // The unborn baby is known by the mother's new name too.
    CHECK(byName(stored, QStringLiteral("Unborn baby of Amira Hussain")) != nullptr);
}

TEST_CASE("Genogram-only people, lines and pins are stored and read back", "[genogram][store]") {
    GenogramFixture f;
    GenogramStore store(*f.temp.database);
    const Genogram before = store.open(f.familyId).value();
    Genogram after = before;
    const QString motherId = byName(before, QStringLiteral("Amira Khan"))->id;
    const QString childId = byName(before, QStringLiteral("Zainab Khan"))->id;

    genogram::Person nan;
    nan.id = newId();
    nan.name = QStringLiteral("Nasreen Hussain");
    nan.sex = Sex::Female;
    nan.birthYear = 1950;
    nan.deceased = true;
    nan.deathYear = 2019;
    nan.pinnedAt = QPointF(-120.5, 10);
    genogram::Person miscarriage;
    miscarriage.id = newId();
    miscarriage.pregnancy = Pregnancy::Miscarriage;
    miscarriage.birthYear = 2017;
    after.people.append({nan, miscarriage});
    after.person(childId)->indexChild = true;
    after.children.append({newId(), motherId, nan.id, {}, ChildKind::Biological, {}, false});
    after.children.append(
        {newId(), miscarriage.id, motherId, {}, ChildKind::Biological, {}, false});
    after.relationships.append({newId(), motherId, nan.id, Bond::CutOff, QStringLiteral("x")});
    after.relationships.append({newId(), nan.id, childId, Bond::CaringFor, {}});
    after.unions[0].kind = UnionKind::Married;
    after.unions[0].startYear = 2015;
    after.households.append({newId(), QStringLiteral("Nan's"), {nan.id}});
    REQUIRE(store.applyChanges(before, after));
    CHECK(store.load(f.familyId).value() == after);

    SECTION("a removed person takes their lines with them") {
        Genogram removed = after;
        removePersonAndLinks(removed, nan.id);
        CHECK(removed.relationships.isEmpty());
        CHECK(removed.households.last().members.isEmpty());
        REQUIRE(store.removePerson(f.familyId, nan.id));
        CHECK(store.load(f.familyId).value() == removed);
        CHECK(count(*f.temp.database,
                    QStringLiteral("SELECT count(*) FROM change_log WHERE operation = 'delete' "
                                   "AND entity LIKE 'genogram%'")) == 1 + 1 + 2 + 1 + 1);
    }
    SECTION("fine-grained edits reach the store") {
        genogram::Person uncle;
        uncle.name = QStringLiteral("Tariq Hussain");
        uncle.sex = Sex::Male;
        const auto uncleId = store.addPerson(f.familyId, uncle);
        REQUIRE(uncleId);
        REQUIRE(store.setPin(f.familyId, uncleId.value(), QPointF(5, 6)));
        REQUIRE(store.setPin(f.familyId, nan.id, std::nullopt));
        const auto line =
            store.addRelationship(f.familyId, {{}, uncleId.value(), motherId, Bond::Hostile, {}});
        REQUIRE(line);
        const Genogram now = store.load(f.familyId).value();
        CHECK(now.person(uncleId.value())->pinnedAt == QPointF(5, 6));
        CHECK_FALSE(now.person(nan.id)->pinnedAt.has_value());
        CHECK(now.relationships.last().id == line.value());
        REQUIRE(store.removeRelationship(f.familyId, line.value()));
        CHECK_FALSE(store.removeRelationship(f.familyId, line.value()));
        CHECK(store.load(f.familyId).value().relationships.size() == 2);
    }
}

TEST_CASE("A genogram that does not hold together is refused and nothing is written",
          "[genogram][store]") {
    GenogramFixture f;
    GenogramStore store(*f.temp.database);
    const Genogram before = store.open(f.familyId).value();
    const int changes = count(*f.temp.database, QStringLiteral("SELECT count(*) FROM change_log"));
    Genogram bad = before;
    bad.unions.append(
        {newId(), bad.people[0].id, QStringLiteral("nobody"), UnionKind::Married, 0, 0});
    const Status refused = store.applyChanges(before, bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QLatin1String("add the person first")));
    Genogram cycle = before;
    cycle.children.append(
        {newId(), cycle.people[0].id, cycle.people[2].id, {}, ChildKind::Biological, {}, false});
    cycle.children.append(
        {newId(), cycle.people[2].id, cycle.people[0].id, {}, ChildKind::Biological, {}, false});
    CHECK_FALSE(store.applyChanges(before, cycle));
    CHECK(count(*f.temp.database, QStringLiteral("SELECT count(*) FROM change_log")) == changes);
    CHECK(store.load(f.familyId).value() == before);
}

TEST_CASE("Someone added to the family record later joins the stored genogram",
          "[genogram][store]") {
    GenogramFixture f;
    GenogramStore store(*f.temp.database);
    const Genogram before = store.open(f.familyId).value();
    kith::Person brother;
    brother.familyId = f.familyId;
    brother.givenName = QStringLiteral("Yusuf");
    brother.familyName = QStringLiteral("Khan");
    brother.gender = Gender::Male;
    brother.dateOfBirth = QDate(2021, 8, 9);
    REQUIRE(f.temp.families->addPerson(brother));
    const Genogram after = store.open(f.familyId).value();
    REQUIRE(after.people.size() == 5);
    const genogram::Person* yusuf = byName(after, QStringLiteral("Yusuf Khan"));
    REQUIRE(yusuf);
    const auto link = std::find_if(after.children.cbegin(), after.children.cend(),
                                   [&](const ChildLink& l) { return l.childId == yusuf->id; });
    REQUIRE(link != after.children.cend());
    CHECK(after.person(link->parentA) != nullptr);
    CHECK(after.households[0].members.contains(yusuf->id));
    // The people already there keep their ids.
    for (const genogram::Person& person : before.people)
        CHECK(after.person(person.id) != nullptr);
    CHECK(store.load(f.familyId).value() == after);
}

TEST_CASE("A family without a genogram still shows one, and a missing family says so",
          "[genogram][store]") {
    GenogramFixture f;
    const GenogramStore store(*f.temp.database);
    const auto drawn = store.load(f.familyId);
    REQUIRE(drawn);
    CHECK(drawn.value().people.size() == 4);
    CHECK_FALSE(store.exists(f.familyId));
    const auto missing = store.load(newId());
    REQUIRE_FALSE(missing);
    CHECK(missing.error().contains(QLatin1String("no family")));
}

TEST_CASE("A family member taken off the genogram stays off until put back", "[genogram][store]") {
    GenogramFixture f;
    GenogramStore store(*f.temp.database);
    const Genogram before = store.open(f.familyId).value();
    const genogram::Person* father = byName(before, QStringLiteral("Mohammed Khan"));
    REQUIRE(father);
    const genogram::Person removed = *father;
    Genogram after = before;
    removePersonAndLinks(after, removed.id);
    REQUIRE(store.applyChanges(before, after));
    CHECK(store.open(f.familyId).value() == after);
    CHECK(store.load(f.familyId).value() == after);
    // The family record still has him.
    CHECK(f.temp.families->loadFamily(f.familyId)->person(removed.familyPersonId) != nullptr);
    // Undo: the same person, with the same id, comes back.
    REQUIRE(store.applyChanges(after, before));
    CHECK(store.load(f.familyId).value() == before);
}
