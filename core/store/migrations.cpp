#include "store/migrations.h"

#include "store/database.h"
#include "store/sql_support.h"

#include <QSqlQuery>

namespace kith {

namespace migration_steps {

Status runStatements(const QSqlDatabase& db, const QStringList& statements) {
    for (const QString& statement : statements) {
        if (Status done = sql::exec(db, statement); !done)
            return done;
    }
    return okStatus();
}

} // namespace migration_steps

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> steps{
        {1,
         "families, people, addresses, contacts, agencies, involvements, lead professionals, "
         "change log",
         migration_steps::createFamilyStore},
        {2, "person search index (FTS5)", migration_steps::createPersonSearch},
        {3, "audit log, append-only and hash-chained", migration_steps::createAuditLog},
        {4, "episodes, journey events, contacts, notes, chronology, supervision",
         migration_steps::createJourney},
        {5, "About my Family registration details and family merges",
         migration_steps::createRegistration},
        {6, "consent, restrictions and signatures", migration_steps::createConsent},
        {7, "genograms", migration_steps::createGenogram},
        {8, "sync state, base versions and conflicts", migration_steps::createSyncState},
        {9, "Early Help Assessments, versions, contributions and sign-off",
         migration_steps::createAssessment},
        {10, "whole-family plans: needs, outcomes, actions, views and agreed versions",
         migration_steps::createPlan},
        {11, "Team Around the Family meetings, attendance, handovers and circulation",
         migration_steps::createMeetings},
        {12, "the role of the hub account the store syncs as", migration_steps::addSyncAccountRole},
    };
    return steps;
}

int latestSchemaVersion() {
    return migrations().back().version;
}

int currentSchemaVersion(const QSqlDatabase& db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status migrate(const QSqlDatabase& db, int targetVersion) {
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    const int from = currentSchemaVersion(db);
    if (from < 0)
        return Status::fail(QStringLiteral("cannot read the schema version"));
    for (const Migration& step : migrations()) {
        if (step.version <= from || step.version > targetVersion)
            continue;
        sql::Transaction transaction(db);
        if (!transaction.begun())
            return transaction.begun();
        if (Status applied = step.apply(db); !applied)
            return Status::fail(
                QStringLiteral("schema step %1 failed: %2").arg(step.version).arg(applied.error()));
        const QString stamp = QStringLiteral("PRAGMA user_version = %1").arg(step.version);
        if (Status stamped = sql::exec(db, stamp); !stamped)
            return stamped;
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return okStatus();
}

} // namespace kith
