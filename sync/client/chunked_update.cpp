#include "client/chunked_update.h"

#include "store/sql_support.h"

#include <QSqlQuery>

namespace kith::sync {

namespace {
// Well under SQLite's limit on bound values (32766 since 3.32).
constexpr qsizetype kChunk = 400;
} // namespace

Status execForKeys(const QSqlDatabase& db, const QString& statement, const QVariantList& leading,
                   const QVariantList& keys) {
    for (qsizetype from = 0; from < keys.size(); from += kChunk) {
        const qsizetype count = std::min(kChunk, keys.size() - from);
        QString marks;
        marks.reserve(count * 2);
        for (qsizetype i = 0; i < count; ++i)
            marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
        QSqlQuery query(db);
        if (!query.prepare(statement.arg(marks)))
            return Status::fail(sql::describeFailure(query));
        for (const QVariant& value : leading)
            query.addBindValue(value);
        for (qsizetype i = 0; i < count; ++i)
            query.addBindValue(keys.at(from + i));
        if (Status done = sql::exec(query); !done)
            return done;
    }
    return okStatus();
}

} // namespace kith::sync
