#include "store/store_check.h"

#include "store/migrations.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <atomic>

namespace kith {
namespace {

// Gives the messages below their own translation context.
struct StoreCheck {
    Q_DECLARE_TR_FUNCTIONS(kith::StoreCheck)
};

int single(const QSqlDatabase& db, const QString& statement) {
    QSqlQuery query(db);
    return query.exec(statement) && query.next() ? query.value(0).toInt() : -1;
}

void checkContents(const QSqlDatabase& db, StoreCheckReport& report) {
    if (currentSchemaVersion(db) < latestSchemaVersion()) {
        report.problems.append(
            StoreCheck::tr("The store is at version %1 and will be brought up to version "
                           "%2 when Kith next opens it.")
                .arg(currentSchemaVersion(db))
                .arg(latestSchemaVersion()));
        return;
    }
    QSqlQuery references(db);
    if (references.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (references.next()) {
            report.problems.append(
                StoreCheck::tr("A row in %1 refers to a missing row in %2.")
                    .arg(references.value(0).toString(), references.value(2).toString()));
        }
    }
    report.families = single(db, QStringLiteral("SELECT count(*) FROM family"));
    report.people = single(db, QStringLiteral("SELECT count(*) FROM person"));
    report.pendingChanges =
        single(db, QStringLiteral("SELECT count(*) FROM change_log WHERE pushed_at IS NULL"));
    const int indexed = single(db, QStringLiteral("SELECT count(*) FROM person_search"));
    const int unindexed =
        single(db, QStringLiteral("SELECT count(*) FROM person p WHERE NOT EXISTS (SELECT 1 FROM "
                                  "person_search s WHERE s.rowid = p.local_id)"));
    if (indexed != report.people || unindexed != 0) {
        report.problems.append(
            StoreCheck::tr("The search index lists %1 people but the store holds %2; "
                           "search may miss people until the index is rebuilt.")
                .arg(indexed)
                .arg(report.people));
    }
}

} // namespace

StoreCheckReport checkStore(const QString& path) {
    StoreCheckReport report;
    report.inspection = Database::inspect(path, true);
    if (report.inspection.failure != OpenFailure::None)
        return report;
    if (report.inspection.isNew) {
        report.problems.append(StoreCheck::tr("There is no Kith store at this path yet."));
        return report;
    }
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("kith-check-%1").arg(counter.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            checkContents(db, report);
        else
            report.problems.append(
                StoreCheck::tr("The store could not be opened to check its contents."));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

} // namespace kith
