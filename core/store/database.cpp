#include "store/database.h"

#include "privacy/file_permissions.h"
#include "store/migrations.h"
#include "store/sql_support.h"
#include "util/ids.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace kith {
namespace {

QString uniqueConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("kith-store-%1").arg(counter.fetch_add(1));
}

// Removes a QtSql connection when the last handle to it goes away.
class ConnectionGuard {
public:
    explicit ConnectionGuard(QString name)
        : m_name(std::move(name)) {}
    ~ConnectionGuard() { QSqlDatabase::removeDatabase(m_name); }
    const QString& name() const { return m_name; }

private:
    QString m_name;
};

StoreInspection refused(OpenFailure failure, const QString& message) {
    StoreInspection inspection;
    inspection.failure = failure;
    inspection.message = message;
    return inspection;
}

StoreInspection inspectOpenConnection(const QSqlDatabase& db, const QString& path, bool thorough) {
    const QString name = QFileInfo(path).fileName();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        return refused(
            OpenFailure::Damaged,
            Database::tr("%1 looks like a SQLite database but cannot be read, so it may be "
                         "damaged. Kith has not changed it. Restore it from a backup or ask "
                         "your IT service for help.")
                .arg(name));
    }
    const int applicationId = query.value(0).toInt();
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return refused(OpenFailure::Damaged,
                       Database::tr("%1 cannot be read; it may be damaged.").arg(name));
    const int version = query.value(0).toInt();
    query.finish();

    if (applicationId != Database::kApplicationId) {
        bool empty = false;
        if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && query.next())
            empty = query.value(0).toInt() == 0;
        query.finish();
        if (applicationId == 0 && version == 0 && empty) {
            StoreInspection fresh;
            fresh.isNew = true;
            return fresh;
        }
        return refused(
            OpenFailure::NotKith,
            Database::tr("%1 is a database made by another program, not a Kith store. Kith "
                         "has not changed it.")
                .arg(name));
    }
    if (version > latestSchemaVersion()) {
        return refused(
            OpenFailure::TooNew,
            Database::tr("%1 was written by a newer version of Kith (store version %2; this "
                         "Kith knows up to %3). Install the newer Kith to open it. The file "
                         "has not been changed.")
                .arg(name)
                .arg(version)
                .arg(latestSchemaVersion()));
    }
    const QString check =
        thorough ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check");
    if (!query.exec(check) || !query.next() || query.value(0).toString() != QLatin1String("ok")) {
        return refused(
            OpenFailure::Damaged,
            Database::tr("%1 is damaged: SQLite's integrity check found errors. Kith has not "
                         "changed it. Restore it from a backup or ask your IT service for help.")
                .arg(name));
    }
    StoreInspection sound;
    sound.schemaVersion = version;
    return sound;
}

} // namespace

StoreInspection Database::inspect(const QString& path, bool thorough) {
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0) {
        StoreInspection fresh;
        fresh.isNew = true;
        return fresh;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refused(
            OpenFailure::CannotOpen,
            Database::tr("%1 cannot be read: %2.").arg(info.fileName(), file.errorString()));
    }
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray("SQLite format 3\0", 16)) {
        return refused(
            OpenFailure::NotADatabase,
            Database::tr("%1 is not a Kith store: it is not a database file at all. Kith has "
                         "not changed it.")
                .arg(info.fileName()));
    }
    ConnectionGuard guard(uniqueConnectionName());
    StoreInspection result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), guard.name());
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            return refused(OpenFailure::CannotOpen,
                           Database::tr("%1 cannot be opened: %2.")
                               .arg(info.fileName(), db.lastError().databaseText()));
        }
        result = inspectOpenConnection(db, path, thorough);
        db.close();
    }
    return result;
}

Database::Opened Database::open(const QString& path, const Clock& clock) {
    const StoreInspection inspection = inspect(path);
    if (inspection.failure != OpenFailure::None)
        return {nullptr, inspection.failure, inspection.message};

    std::unique_ptr<Database> database(new Database(path, uniqueConnectionName(), clock));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    const QString fileName = QFileInfo(path).fileName();
    // Owner-only from the start; SQLite gives the -wal and -shm files the same mode.
    const auto& permissions = privacy::FilePermissions::forThisPlatform();
    if (inspection.isNew && !QFileInfo::exists(path))
        QFile(path).open(QIODevice::WriteOnly);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            permissions.restrictToOwner(path + suffix);
    }
    if (!db.open()) {
        return {
            nullptr, OpenFailure::CannotOpen,
            Database::tr("%1 cannot be opened: %2.").arg(fileName, db.lastError().databaseText())};
    }
    // WAL lets the window read while a sync writes; FULL makes every commit durable
    // even if the battery dies a moment later.
    // A 32 MiB page cache keeps the UUID-keyed indexes in memory during bulk imports.
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -32768"}) {
        if (Status set = sql::exec(db, QString::fromLatin1(pragma)); !set)
            return {nullptr, OpenFailure::CannotOpen,
                    Database::tr("%1 cannot be set up: %2.").arg(fileName, set.error())};
    }
    if (Status migrated = migrate(db); !migrated) {
        return {nullptr, OpenFailure::CannotOpen,
                Database::tr("%1 could not be brought up to date: %2. It is unchanged.")
                    .arg(fileName, migrated.error())};
    }
    QSqlQuery device(db);
    device.exec(QStringLiteral("SELECT value FROM store_meta WHERE key = 'device_id'"));
    if (device.next()) {
        database->m_deviceId = device.value(0).toString();
    } else {
        database->m_deviceId = newId();
        device.prepare(
            QStringLiteral("INSERT INTO store_meta (key, value) VALUES ('device_id', ?)"));
        device.addBindValue(database->m_deviceId);
        if (Status stored = sql::exec(device); !stored)
            return {nullptr, OpenFailure::CannotOpen,
                    Database::tr("%1 cannot be written: %2.").arg(fileName, stored.error())};
    }
    return {std::move(database), OpenFailure::None, {}};
}

Database::Database(QString path, QString connectionName, const Clock& clock)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_clock(clock) {}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const {
    return currentSchemaVersion(connection());
}

} // namespace kith
