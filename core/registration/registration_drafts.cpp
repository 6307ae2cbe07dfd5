#include "registration/registration_drafts.h"

#include "registration/registration_json.h"
#include "store/sql_support.h"
#include "util/ids.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace kith::registration {
namespace {

std::optional<Draft> draftFrom(QSqlQuery& query) {
    if (!query.next())
        return std::nullopt;
    Draft draft;
    draft.id = query.value(0).toString();
    // A draft was written by this program, so a problem reading it back would be a bug;
    // whatever can be read is kept.
    draft.document = RegistrationJson::read(query.value(1).toByteArray()).document;
    draft.savedAt = sql::toDateTime(query.value(2));
    return draft;
}

} // namespace

DraftStore::DraftStore(const Database& database)
    : m_database(database) {}

Result<QString> DraftStore::save(const QString& id, const RegistrationDocument& document) {
    const QString draftId = id.isEmpty() ? newId() : id;
    const QByteArray json =
        QJsonDocument(RegistrationJson::write(document)).toJson(QJsonDocument::Compact);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO registration_draft (id, document, created_at, saved_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET document = excluded.document, "
        "saved_at = excluded.saved_at"));
    const QVariant now = sql::fromDateTime(m_database.clock().nowUtc());
    query.addBindValue(draftId);
    query.addBindValue(QString::fromUtf8(json));
    query.addBindValue(now);
    query.addBindValue(now);
    if (Status done = sql::exec(query); !done)
        return Result<QString>::fail(tr("The draft could not be saved: %1").arg(done.error()));
    return Result<QString>::ok(draftId);
}

std::optional<Draft> DraftStore::latest() const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, document, saved_at FROM registration_draft "
                                 "ORDER BY saved_at DESC, rowid DESC LIMIT 1"));
    if (!sql::exec(query))
        return std::nullopt;
    return draftFrom(query);
}

std::optional<Draft> DraftStore::find(const QString& id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id, document, saved_at FROM registration_draft WHERE id = ?"));
    query.addBindValue(id);
    if (!sql::exec(query))
        return std::nullopt;
    return draftFrom(query);
}

int DraftStore::count() const {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM registration_draft")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Status DraftStore::discard(const QString& id) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM registration_draft WHERE id = ?"));
    query.addBindValue(id);
    return sql::exec(query);
}

} // namespace kith::registration
