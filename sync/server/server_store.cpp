#include "server/server_store.h"

#include "server/database_url.h"
#include "server/server_sql_dialect.h"
#include "store/sql_support.h"
#include "store/statement_cache.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace kith::server {

namespace {

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("kith-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Version 1 of the server schema. `%1` is the dialect's generated id column.
QStringList schemaVersion1(const SqlDialect& dialect) {
    return {
        QStringLiteral("CREATE TABLE hubs (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
        QStringLiteral(R"(CREATE TABLE accounts (
            id TEXT PRIMARY KEY,
            hub_id TEXT NOT NULL REFERENCES hubs(id),
            name TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL CHECK (role IN ('practitioner','manager','admin')),
            team TEXT NOT NULL DEFAULT '',
            professional_id TEXT,
            password_hash TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0,
            failed_sign_ins INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            locked_until TEXT,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE tokens (
            token_hash TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            device_id TEXT,
            expires_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE processed_mutations (
            mutation_id TEXT PRIMARY KEY,
            account_id TEXT,
            result TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE records (
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            family_id TEXT,
            version BIGINT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            fields TEXT NOT NULL,
            field_versions TEXT NOT NULL,
            changed_by TEXT,
            changed_at TEXT,
            hlc TEXT,
            created_by_account TEXT,
            PRIMARY KEY (entity, entity_id)))"),
        QStringLiteral("CREATE INDEX records_version ON records(version)"),
        QStringLiteral("CREATE INDEX records_family ON records(family_id, version)"),
        // Who made each change, so that a conflict can say who and when per field.
        QStringLiteral(R"(CREATE TABLE changes (
            seq BIGINT PRIMARY KEY,
            account_id TEXT,
            changed_by TEXT,
            changed_at TEXT))"),
        QStringLiteral(R"(CREATE TABLE family_access (
            family_id TEXT NOT NULL,
            account_id TEXT NOT NULL,
            granted_seq BIGINT NOT NULL,
            revoked_seq BIGINT,
            PRIMARY KEY (family_id, account_id, granted_seq)))"),
        QStringLiteral(
            "CREATE INDEX family_access_account ON family_access(account_id, granted_seq)"),
        QStringLiteral(R"(CREATE TABLE server_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_seq BIGINT NOT NULL,
            oldest_seq BIGINT NOT NULL))"),
        QStringLiteral("INSERT INTO server_state (id, last_seq, oldest_seq) VALUES (1, 0, 0)"),
        // The directory's view of person and address rows, normalised for matching.
        QStringLiteral(R"(CREATE TABLE person_index (
            entity_id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL,
            given_name TEXT,
            family_name TEXT,
            date_of_birth TEXT,
            nhs_number TEXT))"),
        QStringLiteral("CREATE INDEX person_index_names ON person_index(family_name, given_name)"),
        QStringLiteral("CREATE INDEX person_index_birth ON person_index(date_of_birth)"),
        QStringLiteral("CREATE INDEX person_index_nhs ON person_index(nhs_number)"),
        QStringLiteral(R"(CREATE TABLE address_index (
            entity_id TEXT PRIMARY KEY,
            family_id TEXT NOT NULL,
            postcode TEXT))"),
        QStringLiteral("CREATE INDEX address_index_postcode ON address_index(postcode)"),
        QStringLiteral(R"(CREATE TABLE access_log (
            %1,
            at TEXT NOT NULL,
            account_id TEXT,
            action TEXT NOT NULL,
            detail TEXT))")
            .arg(dialect.autoIdColumn()),
    };
}

} // namespace

ServerStore::ServerStore(QString connectionName, std::unique_ptr<SqlDialect> dialect)
    : m_connectionName(std::move(connectionName))
    , m_dialect(std::move(dialect)) {}

ServerStore::~ServerStore() {
    m_statements.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<ServerStore>>
ServerStore::open(const SqlDialect& dialect, const std::function<void(QSqlDatabase&)>& setUp) {
    const QString name = nextConnectionName();
    std::unique_ptr<ServerStore> store(
        new ServerStore(name, std::make_unique<SqlDialect>(dialect)));
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driver(), name);
    setUp(db);
    if (!db.open())
        return Result<std::unique_ptr<ServerStore>>::fail(
            QStringLiteral("cannot open the server database: %1").arg(db.lastError().text()));
    store->m_statements = std::make_unique<store::StatementCache>(db);
    Status ready = store->runAll(dialect.afterOpen());
    if (ready)
        ready = store->migrate();
    if (!ready)
        return Result<std::unique_ptr<ServerStore>>::fail(ready.error());
    return Result<std::unique_ptr<ServerStore>>::ok(std::move(store));
}

Result<std::unique_ptr<ServerStore>> ServerStore::openSqlite(const QString& filePath) {
    // Made owner-only before SQLite writes anything personal into it.
    if (!QFileInfo::exists(filePath)) {
        QFile file(filePath);
        if (!file.open(QIODevice::WriteOnly))
            return Result<std::unique_ptr<ServerStore>>::fail(
                QStringLiteral("cannot create %1: %2").arg(filePath, file.errorString()));
    }
    QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return open(SqlDialect::sqlite(), [&](QSqlDatabase& db) { db.setDatabaseName(filePath); });
}

Result<std::unique_ptr<ServerStore>> ServerStore::openPostgres(const QString& url) {
    const auto parsed = parseDatabaseUrl(url);
    if (!parsed)
        return Result<std::unique_ptr<ServerStore>>::fail(parsed.error());
    const DatabaseUrl where = parsed.value();
    return open(SqlDialect::postgres(where.schema), [&](QSqlDatabase& db) {
        db.setHostName(where.host);
        db.setPort(where.port);
        db.setUserName(where.user);
        db.setPassword(where.password);
        db.setDatabaseName(where.database);
    });
}

