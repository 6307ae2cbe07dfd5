#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <vector>

namespace kith {

// One numbered step of the store's schema. Steps run in order, each in its own
// transaction together with the `PRAGMA user_version` that records it, so a crash
// leaves the store at the step before or the step after, never between.
struct Migration {
    int version;
    const char* summary;
    std::function<Status(const QSqlDatabase&)> apply;
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();
int currentSchemaVersion(const QSqlDatabase& db);
// Brings the store up to `targetVersion` (the latest by default). Tests use an older
// target to build the schema a migration starts from.
Status migrate(const QSqlDatabase& db, int targetVersion = -1);

namespace migration_steps {
// Runs a step's statements in order; the first failure stops it.
Status runStatements(const QSqlDatabase& db, const QStringList& statements);
Status createFamilyStore(const QSqlDatabase& db);
Status createPersonSearch(const QSqlDatabase& db);
Status createAuditLog(const QSqlDatabase& db);
Status createJourney(const QSqlDatabase& db);
Status createRegistration(const QSqlDatabase& db);
Status createFamilyMerges(const QSqlDatabase& db);
Status createConsent(const QSqlDatabase& db);
Status createGenogram(const QSqlDatabase& db);
Status createSyncState(const QSqlDatabase& db);
Status createAssessment(const QSqlDatabase& db);
Status createPlan(const QSqlDatabase& db);
Status createMeetings(const QSqlDatabase& db);
Status addSyncAccountRole(const QSqlDatabase& db);
} // namespace migration_steps

} // namespace kith
