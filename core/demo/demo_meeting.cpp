#include "demo/demo_meeting.h"

#include "demo/demo_batches.h"
#include "demo/demo_generator.h"
#include "meeting/meeting_rows.h"
#include "store/record_writer.h"
#include "store/sql_support.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace kith::demo {
namespace {

using namespace meeting;

constexpr std::uint64_t kMeetingSalt = 0x7AF3EE75ULL;
// The planned first meetings draw from their own sequence, so that adding them left every
// other demo meeting as it was.
constexpr std::uint64_t kFirstMeetingSalt = 0x1EAD7AF1ULL;

struct DemoAgreed {
    QString familyId;
    QString versionId;
    QDateTime agreedAt;
    QString leadId;
    QString assignmentId;
    QString otherProfessionalId;
    QStringList parentIds;
    QStringList actionIds;
};

// A family nobody leads yet, with the professionals working with them (id, what they do).
struct DemoLeadless {
    QString familyId;
    QStringList parentIds;
    QList<std::pair<QString, QString>> professionals;
};

const char* const kPlaces[] = {"Harbourside Family Hub", "The family's home",
                               "Parkfield Primary School, meeting room",
                               "Riverside Academy, pastoral office", "Children's Centre, Room 2"};
const char* const kWelcome[] = {
    "Everyone said who they are and how they know the family. Dad sent apologies.",
    "We went round the room; the children chose the biscuits.",
    "Introductions done in plain words; Mum asked for a break at half time."};
const char* const kPlanNotes[] = {
    "Mum will ring the GP this week; the health visitor will go with her if she wants.",
    "School will set up a morning check-in for the eldest from Monday.",
    "Family support will help with a money plan and the letter to the landlord."};
const char* const kHappened[] = {"Done: the appointment happened and Mum felt listened to.",
                                 "Started, but the waiting list is long; school is chasing it.",
                                 "Not done yet: the family were ill for two weeks."};
const char* const kHow[] = {"email", "by hand", "post"};

QString text(const char* phrase) {
    return QString::fromUtf8(phrase);
}

// Families with an agreed plan, with who can be at their meetings, in a stable order.
QList<DemoAgreed> readFamilies(const QSqlDatabase& db) {
    QList<DemoAgreed> families;
    QHash<QString, qsizetype> index;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT v.family_id, v.id, v.agreed_at, l.professional_id, l.id FROM plan_version v "
        "JOIN lead_professional l ON l.family_id = v.family_id AND l.ended_on IS NULL "
        "WHERE v.version = 1 ORDER BY v.rowid"));
    while (query.next()) {
        const QString familyId = query.value(0).toString();
        if (index.contains(familyId))
            continue;
        index.insert(familyId, families.size());
        families.append({familyId,
                         query.value(1).toString(),
                         sql::toDateTime(query.value(2)),
                         query.value(3).toString(),
                         query.value(4).toString(),
                         {},
                         {},
                         {}});
    }
    query.exec(QStringLiteral("SELECT p.family_id, p.id FROM person p JOIN plan_version v ON "
                              "v.family_id = p.family_id AND v.version = 1 "
                              "WHERE p.role = 'parent' ORDER BY p.rowid"));
    while (query.next()) {
        const auto found = index.constFind(query.value(0).toString());
        if (found != index.cend() && families[*found].parentIds.size() < 2)
            families[*found].parentIds.append(query.value(1).toString());
    }
    query.exec(QStringLiteral("SELECT i.family_id, i.professional_id FROM involvement i JOIN "
                              "plan_version v ON v.family_id = i.family_id AND v.version = 1 "
                              "WHERE i.professional_id IS NOT NULL ORDER BY i.rowid"));
    while (query.next()) {
        const auto found = index.constFind(query.value(0).toString());
        const QString professionalId = query.value(1).toString();
        if (found != index.cend() && families[*found].otherProfessionalId.isEmpty() &&
            professionalId != families[*found].leadId)
            families[*found].otherProfessionalId = professionalId;
    }
    query.exec(QStringLiteral("SELECT family_id, id FROM plan_action ORDER BY rowid"));
    while (query.next()) {
        const auto found = index.constFind(query.value(0).toString());
        if (found != index.cend() && families[*found].actionIds.size() < 2)
            families[*found].actionIds.append(query.value(1).toString());
    }
    return families;
}

