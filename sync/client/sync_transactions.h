#pragma once

// How the sync engine's connection commits while it syncs (sync_engine.cpp): without
// waiting for the disk, and pulled pages several to a transaction.

#include "store/sql_support.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace kith::sync {

// For the length of a sync, the engine's connection commits without waiting for the disk
// (SQLite's synchronous = NORMAL; the store is in WAL mode, so a power cut can undo the
// last commits but never damage the file). Everything the engine writes can be had again:
// a pulled page is undone with its cursor and pulled again, and a pushed batch whose
// answers are undone is sent again and answered as a duplicate. The person's own edits go
// through the window's connection, which keeps waiting for the disk on every commit. On a
// laptop busy writing other files, each wait took tens of milliseconds, several per sync.
// It also lets the WAL grow to 64 MiB before copying it back into the file: a page of a
// first sync wrote more than the default 4 MiB, so every commit paid for a checkpoint and
// its waits for the disk (half of a first pull's commit time, decision 0010).
class CommitsWithoutWaiting {
public:
    explicit CommitsWithoutWaiting(QSqlDatabase db)
        : m_db(std::move(db)) {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA synchronous")) && query.next())
            m_previous = query.value(0).toInt();
        if (query.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && query.next())
            m_previousCheckpoint = query.value(0).toInt();
        query.finish();
        sql::exec(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        sql::exec(m_db, QStringLiteral("PRAGMA wal_autocheckpoint = 16384"));
    }
    ~CommitsWithoutWaiting() {
        sql::exec(m_db, QStringLiteral("PRAGMA synchronous = %1").arg(m_previous));
        sql::exec(m_db, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_previousCheckpoint));
    }
    CommitsWithoutWaiting(const CommitsWithoutWaiting&) = delete;
    CommitsWithoutWaiting& operator=(const CommitsWithoutWaiting&) = delete;

private:
    QSqlDatabase m_db;
    int m_previous = 2;              // FULL, as the store is opened
    int m_previousCheckpoint = 1000; // pages, SQLite's default
};

// Pulled pages, each stored with its cursor, in transactions of several pages: a first pull
// in a transaction per page of 1,000 rows spent more time committing than storing (each
// commit writes every index page its rows touched, and in a large store a page's random ids
// touch a different index page each; 3.7 of 13 s at 5,000 families, decision 0010). A
// transaction ends after a page and its cursor, so a crash or a failure still repeats pages
// and never skips one. Foreign keys are off while a transaction is open: a page holds each
// row's latest state, so a row may come before the row it refers to (or after the page that
// removed it), and SQLite reads the setting only outside a transaction.
class PagesInTransaction {
public:
    static constexpr qsizetype kRowsPerCommit = 10000;

    explicit PagesInTransaction(QSqlDatabase db)
        : m_db(std::move(db)) {}
    ~PagesInTransaction() { rollback(); }
    PagesInTransaction(const PagesInTransaction&) = delete;
    PagesInTransaction& operator=(const PagesInTransaction&) = delete;

    // Before a page: opens a transaction unless one is open.
    Status begin() {
        if (m_open)
            return okStatus();
        sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
        m_open.emplace(m_db);
        m_rows = 0;
        return m_open->begun();
    }
    // After a page and its cursor: commits when enough rows wait, or when `last`.
    Status added(qsizetype rows, bool last) {
        m_rows += rows;
        return last || m_rows >= kRowsPerCommit ? commit() : okStatus();
    }
    Status commit() {
        if (!m_open)
            return okStatus();
        Status committed = m_open->commit();
        close();
        return committed;
    }
    void rollback() {
        if (m_open)
            close(); // the transaction's destructor undoes it
    }

private:
    void close() {
        m_open.reset();
        sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    }

    QSqlDatabase m_db;
    std::optional<sql::Transaction> m_open;
    qsizetype m_rows = 0;
};

} // namespace kith::sync
