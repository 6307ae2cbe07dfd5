#include "demo/demo_consent.h"

#include "consent/consent_fields.h"
#include "consent/hub_agencies.h"
#include "consent/signature.h"
#include "demo/demo_batches.h"
#include "demo/demo_generator.h"
#include "store/record_writer.h"
#include "store/sql_support.h"

#include <QHash>
#include <QSqlQuery>
#include <array>
#include <cmath>

namespace kith::demo {
namespace {

using namespace consent;

constexpr std::uint64_t kConsentSalt = 0xC0115E47ULL;

struct DemoPerson {
    QString id;
    QString role;
    QDate born;
};

struct DemoFamilyConsent {
    QString id;
    QString leadId;
    QList<DemoPerson> people;
};

const char* const kFamilyWords[] = {
    "Please don't tell the school about my depression, I'm getting help for it.",
    "We don't want our new address passed on. He mustn't find us.",
    "I don't want them to know about the money problems.",
    "Keep my health out of it, it's private.",
};

// A made-up scrawl: a few joined loops, different for every family.
QString demoSignature(DemoRandom& random) {
    Signature signature(QSize(600, 200));
    const int strokes = random.between(1, 3);
    int x = random.between(30, 80);
    for (int s = 0; s < strokes; ++s) {
        const int baseline = random.between(90, 130);
        const int height = random.between(20, 50);
        const int loops = random.between(2, 5);
        signature.beginStroke({x, baseline});
        for (int step = 1; step <= loops * 8; ++step) {
            const double angle = step * 3.14159265 / 4.0;
            signature.extendStroke({x + step * 4 + static_cast<int>(8 * std::cos(angle)),
                                    baseline - static_cast<int>(height * std::sin(angle))});
        }
        x += loops * 32 + random.between(15, 40);
    }
    return signature.encode();
}

QList<DemoFamilyConsent> readFamilies(const QSqlDatabase& db) {
    QList<DemoFamilyConsent> families;
    QHash<QString, qsizetype> index;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT f.id, l.professional_id FROM family f LEFT JOIN lead_professional l ON "
        "l.family_id = f.id AND l.ended_on IS NULL WHERE NOT EXISTS (SELECT 1 FROM "
        "consent_record c WHERE c.family_id = f.id) ORDER BY f.rowid"));
    while (query.next()) {
        index.insert(query.value(0).toString(), families.size());
        families.append({query.value(0).toString(), query.value(1).toString(), {}});
    }
    query.exec(QStringLiteral("SELECT family_id, id, role, date_of_birth FROM person WHERE "
                              "unborn = 0 AND in_household = 1 ORDER BY local_id"));
    while (query.next()) {
        if (const auto found = index.constFind(query.value(0).toString()); found != index.cend())
            families[*found].people.append(
                {query.value(1).toString(), query.value(2).toString(),
                 QDate::fromString(query.value(3).toString(), Qt::ISODate)});
    }
    return families;
}

class ConsentMaker {
public:
    ConsentMaker(store::RecordWriter& writer, DemoRandom& random, const HubAgencies& agencies,
                 QDate today, QDateTime now)
        : m_writer(writer)
        , m_random(random)
        , m_agencies(agencies)
        , m_today(today)
        , m_now(std::move(now)) {}

    Status make(const DemoFamilyConsent& family, qsizetype index, const QString& obtainedBy);

private:
    ConsentRecord given(const DemoFamilyConsent& family, const QString& by, const QString& at,
                        const QDate& on);
    Status insert(const QString& table, const QVariantMap& fields) {
        const auto inserted = m_writer.insert(table, fields);
        return inserted ? okStatus() : Status::fail(inserted.error());
    }

    store::RecordWriter& m_writer;
    DemoRandom& m_random;
    const HubAgencies& m_agencies;
    QDate m_today;
    QDateTime m_now;
    bool m_youngPersonDone = false;
};

ConsentRecord ConsentMaker::given(const DemoFamilyConsent& family, const QString& by,
                                  const QString& obtainedBy, const QDate& on) {
    ConsentRecord record;
    record.id = m_random.uuid();
    record.familyId = family.id;
    record.givenByPersonId = by;
    record.obtainedById = obtainedBy;
    record.givenOn = on;
    record.method = m_random.chance(65) ? ConsentMethod::Written : ConsentMethod::Verbal;
    if (record.method == ConsentMethod::Written)
        record.signature = demoSignature(m_random);
    for (const HubAgency& agency : m_agencies.agencies())
        record.agencies.append({agency.key, agency.name, m_random.chance(85)});
    record.recordedAt = m_now;
    record.recordedBy = QStringLiteral("demo");
    return record;
}

