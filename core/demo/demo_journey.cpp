#include "demo/demo_journey.h"

#include "journey/journey_store.h"

#include <QSqlQuery>
#include <algorithm>

namespace kith::demo {
namespace {

using namespace journey;

// Mixed into the seed so the journeys draw their own sequence and the families stay
// exactly as they are without them.
constexpr std::uint64_t kJourneySalt = 0x4A4F55524E4559ULL; // "JOURNEY"
constexpr int kBatch = 2000;
// A practitioner holds at most this many families with open Early Help; a lead beyond
// that predates Kith (recorded elsewhere). It keeps caseloads real, and 50,000 families
// quick to make: the open episodes stop growing once every practitioner's caseload is full.
constexpr int kCaseloadLimit = 60;

struct DemoChild {
    QString id;
    QDate dateOfBirth;
};

struct DemoFamily {
    QString id;
    QString leadId;      // the current lead professional, if any
    QDate leadStartedOn; // when they were appointed
    QList<DemoChild> children;
};

const char* const kReferrers[] = {
    "Parkfield Primary School", "Health Visiting Team",      "GP surgery",
    "Housing Options",          "The family asked for help", "Riverside Academy"};
const char* const kPurposes[] = {
    "Home visit to get to know the family", "Working on the plan with the family",
    "Checking in after the review", "Helping with the school attendance actions",
    "Talking through the housing worries"};

class JourneyMaker {
public:
    JourneyMaker(JourneyStore& store, DemoRandom& random, QDateTime cap, QStringList managers)
        : m_store(store)
        , m_random(random)
        , m_cap(std::move(cap))
        , m_managers(std::move(managers)) {}

    Status openJourney(const DemoFamily& family);
    Status waitingRequest(const DemoFamily& family);
    Status closedJourney(const DemoFamily& family, const QString& leadId);

private:
    // A time in office hours on `date`. UTC, not UK clocks: an hour's difference in summer
    // does not matter to made-up records, and converting time zones a million times does.
    QDateTime during(QDate date) {
        if (date.dayOfWeek() > 5) // practitioners work weekdays
            date = date.addDays(8 - date.dayOfWeek());
        return QDateTime(date, QTime(m_random.between(8, 15), m_random.below(4) * 15), Qt::UTC);
    }
    QDateTime later(const QDateTime& from, int minDays, int maxDays) {
        return during(from.date().addDays(m_random.between(minDays, maxDays)));
    }
    // A moment between `minDaysAgo` and `maxDaysAgo` before the cap, but after `after`:
    // the latest visit or review of a family that has been open a while.
    QDateTime recent(const QDateTime& after, int minDaysAgo, int maxDaysAgo) {
        const QDateTime drawn =
            during(m_cap.date().addDays(-m_random.between(minDaysAgo, maxDaysAgo)));
        return drawn > after ? drawn : later(after, 1, 3);
    }
    bool fits(const QDateTime& moment) const { return moment.isValid() && moment <= m_cap; }
    QString manager() { return m_managers.isEmpty() ? QString() : m_random.pick(m_managers); }
    Result<QString> open(const DemoFamily& family, const QDateTime& openedAt);
    Status visit(const QString& episodeId, const DemoFamily& family, const QString& who,
                 const QDateTime& when, bool writtenUp);
    Status supervise(const QString& episodeId, const DemoFamily& family,
                     const QDateTime& allocated);
    Status event(const QString& episodeId, const char* kind, const QDateTime& when,
                 const QString& who = {});