bool ServerStore::isPostgres() const {
    return m_dialect->isPostgres();
}

int ServerStore::latestSchemaVersion() {
    return 2;
}

QSqlDatabase ServerStore::database() const {
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery& ServerStore::statement(const QString& sql) const {
    return m_statements->get(sql);
}

void ServerStore::endRequest() const {
    m_statements->finishAll();
}

Status ServerStore::runAll(const QStringList& statements) {
    for (const QString& sql : statements) {
        if (Status done = sql::exec(database(), sql); !done)
            return done;
    }
    return okStatus();
}

Status ServerStore::migrate() {
    QSqlDatabase db = database();
    if (Status made = sql::exec(
            db,
            QStringLiteral("CREATE TABLE IF NOT EXISTS server_schema (version INTEGER NOT NULL)"));
        !made)
        return made;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM server_schema")) || !query.next())
        return Status::fail(sql::describeFailure(query));
    const int current = query.value(0).isNull() ? 0 : query.value(0).toInt();
    query.finish();
    if (current > latestSchemaVersion())
        return Status::fail(QStringLiteral("the server database is from a newer kith-server "
                                           "(schema %1); upgrade kith-server")
                                .arg(current));
    if (current == latestSchemaVersion())
        return okStatus();
    if (Status begun = begin(); !begun)
        return begun;
    Status done = okStatus();
    if (current < 1) {
        done = runAll(schemaVersion1(*m_dialect));
        if (done)
            done = sql::exec(db, QStringLiteral("INSERT INTO server_schema (version) VALUES (1)"));
    }
    if (done && current < 2) {
        // The device whose push left a row exactly as that device has it: its own pull
        // skips the row instead of receiving it back (docs: "Pull"). And the seq a row was
        // made at, which every field not named in field_versions still has, so that a new
        // row does not need a version written out per field.
        done = sql::exec(db, QStringLiteral("ALTER TABLE records ADD COLUMN origin_device TEXT"));
        if (done)
            done =
                sql::exec(db, QStringLiteral("ALTER TABLE records ADD COLUMN created_seq BIGINT"));
        if (done)
            done = sql::exec(db, QStringLiteral("INSERT INTO server_schema (version) VALUES (2)"));
    }
    if (!done) {
        rollback();
        return done;
    }
    return commit();
}

Status ServerStore::begin() {
    m_seqAtStart.reset();
    return sql::exec(database(), m_dialect->beginStatement());
}

Status ServerStore::commit() {
    if (m_seqAtStart && m_seqTaken != *m_seqAtStart) {
        QSqlQuery& update = statement(
            QStringLiteral("UPDATE server_state SET last_seq = ? WHERE id = 1 AND last_seq = ?"));
        update.addBindValue(m_seqTaken);
        update.addBindValue(*m_seqAtStart);
        if (Status done = sql::exec(update); !done)
            return done;
        if (update.numRowsAffected() != 1)
            return Status::fail(QStringLiteral("the change sequence moved under this server: "
                                               "is a second kith-server using the database?"));
    }
    // No statement may still be active at COMMIT: one that is keeps the transaction's read
    // snapshot, and the checkpoint that follows the commit cannot pass it (endRequest).
    m_statements->finishAll();
    Status committed = sql::exec(database(), QStringLiteral("COMMIT"));
    if (committed)
        m_seqAtStart.reset();
    return committed;
}

void ServerStore::rollback() {
    sql::exec(database(), QStringLiteral("ROLLBACK"));
    m_seqAtStart.reset();
    m_accountCache.reset(); // sign-in state may have been rolled back with it
}

qint64 ServerStore::lastSeq() const {
    if (m_seqAtStart)
        return m_seqTaken;
    QSqlQuery& query = statement(QStringLiteral("SELECT last_seq FROM server_state WHERE id = 1"));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 ServerStore::oldestRetainedSeq() const {
    QSqlQuery& query =
        statement(QStringLiteral("SELECT oldest_seq FROM server_state WHERE id = 1"));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

Result<qint64> ServerStore::takeSeq() {
    if (!m_seqAtStart) {
        m_seqTaken = lastSeq();
        m_seqAtStart = m_seqTaken;
    }
    return Result<qint64>::ok(++m_seqTaken);
}

Status ServerStore::forgetHistoryBefore(qint64 seq) {
    if (Status begun = begin(); !begun)
        return begun;
    QSqlDatabase db = database();
    QSqlQuery tombstones(db);
    tombstones.prepare(QStringLiteral("DELETE FROM records WHERE deleted = 1 AND version < ?"));
    tombstones.addBindValue(seq);
    QSqlQuery ended(db);
    ended.prepare(QStringLiteral(
        "DELETE FROM family_access WHERE revoked_seq IS NOT NULL AND revoked_seq < ?"));
    ended.addBindValue(seq);
    QSqlQuery state(db);
    state.prepare(QStringLiteral(
        "UPDATE server_state SET oldest_seq = CASE WHEN oldest_seq > ? THEN oldest_seq ELSE ? "
        "END WHERE id = 1"));
    state.addBindValue(seq);
    state.addBindValue(seq);
    for (QSqlQuery* query : {&tombstones, &ended, &state}) {
        if (Status done = sql::exec(*query); !done) {
            rollback();
            return done;
        }
    }
    return commit();
}

} // namespace kith::server
