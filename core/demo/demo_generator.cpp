#include "demo/demo_generator.h"

#include "demo/demo_assessment.h"
#include "demo/demo_consent.h"
#include "demo/demo_duplicates.h"
#include "demo/demo_genogram.h"
#include "demo/demo_journey.h"
#include "demo/demo_meeting.h"
#include "demo/demo_names.h"
#include "demo/demo_plan.h"
#include "demo/demo_practitioner.h"
#include "demo/demo_registration.h"
#include "demo/demo_sync.h"
#include "store/family_store.h"

#include <QStringList>
#include <algorithm>

namespace kith::demo {
namespace {

QString latin(const char* text) {
    return QString::fromUtf8(text);
}

const char* const kInwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

struct AgencyTemplate {
    const char* name;
    const char* kind;
    const char* jobTitle;
};

const AgencyTemplate kAgencies[] = {
    {"Health Visiting Team", "health", "Health visitor"},
    {"School Nursing Service", "health", "School nurse"},
    {"Harbourside Children's Centre", "early_years", "Family support worker"},
    {"Parkfield Primary School", "education", "Designated safeguarding lead"},
    {"Riverside Academy", "education", "Pastoral lead"},
    {"Housing Options", "housing", "Housing officer"},
    {"Family Hub Early Help Team", "early_help", "Family practitioner"},
    {"Home-Start", "voluntary", "Volunteer coordinator"},
    {"Young Carers Service", "voluntary", "Young carers worker"},
    {"Adult Mental Health Team", "health", "Community psychiatric nurse"},
};

} // namespace

DemoRandom::DemoRandom(std::uint64_t seed)
    : m_state(seed) {}

// splitmix64: tiny, fast, and identical on every platform.
std::uint64_t DemoRandom::next() {
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int DemoRandom::below(int bound) {
    return bound <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(bound));
}

int DemoRandom::between(int low, int high) {
    return low + below(high - low + 1);
}

bool DemoRandom::chance(int percent) {
    return below(100) < percent;
}

QString DemoRandom::uuid() {
    const std::uint64_t high = (next() & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;
    const std::uint64_t low = (next() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    const QString hex = QStringLiteral("%1%2")
                            .arg(high, 16, 16, QLatin1Char('0'))
                            .arg(low, 16, 16, QLatin1Char('0'));
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(hex.mid(0, 8), hex.mid(8, 4), hex.mid(12, 4), hex.mid(16, 4), hex.mid(20, 12));
}

DemoGenerator::DemoGenerator(std::uint64_t seed, const QDate& today)
    : m_random(seed)
    , m_today(today) {}

DemoDirectory DemoGenerator::directory() {
    DemoDirectory directory;
    int phone = 100;
    for (const AgencyTemplate& item : kAgencies) {
        Agency agency{m_random.uuid(), latin(item.name), latin(item.kind),
                      QStringLiteral("01632 960%1").arg(phone++, 3, 10, QLatin1Char('0')),
                      QStringLiteral("team%1@example.org").arg(phone)};
        directory.agencies.append(agency);
        for (int i = 0; i < 4; ++i) {
            const QString name = latin(m_random.pick(names::kProfessionalGivenNames)) + u' ' +
                                 latin(m_random.pick(names::kProfessionalFamilyNames));
            directory.professionals.append(
                {m_random.uuid(), agency.id, name, latin(item.jobTitle),
                 QStringLiteral("07700 900%1").arg(m_random.below(1000), 3, 10, QLatin1Char('0')),
                 QString(name).toLower().replace(u' ', u'.') + QStringLiteral("@example.org")});
        }
    }
    return directory;
}

QString DemoGenerator::nhsNumber() {
    // 999 numbers are never issued to patients; with a valid modulus 11 check digit.
    for (;;) {
        QString digits =
            QStringLiteral("999%1").arg(m_random.below(1000000), 6, 10, QLatin1Char('0'));
        int sum = 0;
        for (int i = 0; i < 9; ++i)
            sum += digits.at(i).digitValue() * (10 - i);
        const int check = 11 - sum % 11;
        if (check == 10)
            continue;
        return digits + QString::number(check == 11 ? 0 : check);
    }
}

QString DemoGenerator::mobileNumber() {
    return QStringLiteral("07700 900%1").arg(m_random.below(1000), 3, 10, QLatin1Char('0'));
}

QString DemoGenerator::landlineNumber() {
    return QStringLiteral("01632 960%1").arg(m_random.below(1000), 3, 10, QLatin1Char('0'));
}

Person DemoGenerator::makeAdult(const QString& givenName, const QString& familyName, bool female,
                                int minAge, int maxAge) {
    Person adult;
    adult.id = m_random.uuid();
    adult.role = PersonRole::Parent;
    adult.gender = female ? Gender::Female : Gender::Male;
    adult.givenName = givenName;
    adult.familyName = familyName;
    adult.dateOfBirth =
        m_today.addYears(-m_random.between(minAge, maxAge)).addDays(-m_random.below(365));
    adult.nhsNumber = nhsNumber();
    adult.relationshipToFamily = female ? QStringLiteral("mother") : QStringLiteral("father");
    return adult;
}

FamilyRecord DemoGenerator::nextFamily(const DemoDirectory& directory) {
    int roll = m_random.below(100);
    const names::Heritage* heritage = &names::heritages().front();
    for (const auto& candidate : names::heritages()) {
        if (roll < candidate.weight) {
            heritage = &candidate;
            break;
        }
        roll -= candidate.weight;
    }
    const QString familyName = latin(heritage->family[m_random.below(heritage->familyCount)]);
    auto given = [&](bool female) {
        return latin(female ? heritage->femaleGiven[m_random.below(heritage->femaleCount)]
                            : heritage->maleGiven[m_random.below(heritage->maleCount)]);
    };

    FamilyRecord record;
    record.family.id = m_random.uuid();
    record.family.name = QCoreApplication::translate("kith::demo", "%1 family").arg(familyName);

    Person mother = makeAdult(given(true), familyName, true, 19, 45);
    if (m_random.chance(20)) {
        record.otherNames.append({m_random.uuid(),
                                  mother.id,
                                  PersonName::Kind::Former,
                                  {},
                                  latin(heritage->family[m_random.below(heritage->familyCount)])});
    }
    record.people.append(mother);
    if (m_random.chance(70)) {
        Person father = makeAdult(
            given(false),
            m_random.chance(75) ? familyName
                                : latin(heritage->family[m_random.below(heritage->familyCount)]),
            false, 20, 50);
        father.inHousehold = m_random.chance(80);
        record.people.append(father);
    }
    const int children = 1 + (m_random.chance(65) ? 1 : 0) + (m_random.chance(30) ? 1 : 0) +
                         (m_random.chance(10) ? 1 : 0);
    const int motherAge = mother.ageOn(m_today);
    for (int i = 0; i < children; ++i) {
        const int maxAge = std::min(17, motherAge - 17);
        Person child;
        child.id = m_random.uuid();
        child.gender = m_random.chance(50) ? Gender::Female : Gender::Male;
        // Brothers and sisters do not share a first name (a few tries: a short list of
        // names may run out in a large family).
        auto nameTaken = [&](const QString& name) {
            return std::any_of(record.people.cbegin(), record.people.cend(),
                               [&](const Person& other) { return other.givenName == name; });
        };
        child.givenName = given(child.gender == Gender::Female);
        for (int attempt = 0; attempt < 8 && nameTaken(child.givenName); ++attempt)
            child.givenName = given(child.gender == Gender::Female);
        child.familyName = familyName;
        child.dateOfBirth = m_today.addYears(-m_random.between(0, std::max(0, maxAge)))
                                .addDays(-m_random.below(365));
        child.role = child.ageOn(m_today) >= 13 ? PersonRole::YoungPerson : PersonRole::Child;
        child.nhsNumber = nhsNumber();
        child.relationshipToFamily =
            child.gender == Gender::Female ? QStringLiteral("daughter") : QStringLiteral("son");
        if (m_random.chance(5)) {
            record.otherNames.append({m_random.uuid(),
                                      child.id,
                                      PersonName::Kind::Alias,
                                      given(child.gender == Gender::Female),
                                      {}});
        }
        record.people.append(child);
    }
    if (motherAge < 44 && m_random.chance(12)) {
        Person baby;
        baby.id = m_random.uuid();
        baby.unborn = true;
        baby.expectedDeliveryDate = m_today.addDays(m_random.between(14, 270));
        baby.motherId = mother.id;
        baby.familyName = familyName;
        baby.relationshipToFamily = QStringLiteral("unborn baby");
        record.people.append(baby);
    }
    if (m_random.chance(15)) {
        Person grandparent = makeAdult(given(true), familyName, true, 55, 80);
        grandparent.role = PersonRole::OtherSignificant;
        grandparent.relationshipToFamily = QStringLiteral("grandmother");
        grandparent.inHousehold = m_random.chance(30);
        record.people.append(grandparent);
    }

    const auto& area = m_random.pick(names::areas());
    auto address = [&](const QDate& from, const QDate& to) {
        const QString postcode = QStringLiteral("%1 %2%3%4")
                                     .arg(latin(area.outwardCodes[m_random.below(6)]))
                                     .arg(m_random.between(1, 9))
                                     .arg(QLatin1Char(kInwardLetters[m_random.below(20)]))
                                     .arg(QLatin1Char(kInwardLetters[m_random.below(20)]));
        return Address{m_random.uuid(),
                       record.family.id,
                       QStringLiteral("%1 %2 %3")
                           .arg(m_random.between(1, 180))
                           .arg(latin(m_random.pick(names::kStreets)),
                                latin(m_random.pick(names::kStreetKinds))),
                       {},
                       latin(area.town),
                       postcode,
                       from,
                       to};
    };
    const QDate movedIn = m_today.addDays(-m_random.between(60, 3650));
    record.addresses.append(address(movedIn, {}));
    if (m_random.chance(20))
        record.addresses.append(address(movedIn.addYears(-3), movedIn.addDays(-1)));

    record.contacts.append({m_random.uuid(), record.family.id, mother.id,
                            ContactDetail::Kind::Phone, QStringLiteral("mobile"), mobileNumber(),
                            true});
    if (record.people.size() > 1 && record.people.at(1).role == PersonRole::Parent &&
        m_random.chance(50)) {
        record.contacts.append({m_random.uuid(), record.family.id, record.people.at(1).id,
                                ContactDetail::Kind::Phone, QStringLiteral("mobile"),
                                mobileNumber(), false});
    }
    if (m_random.chance(30)) {
        record.contacts.append({m_random.uuid(),
                                record.family.id,
                                {},
                                ContactDetail::Kind::Phone,
                                QStringLiteral("home"),
                                landlineNumber(),
                                false});
    }
    if (m_random.chance(60)) {
        record.contacts.append(
            {m_random.uuid(), record.family.id, mother.id, ContactDetail::Kind::Email,
             QStringLiteral("personal"),
             QStringLiteral("%1.%2%3@example.org")
                 .arg(mother.givenName.toLower(), familyName.toLower().remove(u'\''))
                 .arg(m_random.below(100)),
             false});
    }

    if (!directory.professionals.isEmpty()) {
        const int involvements = m_random.between(1, 3);
        for (int i = 0; i < involvements; ++i) {
            const Professional& who = m_random.pick(directory.professionals);
            record.involvements.append({m_random.uuid(),
                                        record.family.id,
                                        who.agencyId,
                                        who.id,
                                        {},
                                        who.jobTitle,
                                        m_today.addDays(-m_random.between(10, 700)),
                                        {}});
        }
        if (m_random.chance(70)) {
            const Professional& lead =
                record.involvements.isEmpty()
                    ? m_random.pick(directory.professionals)
                    : *std::find_if(directory.professionals.begin(), directory.professionals.end(),
                                    [&](const Professional& p) {
                                        return p.id == record.involvements.front().professionalId;
                                    });
            QDate started = m_today.addDays(-m_random.between(5, 400));
            if (m_random.chance(25)) {
                const Professional& earlier = m_random.pick(directory.professionals);
                if (earlier.id != lead.id) {
                    const QDate earlierStart = started.addDays(-m_random.between(60, 300));
                    record.leadHistory.append(
                        {m_random.uuid(),
                         record.family.id,
                         earlier.id,
                         earlierStart,
                         started.addDays(-1),
                         QStringLiteral("Appointed at the first Team Around the Family meeting"),
                         true,
                         QStringLiteral("demo"),
                         {}});
                }
            }
            record.leadHistory.append(
                {m_random.uuid(),
                 record.family.id,
                 lead.id,
                 started,
                 {},
                 record.leadHistory.isEmpty()
                     ? QStringLiteral("Appointed at the first Team Around the Family meeting")
                     : QStringLiteral("The family's needs are now mainly about school"),
                 true,
                 QStringLiteral("demo"),
                 {}});
        }
    }
    return record;
}

Result<DemoSummary> populate(FamilyStore& store, int families, std::uint64_t seed,
                             const QDate& today) {
    DemoGenerator generator(seed, today);
    const DemoDirectory directory = generator.directory();
    for (const Agency& agency : directory.agencies) {
        if (auto saved = store.saveAgency(agency); !saved)
            return Result<DemoSummary>::fail(saved.error());
    }
    for (const Professional& professional : directory.professionals) {
        if (auto saved = store.saveProfessional(professional); !saved)
            return Result<DemoSummary>::fail(saved.error());
    }
    DemoSummary summary;
    constexpr int kBatch = 2000;
    for (int done = 0; done < families; done += kBatch) {
        QList<FamilyRecord> batch;
        for (int i = done; i < std::min(families, done + kBatch); ++i) {
            batch.append(generator.nextFamily(directory));
            makeDemoDuplicate(batch, i, seed);
            addDemoRegistration(batch.back(), today);
            summary.people += static_cast<int>(batch.back().people.size());
        }
        if (auto stored = store.createFamilies(std::move(batch)); !stored)
            return Result<DemoSummary>::fail(stored.error());
    }
    if (Status journeys = addDemoJourneys(store.database(), seed, today); !journeys)
        return Result<DemoSummary>::fail(journeys.error());
    if (Status genograms = addDemoGenograms(store.database(), seed); !genograms)
        return Result<DemoSummary>::fail(genograms.error());
    if (Status consent = addDemoConsent(store.database(), seed, today); !consent)
        return Result<DemoSummary>::fail(consent.error());
    if (Status assessments = addDemoAssessments(store.database(), seed, today); !assessments)
        return Result<DemoSummary>::fail(assessments.error());
    if (Status plans = addDemoPlans(store.database(), seed, today); !plans)
        return Result<DemoSummary>::fail(plans.error());
    if (Status meetings = addDemoMeetings(store.database(), seed, today); !meetings)
        return Result<DemoSummary>::fail(meetings.error());
    if (Status conflicts = addDemoConflicts(store.database()); !conflicts)
        return Result<DemoSummary>::fail(conflicts.error());
    if (Status me = chooseDemoPractitioner(store.database()); !me)
        return Result<DemoSummary>::fail(me.error());
    summary.families = families;
    return Result<DemoSummary>::ok(summary);
}

} // namespace kith::demo
