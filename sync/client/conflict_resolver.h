#pragma once

#include "store/database.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace kith::sync {

enum class ConflictChoice { KeepServer, KeepClient, Other };

// One open conflict as the app shows it (a sync_conflict row; values are JSON text).
struct ConflictRecord {
    QString id;
    QString familyId;
    QString entity;
    QString entityId;
    QString field; // a column, or "*deleted*"
    QString serverValue;
    QString serverChangedBy;
    QDateTime serverChangedAt;
    QString clientValue;
    QString clientChangedBy;
    QDateTime clientChangedAt;
    QString status;
};

// A person settles a conflict: the conflict row is marked resolved and, when the chosen
// value differs from the row's, the row is updated. Both go through RecordWriter, so the
// resolution syncs to every device like any other change.
class ConflictResolver {
    Q_DECLARE_TR_FUNCTIONS(kith::sync::ConflictResolver)

public:
    explicit ConflictResolver(Database& database);

    QList<ConflictRecord> openConflicts(const QString& familyId = {}) const;
    // `value` is used only with ConflictChoice::Other. `actor` is who decided.
    Status resolveConflict(const QString& conflictId, ConflictChoice choice,
                           const QJsonValue& value, const QString& actor);

private:
    Database& m_database;
};

} // namespace kith::sync
