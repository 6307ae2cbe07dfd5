// ServerStore: hubs, accounts, tokens and the access log.
#include "server/passwords.h"
#include "server/server_store.h"
#include "store/sql_support.h"
#include "store/statement_cache.h"
#include "util/ids.h"

#include <QRegularExpression>

namespace kith::server {

namespace {

const QString kAccountColumns = QStringLiteral(
    "a.id, a.name, a.role, a.team, h.name, a.professional_id, a.disabled, a.password_hash, "
    "a.failed_sign_ins, a.next_attempt_at, a.locked_until");

ServerAccount readAccount(const QSqlQuery& query) {
    ServerAccount account;
    account.id = query.value(0).toString();
    account.name = query.value(1).toString();
    account.role = query.value(2).toString();
    account.team = query.value(3).toString();
    account.hub = query.value(4).toString();
    account.professionalId = query.value(5).toString();
    account.disabled = query.value(6).toInt() != 0;
    account.passwordHash = query.value(7).toString();
    account.failedSignIns = query.value(8).toInt();
    account.nextAttemptAt = sql::toDateTime(query.value(9));
    account.lockedUntil = sql::toDateTime(query.value(10));
    return account;
}

bool isRole(const QString& role) {
    return role == QLatin1String("practitioner") || role == QLatin1String("manager") ||
           role == QLatin1String("admin");
}

} // namespace

const QList<ServerAccount>& ServerStore::cachedAccounts() const {
    if (!m_accountCache) {
        QList<ServerAccount> all;
        QSqlQuery& query = statement(
            QStringLiteral(
                "SELECT %1 FROM accounts a JOIN hubs h ON h.id = a.hub_id ORDER BY a.name")
                .arg(kAccountColumns));
        if (query.exec()) {
            while (query.next())
                all.append(readAccount(query));
        }
        m_accountCache = all;
    }
    return *m_accountCache;
}

QList<ServerAccount> ServerStore::accounts() const {
    return cachedAccounts();
}

std::optional<ServerAccount> ServerStore::accountByName(const QString& name) const {
    for (const ServerAccount& account : cachedAccounts()) {
        if (account.name == name)
            return account;
    }
    return std::nullopt;
}

std::optional<ServerAccount> ServerStore::accountById(const QString& id) const {
    for (const ServerAccount& account : cachedAccounts()) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

Result<ServerAccount> ServerStore::addAccount(const NewAccount& wanted) {
    using R = Result<ServerAccount>;
    static const QRegularExpression namePattern(QStringLiteral(R"(^[A-Za-z0-9._@-]{2,64}$)"));
    if (!namePattern.match(wanted.name).hasMatch())
        return R::fail(QStringLiteral("user name: use 2 to 64 letters, digits, '.', '_', '-' "
                                      "or '@' (no spaces)"));
    if (!isRole(wanted.role))
        return R::fail(QStringLiteral("--role must be practitioner, manager or admin"));
    if (!wanted.professionalId.isEmpty() && !isValidId(wanted.professionalId))
        return R::fail(QStringLiteral("--professional must be the id (a UUID) of the "
                                      "professional record that is this person"));
    if (accountByName(wanted.name))
        return R::fail(QStringLiteral("there is already a user called %1").arg(wanted.name));
    if (const QString weak = passwordWeakness(wanted.password, wanted.name); !weak.isEmpty())
        return R::fail(weak);
    const QString hash = hashPassword(wanted.password, m_passwordCost);
    if (hash.isEmpty())
        return R::fail(QStringLiteral("the password could not be hashed (out of memory?)"));

    const QString hubName = wanted.hub.isEmpty() ? QStringLiteral("default") : wanted.hub;
    if (Status begun = begin(); !begun)
        return R::fail(begun.error());
    QSqlQuery& hubInsert = statement(
        QStringLiteral("INSERT INTO hubs (id, name) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"));
    hubInsert.addBindValue(newId());
    hubInsert.addBindValue(hubName);
    Status done = sql::exec(hubInsert);
    ServerAccount account;
    account.id = newId();
    account.name = wanted.name;
    account.role = wanted.role;
    account.team = wanted.team;
    account.hub = hubName;
    account.professionalId = wanted.professionalId.toLower();
    account.passwordHash = hash;
    if (done) {
        QSqlQuery& insert = statement(QStringLiteral(
            "INSERT INTO accounts (id, hub_id, name, role, team, professional_id, password_hash, "
            "created_at) SELECT ?, id, ?, ?, ?, ?, ?, ? FROM hubs WHERE name = ?"));
        insert.addBindValue(account.id);
        insert.addBindValue(account.name);
        insert.addBindValue(account.role);
        // An empty QString binds as NULL; the column holds '' for "no team".
        insert.addBindValue(account.team.isEmpty() ? QStringLiteral("") : account.team);
        insert.addBindValue(sql::fromText(account.professionalId));
        insert.addBindValue(account.passwordHash);
        insert.addBindValue(sql::fromDateTime(QDateTime::currentDateTimeUtc()));
        insert.addBindValue(hubName);
        done = sql::exec(insert);
    }
    if (!done) {
        rollback();
        return R::fail(done.error());
    }
    if (Status committed = commit(); !committed)
        return R::fail(committed.error());
    accountsChanged();
    return R::ok(account);
}

Status ServerStore::setDisabled(const QString& name, bool disabled) {
    if (!accountByName(name))
        return Status::fail(QStringLiteral("there is no user called %1").arg(name));
    QSqlQuery& update =
        statement(QStringLiteral("UPDATE accounts SET disabled = ? WHERE name = ?"));
    update.addBindValue(disabled ? 1 : 0);
    update.addBindValue(name);
    Status done = sql::exec(update);
    if (done && disabled) {
        // A disabled account's tokens end at once.
        QSqlQuery& tokens = statement(QStringLiteral(
            "DELETE FROM tokens WHERE account_id IN (SELECT id FROM accounts WHERE name = ?)"));
        tokens.addBindValue(name);
        done = sql::exec(tokens);
    }
    accountsChanged();
    return done;
}

Status ServerStore::saveSignInState(const ServerAccount& account) {
    QSqlQuery& update = statement(QStringLiteral(
        "UPDATE accounts SET failed_sign_ins = ?, next_attempt_at = ?, locked_until = ? "
        "WHERE id = ?"));
    update.addBindValue(account.failedSignIns);
    update.addBindValue(sql::fromDateTime(account.nextAttemptAt));
    update.addBindValue(sql::fromDateTime(account.lockedUntil));
    update.addBindValue(account.id);
    Status done = sql::exec(update);
    accountsChanged();
    return done;
}

Status ServerStore::storeToken(const QByteArray& hash, const ServerToken& token) {
    QSqlQuery& insert = statement(QStringLiteral(
        "INSERT INTO tokens (token_hash, account_id, device_id, expires_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(QString::fromLatin1(hash));
    insert.addBindValue(token.accountId);
    insert.addBindValue(sql::fromText(token.deviceId));
    insert.addBindValue(sql::fromDateTime(token.expiresAt));
    return sql::exec(insert);
}

std::optional<ServerToken> ServerStore::token(const QByteArray& hash) const {
    QSqlQuery& query = statement(QStringLiteral(
        "SELECT account_id, device_id, expires_at FROM tokens WHERE token_hash = ?"));
    query.addBindValue(QString::fromLatin1(hash));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ServerToken{query.value(0).toString(), query.value(1).toString(),
                       sql::toDateTime(query.value(2))};
}

Status ServerStore::deleteToken(const QByteArray& hash) {
    QSqlQuery& remove = statement(QStringLiteral("DELETE FROM tokens WHERE token_hash = ?"));
    remove.addBindValue(QString::fromLatin1(hash));
    return sql::exec(remove);
}

Status ServerStore::logAccess(const QDateTime& at, const QString& accountId, const QString& action,
                              const QString& detail) {
    QSqlQuery& insert = statement(QStringLiteral(
        "INSERT INTO access_log (at, account_id, action, detail) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(sql::fromDateTime(at));
    insert.addBindValue(sql::fromText(accountId));
    insert.addBindValue(action);
    insert.addBindValue(sql::fromText(detail));
    return sql::exec(insert);
}

int ServerStore::accessLogCount(const QString& action) const {
    QSqlQuery& query =
        statement(QStringLiteral("SELECT COUNT(*) FROM access_log WHERE action = ?"));
    query.addBindValue(action);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace kith::server
