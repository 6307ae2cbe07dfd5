#include "audit/audit_log.h"
#include "demo/demo_generator.h"
#include "due/episode_timeline.h"
#include "journey/journey_store.h"
#include "matching/duplicate_finder.h"
#include "matching/family_merge.h"
#include "matching/matcher.h"
#include "temp_store.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace kith;
using namespace kith::match;

namespace {

// The Khan family twice: registered first in full, then again at the front desk with
// "Mohamed" for Mohammed, a new address, a new phone number and their own lead
// professional. The second registration also has an episode with a case note.
struct DuplicateFixture {
    testing::TempStore store;
    QString first;
    QString second;
    QString noteId;

    DuplicateFixture() {
        const QString agency =
            store.families
                ->saveAgency(
                    {{}, QStringLiteral("Family Hub"), QStringLiteral("early_help"), {}, {}})
                .value();
        const QString leadA =
            store.families
                ->saveProfessional({{}, agency, QStringLiteral("Helen Marsh"), {}, {}, {}})
                .value();
        const QString leadB =
            store.families->saveProfessional({{}, agency, QStringLiteral("Sam Patel"), {}, {}, {}})
                .value();
        first = store.families->createFamily(testing::sampleFamily()).value();
        REQUIRE(store.families->appointLeadProfessional(first, leadA, QDate(2026, 6, 1),
                                                        QStringLiteral("First TAF"), true));
        store.clock.set(store.clock.nowUtc().addSecs(60));

        FamilyRecord again;
        again.family.name = QStringLiteral("Khan family");
        Person father;
        father.role = PersonRole::Parent;
        father.givenName = QStringLiteral("Mohamed");
        father.familyName = QStringLiteral("Khan");
        father.dateOfBirth = QDate(1990, 1, 15);
        Person child;
        child.givenName = QStringLiteral("Zainab");
        child.familyName = QStringLiteral("Khan");
        child.dateOfBirth = QDate(2019, 3, 4);
        again.people = {father, child};
        again.addresses.append({{},
                                {},
                                QStringLiteral("4 New Street"),
                                {},
                                QStringLiteral("Torquay"),
                                QStringLiteral("TQ2 7PL"),
                                QDate(2026, 10, 1),
                                {}});
        again.contacts.append({{},
                               {},
                               {},
                               ContactDetail::Kind::Phone,
                               QStringLiteral("mobile"),
                               QStringLiteral("07700 900999"),
                               true});
        second = store.families->createFamily(again).value();
        REQUIRE(store.families->appointLeadProfessional(second, leadB, QDate(2026, 11, 1),
                                                        QStringLiteral("Duty"), false));
        journey::JourneyStore journeys(*store.database);
        journey::Episode episode;
        episode.familyId = second;
        episode.openedAt = store.clock.nowUtc().addDays(-3);
        episode.referrer = QStringLiteral("self");
        const QString episodeId = journeys.openEpisode(episode).value();
        journey::CaseNote note;
        note.episodeId = episodeId;
        note.body = QStringLiteral("Came in to the hub.");
        note.writtenAt = store.clock.nowUtc();
        note.writtenBy = QStringLiteral("clerk");
        noteId = journeys.addNote(note).value();
    }