    JourneyStore& m_store;
    DemoRandom& m_random;
    QDateTime m_cap;
    QStringList m_managers;
};

Status asStatus(const Result<QString>& result) {
    return result ? okStatus() : Status::fail(result.error());
}

Result<QString> JourneyMaker::open(const DemoFamily& family, const QDateTime& openedAt) {
    Episode episode;
    episode.id = m_random.uuid();
    episode.familyId = family.id;
    episode.openedAt = openedAt;
    episode.referrer = QString::fromUtf8(m_random.pick(kReferrers));
    episode.consentGiven = true;
    episode.responseRequested =
        m_random.chance(8) ? ResponseRequested::Safeguarding : ResponseRequested::EarlyHelp;
    return m_store.openEpisode(episode);
}

Status JourneyMaker::event(const QString& episodeId, const char* kind, const QDateTime& when,
                           const QString& who) {
    return asStatus(m_store.recordEvent(episodeId, QString::fromLatin1(kind), when, who));
}

Status JourneyMaker::visit(const QString& episodeId, const DemoFamily& family, const QString& who,
                           const QDateTime& when, bool writtenUp) {
    ContactRecord contact;
    contact.id = m_random.uuid();
    contact.episodeId = episodeId;
    const int roll = m_random.below(100);
    contact.method = roll < 70   ? ContactMethod::HomeVisit
                     : roll < 90 ? ContactMethod::FaceToFace
                                 : ContactMethod::Phone;
    contact.purpose = QString::fromUtf8(m_random.pick(kPurposes));
    contact.happenedAt = when;
    // Most visits are entered the same day; a few only after the 24 hours.
    contact.recordedAt = when.addSecs(
        3600 * (m_random.chance(90) ? m_random.between(1, 20) : m_random.between(25, 60)));
    contact.professionalId = who;
    if (isVisit(contact.method)) {
        for (const DemoChild& child : family.children) {
            const bool seen = m_random.chance(92);
            const bool canBeAlone = child.dateOfBirth.addYears(5) <= when.date();
            contact.children.append({m_random.uuid(),
                                     {},
                                     {},
                                     child.id,
                                     seen,
                                     seen && canBeAlone && m_random.chance(35)});
        }
    }
    auto stored = m_store.addContact(contact);
    if (!stored || !writtenUp || !isVisit(contact.method))
        return asStatus(stored);
    CaseNote note;
    note.id = m_random.uuid();
    note.episodeId = episodeId;
    note.contactId = contact.id;
    note.body = QStringLiteral("Visit written up: what we talked about, how the children "
                               "were, and what happens next.");
    return asStatus(m_store.addNote(note));
}

Status JourneyMaker::openJourney(const DemoFamily& family) {
    QDateTime allocated = during(family.leadStartedOn);
    if (!fits(allocated))
        allocated = m_cap.addSecs(-3600);
    QDateTime opened = later(allocated, -12, -2);
    if (opened >= allocated) // a weekend moved it on to the day of allocation
        opened = allocated.addDays(-3);
    auto episode = open(family, opened);
    if (!episode)
        return asStatus(episode);
    const QString id = episode.value();
    const QDateTime screened = opened.addSecs(3600 * m_random.between(1, 6));
    if (Status done = m_store.recordScreening(id, ScreeningOutcome::Allocation,
                                              std::min(screened, allocated), manager());
        !done)
        return done;
    if (Status done = m_store.allocate(id, family.leadId, allocated); !done)
        return done;

    // How far the family has come: mostly as far as the time since allocation allows,
    // with gaps drawn wide enough that some deadlines slip.
    int target = m_random.below(100);
    if (allocated.daysTo(m_cap) > 90 && m_random.chance(85))
        target = std::max(target, 65 + m_random.below(35));
    if (Status done = supervise(id, family, allocated); !done)
        return done;
    QDateTime when = later(allocated, 1, 14);
    if (target < 8 || !fits(when))
        return okStatus();
    if (Status done = visit(id, family, family.leadId, when, true); !done)
        return done;
    // The latest visit, usually within the last few weeks; it may not be written up yet.
    if (const QDateTime latest = recent(when, 1, 20); fits(latest)) {
        if (Status done = visit(id, family, family.leadId, latest,
                                latest.daysTo(m_cap) > 4 || m_random.chance(40));
            !done)
            return done;
    }
    if (target < 20 || !fits(when = later(when, 0, 6)))
        return okStatus();
    if (Status done = event(id, "assessment_started", when); !done)
        return done;
    if (target < 38 || !fits(when = later(when, 6, 24)))
        return okStatus();
    if (Status done = event(id, "assessment_completed", when); !done)
        return done;
    if (target < 48 || !fits(when = later(when, 1, 7)))
        return okStatus();
    for (const char* kind : {"plan_agreed", "taf_held"}) {
        if (Status done = event(id, kind, when); !done)
            return done;
    }
    if (const QDateTime sent = later(when, 1, 7); fits(sent)) {
        if (Status done = event(id, "plan_circulated", sent); !done)
            return done;
    }
    // Most plans open for 9 months have had their audit.
    if (const QDateTime audit = later(when, 250, 270); fits(audit) && m_random.chance(70)) {
        if (Status done = event(id, "audit_done", audit); !done)
            return done;
    }
    if (const QDateTime review = recent(when, 5, 65); target >= 65 && fits(review)) {
        for (const char* kind : {"review_held", "taf_held"}) {
            if (Status done = event(id, kind, review); !done)
                return done;
        }
    }
    if (const QDateTime reviewed = recent(opened, 20, 200); fits(reviewed) && m_random.chance(80))
        return event(id, "chronology_reviewed", reviewed);
    return okStatus();
}

Status JourneyMaker::supervise(const QString& episodeId, const DemoFamily& family,
                               const QDateTime& allocated) {
    const QDateTime held = recent(allocated, 3, 70);
    if (!fits(held) || allocated.daysTo(m_cap) < 10)
        return okStatus();
    SupervisionRecord record;
    record.id = m_random.uuid();
    record.episodeId = episodeId;
    record.heldAt = held;
    record.managerId = manager();
    record.practitionerId = family.leadId;
    record.discussion = QStringLiteral("Talked through the family's progress against the plan "
                                       "and what to do next.");
    return asStatus(m_store.addSupervision(record));
}

Status JourneyMaker::waitingRequest(const DemoFamily& family) {
    // A request from the last few days: the manager's 24 and 48 hour clocks are running.
    return asStatus(open(family, m_cap.addSecs(-3600 * m_random.between(2, 80))));
}

Status JourneyMaker::closedJourney(const DemoFamily& family, const QString& leadId) {
    const QDateTime opened = during(m_cap.date().addDays(-m_random.between(420, 1500)));
    auto episode = open(family, opened);
    if (!episode)
        return asStatus(episode);
    const QString id = episode.value();
    const QDateTime allocated = later(opened, 2, 9);
    if (Status done = m_store.recordScreening(id, ScreeningOutcome::Allocation,
                                              opened.addSecs(3600 * 20), manager());
        !done)
        return done;
    if (Status done = m_store.allocate(id, leadId, allocated); !done)
        return done;
    const QDateTime planned = later(allocated, 20, 40);
    if (Status done = event(id, "plan_agreed", planned); !done)
        return done;
    static const ClosureReason kReasons[] = {ClosureReason::NeedsMet,    ClosureReason::NeedsMet,
                                             ClosureReason::SteppedDown, ClosureReason::MovedAway,
                                             ClosureReason::Disengaged,  ClosureReason::SteppedUp};
    return m_store.closeEpisode(
        id, m_random.pick(kReasons), later(planned, 60, 200),
        QStringLiteral("The family's scaling score went from 8 to 3; the children are in school "
                       "every day."),
        QStringLiteral("Stay and play at the children's centre; the school nurse drop-in."));
}

QList<DemoFamily> readFamilies(const QSqlDatabase& db) {
    QList<DemoFamily> families;
    QHash<QString, qsizetype> index;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT f.id, l.professional_id, l.started_on FROM family f LEFT JOIN lead_professional l "
        "ON l.family_id = f.id AND l.ended_on IS NULL WHERE NOT EXISTS (SELECT 1 FROM episode e "
        "WHERE e.family_id = f.id) ORDER BY f.rowid"));
    while (query.next()) {
        index.insert(query.value(0).toString(), families.size());
        families.append({query.value(0).toString(),
                         query.value(1).toString(),
                         QDate::fromString(query.value(2).toString(), Qt::ISODate),
                         {}});
    }
    query.exec(QStringLiteral("SELECT family_id, id, date_of_birth FROM person WHERE role IN "
                              "('child','young_person') AND unborn = 0 AND in_household = 1 "
                              "ORDER BY local_id"));
    while (query.next()) {
        if (const auto found = index.constFind(query.value(0).toString()); found != index.cend())
            families[*found].children.append(
                {query.value(1).toString(),
                 QDate::fromString(query.value(2).toString(), Qt::ISODate)});
    }
    return families;
}

