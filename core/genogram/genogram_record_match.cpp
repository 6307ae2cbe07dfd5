#include "genogram/genogram_record_match.h"

#include "genogram/genogram_from_family.h"

#include <QSet>

namespace kith::genogram {
namespace {

QString nameKey(const QString& name) {
    QString key = name.toCaseFolded();
    key.replace(u'-', u' ');
    key.remove(u'.');
    key.remove(u'"');
    return key.simplified();
}

bool sameBirth(const Person& person, const kith::Person& member) {
    if (person.dateOfBirth.isValid() && member.dateOfBirth.isValid())
        return person.dateOfBirth == member.dateOfBirth;
    const int year = yearOfBirth(person);
    return year > 0 && member.dateOfBirth.isValid() && year == member.dateOfBirth.year();
}

} // namespace

int linkToFamilyRecord(Genogram& genogram, const FamilyRecord& record) {
    QSet<QString> taken;
    for (const Person& person : std::as_const(genogram.people)) {
        if (!person.familyPersonId.isEmpty())
            taken.insert(person.familyPersonId);
    }
    int linked = 0;
    for (Person& person : genogram.people) {
        if (!person.familyPersonId.isEmpty() || person.name.isEmpty())
            continue;
        for (const kith::Person& member : record.people) {
            const QString key = nameKey(person.name);
            if (taken.contains(member.id) || !sameBirth(person, member) ||
                (key != nameKey(member.fullName()) &&
                 key != nameKey(member.givenName + u' ' + member.familyName)))
                continue;
            // The genogram-only facts stay; name, sex and birth now come from the record.
            takeRecordFacts(person, record, member);
            taken.insert(member.id);
            ++linked;
            break;
        }
    }
    return linked;
}

} // namespace kith::genogram
