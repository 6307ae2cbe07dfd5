#include "journey/journey_store.h"
#include "temp_store.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::journey;

namespace {

// A store at 25 November 2026 10:30 UTC with one family, one practitioner and a manager.
struct JourneyFixture {
    testing::TempStore store;
    std::unique_ptr<JourneyStore> journeys;
    QString familyId;
    QString childId;
    QString practitionerId;
    QString managerId;

    JourneyFixture() {
        REQUIRE(store.database);
        journeys = std::make_unique<JourneyStore>(*store.database);
        FamilyRecord record = testing::sampleFamily();
        familyId = store.families->createFamily(record).value();
        const FamilyRecord stored = *store.families->loadFamily(familyId);
        for (const Person& person : stored.people) {
            if (person.givenName == QLatin1String("Zainab"))
                childId = person.id;
        }
        const QString agency =
            store.families
                ->saveAgency(
                    {{}, QStringLiteral("Family Hub"), QStringLiteral("early_help"), {}, {}})
                .value();
        practitionerId = store.families
                             ->saveProfessional({{},
                                                 agency,
                                                 QStringLiteral("Helen Marsh"),
                                                 QStringLiteral("Family practitioner"),
                                                 {},
                                                 {}})
                             .value();
        managerId = store.families
                        ->saveProfessional({{},
                                            agency,
                                            QStringLiteral("Grace Obi"),
                                            QStringLiteral("Team manager"),
                                            {},
                                            {}})
                        .value();
    }

    QDateTime at(int day, int hour) const {
        return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
    }

    QString openEpisode() {
        Episode episode;
        episode.familyId = familyId;
        episode.openedAt = at(2, 9);
        episode.referrer = QStringLiteral("Parkfield Primary School");
        episode.consentGiven = true;
        auto opened = journeys->openEpisode(episode);
        REQUIRE(opened);
        return opened.value();
    }

    int count(const QString& sql) const {
        QSqlQuery query(store.database->connection());
        query.exec(sql);
        query.next();
        return query.value(0).toInt();
    }

    QStringList kinds(const QString& episodeId) const {
        QStringList found;
        for (const JourneyEvent& event : journeys->eventsOf(episodeId))
            found.append(event.kind);
        return found;
    }
};

} // namespace

TEST_CASE("An episode moves through its stages and every step reaches the change log",
          "[journey]") {
    JourneyFixture fixture;
    const int logBefore = fixture.count(QStringLiteral("SELECT count(*) FROM change_log"));
    const QString episodeId = fixture.openEpisode();
    CHECK(fixture.journeys->episode(episodeId)->stage == Stage::Request);

    REQUIRE(fixture.journeys->recordScreening(episodeId, ScreeningOutcome::Allocation,
                                              fixture.at(3, 9), fixture.managerId));
    REQUIRE(fixture.journeys->allocate(episodeId, fixture.practitionerId, fixture.at(4, 9)));
    Episode allocated = *fixture.journeys->episode(episodeId);
    CHECK(allocated.stage == Stage::Allocated);
    CHECK(allocated.leadProfessionalId == fixture.practitionerId);
    CHECK(allocated.screeningOutcome == ScreeningOutcome::Allocation);

    ContactRecord visit;
    visit.episodeId = episodeId;
    visit.method = ContactMethod::HomeVisit;
    visit.purpose = QStringLiteral("First home visit");
    visit.happenedAt = fixture.at(9, 14);
    visit.professionalId = fixture.practitionerId;
    visit.children.append({{}, {}, {}, fixture.childId, true, true});
    const auto contactId = fixture.journeys->addContact(visit);
    REQUIRE(contactId);
    CHECK(fixture.journeys->episode(episodeId)->stage == Stage::Contacted);

    REQUIRE(fixture.journeys->recordEvent(episodeId, QStringLiteral("assessment_started"),
                                          fixture.at(10, 10)));
    REQUIRE(fixture.journeys->recordEvent(episodeId, QStringLiteral("assessment_completed"),
                                          fixture.at(16, 10)));
    REQUIRE(fixture.journeys->recordEvent(episodeId, QStringLiteral("plan_agreed"),
                                          fixture.at(20, 10)));
    CHECK(fixture.journeys->episode(episodeId)->stage == Stage::Planned);

    CHECK(fixture.kinds(episodeId) ==
          QStringList{QStringLiteral("episode_opened"), QStringLiteral("request_received"),
                      QStringLiteral("direction_decided"), QStringLiteral("screened"),
                      QStringLiteral("allocated"), QStringLiteral("first_contact"),
                      QStringLiteral("assessment_started"), QStringLiteral("assessment_completed"),
                      QStringLiteral("plan_agreed")});
    const QList<ContactRecord> contacts = fixture.journeys->contactsOf(episodeId);
    REQUIRE(contacts.size() == 1);
    REQUIRE(contacts.front().children.size() == 1);
    CHECK(contacts.front().children.front().seen);
    CHECK(contacts.front().children.front().seenAlone);

    // Every row written is in the change log: events, the episode's updates, the contact
    // and the child seen, and the automatic chronology entries.
    const int rows = fixture.count(QStringLiteral(
        "SELECT (SELECT count(*) FROM journey_event) + (SELECT count(*) FROM contact_record) + "
        "(SELECT count(*) FROM contact_child) + (SELECT count(*) FROM chronology_entry) + 1"));
    const int inserts = fixture.count(
        QStringLiteral("SELECT count(*) FROM change_log WHERE operation = 'insert' AND entity IN "
                       "('episode','journey_event','contact_record','contact_child',"
                       "'chronology_entry')"));
    CHECK(inserts == rows);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'episode' "
                                       "AND operation = 'update'")) >= 4);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM change_log")) > logBefore + rows);
}