QStringList readIds(const QSqlDatabase& db, const QString& select) {
    QStringList ids;
    QSqlQuery query(db);
    query.exec(select);
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

} // namespace

Status addDemoJourneys(const Database& database, std::uint64_t seed, const QDate& today) {
    const QSqlDatabase db = database.connection();
    const QList<DemoFamily> families = readFamilies(db);
    const QStringList managers = readIds(
        db, QStringLiteral("SELECT p.id FROM professional p JOIN agency a ON a.id = p.agency_id "
                           "WHERE a.kind = 'early_help' ORDER BY p.rowid"));
    const QStringList professionals =
        readIds(db, QStringLiteral("SELECT id FROM professional ORDER BY rowid"));
    if (professionals.isEmpty())
        return okStatus();

    DemoRandom random(seed ^ kJourneySalt);
    const QDateTime endOfToday(today, QTime(16, 0), Qt::UTC);
    JourneyStore store(database);
    store.setActor(QStringLiteral("demo"));
    JourneyMaker maker(store, random, std::min(endOfToday, database.clock().nowUtc()), managers);
    QHash<QString, int> caseloads;
    for (qsizetype done = 0; done < families.size(); done += kBatch) {
        const Status batch = store.inOneTransaction([&] {
            const qsizetype end = std::min(families.size(), done + kBatch);
            for (qsizetype i = done; i < end; ++i) {
                const DemoFamily& family = families.at(i);
                Status made = okStatus();
                if (!family.leadId.isEmpty() && caseloads[family.leadId] < kCaseloadLimit) {
                    ++caseloads[family.leadId];
                    made = maker.openJourney(family);
                } else if (family.leadId.isEmpty() && random.chance(6))
                    made = maker.waitingRequest(family);
                else if (family.leadId.isEmpty() && random.chance(10))
                    made = maker.closedJourney(family, random.pick(professionals));
                if (!made)
                    return made;
            }
            return okStatus();
        });
        if (!batch)
            return batch;
    }
    return okStatus();
}

} // namespace kith::demo
