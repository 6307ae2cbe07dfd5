#pragma once

// The central server's storage (docs/sync-protocol.md, "Server storage"): one schema and one
// set of statements for SQLite and PostgreSQL through QtSql; the few differences live in
// server_sql_dialect.h. Rows of every synced entity are stored as JSON text, so new
// entities and columns need no server change. Not thread-safe: one SyncService, one thread.

#include "protocol/wire.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace kith::server {

class SqlDialect;
} // namespace kith::server
namespace kith::store {
class StatementCache;
} // namespace kith::store
namespace kith::server {

// How much work hashing a password takes. Moderate (libsodium's moderate limits) on a real
// server; Fast only in tests, where each sign-in would otherwise cost a second.
enum class PasswordCost { Moderate, Fast };

struct ServerAccount {
    QString id;
    QString name;
    QString role; // practitioner, manager or admin
    QString team;
    QString hub;
    QString professionalId; // empty when not linked to a professional record
    bool disabled = false;
    QString passwordHash; // Argon2id, crypto_pwhash_str format
    int failedSignIns = 0;
    QDateTime nextAttemptAt; // invalid when sign-in is not being slowed
    QDateTime lockedUntil;   // invalid when not locked
};

struct NewAccount {
    QString name;
    QString role;
    QString team;
    QString professionalId;
    QString hub; // empty: the server's only hub, made on first use
    QString password;
};

struct ServerToken {
    QString accountId;
    QString deviceId;
    QDateTime expiresAt;
};

// A row of a synced entity as the server keeps it.
struct StoredRecord {
    QString entity;
    QString id;
    QString familyId; // empty for hub-wide entities (agency, professional)
    qint64 version = 0;
    bool deleted = false;
    QJsonObject fields;
    QJsonObject fieldVersions; // column -> seq at which it last changed, when after createdSeq
    qint64 createdSeq = 0;     // the seq of every field not in fieldVersions
    QByteArray fieldsText;     // the fields as stored JSON text; set instead of `fields` for
                               // the pull feed, which passes them on unparsed
    QString changedBy;
    QDateTime changedAt;
    QString hlc;
    QString createdByAccount;
    QString originDevice; // set when the row is exactly as this device pushed it
};

// Who changed something, for the conflict records' "who and when".
struct ChangeAuthor {
    QString changedBy;
    QDateTime changedAt;
};

// One entry of an account's pull: a row (upsert or delete) or a forget_family.
struct FeedEntry {
    qint64 position = 0; // the seq this entry is ordered by
    bool forgetFamily = false;
    StoredRecord record; // for forget_family only familyId is set
};

struct FeedSlice {
    QList<FeedEntry> entries;
    bool more = false; // a part hit the limit: there may be more after the last position
};

// A synced row's identity: its entity and id.
using RecordKey = QPair<QString, QString>;

// A mutation id and the result the server answered for it, kept for duplicates.
struct ProcessedMutation {
    QString mutationId;
    QString accountId;
    QJsonObject result;
};

// What the directory is asked: the protocol's lookup (docs/sync-protocol.md, "Directory").
using DirectoryQuery = sync::DirectoryLookup;

class ServerStore {
public:
    // Opens (creating or migrating) the store in a SQLite file, made owner-only.
    static Result<std::unique_ptr<ServerStore>> openSqlite(const QString& filePath);
    // Opens the store in PostgreSQL: postgresql://user[:password]@host[:port]/dbname.
    static Result<std::unique_ptr<ServerStore>> openPostgres(const QString& url);
    ~ServerStore();
    ServerStore(const ServerStore&) = delete;
    ServerStore& operator=(const ServerStore&) = delete;

    bool isPostgres() const;
    static int latestSchemaVersion();
    QSqlDatabase database() const;
    void setPasswordCost(PasswordCost cost) { m_passwordCost = cost; }
    PasswordCost passwordCost() const { return m_passwordCost; }

    // Lets go of every statement the request used, so that no read snapshot outlives it
    // (see StatementCache::finishAll). After each request.
    void endRequest() const;

    // ---- Transactions (one per request that writes) ----
    Status begin();
    Status commit();
    void rollback();

    // ---- Change sequence ----
    qint64 lastSeq() const;
    qint64 oldestRetainedSeq() const;
    // The next seq; only inside a transaction, so a rollback gives it back.
    Result<qint64> takeSeq();
    // Drops tombstones and ended access older than `seq`; cursors before it then get
    // resync_required.
    Status forgetHistoryBefore(qint64 seq);

