#include "raw_sqlite.h"

#include <string>

namespace kith::bench {

RawStatement::RawStatement(sqlite3* db, const QByteArray& sql)
    : m_db(db) {
    check(sqlite3_prepare_v2(db, sql.constData(), static_cast<int>(sql.size()), &m_stmt, nullptr),
          sql.constData());
}

RawStatement::~RawStatement() {
    sqlite3_finalize(m_stmt);
}

RawStatement::RawStatement(RawStatement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt) {
    other.m_stmt = nullptr;
}

void RawStatement::check(int rc, const char* what) const {
    if (rc != SQLITE_OK)
        throw RawError(std::string(what) + ": " + sqlite3_errmsg(m_db));
}

void RawStatement::bindText(int index, const QByteArray& utf8) {
    // A null destructor is SQLITE_STATIC, spelt without the macro's C-style cast.
    check(
        sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), nullptr),
        "bind text");
}

void RawStatement::bindInt(int index, std::int64_t value) {
    check(sqlite3_bind_int64(m_stmt, index, value), "bind int");
}

void RawStatement::bindNull(int index) {
    check(sqlite3_bind_null(m_stmt, index), "bind null");
}

bool RawStatement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw RawError(std::string("step: ") + sqlite3_errmsg(m_db) + " in " + sqlite3_sql(m_stmt));
}

void RawStatement::run() {
    while (step()) {
    }
    reset();
}

void RawStatement::reset() {
    sqlite3_reset(m_stmt);
}

QByteArray RawStatement::columnText(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QByteArray(text, sqlite3_column_bytes(m_stmt, column));
}

std::uint64_t RawStatement::touchColumn(int column) const {
    if (sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER)
        return static_cast<std::uint64_t>(sqlite3_column_int64(m_stmt, column));
    const unsigned char* text = sqlite3_column_text(m_stmt, column);
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return text && bytes > 0 ? static_cast<std::uint64_t>(bytes) + text[bytes - 1] : 0;
}

RawDatabase::RawDatabase(const QString& path) {
    // The flags QtSql's SQLite driver uses for a read-write connection.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_PRIVATECACHE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        throw RawError("cannot open " + path.toStdString() + ": " + message);
    }
    sqlite3_busy_timeout(m_db, 5000);
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = FULL");
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA cache_size = -32768");
}

RawDatabase::~RawDatabase() {
    sqlite3_close(m_db);
}

void RawDatabase::exec(const char* sql) const {
    char* error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = std::string(sql) + ": " + (error ? error : "error");
        sqlite3_free(error);
        throw RawError(message);
    }
}

std::int64_t RawDatabase::scalar(const QByteArray& sql) const {
    RawStatement statement = prepare(sql);
    return statement.step() ? statement.columnInt(0) : 0;
}

} // namespace kith::bench