// Families with no lead professional and someone working with them, in a stable order: the
// first meeting is where one of those would be named.
QList<DemoLeadless> readLeadless(const QSqlDatabase& db) {
    const auto leadless = [](const char* alias) {
        return QStringLiteral("NOT EXISTS (SELECT 1 FROM lead_professional l WHERE "
                              "l.family_id = %1.family_id AND l.ended_on IS NULL)")
            .arg(QLatin1String(alias));
    };
    QList<DemoLeadless> families;
    QHash<QString, qsizetype> index;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT i.family_id, i.professional_id, i.purpose FROM involvement i "
                              "WHERE i.professional_id IS NOT NULL AND i.ended_on IS NULL AND ") +
               leadless("i") + QStringLiteral(" ORDER BY i.rowid"));
    while (query.next()) {
        const QString familyId = query.value(0).toString();
        auto found = index.constFind(familyId);
        if (found == index.cend()) {
            found = index.insert(familyId, families.size());
            families.append({familyId, {}, {}});
        }
        DemoLeadless& family = families[*found];
        const QString professionalId = query.value(1).toString();
        const bool known = std::any_of(family.professionals.cbegin(), family.professionals.cend(),
                                       [&](const auto& p) { return p.first == professionalId; });
        if (!known && family.professionals.size() < 2)
            family.professionals.append({professionalId, query.value(2).toString()});
    }
    query.exec(QStringLiteral("SELECT p.family_id, p.id FROM person p WHERE p.role = 'parent' "
                              "AND ") +
               leadless("p") + QStringLiteral(" ORDER BY p.rowid"));
    while (query.next()) {
        const auto found = index.constFind(query.value(0).toString());
        if (found != index.cend() && families[*found].parentIds.size() < 2)
            families[*found].parentIds.append(query.value(1).toString());
    }
    return families;
}

class MeetingMaker {
public:
    MeetingMaker(store::RecordWriter& writer, DemoRandom& random, QDate today, QDateTime now)
        : m_writer(writer)
        , m_random(random)
        , m_today(today)
        , m_now(std::move(now)) {}

    Status make(const DemoAgreed& family);
    Status planFirst(const DemoLeadless& family);

private:
    Status insert(const QString& table, const QVariantMap& fields) {
        const auto inserted = m_writer.insert(table, fields);
        return inserted ? okStatus() : Status::fail(inserted.error());
    }
    Meeting draw(const DemoAgreed& family, MeetingKind kind, const QDateTime& startsAt, bool held);
    Status store(const Meeting& meeting);
    Status circulate(const Meeting& meeting);

    store::RecordWriter& m_writer;
    DemoRandom& m_random;
    QDate m_today;
    QDateTime m_now;
};

Meeting MeetingMaker::draw(const DemoAgreed& family, MeetingKind kind, const QDateTime& startsAt,
                           bool held) {
    Meeting meeting;
    meeting.id = m_random.uuid();
    meeting.familyId = family.familyId;
    meeting.kind = kind;
    meeting.startsAt = startsAt;
    meeting.durationMinutes = m_random.chance(50) ? 60 : 90;
    meeting.place = text(m_random.pick(kPlaces));
    meeting.chairProfessionalId = family.leadId;
    meeting.status = held ? MeetingStatus::Held : MeetingStatus::Planned;
    meeting.createdAt = held ? startsAt.addDays(-m_random.between(7, 14)) : m_now;
    meeting.createdBy = family.leadId;
    const Attendance came = held ? Attendance::Present : Attendance::Invited;
    for (qsizetype i = 0; i < family.parentIds.size(); ++i) {
        // A second parent sometimes sends apologies.
        const Attendance attendance =
            held && i > 0 && m_random.chance(40) ? Attendance::Apologies : came;
        meeting.attendees.append({m_random.uuid(),
                                  AttendeeKind::FamilyMember,
                                  family.parentIds.at(i),
                                  {},
                                  {},
                                  QStringLiteral("Parent"),
                                  attendance});
    }
    meeting.attendees.append({m_random.uuid(),
                              AttendeeKind::Professional,
                              {},
                              family.leadId,
                              {},
                              QStringLiteral("Lead professional"),
                              came});
    if (!family.otherProfessionalId.isEmpty())
        meeting.attendees.append({m_random.uuid(),
                                  AttendeeKind::Professional,
                                  {},
                                  family.otherProfessionalId,
                                  {},
                                  QStringLiteral("Works with the family"),
                                  came});
    return meeting;
}