TEST_CASE("The chronology gets allocation, assessment, plan and closure by itself", "[journey]") {
    JourneyFixture fixture;
    const QString episodeId = fixture.openEpisode();
    REQUIRE(fixture.journeys->allocate(episodeId, fixture.practitionerId, fixture.at(4, 9)));
    REQUIRE(fixture.journeys->recordEvent(episodeId, QStringLiteral("assessment_completed"),
                                          fixture.at(16, 10)));
    REQUIRE(fixture.journeys->recordEvent(episodeId, QStringLiteral("plan_agreed"),
                                          fixture.at(20, 10)));
    ChronologyEntry manual;
    manual.familyId = fixture.familyId;
    manual.episodeId = episodeId;
    manual.occurredOn = QDate(2026, 11, 18);
    manual.summary = QStringLiteral("Moved into temporary accommodation");
    REQUIRE(fixture.journeys->addChronologyEntry(manual));
    REQUIRE(
        fixture.journeys->closeEpisode(episodeId, ClosureReason::NeedsMet, fixture.at(24, 16),
                                       QStringLiteral("School attendance back to 96%"),
                                       QStringLiteral("Stay and play at the children's centre")));

    const QList<ChronologyEntry> chronology = fixture.journeys->chronologyOf(fixture.familyId);
    REQUIRE(chronology.size() == 5);
    CHECK(chronology.at(0).occurredOn == QDate(2026, 11, 4));
    CHECK(chronology.at(0).source == ChronologyEntry::Source::Journey);
    CHECK(chronology.at(2).summary == QLatin1String("Moved into temporary accommodation"));
    CHECK(chronology.at(2).source == ChronologyEntry::Source::Manual);
    CHECK(chronology.at(4).summary.contains(QStringLiteral("Needs met")));

    const Episode closed = *fixture.journeys->episode(episodeId);
    CHECK_FALSE(closed.isOpen());
    CHECK(closed.closureReason == ClosureReason::NeedsMet);
    CHECK(closed.exitPlan.contains(QStringLiteral("Stay and play")));
    CHECK_FALSE(fixture.journeys->openEpisodeOf(fixture.familyId));
}

TEST_CASE("Advice at screening closes the episode; a family can come back later", "[journey]") {
    JourneyFixture fixture;
    const QString first = fixture.openEpisode();
    REQUIRE(fixture.journeys->recordScreening(first, ScreeningOutcome::Advice, fixture.at(3, 9),
                                              fixture.managerId, QStringLiteral("Parenting tips")));
    CHECK(fixture.journeys->episode(first)->closureReason == ClosureReason::AdviceGiven);

    Episode second;
    second.familyId = fixture.familyId;
    second.openedAt = fixture.at(20, 9);
    REQUIRE(fixture.journeys->openEpisode(second));
    CHECK(fixture.journeys->episodesOf(fixture.familyId).size() == 2);
    // Only one open at a time.
    second.id.clear();
    const auto third = fixture.journeys->openEpisode(second);
    REQUIRE_FALSE(third);
    CHECK(third.error().contains(QStringLiteral("already has an open episode")));
}

