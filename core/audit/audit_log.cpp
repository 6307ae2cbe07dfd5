#include "audit/audit_log.h"

#include "audit/audit_writer.h"
#include "store/database.h"
#include "store/sql_support.h"

#include <QSqlQuery>
#include <array>
#include <utility>

namespace kith::audit {
namespace {

// Stored names; never rename one that has shipped.
constexpr std::array<std::pair<Action, const char*>, 13> kActionNames{{
    {Action::View, "view"},
    {Action::Search, "search"},
    {Action::Change, "change"},
    {Action::Export, "export"},
    {Action::Print, "print"},
    {Action::Share, "share"},
    {Action::Destroy, "destroy"},
    {Action::LegalHold, "legal_hold"},
    {Action::RetentionReview, "retention_review"},
    {Action::Lock, "lock"},
    {Action::Unlock, "unlock"},
    {Action::UnlockFailed, "unlock_failed"},
    {Action::PrivacyScreen, "privacy_screen"},
}};

constexpr QLatin1String kColumns(
    "seq, id, occurred_at, actor, device_id, action, family_id, person_id, entity, entity_id, "
    "detail, previous_hash, hash");

AuditEvent eventFrom(const QSqlQuery& query) {
    AuditEvent event;
    event.seq = query.value(0).toLongLong();
    event.id = query.value(1).toString();
    event.occurredAt = sql::toDateTime(query.value(2));
    event.actor = query.value(3).toString();
    event.deviceId = query.value(4).toString();
    event.action = actionFromName(query.value(5).toString()).value_or(Action::View);
    event.familyId = query.value(6).toString();
    event.personId = query.value(7).toString();
    event.entity = query.value(8).toString();
    event.entityId = query.value(9).toString();
    event.detail = query.value(10).toString();
    event.previousHash = query.value(11).toString();
    event.hash = query.value(12).toString();
    return event;
}

QList<AuditEvent> eventsOf(QSqlQuery& query) {
    QList<AuditEvent> events;
    if (!query.exec())
        return events;
    while (query.next())
        events.append(eventFrom(query));
    return events;
}

} // namespace

QString actionName(Action action) {
    for (const auto& [value, name] : kActionNames) {
        if (value == action)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Action> actionFromName(const QString& name) {
    for (const auto& [value, stored] : kActionNames) {
        if (name == QLatin1String(stored))
            return value;
    }
    return std::nullopt;
}

AuditLog::AuditLog(Database& database)
    : m_database(database)
    , m_actor(operatingSystemUser())
    , m_writer(std::make_unique<AuditWriter>(database.connection(), database.clock(),
                                             database.deviceId())) {}

AuditLog::~AuditLog() = default;

QString AuditLog::operatingSystemUser() {
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    }
    return QStringLiteral("local user");
}

void AuditLog::setActor(const QString& actor) {
    m_actor = actor;
}

const QString& AuditLog::actor() const {
    return m_actor;
}

Result<AuditEvent> AuditLog::record(AuditEvent event) {
    if (event.actor.isEmpty())
        event.actor = m_actor;
    // A savepoint joins an open transaction, or starts (and here ends) its own.
    const QSqlDatabase db = m_database.connection();
    if (Status begun = sql::exec(db, QStringLiteral("SAVEPOINT kith_audit")); !begun)
        return Result<AuditEvent>::fail(begun.error());
    Result<AuditEvent> stored = m_writer->append(std::move(event));
    if (!stored) {
        sql::exec(db, QStringLiteral("ROLLBACK TO kith_audit"));
        sql::exec(db, QStringLiteral("RELEASE kith_audit"));
        return stored;
    }
    if (Status released = sql::exec(db, QStringLiteral("RELEASE kith_audit")); !released)
        return Result<AuditEvent>::fail(released.error());
    return stored;
}

Status AuditLog::recordView(const QString& familyId, const QString& personId) {
    AuditEvent event;
    event.action = Action::View;
    event.familyId = familyId;
    event.personId = personId;
    const auto stored = record(event);
    return stored ? okStatus() : Status::fail(stored.error());
}

Status AuditLog::recordAction(Action action, const QString& detail) {
    AuditEvent event;
    event.action = action;
    event.detail = detail;
    const auto stored = record(event);
    return stored ? okStatus() : Status::fail(stored.error());
}

QList<AuditEvent> AuditLog::history(const QString& familyId, int limit) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_event WHERE family_id = ? "
                                 "ORDER BY seq DESC LIMIT ?")
                      .arg(kColumns));
    query.addBindValue(familyId);
    query.addBindValue(limit < 0 ? -1 : limit);
    return eventsOf(query);
}

QList<AuditEvent> AuditLog::historyOfPerson(const QString& personId) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_event WHERE person_id = ? ORDER BY seq")
                      .arg(kColumns));
    query.addBindValue(personId);
    return eventsOf(query);
}

QList<AuditEvent> AuditLog::recent(int limit) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM audit_event ORDER BY seq DESC LIMIT ?").arg(kColumns));
    query.addBindValue(limit < 0 ? -1 : limit);
    return eventsOf(query);
}

} // namespace kith::audit
