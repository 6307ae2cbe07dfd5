// kithctl match: "is this family already known?", and finding, merging and unmerging
// families registered twice.
#include "audit/audit_log.h"
#include "cli.h"
#include "matching/duplicate_finder.h"
#include "matching/family_merge.h"
#include "matching/matcher.h"
#include "open_store.h"
#include "store/family_store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kithctl {
namespace {

struct ParsedQuery {
    kith::match::MatchQuery query;
    QString problem; // for a person: the field and the fix
};

// The query document: every key optional, every value a string (or null).
ParsedQuery parseQuery(const QString& text) {
    ParsedQuery parsed;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        parsed.problem = Invocation::tr(
            "The query is not a JSON object. Write it like {\"given_name\": \"Amira\", "
            "\"family_name\": \"Khan\", \"date_of_birth\": \"1994-06-02\"}.");
        return parsed;
    }
    static const QStringList kKeys{QStringLiteral("given_name"), QStringLiteral("family_name"),
                                   QStringLiteral("date_of_birth"), QStringLiteral("postcode"),
                                   QStringLiteral("nhs_number")};
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kKeys.contains(it.key())) {
            parsed.problem = Invocation::tr("The query has an unknown field \"%1\"; the fields "
                                            "are %2.")
                                 .arg(it.key(), kKeys.join(QStringLiteral(", ")));
            return parsed;
        }
        if (!it.value().isString() && !it.value().isNull()) {
            parsed.problem = Invocation::tr("%1 must be text in quotes (or null).").arg(it.key());
            return parsed;
        }
    }
    auto field = [&](const char* key) {
        return object.value(QLatin1String(key)).toString();
    };
    parsed.query.givenName = field("given_name");
    parsed.query.familyName = field("family_name");
    parsed.query.postcode = field("postcode");
    parsed.query.nhsNumber = field("nhs_number");
    if (const QString date = field("date_of_birth").trimmed(); !date.isEmpty()) {
        parsed.query.dateOfBirth = QDate::fromString(date, Qt::ISODate);
        if (!parsed.query.dateOfBirth.isValid() || date.size() != 10)
            parsed.problem = Invocation::tr("date_of_birth \"%1\" is not a date: write it as "
                                            "YYYY-MM-DD, such as 2015-03-04.")
                                 .arg(date);
    }
    return parsed;
}

QJsonObject candidateJson(const kith::match::MatchCandidate& candidate) {
    QJsonValue lead;
    if (candidate.leadProfessional) {
        lead = QJsonObject{{QStringLiteral("name"), candidate.leadProfessional->name},
                           {QStringLiteral("agency"), candidate.leadProfessional->agency},
                           {QStringLiteral("phone"), candidate.leadProfessional->phone}};
    }
    return {{QStringLiteral("person_id"), candidate.personId},
            {QStringLiteral("family_id"), candidate.familyId},
            {QStringLiteral("score"), qRound(candidate.score * 1000) / 1000.0},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(candidate.reasons)},
            {QStringLiteral("lead_professional"), lead}};
}

int runFind(Invocation& invocation, const QString& text, int limit) {
    const ParsedQuery parsed = parseQuery(text);
    if (!parsed.problem.isEmpty())
        return invocation.fail(parsed.problem, UsageError);
    const auto database = openStore(invocation);
    if (!database)
        return Failure;
    const kith::FamilyStore store(*database);
    const auto found = kith::match::Matcher(store).find(parsed.query, limit);
    // Recorded before anything is shown; what was asked is personal, so not kept.
    if (const auto audited = kith::audit::AuditLog(*database).recordAction(
            kith::audit::Action::Search, QStringLiteral("match: %1 results").arg(found.size()));
        !audited)
        return invocation.fail(audited.error());
    if (invocation.json()) {
        QJsonArray array;
        for (const auto& candidate : found)
            array.append(candidateJson(candidate));
        invocation.printJson(QJsonDocument(array));
        return Success;
    }
    if (found.isEmpty())
        invocation.print(Invocation::tr("Nobody in this store looks like that person."));
    for (const auto& candidate : found) {
        const QString lead =
            candidate.leadProfessional
                ? Invocation::tr("lead professional: %1, %2, %3")
                      .arg(candidate.leadProfessional->name, candidate.leadProfessional->agency,
                           candidate.leadProfessional->phone)
                : Invocation::tr("no lead professional");
        invocation.print(QStringLiteral("%1  family %2  person %3\n      %4\n      %5")
                             .arg(QString::number(candidate.score, 'f', 2), candidate.familyId,
                                  candidate.personId, candidate.reasons.join(QStringLiteral("; ")),
                                  lead));
    }
    return Success;
}

