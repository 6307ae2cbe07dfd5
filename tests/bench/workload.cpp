#include "workload.h"

#include "search/name_keys.h"
#include "util/ids.h"

#include <QHash>
#include <utility>

namespace kith::bench {
namespace {

QString textOf(const RawStatement& statement, int column) {
    return QString::fromUtf8(statement.columnText(column));
}

// Different streams from one seed, so that adding a query kind does not move the
// families that are opened.
constexpr std::uint64_t kPeopleStream = 0x5EA2C4;
constexpr std::uint64_t kFamilyStream = 0xFA417;

struct SampledPerson {
    QString id, givenName, familyName, postcode, nhsNumber;
    QDate dateOfBirth;
};

QList<SampledPerson> samplePeople(const RawDatabase& db, std::uint64_t seed, int count) {
    const auto maxId = static_cast<int>(db.scalar("SELECT max(local_id) FROM person"));
    if (maxId <= 0)
        return {};
    // Born people with a name, an NHS number and a current address: the front desk
    // can ask about every one of them in each of the seven ways.
    RawStatement person =
        db.prepare("SELECT p.id, p.given_name, p.family_name, p.date_of_birth, p.nhs_number, "
                   " (SELECT a.postcode FROM address a WHERE a.family_id = p.family_id "
                   "  AND a.to_date IS NULL ORDER BY a.from_date DESC LIMIT 1) "
                   "FROM person p WHERE p.local_id = ? AND p.given_name IS NOT NULL "
                   "AND p.family_name IS NOT NULL AND p.date_of_birth IS NOT NULL "
                   "AND p.nhs_number IS NOT NULL");
    demo::DemoRandom random(seed ^ kPeopleStream);
    QList<SampledPerson> people;
    for (int attempt = 0; people.size() < count && attempt < count * 50; ++attempt) {
        person.bindInt(1, 1 + random.below(maxId));
        if (person.step() && person.columnType(5) != SQLITE_NULL) {
            people.append({textOf(person, 0), textOf(person, 1), textOf(person, 2),
                           textOf(person, 5), textOf(person, 4),
                           QDate::fromString(textOf(person, 3), Qt::ISODate)});
        }
        person.reset();
    }
    return people;
}

} // namespace

QList<SearchCase> buildQueryMix(const RawDatabase& db, std::uint64_t seed, int count) {
    constexpr int kKinds = 7;
    const QList<SampledPerson> people = samplePeople(db, seed, (count + kKinds - 1) / kKinds);
    QList<SearchCase> cases;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const SampledPerson& p = people[i];
        const QString fullName = p.givenName + u' ' + p.familyName;
        // Half the NHS numbers as printed on letters, "999 123 4567".
        const QString nhs =
            i % 2 ? p.nhsNumber.left(3) + u' ' + p.nhsNumber.mid(3, 3) + u' ' + p.nhsNumber.mid(6)
                  : p.nhsNumber;
        const QString familyVariant = soundAlike(p.familyName);
        const QString soundAlikeName = familyVariant != p.familyName
                                           ? p.givenName + u' ' + familyVariant
                                           : soundAlike(p.givenName) + u' ' + p.familyName;
        cases.append({QStringLiteral("full_name"), fullName, p.id, false});
        cases.append({QStringLiteral("family_name"), p.familyName, p.id, false});
        cases.append({QStringLiteral("given_prefix"), p.givenName.left(3), p.id, false});
        cases.append({QStringLiteral("sound_alike"), soundAlikeName, p.id, false});
        cases.append({QStringLiteral("name_dob"),
                      fullName + u' ' + p.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")), p.id,
                      true});
        cases.append({QStringLiteral("postcode"), p.postcode, p.id, false});
        cases.append({QStringLiteral("nhs"), nhs, p.id, true});
    }
    if (cases.size() > count)
        cases.resize(count);
    return cases;
}

