#include "store/raw_statements.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace kith::store {

namespace {

QString sqliteMessage(sqlite3* db) {
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

void RawStatement::bindNull(int index) {
    sqlite3_bind_null(m_statement, index);
}

void RawStatement::bindInteger(int index, qint64 value) {
    sqlite3_bind_int64(m_statement, index, value);
}

void RawStatement::bindDouble(int index, double value) {
    sqlite3_bind_double(m_statement, index, value);
}

void RawStatement::bindText(int index, const QString& value) {
    // A null QString is SQL NULL, as QtSql binds it.
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    sqlite3_bind_text16(m_statement, index, value.utf16(),
                        static_cast<int>(value.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

void RawStatement::bindBlob(int index, const QByteArray& value) {
    sqlite3_bind_blob64(m_statement, index, value.constData(),
                        static_cast<sqlite3_uint64>(value.size()), SQLITE_TRANSIENT);
}

Status RawStatement::run() {
    const int stepped = sqlite3_step(m_statement);
    // The message must be read before the reset, which would clear it.
    const QString message = stepped == SQLITE_DONE || stepped == SQLITE_ROW
                                ? QString()
                                : sqliteMessage(sqlite3_db_handle(m_statement));
    sqlite3_reset(m_statement);
    if (!message.isNull())
        return Status::fail(message);
    return okStatus();
}

RawStatements::RawStatements(const QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3* const*>(handle.data());
}

RawStatements::~RawStatements() {
    for (auto& kept : m_statements)
        sqlite3_finalize(kept.second);
}

Result<RawStatement> RawStatements::get(const QString& sql) {
    if (!m_db)
        return Result<RawStatement>::fail(QStringLiteral("not a SQLite connection"));
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        sqlite3_stmt* prepared = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_db, text.constData(), static_cast<int>(text.size()),
                               SQLITE_PREPARE_PERSISTENT, &prepared, nullptr) != SQLITE_OK) {
            sqlite3_finalize(prepared);
            return Result<RawStatement>::fail(sqliteMessage(m_db));
        }
        found = m_statements.emplace(sql, prepared).first;
    }
    sqlite3_reset(found->second);
    sqlite3_clear_bindings(found->second);
    return Result<RawStatement>::ok(RawStatement(found->second));
}

} // namespace kith::store