    // ---- Accounts and tokens (server_store_accounts.cpp) ----
    // Validates the name, role and password strength; refuses weak passwords with a message.
    Result<ServerAccount> addAccount(const NewAccount& account);
    std::optional<ServerAccount> accountByName(const QString& name) const;
    std::optional<ServerAccount> accountById(const QString& id) const;
    QList<ServerAccount> accounts() const;
    Status setDisabled(const QString& name, bool disabled);
    Status saveSignInState(const ServerAccount& account); // failed count, slow-down, lock
    Status storeToken(const QByteArray& tokenHash, const ServerToken& token);
    std::optional<ServerToken> token(const QByteArray& tokenHash) const;
    Status deleteToken(const QByteArray& tokenHash);
    Status logAccess(const QDateTime& at, const QString& accountId, const QString& action,
                     const QString& detail);
    int accessLogCount(const QString& action) const;

    // ---- Records (server_store_records.cpp) ----
    std::optional<StoredRecord> record(const QString& entity, const QString& id) const;
    // Inserts or replaces the row, notes who made change `seq`, and keeps the directory
    // index of person and address rows current.
    // Writes the row at `seq`. `replaced`: the row as it was, whose author is kept aside.
    Status writeRecord(const StoredRecord& record, qint64 seq, const QString& accountId,
                       const std::optional<StoredRecord>& replaced = std::nullopt);
    // ---- The same, a whole push request at a time (server_store_bulk.cpp) ----
    // The results of those of `mutationIds` already processed, by mutation id.
    QHash<QString, QJsonObject> processedMutations(const QStringList& mutationIds) const;
    // Those of the rows that are stored (tombstones included), by key.
    QHash<RecordKey, StoredRecord> records(const QList<RecordKey>& keys) const;
    // Rows not stored yet, written with multi-row statements (writeRecord without a
    // `replaced` row, for many rows at once).
    Status insertNewRecords(const QList<StoredRecord>& rows);
    Status recordMutations(const QList<ProcessedMutation>& mutations);
    QList<StoredRecord> familyRecords(const QString& familyId, const QStringList& entities) const;
    std::optional<ChangeAuthor> changeAuthor(qint64 seq) const;
    // Families (not deleted) whose person or address rows match every given criterion.
    QStringList directoryFamilies(const DirectoryQuery& query) const;

    // ---- Family access (server_store_access.cpp) ----
    QSet<QString> accountsWithAccess(const QString& familyId) const;
    bool hasAccess(const QString& accountId, const QString& familyId) const;
    Status grantAccess(const QString& familyId, const QString& accountId, qint64 seq);
    Status revokeAccess(const QString& familyId, const QString& accountId, qint64 seq);
    // Families whose access rows or lead/involvement/TAF rows mention the account.
    QStringList familiesConcerning(const ServerAccount& account) const;
    // An account's pull after `cursor`, at most about `limit` entries, by position; whole
    // positions only (a family's snapshot is never split across pages).
    // Rows changed last by a push from `skipDevice` and left as it sent them are not in the
    // feed (that device has them); pass an empty id to have every row.
    FeedSlice feed(const ServerAccount& account, qint64 cursor, int limit,
                   const QString& skipDevice = {}) const;
    // About how many entries feed() has after `cursor` in all (for a client's progress bar):
    // one count per part of the feed, no rows read.
    qint64 feedRemaining(const ServerAccount& account, qint64 cursor,
                         const QString& skipDevice = {}) const;

private:
    ServerStore(QString connectionName, std::unique_ptr<SqlDialect> dialect);
    static Result<std::unique_ptr<ServerStore>>
    open(const SqlDialect& dialect, const std::function<void(QSqlDatabase&)>& setUp);
    Status migrate();
    // A prepared statement, reused across calls.
    QSqlQuery& statement(const QString& sql) const;
    Status runAll(const QStringList& statements);
    // Keeps person_index and address_index as a written person or address row says.
    Status indexForDirectory(const StoredRecord& record);
    void accountsChanged() { m_accountCache.reset(); }
    const QList<ServerAccount>& cachedAccounts() const;

    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    mutable std::unique_ptr<store::StatementCache> m_statements;
    mutable std::optional<QList<ServerAccount>> m_accountCache;
    // Inside a transaction: the last seq when the first seq was taken, and the last taken.
    // Written back once at commit (checked against the first, so that a second server
    // process on the same database fails instead of reusing seqs).
    std::optional<qint64> m_seqAtStart;
    qint64 m_seqTaken = 0;
    PasswordCost m_passwordCost = PasswordCost::Moderate;
};

} // namespace kith::server