Status MeetingMaker::store(const Meeting& meeting) {
    QVariantMap fields = rows::fieldsOf(meeting);
    fields.insert(QStringLiteral("updated_at"),
                  sql::fromDateTime(meeting.heldAt.isValid() ? meeting.heldAt : meeting.createdAt));
    if (Status done = insert(rows::kMeeting, fields); !done)
        return done;
    for (const Attendee& attendee : meeting.attendees) {
        if (Status done = insert(rows::kAttendee, rows::fieldsOf(attendee, meeting)); !done)
            return done;
    }
    for (const AgendaNote& note : meeting.notes) {
        if (Status done = insert(rows::kNote, rows::fieldsOf(note, meeting)); !done)
            return done;
    }
    for (const ActionReview& action : meeting.review.actions) {
        if (Status done = insert(rows::kActionReview,
                                 {{QStringLiteral("id"), m_random.uuid()},
                                  {QStringLiteral("family_id"), meeting.familyId},
                                  {QStringLiteral("meeting_id"), meeting.id},
                                  {QStringLiteral("action_id"), action.actionId},
                                  {QStringLiteral("what_happened"), action.whatHappened}});
            !done)
            return done;
    }
    return okStatus();
}

// Most copies go out within a few days; now and then one is still to send.
Status MeetingMaker::circulate(const Meeting& meeting) {
    for (const Attendee& attendee : meeting.present()) {
        const QDateTime sentAt = meeting.startsAt.addDays(m_random.between(0, 6));
        if (m_random.chance(15) || sentAt > m_now)
            continue;
        const Circulation sent{m_random.uuid(),
                               meeting.id,
                               attendee.id,
                               sentAt,
                               text(m_random.pick(kHow)),
                               meeting.chairProfessionalId,
                               sentAt};
        if (Status done = insert(rows::kCirculation, rows::fieldsOf(sent, meeting.familyId)); !done)
            return done;
    }
    return okStatus();
}