int runDuplicates(Invocation& invocation) {
    const auto database = openStore(invocation);
    if (!database)
        return Failure;
    const auto pairs = kith::match::findDuplicateFamilies(database->connection());
    if (invocation.json()) {
        QJsonArray array;
        for (const auto& pair : pairs) {
            array.append(
                QJsonObject{{QStringLiteral("family_id"), pair.familyId},
                            {QStringLiteral("duplicate_family_id"), pair.otherFamilyId},
                            {QStringLiteral("score"), qRound(pair.score * 1000) / 1000.0},
                            {QStringLiteral("matching_people"), pair.matchingPeople},
                            {QStringLiteral("reasons"), QJsonArray::fromStringList(pair.reasons)}});
        }
        invocation.printJson(QJsonDocument(array));
        return Success;
    }
    if (pairs.isEmpty())
        invocation.print(Invocation::tr("No families look registered twice."));
    for (const auto& pair : pairs) {
        invocation.print(
            Invocation::tr("%1  keep %2, merge %3 (%4 people match): %5")
                .arg(QString::number(pair.score, 'f', 2), pair.familyId, pair.otherFamilyId)
                .arg(pair.matchingPeople)
                .arg(pair.reasons.join(QStringLiteral("; "))));
    }
    return Success;
}

int runMerge(Invocation& invocation, const QStringList& words, const QString& reason) {
    if (words.size() != 3)
        return invocation.fail(Invocation::tr("Use: kithctl --db FILE match merge KEEP_FAMILY_ID "
                                              "DUPLICATE_FAMILY_ID [--reason TEXT]"),
                               UsageError);
    const auto database = openStore(invocation);
    if (!database)
        return Failure;
    kith::match::FamilyMerger merger(*database);
    merger.setActor(kith::audit::AuditLog::operatingSystemUser());
    const auto merged = merger.merge(words.at(1), words.at(2), reason);
    if (!merged)
        return invocation.fail(merged.error());
    if (invocation.json())
        invocation.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("merge_id"), merged.value()}}));
    else
        invocation.print(merged.value());
    return Success;
}

int runUnmerge(Invocation& invocation, const QStringList& words) {
    if (words.size() != 2)
        return invocation.fail(Invocation::tr("Use: kithctl --db FILE match unmerge MERGE_ID"),
                               UsageError);
    const auto database = openStore(invocation);
    if (!database)
        return Failure;
    kith::match::FamilyMerger merger(*database);
    merger.setActor(kith::audit::AuditLog::operatingSystemUser());
    if (const auto undone = merger.unmerge(words.at(1)); !undone)
        return invocation.fail(undone.error());
    invocation.print(Invocation::tr("The merge is undone: both families are as they were."));
    return Success;
}

} // namespace

int runMatch(Invocation& invocation) {
    const auto limit = invocation.takeNumber(QStringLiteral("--limit"), 1, 100);
    const auto reason = invocation.takeOption(QStringLiteral("--reason"));
    if (!invocation.requireDb() || !invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    const QStringList words = invocation.positional();
    const QString first = words.value(0);
    if (first == QLatin1String("duplicates") && words.size() == 1)
        return runDuplicates(invocation);
    if (first == QLatin1String("merge"))
        return runMerge(invocation, words, reason.value_or(QString()));
    if (first == QLatin1String("unmerge"))
        return runUnmerge(invocation, words);
    if (words.size() != 1)
        return invocation.fail(
            Invocation::tr("match needs one JSON query, e.g. kithctl --db FILE match --json "
                           "'{\"given_name\": \"Amira\", \"family_name\": \"Khan\", "
                           "\"date_of_birth\": \"1994-06-02\", \"postcode\": \"TQ1 4AB\"}'"),
            UsageError);
    return runFind(invocation, first, int(limit.value_or(10)));
}

} // namespace kithctl
