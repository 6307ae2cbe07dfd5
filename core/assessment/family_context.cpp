#include "assessment/family_context.h"

#include "consent/consent_state.h"
#include "consent/consent_store.h"
#include "consent/family_people.h"

#include <QSqlQuery>
#include <algorithm>

namespace kith::assessment {
namespace {

int countOf(const QSqlDatabase& db, const QString& statement, const QString& familyId) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(statement);
    query.addBindValue(familyId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool isChild(const Person& person) {
    return !person.unborn &&
           (person.role == PersonRole::Child || person.role == PersonRole::YoungPerson);
}

} // namespace

FamilyContext FamilyContext::load(const QSqlDatabase& db, const QString& familyId) {
    FamilyContext context;
    const consent::FamilyPeople people = consent::FamilyPeople::load(db, familyId);
    context.exists = people.familyExists();
    if (!context.exists)
        return context;
    QList<Person> children;
    for (const Person& person : people.people()) {
        context.names.insert(person.id, person.fullName());
        if (isChild(person))
            children.append(person);
    }
    context.memberCount = static_cast<int>(people.people().size());
    // Oldest first; the id breaks ties so the order never changes between readings.
    std::sort(children.begin(), children.end(), [](const Person& a, const Person& b) {
        if (a.dateOfBirth != b.dateOfBirth)
            return a.dateOfBirth < b.dateOfBirth;
        return a.id < b.id;
    });
    for (const Person& child : std::as_const(children))
        context.children.append({child.id, child.fullName()});

    context.involvementCount =
        countOf(db,
                QStringLiteral("SELECT count(*) FROM involvement WHERE family_id = ? "
                               "AND ended_on IS NULL"),
                familyId);
    context.hasGenogram =
        countOf(db, QStringLiteral("SELECT count(*) FROM genogram WHERE family_id = ?"), familyId) >
        0;

    const consent::ConsentHistory history = consent::readConsentHistory(db, familyId);
    context.consentInForce = consent::ConsentState::derive(history).family().isInForce();
    for (const consent::ConsentRecord& record : history.records) {
        if (!record.isForFamily() || record.event != consent::ConsentEvent::Given)
            continue;
        if (!context.consentGivenOn.isValid() || record.givenOn > context.consentGivenOn) {
            context.consentGivenOn = record.givenOn;
            context.consentMethodCode = consent::methodCode(record.method);
        }
    }
    return context;
}

} // namespace kith::assessment