TEST_CASE("Case notes, contacts and the chronology cannot be changed, only amended", "[journey]") {
    JourneyFixture fixture;
    const QString episodeId = fixture.openEpisode();
    const auto original = fixture.journeys->addNote(
        {{}, {}, episodeId, {}, {}, QStringLiteral("Mum said the boiler is fixed."), {}, {}});
    REQUIRE(original);
    const auto amendment =
        fixture.journeys->addNote({{},
                                   {},
                                   episodeId,
                                   {},
                                   original.value(),
                                   QStringLiteral("Correction: landlord fixed it."),
                                   {},
                                   {}});
    REQUIRE(amendment);
    const QList<CaseNote> notes = fixture.journeys->notesOf(episodeId);
    REQUIRE(notes.size() == 2);
    CHECK(notes.at(0).body == QLatin1String("Mum said the boiler is fixed."));
    CHECK(notes.at(1).amendsId == original.value());

    ChronologyEntry entry;
    entry.familyId = fixture.familyId;
    entry.occurredOn = QDate(2026, 11, 20);
    entry.summary = QStringLiteral("Started at a new school");
    REQUIRE(fixture.journeys->addChronologyEntry(entry));

    QSqlQuery query(fixture.store.database->connection());
    for (const char* table : {"case_note", "journey_event", "chronology_entry"}) {
        INFO(table);
        CHECK_FALSE(query.exec(
            QStringLiteral("UPDATE %1 SET recorded_by = 'x'").arg(QLatin1String(table))));
        CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
    }
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE case_note SET body = 'changed'")));

    CHECK(fixture.journeys->notesOf(episodeId).at(0).body ==
          QLatin1String("Mum said the boiler is fixed."));

    // Only an approved, second-person review of the whole family's destruction lets rows go
    // (the retention rules): then every journey row can be found by its family and removed.
    REQUIRE(query.exec(
        QStringLiteral(
            "INSERT INTO destruction_review (id, family_id, grounds, proposed_by, proposed_at, "
            "decision, reviewed_by, reviewed_at) VALUES ('r1', '%1', 'retention period over', "
            "'alice', '2070-01-01', 'approved', 'bob', '2070-01-02')")
            .arg(fixture.familyId)));
    for (const char* table : {"case_note", "chronology_entry"}) {
        INFO(table);
        CHECK(query.exec(QStringLiteral("DELETE FROM %1 WHERE family_id = '%2'")
                             .arg(QLatin1String(table), fixture.familyId)));
    }
    CHECK(fixture.journeys->notesOf(episodeId).isEmpty());
}

TEST_CASE("Bad journey input is refused with a message that says what to fix", "[journey]") {
    JourneyFixture fixture;
    const QString episodeId = fixture.openEpisode();

    SECTION("an event in the future") {
        const auto future = fixture.journeys->recordEvent(
            episodeId, QStringLiteral("assessment_started"), fixture.at(27, 9));
        REQUIRE_FALSE(future);
        CHECK(future.error().contains(QStringLiteral("in the future")));
    }
    SECTION("an event before the request for support") {
        const auto early = fixture.journeys->recordEvent(
            episodeId, QStringLiteral("assessment_started"), fixture.at(1, 9));
        REQUIRE_FALSE(early);
        CHECK(early.error().contains(QStringLiteral("before the request for support")));
    }
    SECTION("an event Kith does not know") {
        const auto unknown =
            fixture.journeys->recordEvent(episodeId, QStringLiteral("tea_drunk"), fixture.at(3, 9));
        REQUIRE_FALSE(unknown);
        CHECK(unknown.error().contains(QStringLiteral("plan_agreed")));
    }
    SECTION("a child seen alone but not seen, or seen on the phone") {
        ContactRecord call;
        call.episodeId = episodeId;
        call.method = ContactMethod::Phone;
        call.happenedAt = fixture.at(5, 9);
        call.children.append({{}, {}, {}, fixture.childId, false, true});
        auto refused = fixture.journeys->addContact(call);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(QStringLiteral("tick \"seen\"")));
        call.children = {{{}, {}, {}, fixture.childId, true, false}};
        refused = fixture.journeys->addContact(call);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(QStringLiteral("phone")));
    }
    SECTION("an empty supervision record") {
        SupervisionRecord record;
        record.episodeId = episodeId;
        record.heldAt = fixture.at(20, 9);
        const auto refused = fixture.journeys->addSupervision(record);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(QStringLiteral("discussion")));
    }
    // Nothing was written by any refusal.
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM journey_event")) == 2);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM contact_record")) == 0);
}

TEST_CASE("A visit entered more than 24 hours after it happened shows as late", "[journey]") {
    JourneyFixture fixture;
    const QString episodeId = fixture.openEpisode();
    ContactRecord visit;
    visit.episodeId = episodeId;
    visit.method = ContactMethod::HomeVisit;
    visit.happenedAt = fixture.store.clock.nowUtc().addSecs(-24 * 3600);
    REQUIRE(fixture.journeys->addContact(visit));
    visit.id.clear();
    visit.happenedAt = fixture.store.clock.nowUtc().addSecs(-24 * 3600 - 60);
    REQUIRE(fixture.journeys->addContact(visit));
    const QList<ContactRecord> contacts = fixture.journeys->contactsOf(episodeId);
    REQUIRE(contacts.size() == 2);
    CHECK_FALSE(contacts.at(0).enteredLate()); // exactly 24 hours: on time
    CHECK(contacts.at(1).enteredLate());

    // An import keeps when a visit was first entered, but only a moment that makes sense.
    visit.id.clear();
    visit.happenedAt = fixture.at(20, 9);
    visit.recordedAt = fixture.at(20, 15);
    const QString imported = fixture.journeys->addContact(visit).value();
    visit.id.clear();
    visit.recordedAt = fixture.at(19, 9); // before the visit: not believed
    const QString muddled = fixture.journeys->addContact(visit).value();
    for (const ContactRecord& contact : fixture.journeys->contactsOf(episodeId)) {
        if (contact.id == imported)
            CHECK(contact.recordedAt == fixture.at(20, 15));
        if (contact.id == muddled)
            CHECK(contact.recordedAt == fixture.store.clock.nowUtc());
    }
}
