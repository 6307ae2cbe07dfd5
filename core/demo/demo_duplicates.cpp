#include "demo/demo_duplicates.h"

#include "demo/demo_generator.h"
#include "matching/name_variants.h"
#include "search/name_keys.h"

#include <QHash>

namespace kith::demo {
namespace {

constexpr int kOneIn = 100;
constexpr std::uint64_t kDuplicateStream = 0xD0B1E;

QString asGivenThatDay(const QString& name, DemoRandom& random) {
    QStringList nicknames;
    const QString folded = search::foldName(name);
    for (const QString& variant : match::givenNameVariants(folded)) {
        if (match::givenNameVariant(folded, variant) == match::NameVariant::Nickname)
            nicknames.append(variant);
    }
    if (nicknames.isEmpty() || random.chance(40))
        return name;
    QString chosen = random.pick(nicknames);
    chosen[0] = chosen.at(0).toUpper();
    return chosen;
}

} // namespace

void makeDemoDuplicate(QList<FamilyRecord>& batch, int index, std::uint64_t seed) {
    if (batch.size() < 2)
        return;
    // One splitmix step mixes the family's number into a seed of its own.
    DemoRandom random(DemoRandom(seed ^ kDuplicateStream ^ std::uint64_t(index)).next());
    if (!random.chance(100 / kOneIn))
        return;
    const qsizetype earlier =
        batch.size() - 2 - random.below(int(std::min<qsizetype>(20, batch.size() - 1)));
    const FamilyRecord& original = batch.at(earlier);
    FamilyRecord copy;
    copy.family.id = random.uuid();
    copy.family.name = original.family.name;
    QHash<QString, QString> newIds;
    for (const Person& person : original.people) {
        if (person.unborn || !person.inHousehold)
            continue;
        Person again = person;
        again.id = random.uuid();
        again.familyId = copy.family.id;
        newIds.insert(person.id, again.id);
        if (copy.people.isEmpty()) // the mother, who registers the family
            again.givenName = asGivenThatDay(person.givenName, random);
        copy.people.append(again);
    }
    if (copy.people.isEmpty())
        return;
    if (const auto address = original.currentAddress()) {
        Address moved = *address;
        moved.id = random.uuid();
        moved.familyId = copy.family.id;
        moved.line1 =
            QStringLiteral("%1 %2").arg(random.between(1, 90)).arg(address->line1.section(u' ', 1));
        // A new postcode in the same district.
        moved.postcode = address->postcode.left(address->postcode.size() - 3) +
                         QString::number(random.between(1, 9)) + address->postcode.right(2);
        moved.fromDate = address->fromDate.addDays(random.between(1, 50));
        copy.addresses.append(moved);
    }
    for (const ContactDetail& contact : original.contacts) {
        if (contact.kind != ContactDetail::Kind::Phone || !newIds.contains(contact.personId))
            continue;
        ContactDetail phone = contact;
        phone.id = random.uuid();
        phone.familyId = copy.family.id;
        phone.personId = newIds.value(contact.personId);
        phone.value =
            QStringLiteral("07700 900%1").arg(random.below(1000), 3, 10, QLatin1Char('0'));
        copy.contacts.append(phone);
        break;
    }
    batch.last() = copy;
}

} // namespace kith::demo