Status ConsentMaker::make(const DemoFamilyConsent& family, qsizetype index,
                          const QString& obtainedBy) {
    const DemoPerson* parent = nullptr;
    const DemoPerson* young = nullptr;
    for (const DemoPerson& person : family.people) {
        if (!parent && person.role == QLatin1String("parent"))
            parent = &person;
        Person asPerson;
        asPerson.dateOfBirth = person.born;
        const int age = asPerson.ageOn(m_today);
        if (!young && age >= 12 && age <= 16)
            young = &person;
    }
    // Some families have not been asked yet (waiting requests, advice only).
    if (!parent || (index % 97 != 5 && m_random.chance(12)))
        return okStatus();
    ConsentRecord record =
        given(family, parent->id, obtainedBy, m_today.addDays(-m_random.between(20, 520)));
    if (Status done = insert(table::record, fieldsOf(record)); !done)
        return done;

    if (index % 97 == 5) { // one or two families in every hundred withdraw
        ConsentRecord withdrawal = record;
        withdrawal.id = m_random.uuid();
        withdrawal.event = ConsentEvent::Withdrawn;
        withdrawal.givenOn = record.givenOn.addDays(m_random.between(10, 15));
        withdrawal.method = ConsentMethod::Verbal;
        withdrawal.signature.clear();
        withdrawal.agencies.clear();
        withdrawal.toRecord = withdrawal.toStore = false;
        withdrawal.note =
            QStringLiteral("Mum rang to say the family no longer want the hub's help.");
        return insert(table::record, fieldsOf(withdrawal));
    }
    if (record.givenOn.daysTo(m_today) > 300 && m_random.chance(60)) {
        ConsentRecord confirmed = record;
        confirmed.id = m_random.uuid();
        confirmed.event = ConsentEvent::Confirmed;
        confirmed.method = ConsentMethod::Verbal;
        confirmed.signature.clear();
        confirmed.givenOn = m_today.addDays(-m_random.between(5, 200));
        confirmed.note = QStringLiteral("Asked again at the review; nothing has changed.");
        if (Status done = insert(table::record, fieldsOf(confirmed)); !done)
            return done;
    }
    if (index % 53 == 7 || m_random.chance(2)) {
        Restriction restriction;
        restriction.id = m_random.uuid();
        restriction.familyId = family.id;
        const int which = m_random.below(4);
        restriction.category = std::array{Category::Health, Category::Address, Category::Finances,
                                          Category::Health}[which];
        restriction.aboutPersonId = which == 1 ? QString() : parent->id;
        const HubAgency& agency = m_random.pick(m_agencies.agencies());
        restriction.audienceKind = AudienceKind::Agency;
        restriction.audienceId = agency.key;
        restriction.audienceName = agency.name;
        restriction.familyWords = QString::fromUtf8(kFamilyWords[which]);
        restriction.requestedByPersonId = parent->id;
        restriction.recordedOn = record.givenOn;
        restriction.recordedBy = QStringLiteral("demo");
        if (Status done = insert(table::restriction, fieldsOf(restriction)); !done)
            return done;
    }
    if (young && (!m_youngPersonDone || m_random.chance(3))) {
        m_youngPersonDone = true;
        ConsentRecord own =
            given(family, young->id, obtainedBy, m_today.addDays(-m_random.between(5, 60)));
        own.subjectPersonId = young->id;
        own.competenceNote = QStringLiteral("Talked it through alone; explained back in their own "
                                            "words who would be told and why.");
        if (Status done = insert(table::record, fieldsOf(own)); !done)
            return done;
        Restriction private_;
        private_.id = m_random.uuid();
        private_.familyId = family.id;
        private_.category = Category::Health;
        private_.aboutPersonId = young->id;
        private_.audienceKind = AudienceKind::ParentsAndCarers;
        private_.audienceName = QStringLiteral("parents and carers");
        private_.familyWords =
            QStringLiteral("I don't want Mum and Dad to know I go to the clinic.");
        private_.requestedByPersonId = young->id;
        private_.recordedOn = own.givenOn;
        private_.recordedBy = QStringLiteral("demo");
        return insert(table::restriction, fieldsOf(private_));
    }
    return okStatus();
}

} // namespace

Status addDemoConsent(const Database& database, std::uint64_t seed, const QDate& today) {
    const QSqlDatabase db = database.connection();
    const auto agencies = HubAgencies::forStore(database);
    if (!agencies)
        return Status::fail(agencies.error());
    QStringList professionals;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT id FROM professional ORDER BY rowid"));
    while (query.next())
        professionals.append(query.value(0).toString());
    if (professionals.isEmpty())
        return okStatus();
    const QList<DemoFamilyConsent> families = readFamilies(db);

    DemoRandom random(seed ^ kConsentSalt);
    store::RecordWriter writer(db, database.clock(), database.deviceId());
    writer.setActor(QStringLiteral("demo"));
    const QDate day = std::min(today, database.clock().today());
    ConsentMaker maker(writer, random, agencies.value(), day, database.clock().nowUtc());
    return inBatches(database, writer, families, [&](const DemoFamilyConsent& family, qsizetype i) {
        const QString obtainedBy =
            family.leadId.isEmpty() ? random.pick(professionals) : family.leadId;
        return maker.make(family, i, obtainedBy);
    });
}

} // namespace kith::demo
