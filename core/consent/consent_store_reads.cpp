#include "consent/consent_fields.h"
#include "consent/consent_store.h"

#include <QSqlQuery>

namespace kith::consent {
namespace {

template <typename T, typename Convert>
QList<T> readAll(const QSqlDatabase& db, const QString& statement, const QString& familyId,
                 Convert convert) {
    QList<T> rows;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(statement);
    query.addBindValue(familyId);
    if (!query.exec())
        return rows;
    const QStringList columns = store::columnNames(query);
    while (query.next())
        rows.append(convert(store::Row(query, columns)));
    return rows;
}

} // namespace

ConsentHistory ConsentStore::history(const QString& familyId) const {
    return readConsentHistory(m_database.connection(), familyId);
}

ConsentHistory readConsentHistory(const QSqlDatabase& db, const QString& familyId) {
    ConsentHistory history;
    history.records =
        readAll<ConsentRecord>(db,
                               QStringLiteral("SELECT * FROM consent_record WHERE family_id = ? "
                                              "ORDER BY given_on, recorded_at"),
                               familyId, consentRecordFrom);
    history.restrictions =
        readAll<Restriction>(db,
                             QStringLiteral("SELECT * FROM sharing_restriction WHERE family_id = ? "
                                            "ORDER BY recorded_on, rowid"),
                             familyId, restrictionFrom);
    history.overrides = readAll<SafeguardingOverride>(
        db,
        QStringLiteral("SELECT * FROM safeguarding_override WHERE family_id = ? "
                       "ORDER BY decided_on, recorded_at"),
        familyId, overrideFrom);
    return history;
}

QList<SharingDecisionEntry> ConsentStore::decisionsOf(const QString& familyId) const {
    return readAll<SharingDecisionEntry>(
        m_database.connection(),
        QStringLiteral("SELECT * FROM sharing_decision WHERE family_id = ? "
                       "ORDER BY decided_at DESC, rowid DESC"),
        familyId, decisionFrom);
}

} // namespace kith::consent