QList<QString> sampleFamilyIds(const RawDatabase& db, std::uint64_t seed, int count) {
    const auto maxRow = static_cast<int>(db.scalar("SELECT max(rowid) FROM family"));
    QList<QString> ids;
    if (maxRow <= 0)
        return ids;
    RawStatement family = db.prepare("SELECT id FROM family WHERE rowid = ?");
    demo::DemoRandom random(seed ^ kFamilyStream);
    for (int attempt = 0; ids.size() < count && attempt < count * 50; ++attempt) {
        family.bindInt(1, 1 + random.below(maxRow));
        if (family.step())
            ids.append(textOf(family, 0));
        family.reset();
    }
    return ids;
}

demo::DemoDirectory readDirectory(const RawDatabase& db) {
    demo::DemoDirectory directory;
    RawStatement agencies =
        db.prepare("SELECT id, name, kind, phone, email FROM agency ORDER BY id");
    while (agencies.step()) {
        directory.agencies.append({textOf(agencies, 0), textOf(agencies, 1), textOf(agencies, 2),
                                   textOf(agencies, 3), textOf(agencies, 4)});
    }
    RawStatement professionals = db.prepare(
        "SELECT id, agency_id, name, job_title, phone, email FROM professional ORDER BY id");
    while (professionals.step()) {
        directory.professionals.append({textOf(professionals, 0), textOf(professionals, 1),
                                        textOf(professionals, 2), textOf(professionals, 3),
                                        textOf(professionals, 4), textOf(professionals, 5)});
    }
    return directory;
}

FamilyRecord withFreshIds(FamilyRecord record) {
    QHash<QString, QString> fresh;
    auto renew = [&](QString& id) {
        const QString replacement = newId();
        fresh.insert(id, replacement);
        id = replacement;
    };
    // References to the family's own records follow them; agencies and
    // professionals belong to the directory and keep their ids.
    auto follow = [&](QString& reference) {
        if (!reference.isEmpty())
            reference = fresh.value(reference, reference);
    };
    renew(record.family.id);
    for (Person& person : record.people)
        renew(person.id);
    for (Person& person : record.people) {
        follow(person.familyId);
        follow(person.motherId);
    }
    for (PersonName& name : record.otherNames) {
        renew(name.id);
        follow(name.personId);
    }
    for (Address& address : record.addresses) {
        renew(address.id);
        follow(address.familyId);
    }
    for (ContactDetail& contact : record.contacts) {
        renew(contact.id);
        follow(contact.familyId);
        follow(contact.personId);
    }
    for (Involvement& involvement : record.involvements) {
        renew(involvement.id);
        follow(involvement.familyId);
        follow(involvement.personId);
    }
    for (LeadProfessionalAssignment& assignment : record.leadHistory) {
        renew(assignment.id);
        follow(assignment.familyId);
    }
    return record;
}

QString soundAlike(const QString& name) {
    static const std::pair<const char16_t*, const char16_t*> kKnown[] = {
        {u"Mohammed", u"Muhammad"}, {u"Muhammad", u"Mohammed"}, {u"Mohamed", u"Muhammad"},
        {u"Smith", u"Smyth"},       {u"Catherine", u"Kathryn"}, {u"Stephen", u"Steven"},
        {u"Philip", u"Phillip"},    {u"Sophie", u"Sofie"},      {u"Aisha", u"Ayesha"},
    };
    QStringList candidates;
    for (const auto& [from, to] : kKnown) {
        if (name == QString::fromUtf16(from))
            candidates.append(QString::fromUtf16(to));
    }
    // Otherwise a vowel after the first letter spelt differently: "Khan" -> "Khen".
    static const QString kVowels = QStringLiteral("aeiouy");
    static const QString kSwapped = QStringLiteral("eayuoi");
    for (qsizetype i = name.size() - 1; i > 0; --i) {
        const qsizetype vowel = kVowels.indexOf(name.at(i));
        if (vowel >= 0) {
            QString variant = name;
            variant[i] = kSwapped.at(vowel);
            candidates.append(variant);
        }
    }
    const QString key = search::soundKey(name);
    for (const QString& candidate : std::as_const(candidates)) {
        if (candidate != name && !key.isEmpty() && search::soundKey(candidate) == key)
            return candidate;
    }
    return name;
}

} // namespace kith::bench
