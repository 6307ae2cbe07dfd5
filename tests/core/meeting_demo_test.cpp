// Demo meetings: families with no lead professional yet have their first TAF meeting planned.
#include "demo/demo_generator.h"
#include "meeting/meeting_store.h"
#include "temp_store.h"

#include <QSqlQuery>

using namespace kith;
using namespace kith::meeting;

namespace {

const QDate kToday(2026, 11, 25);

QStringList familiesWithoutLead(const Database& database) {
    QStringList ids;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT f.id FROM family f WHERE NOT EXISTS (SELECT 1 FROM "
                              "lead_professional l WHERE l.family_id = f.id AND l.ended_on IS "
                              "NULL) ORDER BY f.id"));
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

// Each planned first meeting of a family not yet led, as text, for comparing two stores.
QStringList plannedFirsts(const Database& database) {
    const MeetingStore meetings(database);
    QStringList lines;
    for (const QString& familyId : familiesWithoutLead(database)) {
        for (const Meeting& each : meetings.list(familyId))
            lines << each.id + each.startsAt.toString(Qt::ISODate) + each.place +
                         QString::number(each.attendees.size());
    }
    return lines;
}

} // namespace

TEST_CASE("Some demo families with no lead professional yet have their first meeting planned",
          "[meeting][demo]") {
    testing::TempStore store;
    REQUIRE(demo::populate(*store.families, 200, 4, kToday));
    const MeetingStore meetings(*store.database);
    const QStringList leadless = familiesWithoutLead(*store.database);
    REQUIRE_FALSE(leadless.isEmpty());
    int planned = 0;
    for (const QString& familyId : leadless) {
        const QList<Meeting> theirs = meetings.list(familyId);
        if (theirs.isEmpty())
            continue;
        ++planned;
        REQUIRE(theirs.size() == 1);
        const Meeting& first = theirs.first();
        CHECK(first.kind == MeetingKind::First);
        CHECK(first.status == MeetingStatus::Planned);
        CHECK(first.startsAt > store.clock.nowUtc()); // ahead of the demo's clock
        CHECK(first.startsAt.date() <= kToday.addDays(21));
        CHECK_FALSE(first.place.isEmpty());
        int parents = 0, professionals = 0;
        for (const Attendee& attendee : first.attendees) {
            CHECK(attendee.attendance == Attendance::Invited);
            parents += attendee.kind == AttendeeKind::FamilyMember ? 1 : 0;
            professionals += attendee.kind == AttendeeKind::Professional ? 1 : 0;
        }
        // Someone to name, and a parent to agree to it.
        CHECK(parents >= 1);
        CHECK(professionals >= 1);
        CHECK(meetings.leadChanges(familyId).isEmpty());
        CHECK_FALSE(store.families->currentLeadProfessional(familyId));
    }
    INFO(planned << " of " << leadless.size() << " families without a lead");
    CHECK(planned > 0);
    CHECK(planned < leadless.size()); // some, not all
}

TEST_CASE("Demo first meetings repeat with the seed", "[meeting][demo]") {
    testing::TempStore first, second;
    REQUIRE(demo::populate(*first.families, 120, 9, kToday));
    REQUIRE(demo::populate(*second.families, 120, 9, kToday));
    const QStringList made = plannedFirsts(*first.database);
    CHECK_FALSE(made.isEmpty());
    CHECK(made == plannedFirsts(*second.database));
}
