// kithctl search and family: finding people and reading a family.
#include "audit/audit_log.h"
#include "cli.h"
#include "open_store.h"
#include "search/person_search.h"
#include "store/family_store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kithctl {
namespace {

QJsonValue dateOrNull(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject hitJson(const kith::search::PersonHit& hit) {
    return {{QStringLiteral("person_id"), hit.personId},
            {QStringLiteral("family_id"), hit.familyId},
            {QStringLiteral("given_name"), hit.givenName},
            {QStringLiteral("family_name"), hit.familyName},
            {QStringLiteral("date_of_birth"), dateOrNull(hit.dateOfBirth)},
            {QStringLiteral("unborn"), hit.unborn},
            {QStringLiteral("postcode"), hit.postcode},
            {QStringLiteral("score"), qRound(hit.score * 1000) / 1000.0}};
}

QJsonObject personJson(const kith::FamilyRecord& record, const kith::Person& person) {
    return {{QStringLiteral("person_id"), person.id},
            {QStringLiteral("name"), record.displayNameOf(person)},
            {QStringLiteral("given_name"), person.givenName},
            {QStringLiteral("family_name"), person.familyName},
            {QStringLiteral("role"), kith::roleCode(person.role)},
            {QStringLiteral("date_of_birth"), dateOrNull(person.dateOfBirth)},
            {QStringLiteral("expected_delivery_date"), dateOrNull(person.expectedDeliveryDate)},
            {QStringLiteral("in_household"), person.inHousehold},
            {QStringLiteral("relationship"), person.relationshipToFamily}};
}

} // namespace

int runSearch(Invocation& invocation) {
    const auto limit = invocation.takeNumber(QStringLiteral("--limit"), 1, 1000);
    if (!invocation.requireDb() || !invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    const QString text = invocation.positional().join(u' ').trimmed();
    if (text.isEmpty())
        return invocation.fail(
            Invocation::tr("search needs something to look for: part of a "
                           "name, a date of birth, a postcode or an NHS number."),
            UsageError);
    const auto database = openStore(invocation);
    if (!database)
        return Failure;
    const auto hits =
        kith::search::PersonSearch(database->connection()).find(text, int(limit.value_or(20)));
    // Recorded before anything is shown; the search text itself is personal, so not kept.
    if (const auto audited = kith::audit::AuditLog(*database).recordAction(
            kith::audit::Action::Search, QStringLiteral("%1 results").arg(hits.size()));
        !audited)
        return invocation.fail(audited.error());
    if (invocation.json()) {
        QJsonArray array;
        for (const auto& hit : hits)
            array.append(hitJson(hit));
        invocation.printJson(QJsonDocument(array));
        return Success;
    }
    if (hits.isEmpty())
        invocation.print(Invocation::tr("Nobody matches."));
    for (const auto& hit : hits) {
        const QString given =
            hit.unborn && hit.givenName.isEmpty() ? Invocation::tr("(unborn baby)") : hit.givenName;
        invocation.print(QStringLiteral("%1  %2 %3  %4  %5")
                             .arg(hit.personId, given, hit.familyName,
                                  hit.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")),
                                  hit.postcode));
    }
    return Success;
}

int runFamily(Invocation& invocation) {
    if (!invocation.requireDb() || !invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    const QStringList words = invocation.positional();
    if (words.size() != 2 || words.first() != QLatin1String("show"))
        return invocation.fail(Invocation::tr("Use: kithctl --db FILE family show FAMILY_ID"),
                               UsageError);
    const auto database = openStore(invocation);
    if (!database)
        return Failure;
    const kith::FamilyStore store(*database);
    const auto record = store.loadFamily(words.at(1));
    if (!record)
        return invocation.fail(Invocation::tr("There is no family with id %1.").arg(words.at(1)));
    if (const auto audited = kith::audit::AuditLog(*database).recordView(record->family.id);
        !audited)
        return invocation.fail(audited.error());
    QJsonArray people;
    for (const auto& person : record->people)
        people.append(personJson(*record, person));
    const auto lead = store.currentLeadProfessional(record->family.id);
    const auto address = record->currentAddress();
    const QJsonObject family{
        {QStringLiteral("family_id"), record->family.id},
        {QStringLiteral("name"), record->family.name},
        {QStringLiteral("postcode"), address ? address->postcode : QString()},
        {QStringLiteral("people"), people},
        {QStringLiteral("lead_professional"),
         lead ? QJsonValue(QJsonObject{
                    {QStringLiteral("name"), lead->professional.name},
                    {QStringLiteral("agency"), lead->agency ? lead->agency->name : QString()},
                    {QStringLiteral("phone"), lead->professional.phone}})
              : QJsonValue()},
        {QStringLiteral("lead_professional_history"), record->leadHistory.size()}};
    if (invocation.json()) {
        invocation.printJson(QJsonDocument(family));
        return Success;
    }
    invocation.print(record->family.name);
    for (const auto& person : record->people)
        invocation.print(QStringLiteral("  ") + record->displayNameOf(person));
    return Success;
}

} // namespace kithctl