    // Everything about one family that a merge could change, in a comparable form.
    QStringList snapshot(const QString& familyId) const {
        const auto record = store.families->loadFamily(familyId);
        REQUIRE(record.has_value());
        QStringList lines{record->family.name};
        for (const Person& p : record->people)
            lines << QStringLiteral("person %1 %2 %3").arg(p.id, p.fullName(), p.familyId);
        for (const Address& a : record->addresses)
            lines << QStringLiteral("address %1 %2 %3 %4")
                         .arg(a.id, a.postcode, a.fromDate.toString(Qt::ISODate),
                              a.toDate.toString(Qt::ISODate));
        for (const ContactDetail& c : record->contacts)
            lines << QStringLiteral("contact %1 %2").arg(c.id, c.value);
        for (const LeadProfessionalAssignment& l : record->leadHistory)
            lines << QStringLiteral("lead %1 %2 %3")
                         .arg(l.id, l.startedOn.toString(Qt::ISODate),
                              l.endedOn.toString(Qt::ISODate));
        lines.sort();
        return lines;
    }
    // A new episode for the family kept, referred yesterday by a school.
    journey::Episode schoolReferral() const {
        journey::Episode episode;
        episode.familyId = first;
        episode.openedAt = store.clock.nowUtc().addDays(-1);
        episode.referrer = QStringLiteral("school");
        return episode;
    }
    int count(const QString& sql) const {
        QSqlQuery query(store.database->connection());
        query.exec(sql);
        return query.next() ? query.value(0).toInt() : -1;
    }
};

} // namespace

TEST_CASE("Families registered twice are found as likely duplicates", "[matching][merge]") {
    DuplicateFixture f;
    const auto pairs = findDuplicateFamilies(f.store.database->connection());
    REQUIRE(pairs.size() == 1);
    CHECK(pairs.front().familyId == f.first); // the older registration is the one to keep
    CHECK(pairs.front().otherFamilyId == f.second);
    CHECK(pairs.front().matchingPeople == 2);
    CHECK(pairs.front().score >= kLikelyMatchScore);
    CHECK(pairs.front().reasons.contains(QStringLiteral("Same date of birth")));
}

TEST_CASE("A merge moves the family's records and unmerge restores both exactly",
          "[matching][merge]") {
    DuplicateFixture f;
    const QStringList firstBefore = f.snapshot(f.first);
    const QStringList secondBefore = f.snapshot(f.second);
    const int changesBefore = f.count(QStringLiteral("SELECT count(*) FROM change_log"));

    FamilyMerger merger(*f.store.database);
    merger.setActor(QStringLiteral("manager"));
    const auto merged = merger.merge(f.first, f.second, QStringLiteral("Registered twice"), 0.9);
    REQUIRE(merged);

    const auto kept = f.store.families->loadFamily(f.first);
    REQUIRE(kept);
    CHECK(kept->people.size() == 6);
    CHECK(kept->contacts.size() == 3);
    CHECK(kept->addresses.size() == 2);
    // One current lead professional and one current address: the kept family's.
    CHECK(kept->currentLead()->professionalId ==
          f.store.families->currentLeadProfessional(f.first)->professional.id);
    CHECK(f.store.families->currentLeadProfessional(f.first)->professional.name ==
          QStringLiteral("Helen Marsh"));
    CHECK(kept->currentAddress()->postcode == QStringLiteral("TQ1 4AB"));
    CHECK(f.store.families->loadFamily(f.second)->people.isEmpty());
    // The case note is append-only: it stays with its family, which readers follow.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM case_note WHERE family_id = '%1'")
                      .arg(f.second)) == 1);
    CHECK(merger.currentFamily(f.second) == f.first);
    CHECK(merger.familyWithMerged(f.first) == QStringList{f.first, f.second});
    // The moved people are found under the kept family.
    const auto found =
        Matcher(*f.store.families)
            .find({QStringLiteral("Mohamed"), QStringLiteral("Khan"), QDate(1990, 1, 15), {}, {}});
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found.front().familyId == f.first);
    // Written through RecordWriter: every change is in the outbox, and audited.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log")) > changesBefore);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = "
                                 "'family_merge'")) == 1);
    const auto history = audit::AuditLog(*f.store.database).history(f.second);
    CHECK(std::any_of(history.begin(), history.end(), [](const audit::AuditEvent& e) {
        return e.entity == QLatin1String("family_merge") && e.detail == QLatin1String("merge");
    }));
    const auto merges = merger.mergesOf(f.first);
    REQUIRE(merges.size() == 1);
    CHECK(merges.front().mergedFamilyId == f.second);
    CHECK(merges.front().mergedBy == QStringLiteral("manager"));
    CHECK_FALSE(merges.front().isUndone());
    CHECK_FALSE(merger.merge(f.first, f.second, {}));

    REQUIRE(merger.unmerge(merged.value()));
    CHECK(f.snapshot(f.first) == firstBefore);
    CHECK(f.snapshot(f.second) == secondBefore);
    CHECK(merger.currentFamily(f.second) == f.second);
    CHECK(merger.mergesOf(f.second).front().isUndone());
    const auto after = audit::AuditLog(*f.store.database).history(f.first);
    CHECK(std::any_of(after.begin(), after.end(), [](const audit::AuditEvent& e) {
        return e.entity == QLatin1String("family_merge") && e.detail == QLatin1String("unmerge");
    }));
    CHECK_FALSE(merger.unmerge(merged.value()));
    CHECK(audit::AuditLog(*f.store.database).verify());
    // Found in their own family again.
    const auto again = Matcher(*f.store.families)
                           .find({QStringLiteral("Mohamed"),
                                  QStringLiteral("Khan"),
                                  QDate(1990, 1, 15),
                                  QStringLiteral("TQ2 7PL"),
                                  {}});
    REQUIRE_FALSE(again.isEmpty());
    CHECK(again.front().familyId == f.second);
}

