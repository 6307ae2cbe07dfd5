#include "server/family_access_rules.h"

namespace kith::server {

namespace {

const QString kLead = QStringLiteral("lead_professional");
const QString kInvolvement = QStringLiteral("involvement");
const QString kTafMember = QStringLiteral("taf_member");

// Current unless it ended before today (an end date of today still counts).
bool isCurrent(const QJsonObject& fields, const QDate& today) {
    for (const QString& column : {QStringLiteral("ended_on"), QStringLiteral("left_on")}) {
        const QString ended = fields.value(column).toString();
        if (!ended.isEmpty() && QDate::fromString(ended, Qt::ISODate) < today)
            return false;
    }
    return true;
}

} // namespace

bool decidesAccess(const QString& entity, bool newRow) {
    return (newRow && entity == QLatin1String("family")) || entity == kLead ||
           entity == kInvolvement || entity == kTafMember;
}

QSet<QString> accountsThatWorkWith(const QList<StoredRecord>& deciding,
                                   const QString& creatorAccountId,
                                   const QList<ServerAccount>& accounts, const QDate& today) {
    QSet<QString> professionals;
    bool leadNamed = false;
    for (const StoredRecord& row : deciding) {
        if (row.deleted || !isCurrent(row.fields, today))
            continue;
        if (row.entity != kLead && row.entity != kInvolvement && row.entity != kTafMember)
            continue;
        const QString professional = row.fields.value(QStringLiteral("professional_id")).toString();
        if (row.entity == kLead)
            leadNamed = true;
        if (!professional.isEmpty())
            professionals.insert(professional.toLower());
    }
    QSet<QString> workers;
    QSet<QPair<QString, QString>> teams; // (hub, team) of the people who work with it
    for (const ServerAccount& account : accounts) {
        if (account.disabled || account.role == QLatin1String("admin"))
            continue;
        const bool isProfessional =
            !account.professionalId.isEmpty() && professionals.contains(account.professionalId);
        const bool isCreator = !leadNamed && account.id == creatorAccountId;
        if (isProfessional || isCreator) {
            workers.insert(account.id);
            if (!account.team.isEmpty())
                teams.insert({account.hub, account.team});
        }
    }
    for (const ServerAccount& account : accounts) {
        if (!account.disabled && account.role == QLatin1String("manager") &&
            teams.contains({account.hub, account.team}))
            workers.insert(account.id);
    }
    return workers;
}

} // namespace kith::server

namespace kith::server {

Status refreshFamilyAccess(ServerStore& store, const QString& familyId, qint64 seq,
                           const QDate& today) {
    const std::optional<StoredRecord> family = store.record(QStringLiteral("family"), familyId);
    const QList<StoredRecord> deciding =
        store.familyRecords(familyId, {kLead, kInvolvement, kTafMember});
    const QSet<QString> wanted = accountsThatWorkWith(
        deciding, family ? family->createdByAccount : QString(), store.accounts(), today);
    const QSet<QString> current = store.accountsWithAccess(familyId);
    for (const QString& account : wanted - current) {
        if (Status done = store.grantAccess(familyId, account, seq); !done)
            return done;
    }
    for (const QString& account : current - wanted) {
        if (Status done = store.revokeAccess(familyId, account, seq); !done)
            return done;
    }
    return okStatus();
}

Status refreshAccessForAccount(ServerStore& store, const ServerAccount& account,
                               const QDate& today) {
    const QStringList families = store.familiesConcerning(account);
    if (families.isEmpty())
        return okStatus();
    if (Status begun = store.begin(); !begun)
        return begun;
    for (const QString& family : families) {
        const auto seq = store.takeSeq();
        Status done = seq ? refreshFamilyAccess(store, family, seq.value(), today)
                          : Status::fail(seq.error());
        if (!done) {
            store.rollback();
            return done;
        }
    }
    return store.commit();
}

} // namespace kith::server
