// ServerStore: who may see which family (family_access), and each account's pull feed.
#include "server/server_store_rows.h"
#include "store/sql_support.h"
#include "store/statement_cache.h"

#include <algorithm>
#include <limits>

namespace kith::server {

namespace {

constexpr int kWholeGroup = 1 << 30; // "no limit" that both SQLite and PostgreSQL accept

} // namespace

QSet<QString> ServerStore::accountsWithAccess(const QString& familyId) const {
    QSqlQuery& query = statement(QStringLiteral(
        "SELECT account_id FROM family_access WHERE family_id = ? AND revoked_seq IS NULL"));
    query.addBindValue(familyId);
    QSet<QString> accounts;
    if (query.exec()) {
        while (query.next())
            accounts.insert(query.value(0).toString());
    }
    return accounts;
}

bool ServerStore::hasAccess(const QString& accountId, const QString& familyId) const {
    QSqlQuery& query = statement(QStringLiteral("SELECT 1 FROM family_access WHERE family_id = ? "
                                                "AND account_id = ? AND revoked_seq IS NULL"));
    query.addBindValue(familyId);
    query.addBindValue(accountId);
    return query.exec() && query.next();
}

Status ServerStore::grantAccess(const QString& familyId, const QString& accountId, qint64 seq) {
    QSqlQuery& insert = statement(QStringLiteral(
        "INSERT INTO family_access (family_id, account_id, granted_seq) VALUES (?, ?, ?)"));
    insert.addBindValue(familyId);
    insert.addBindValue(accountId);
    insert.addBindValue(seq);
    return sql::exec(insert);
}

Status ServerStore::revokeAccess(const QString& familyId, const QString& accountId, qint64 seq) {
    QSqlQuery& update = statement(QStringLiteral(
        "UPDATE family_access SET revoked_seq = ? WHERE family_id = ? AND account_id = ? AND "
        "revoked_seq IS NULL"));
    update.addBindValue(seq);
    update.addBindValue(familyId);
    update.addBindValue(accountId);
    return sql::exec(update);
}

QStringList ServerStore::familiesConcerning(const ServerAccount& account) const {
    QSet<QString> families;
    const auto collect = [&](const QString& sqlText, const QString& value) {
        QSqlQuery& query = statement(sqlText);
        query.addBindValue(value);
        if (query.exec()) {
            while (query.next())
                families.insert(query.value(0).toString());
        }
    };
    const QString current = QStringLiteral(
        "SELECT family_id FROM family_access WHERE account_id = ? AND revoked_seq IS NULL");
    collect(current, account.id);
    collect(QStringLiteral("SELECT entity_id FROM records WHERE entity = 'family' AND "
                           "created_by_account = ?"),
            account.id);
    if (!account.professionalId.isEmpty()) {
        // Rows are JSON text; a professional id is a UUID, so a text search cannot mistake it.
        collect(QStringLiteral("SELECT family_id FROM records WHERE entity IN "
                               "('lead_professional', 'involvement', 'taf_member') AND "
                               "fields LIKE ?"),
                QStringLiteral("%\"%1\"%").arg(account.professionalId));
    }
    if (account.role == QLatin1String("manager")) {
        for (const ServerAccount& other : cachedAccounts()) {
            if (other.hub == account.hub && other.team == account.team && other.id != account.id)
                collect(current, other.id);
        }
    }
    QStringList sorted(families.begin(), families.end());
    sorted.sort();
    return sorted;
}

FeedSlice ServerStore::feed(const ServerAccount& account, qint64 cursor, int limit,
                            const QString& skipDevice) const {
    static const QString columns =
        QStringLiteral("r.") +
        storedRecordColumns().split(QStringLiteral(", ")).join(QStringLiteral(", r."));
    // The three parts of the feed, each in position order and at most `partLimit` long.
    // `completeUpTo` is lowered to the last position up to which every part is complete.
    const auto parts = [&](qint64 upTo, int partLimit, qint64& completeUpTo) {
        QList<FeedEntry> entries;
        const auto take = [&](QSqlQuery& query, bool snapshot) {
            if (!query.exec()) {
                qWarning("kith-server: %s", qUtf8Printable(sql::describeFailure(query)));
                return;
            }
            int count = 0;
            qint64 last = 0;
            while (query.next()) {
                ++count;
                FeedEntry entry;
                entry.record = readStoredRecord(query, 1, true);
                entry.position = snapshot ? query.value(0).toLongLong() : entry.record.version;
                last = entry.position;
                entries.append(entry);
            }
            // A row's version is its own; a snapshot shares its position with the rest of
            // the family, so its last position may be cut short.
            if (count >= partLimit)
                completeUpTo = std::min(completeUpTo, snapshot ? last - 1 : last);
        };
        // Rows changed after the cursor: hub-wide ones, and those of families the account
        // had before the cursor (or changed after it was given the family).
        QSqlQuery& changed = statement(
            QStringLiteral(
                "SELECT 0, %1 FROM records r WHERE r.version > ? AND r.version <= ? AND "
                "((r.family_id IS NULL AND r.entity <> 'audit_event') OR EXISTS (SELECT 1 FROM "
                "family_access a WHERE "
                "a.account_id = ? AND a.family_id = r.family_id AND a.revoked_seq IS NULL AND "
                "(a.granted_seq <= ? OR a.granted_seq < r.version))) AND "
                "(r.origin_device IS NULL OR r.origin_device <> COALESCE(?, '')) ORDER BY "
                "r.version LIMIT ?")
                .arg(columns));
        changed.addBindValue(cursor);
        changed.addBindValue(upTo);
        changed.addBindValue(account.id);
        changed.addBindValue(cursor);
        changed.addBindValue(skipDevice); // empty (or null) matches no device
        changed.addBindValue(partLimit);
        take(changed, false);
        // Families given to the account after the cursor: their rows as they were then,
        // placed at the seq of the grant.
        QSqlQuery& snapshot = statement(
            QStringLiteral(
                "SELECT a.granted_seq, %1 FROM family_access a JOIN records r ON r.family_id = "
                "a.family_id WHERE a.account_id = ? AND a.revoked_seq IS NULL AND "
                "a.granted_seq > ? AND a.granted_seq <= ? AND r.version <= a.granted_seq AND "
                "(r.deleted = 0 OR r.version > ?) AND (r.origin_device IS NULL OR "
                "r.origin_device <> COALESCE(?, '')) ORDER BY a.granted_seq, r.version LIMIT ?")
                .arg(columns));
        snapshot.addBindValue(account.id);
        snapshot.addBindValue(cursor);
        snapshot.addBindValue(upTo);
        snapshot.addBindValue(cursor);
        snapshot.addBindValue(skipDevice);
        snapshot.addBindValue(partLimit);
        take(snapshot, true);
        // Families the account had at the cursor, taken away since and not given back.
        QSqlQuery& lost = statement(QStringLiteral(
            "SELECT a.family_id, MAX(a.revoked_seq) FROM family_access a WHERE a.account_id = ? "
            "AND a.granted_seq <= ? AND a.revoked_seq > ? AND NOT EXISTS (SELECT 1 FROM "
            "family_access b WHERE b.account_id = a.account_id AND b.family_id = a.family_id "
            "AND b.revoked_seq IS NULL) GROUP BY a.family_id HAVING MAX(a.revoked_seq) <= ? "
            "ORDER BY 2 LIMIT ?"));
        lost.addBindValue(account.id);
        lost.addBindValue(cursor);
        lost.addBindValue(cursor);
        lost.addBindValue(upTo);
        lost.addBindValue(partLimit);
        if (lost.exec()) {
            int count = 0;
            while (lost.next()) {
                ++count;
                FeedEntry entry;
                entry.forgetFamily = true;
                entry.record.familyId = lost.value(0).toString();
                entry.position = lost.value(1).toLongLong();
                entries.append(entry);
            }
            if (count >= partLimit)
                completeUpTo = std::min(completeUpTo, entries.last().position);
        }
        std::stable_sort(
            entries.begin(), entries.end(),
            [](const FeedEntry& a, const FeedEntry& b) { return a.position < b.position; });
        return entries;
    };

    constexpr qint64 kEnd = std::numeric_limits<qint64>::max();
    qint64 completeUpTo = kEnd;
    const QList<FeedEntry> entries = parts(kEnd, limit, completeUpTo);
    QList<FeedEntry> complete;
    for (const FeedEntry& entry : entries) {
        if (entry.position <= completeUpTo)
            complete.append(entry);
    }
    if (completeUpTo == kEnd && complete.size() <= limit)
        return FeedSlice{complete, false};
    // A page ends at a whole position: a family's snapshot is never split across pages.
    QList<FeedEntry> page = complete.mid(0, limit);
    if (complete.size() > limit && complete.at(limit).position == page.last().position) {
        const qint64 split = page.last().position;
        while (!page.isEmpty() && page.last().position == split)
            page.removeLast();
    }
    if (page.isEmpty()) {
        // The first position alone is more than a page: it is sent whole.
        qint64 ignored = kEnd;
        page = parts(entries.first().position, kWholeGroup, ignored);
    }
    return FeedSlice{page, true};
}

qint64 ServerStore::feedRemaining(const ServerAccount& account, qint64 cursor,
                                  const QString& skipDevice) const {
    // The three parts of feed(), counted rather than read, with the same conditions.
    const auto count = [](QSqlQuery& query) -> qint64 {
        if (!query.exec() || !query.next()) {
            qWarning("kith-server: %s", qUtf8Printable(sql::describeFailure(query)));
            return 0;
        }
        const qint64 counted = query.value(0).toLongLong();
        query.finish();
        return counted;
    };
    QSqlQuery& changed = statement(QStringLiteral(
        "SELECT count(*) FROM records r WHERE r.version > ? AND "
        "((r.family_id IS NULL AND r.entity <> 'audit_event') OR EXISTS (SELECT 1 FROM "
        "family_access a WHERE a.account_id = ? AND a.family_id = r.family_id AND "
        "a.revoked_seq IS NULL AND (a.granted_seq <= ? OR a.granted_seq < r.version))) AND "
        "(r.origin_device IS NULL OR r.origin_device <> COALESCE(?, ''))"));
    changed.addBindValue(cursor);
    changed.addBindValue(account.id);
    changed.addBindValue(cursor);
    changed.addBindValue(skipDevice);
    QSqlQuery& snapshot = statement(QStringLiteral(
        "SELECT count(*) FROM family_access a JOIN records r ON r.family_id = a.family_id "
        "WHERE a.account_id = ? AND a.revoked_seq IS NULL AND a.granted_seq > ? AND "
        "r.version <= a.granted_seq AND (r.deleted = 0 OR r.version > ?) AND "
        "(r.origin_device IS NULL OR r.origin_device <> COALESCE(?, ''))"));
    snapshot.addBindValue(account.id);
    snapshot.addBindValue(cursor);
    snapshot.addBindValue(cursor);
    snapshot.addBindValue(skipDevice);
    QSqlQuery& lost = statement(QStringLiteral(
        "SELECT count(DISTINCT a.family_id) FROM family_access a WHERE a.account_id = ? AND "
        "a.granted_seq <= ? AND a.revoked_seq > ? AND NOT EXISTS (SELECT 1 FROM family_access "
        "b WHERE b.account_id = a.account_id AND b.family_id = a.family_id AND "
        "b.revoked_seq IS NULL)"));
    lost.addBindValue(account.id);
    lost.addBindValue(cursor);
    lost.addBindValue(cursor);
    const qint64 rows = count(changed);
    const qint64 snapshots = count(snapshot);
    return rows + snapshots + count(lost);
}

} // namespace kith::server
