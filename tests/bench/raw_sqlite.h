#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <sqlite3.h>
#include <stdexcept>

namespace kith::bench {

// Thrown when the raw API reports an error; the benchmark treats it as a failure.
class RawError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One prepared statement, finalized on destruction. Text is bound without a copy
// (SQLITE_STATIC), so the caller keeps the bytes alive until the next reset().
class RawStatement {
public:
    RawStatement(sqlite3* db, const QByteArray& sql);
    ~RawStatement();
    RawStatement(RawStatement&& other) noexcept;
    RawStatement& operator=(RawStatement&&) = delete;
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    void bindText(int index, const QByteArray& utf8); // 1-based, as in SQLite
    void bindInt(int index, std::int64_t value);
    void bindNull(int index);
    // True while there is a row; throws on an error.
    bool step();
    // Steps a statement that returns no rows (INSERT, DELETE, BEGIN...) and resets it.
    void run();
    void reset();

    int columnCount() const { return sqlite3_column_count(m_stmt); }
    int columnType(int column) const { return sqlite3_column_type(m_stmt, column); }
    std::int64_t columnInt(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QByteArray columnText(int column) const;
    // Reads `column` the way a caller would (text bytes or an integer) and returns a
    // number that depends on it, so that the read cannot be optimised away.
    std::uint64_t touchColumn(int column) const;

private:
    void check(int rc, const char* what) const;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// One connection opened with sqlite3_open_v2 and set up the way Kith's
// Database::open sets up its QtSql connection (WAL, synchronous=FULL, foreign keys,
// a five second busy timeout, a 32 MiB page cache), so both sides pay for the same
// durability and get the same cache.
class RawDatabase {
public:
    explicit RawDatabase(const QString& path);
    ~RawDatabase();
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    sqlite3* handle() const { return m_db; }
    RawStatement prepare(const QByteArray& sql) const { return RawStatement(m_db, sql); }
    void exec(const char* sql) const;
    std::int64_t lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
    // The single integer a query such as "SELECT count(*) ..." returns.
    std::int64_t scalar(const QByteArray& sql) const;

private:
    sqlite3* m_db = nullptr;
};

} // namespace kith::bench