Status MeetingMaker::make(const DemoAgreed& family) {
    if (family.parentIds.isEmpty() || !family.agreedAt.isValid())
        return okStatus();
    Meeting first = draw(family, MeetingKind::First, family.agreedAt, true);
    first.agreedPlanVersionId = family.versionId;
    first.heldAt = family.agreedAt.addSecs(2 * 3600);
    first.nextReviewOn = family.agreedAt.date().addDays(42);
    first.notes = {
        {m_random.uuid(), 1, text(m_random.pick(kWelcome)), family.leadId, first.heldAt},
        {m_random.uuid(), 6, text(m_random.pick(kPlanNotes)), family.leadId, first.heldAt}};
    if (Status done = store(first); !done)
        return done;
    // The family's current lead professional was named here, with a parent's agreement.
    LeadChange named;
    named.id = m_random.uuid();
    named.familyId = family.familyId;
    named.meetingId = first.id;
    named.kind = LeadChangeKind::Appointed;
    named.toProfessionalId = family.leadId;
    named.on = first.startsAt.date();
    named.agreedByPersonIds = {family.parentIds.front()};
    named.assignmentId = family.assignmentId;
    named.recordedBy = family.leadId;
    named.recordedAt = first.heldAt;
    if (Status done = insert(rows::kLeadChange, rows::fieldsOf(named)); !done)
        return done;
    if (Status done = circulate(first); !done)
        return done;

    QDate next = first.nextReviewOn;
    if (next < m_today && m_random.chance(70)) {
        const QDateTime at(next, QTime(m_random.between(9, 15), 0), Qt::UTC);
        Meeting review = draw(family, MeetingKind::Review, at, true);
        review.heldAt = at.addSecs(2 * 3600);
        review.nextReviewOn = next.addDays(42);
        review.review.judgement = static_cast<Judgement>(m_random.between(1, 3));
        review.review.scalingScore = m_random.between(3, 9);
        review.review.concerns = static_cast<ConcernTrend>(m_random.between(1, 3));
        for (const QString& actionId : family.actionIds)
            review.review.actions.append({actionId, text(m_random.pick(kHappened))});
        if (Status done = store(review); !done)
            return done;
        if (Status done = circulate(review); !done)
            return done;
        next = review.nextReviewOn;
    }
    if (next < m_today.addDays(2))
        next = m_today.addDays(m_random.between(3, 20));
    const Meeting planned =
        draw(family, MeetingKind::Review, QDateTime(next, QTime(10, 0), Qt::UTC), false);
    return store(planned);
}

// Some families not yet led have their first meeting in the diary, everyone invited, so that
// naming the lead there (with the family's agreement) can be tried on demo data.
Status MeetingMaker::planFirst(const DemoLeadless& family) {
    if (!m_random.chance(40) || family.parentIds.isEmpty() || family.professionals.isEmpty())
        return okStatus();
    Meeting first;
    first.id = m_random.uuid();
    first.familyId = family.familyId;
    first.kind = MeetingKind::First;
    first.startsAt = QDateTime(m_now.date().addDays(m_random.between(2, 21)),
                               QTime(m_random.between(9, 15), 0), Qt::UTC);
    first.durationMinutes = m_random.chance(50) ? 60 : 90;
    first.place = text(m_random.pick(kPlaces));
    first.chairProfessionalId = family.professionals.front().first;
    first.status = MeetingStatus::Planned;
    first.createdAt = m_now;
    first.createdBy = first.chairProfessionalId;
    for (const QString& parentId : family.parentIds)
        first.attendees.append({m_random.uuid(),
                                AttendeeKind::FamilyMember,
                                parentId,
                                {},
                                {},
                                QStringLiteral("Parent"),
                                Attendance::Invited});
    for (const auto& [professionalId, purpose] : family.professionals)
        first.attendees.append(
            {m_random.uuid(),
             AttendeeKind::Professional,
             {},
             professionalId,
             {},
             purpose.isEmpty() ? QStringLiteral("Works with the family") : purpose,
             Attendance::Invited});
    return store(first);
}

} // namespace

Status addDemoMeetings(const Database& database, std::uint64_t seed, const QDate& today) {
    const QSqlDatabase db = database.connection();
    const QList<DemoAgreed> families = readFamilies(db);
    const QList<DemoLeadless> leadless = readLeadless(db);
    DemoRandom random(seed ^ kMeetingSalt);
    DemoRandom firstRandom(seed ^ kFirstMeetingSalt);
    store::RecordWriter writer(db, database.clock(), database.deviceId());
    writer.setActor(QStringLiteral("demo"));
    const QDate until = std::min(today, database.clock().today());
    MeetingMaker maker(writer, random, until, database.clock().nowUtc());
    if (Status made = inBatches(database, writer, families,
                                [&](const auto& family, qsizetype) { return maker.make(family); });
        !made)
        return made;
    MeetingMaker firstMaker(writer, firstRandom, until, database.clock().nowUtc());
    return inBatches(database, writer, leadless,
                     [&](const auto& family, qsizetype) { return firstMaker.planFirst(family); });
}

} // namespace kith::demo