TEST_CASE("A merge is refused for the same family or an unknown one", "[matching][merge]") {
    DuplicateFixture f;
    FamilyMerger merger(*f.store.database);
    CHECK_FALSE(merger.merge(f.first, f.first, {}));
    CHECK_FALSE(merger.merge(f.first, QStringLiteral("no-such-family"), {}));
    CHECK_FALSE(merger.unmerge(QStringLiteral("no-such-merge")));
}

TEST_CASE("Merges move every family table that is not append-only", "[matching][merge]") {
    DuplicateFixture f;
    const QStringList tables = FamilyMerger::movableTables(f.store.database->connection());
    for (const char* table :
         {"person", "address", "contact_detail", "involvement", "lead_professional"})
        CHECK(tables.contains(QString::fromLatin1(table)));
    for (const char* table : {"episode", "case_note", "journey_event", "audit_event",
                              "family_merge", "family_merge_move", "legal_hold"})
        CHECK_FALSE(tables.contains(QString::fromLatin1(table)));
}

TEST_CASE("Demo stores have families registered twice for the duplicate search to find",
          "[matching][merge][demo]") {
    testing::TempStore store;
    REQUIRE(demo::populate(*store.families, 300, 2, QDate(2026, 11, 25)));
    const auto pairs = findDuplicateFamilies(store.database->connection());
    REQUIRE_FALSE(pairs.isEmpty());
    for (const DuplicatePair& pair : pairs) {
        CHECK(pair.score >= kLikelyMatchScore);
        CHECK(pair.matchingPeople >= 1);
    }
}

TEST_CASE("After a merge the kept family's journey includes the duplicate's, until unmerged",
          "[matching][merge]") {
    DuplicateFixture f;
    journey::JourneyStore journeys(*f.store.database);
    journey::ChronologyEntry entry;
    entry.familyId = f.second;
    entry.occurredOn = QDate(2026, 11, 20);
    entry.summary = QStringLiteral("Seen at the hub");
    entry.recordedBy = QStringLiteral("clerk");
    REQUIRE(journeys.addChronologyEntry(entry));
    const qsizetype keptEntries = journeys.chronologyOf(f.first).size();
    const qsizetype duplicateEntries = journeys.chronologyOf(f.second).size();
    REQUIRE(duplicateEntries >= 1);
    REQUIRE(journeys.episodesOf(f.first).isEmpty());
    REQUIRE_FALSE(journeys.openEpisodeOf(f.first));

    FamilyMerger merger(*f.store.database);
    const auto merged = merger.merge(f.first, f.second, QStringLiteral("Registered twice"), 0.9);
    REQUIRE(merged);
    const QList<journey::Episode> episodes = journeys.episodesOf(f.first);
    REQUIRE(episodes.size() == 1);
    CHECK(episodes.front().familyId == f.second); // the record stays where it was written
    const auto open = journeys.openEpisodeOf(f.first);
    REQUIRE(open);
    CHECK(open->id == episodes.front().id);
    CHECK(journeys.notesOf(open->id).size() == 1);
    const QList<journey::ChronologyEntry> together = journeys.chronologyOf(f.first);
    CHECK(together.size() == keptEntries + duplicateEntries);
    CHECK(std::any_of(together.begin(), together.end(), [](const journey::ChronologyEntry& e) {
        return e.summary == QLatin1String("Seen at the hub");
    }));

    // The duplicate's open episode is now the kept family's: a second one is refused.
    const auto refused = journeys.openEpisode(f.schoolReferral());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("already has an open episode")));

    REQUIRE(merger.unmerge(merged.value()));
    CHECK(journeys.episodesOf(f.first).isEmpty());
    CHECK(journeys.chronologyOf(f.second).size() == duplicateEntries);
    const QList<journey::ChronologyEntry> keptAgain = journeys.chronologyOf(f.first);
    CHECK(std::none_of(keptAgain.begin(), keptAgain.end(),
                       [&f](const journey::ChronologyEntry& e) { return e.familyId == f.second; }));
    CHECK(journeys.episodesOf(f.second).size() == 1);
}

TEST_CASE("A kept family's own open episode comes before one left open on its duplicate",
          "[matching][merge]") {
    DuplicateFixture f;
    journey::JourneyStore journeys(*f.store.database);
    const auto ownId = journeys.openEpisode(f.schoolReferral());
    REQUIRE(ownId);
    FamilyMerger merger(*f.store.database);
    REQUIRE(merger.merge(f.first, f.second, QStringLiteral("Registered twice"), 0.9));
    CHECK(journeys.episodesOf(f.first).size() == 2);
    const auto open = journeys.openEpisodeOf(f.first);
    REQUIRE(open);
    CHECK(open->id == ownId.value());
}

TEST_CASE("What is due on an episode left on a merged family counts the kept family's children",
          "[matching][merge][due]") {
    DuplicateFixture f;
    FamilyMerger merger(*f.store.database);
    REQUIRE(merger.merge(f.first, f.second, QStringLiteral("Registered twice"), 0.9));
    const QList<due::EpisodeTimeline> timelines =
        due::loadOpenTimelines(f.store.database->connection(), {});
    REQUIRE(timelines.size() == 1); // the duplicate's episode, the only one open
    const due::EpisodeTimeline& timeline = timelines.front();
    CHECK(timeline.familyId == f.first);
    QStringList children;
    for (const due::ChildTimeline& child : timeline.children)
        children.append(child.name);
    // Zainab was registered with the duplicate and moved to the kept family.
    CHECK(children.join(u',').contains(QStringLiteral("Zainab")));
}

TEST_CASE("A merged duplicate leaves the family list until the merge is undone",
          "[matching][merge]") {
    DuplicateFixture f;
    const auto listed = [&f] {
        QStringList ids;
        for (const FamilySummary& summary : f.store.families->listFamilies())
            ids.append(summary.id);
        return ids;
    };
    REQUIRE(listed().contains(f.second));
    REQUIRE(f.store.families->familyCount() == 2);
    FamilyMerger merger(*f.store.database);
    const auto merged = merger.merge(f.first, f.second, QStringLiteral("Registered twice"), 0.9);
    REQUIRE(merged);
    CHECK(listed() == QStringList{f.first});
    CHECK(f.store.families->familyCount() == 1);
    REQUIRE(merger.unmerge(merged.value()));
    CHECK(listed().contains(f.second));
    CHECK(f.store.families->familyCount() == 2);
}
