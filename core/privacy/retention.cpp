#include "privacy/retention.h"

#include "audit/audit_log.h"
#include "privacy/family_rows.h"
#include "search/person_index.h"
#include "store/database.h"
#include "store/sql_support.h"
#include "util/ids.h"

#include <QSqlQuery>
#include <algorithm>

namespace kith::privacy {
namespace {

const QString kLegalHold = QStringLiteral("legal_hold");
const QString kReview = QStringLiteral("destruction_review");

DestructionReview reviewFrom(const QSqlQuery& query) {
    return {query.value(0).toString(), query.value(1).toString(),       query.value(2).toString(),
            query.value(3).toString(), sql::toDateTime(query.value(4)), query.value(5).toString(),
            query.value(6).toString(), sql::toDateTime(query.value(7))};
}

constexpr QLatin1String kReviewColumns("id, family_id, grounds, proposed_by, proposed_at, "
                                       "decision, reviewed_by, reviewed_at");

} // namespace

Retention::Retention(Database& database, RetentionPolicy policy)
    : m_database(database)
    , m_policy(std::move(policy))
    , m_writer(database.connection(), database.clock(), database.deviceId())
    , m_audit(std::make_unique<audit::AuditLog>(database)) {}

Retention::~Retention() = default;

void Retention::setActor(const QString& actor) {
    m_writer.setActor(actor);
    m_audit->setActor(actor);
}

std::optional<QDate> Retention::keepUntil(const QString& familyId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT f.updated_at, (SELECT max(coalesce(date_of_birth, expected_delivery_date)) "
        "FROM person p WHERE p.family_id = f.id AND p.role IN ('child', 'young_person')) "
        "FROM family f WHERE f.id = ?"));
    query.addBindValue(familyId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return m_policy.keepUntil(
        {sql::toDateTime(query.value(0)).date(), sql::toDate(query.value(1))});
}

QList<RetentionDue> Retention::due(const QDate& today) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QStringList ids;
    if (query.exec(QStringLiteral("SELECT id FROM family ORDER BY id"))) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    QList<RetentionDue> result;
    for (const QString& id : std::as_const(ids)) {
        const auto until = keepUntil(id);
        if (until && *until <= today)
            result.append({id, *until, onHold(id)});
    }
    return result;
}

Result<QString> Retention::placeHold(const QString& familyId, const QString& reason) {
    if (reason.trimmed().isEmpty())
        return Result<QString>::fail(
            tr("A legal hold needs a reason, such as the court case or request it is for."));
    if (!keepUntil(familyId))
        return Result<QString>::fail(tr("There is no family with that id in this store."));
    const QString id = newId();
    sql::Transaction transaction(m_database.connection());
    if (!transaction.begun())
        return Result<QString>::fail(transaction.begun().error());
    const auto stored = m_writer.insert(
        kLegalHold,
        {{QStringLiteral("id"), id},
         {QStringLiteral("family_id"), familyId},
         {QStringLiteral("reason"), reason.trimmed()},
         {QStringLiteral("placed_by"), m_writer.actor()},
         {QStringLiteral("placed_at"), sql::fromDateTime(m_database.clock().nowUtc())}});
    if (!stored)
        return Result<QString>::fail(stored.error());
    if (Status recorded = recordAudit(audit::Action::LegalHold, familyId, kLegalHold, id,
                                      QStringLiteral("placed"));
        !recorded)
        return Result<QString>::fail(recorded.error());
    if (Status committed = transaction.commit(); !committed)
        return Result<QString>::fail(committed.error());
    return Result<QString>::ok(id);
}

Status Retention::liftHold(const QString& holdId) {
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT family_id FROM legal_hold WHERE id = ? AND lifted_at IS NULL"));
    query.addBindValue(holdId);
    if (!query.exec() || !query.next())
        return Status::fail(tr("There is no current legal hold with that id."));
    const QString familyId = query.value(0).toString();
    query.finish();
    sql::Transaction transaction(m_database.connection());
    if (!transaction.begun())
        return transaction.begun();
    if (Status done = m_writer.update(
            kLegalHold, holdId,
            {{QStringLiteral("lifted_by"), m_writer.actor()},
             {QStringLiteral("lifted_at"), sql::fromDateTime(m_database.clock().nowUtc())}});
        !done)
        return done;
    if (Status recorded = recordAudit(audit::Action::LegalHold, familyId, kLegalHold, holdId,
                                      QStringLiteral("lifted"));
        !recorded)
        return Status::fail(recorded.error());
    return transaction.commit();
}

QList<LegalHold> Retention::holds(const QString& familyId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id, family_id, reason, placed_by, placed_at, lifted_by, "
                       "lifted_at FROM legal_hold WHERE family_id = ? ORDER BY placed_at"));
    query.addBindValue(familyId);
    QList<LegalHold> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(),
                       sql::toDateTime(query.value(4)), query.value(5).toString(),
                       sql::toDateTime(query.value(6))});
    }
    return result;
}

bool Retention::onHold(const QString& familyId) const {
    const QList<LegalHold> all = holds(familyId);
    return std::any_of(all.begin(), all.end(), [](const LegalHold& hold) { return hold.active(); });
}

Result<QString> Retention::proposeDestruction(const QString& familyId, const QDate& today) {
    using Fail = Result<QString>;
    const auto until = keepUntil(familyId);
    if (!until)
        return Fail::fail(tr("There is no family with that id in this store."));
    if (*until > today)
        return Fail::fail(tr("This family's record must be kept until %1 under the \"%2\" "
                             "retention policy.")
                              .arg(until->toString(Qt::ISODate), m_policy.name));
    if (onHold(familyId))
        return Fail::fail(tr("This family's record is under a legal hold and cannot be "
                             "destroyed. Lift the hold first if it no longer applies."));
    const QString id = newId();
    sql::Transaction transaction(m_database.connection());
    if (!transaction.begun())
        return Fail::fail(transaction.begun().error());
    const QString grounds =
        QStringLiteral("policy %1: kept until %2").arg(m_policy.name, until->toString(Qt::ISODate));
    const auto stored = m_writer.insert(
        kReview, {{QStringLiteral("id"), id},
                  {QStringLiteral("family_id"), familyId},
                  {QStringLiteral("grounds"), grounds},
                  {QStringLiteral("proposed_by"), m_writer.actor()},
                  {QStringLiteral("proposed_at"), sql::fromDateTime(m_database.clock().nowUtc())}});
    if (!stored)
        return Fail::fail(stored.error());
    if (Status recorded = recordAudit(audit::Action::RetentionReview, familyId, kReview, id,
                                      QStringLiteral("proposed"));
        !recorded)
        return Fail::fail(recorded.error());
    if (Status committed = transaction.commit(); !committed)
        return Fail::fail(committed.error());
    return Result<QString>::ok(id);
}

std::optional<DestructionReview> Retention::review(const QString& reviewId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM destruction_review WHERE id = ?").arg(kReviewColumns));
    query.addBindValue(reviewId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return reviewFrom(query);
}

QList<DestructionReview> Retention::reviews() const {
    QSqlQuery query(m_database.connection());
    QList<DestructionReview> result;
    if (!query.exec(QStringLiteral("SELECT %1 FROM destruction_review ORDER BY proposed_at")
                        .arg(kReviewColumns)))
        return result;
    while (query.next())
        result.append(reviewFrom(query));
    return result;
}

Status Retention::recordAudit(audit::Action action, const QString& familyId, const QString& entity,
                              const QString& entityId, const QString& detail) {
    audit::AuditEvent event;
    event.action = action;
    event.familyId = familyId;
    event.entity = entity;
    event.entityId = entityId;
    event.detail = detail;
    const auto recorded = m_audit->record(event);
    return recorded ? okStatus() : Status::fail(recorded.error());
}

Result<DestructionReview> Retention::pendingReview(const QString& reviewId) const {
    const auto pending = review(reviewId);
    if (!pending || pending->decision != QLatin1String("pending"))
        return Result<DestructionReview>::fail(
            tr("There is no pending destruction review with that id."));
    if (pending->proposedBy == m_writer.actor())
        return Result<DestructionReview>::fail(tr("A destruction must be reviewed by someone "
                                                  "other than the person who proposed it."));
    return Result<DestructionReview>::ok(*pending);
}

Status Retention::recordDecision(const QString& reviewId, const QString& decision) {
    return m_writer.update(
        kReview, reviewId,
        {{QStringLiteral("decision"), decision},
         {QStringLiteral("reviewed_by"), m_writer.actor()},
         {QStringLiteral("reviewed_at"), sql::fromDateTime(m_database.clock().nowUtc())}});
}

Status Retention::reject(const QString& reviewId) {
    const auto pending = pendingReview(reviewId);
    if (!pending)
        return Status::fail(pending.error());
    sql::Transaction transaction(m_database.connection());
    if (!transaction.begun())
        return transaction.begun();
    if (Status done = recordDecision(reviewId, QStringLiteral("rejected")); !done)
        return done;
    if (Status recorded = recordAudit(audit::Action::RetentionReview, pending.value().familyId,
                                      kReview, reviewId, QStringLiteral("rejected"));
        !recorded)
        return Status::fail(recorded.error());
    return transaction.commit();
}

Status Retention::approveAndDestroy(const QString& reviewId) {
    const auto pending = pendingReview(reviewId);
    if (!pending)
        return Status::fail(pending.error());
    if (onHold(pending.value().familyId))
        return Status::fail(tr("This family's record has been put under a legal hold since the "
                               "destruction was proposed, so it cannot be destroyed."));
    sql::Transaction transaction(m_database.connection());
    if (!transaction.begun())
        return transaction.begun();
    if (Status done = recordDecision(reviewId, QStringLiteral("approved")); !done)
        return done;
    if (Status done = destroyFamilyRows(pending.value().familyId); !done)
        return done;
    if (Status recorded =
            recordAudit(audit::Action::Destroy, pending.value().familyId, kReview, reviewId,
                        QStringLiteral("proposed by %1").arg(pending.value().proposedBy));
        !recorded)
        return Status::fail(recorded.error());
    return transaction.commit();
}

Status Retention::destroyFamilyRows(const QString& familyId) {
    const QSqlDatabase db = m_database.connection();
    search::PersonIndex index(db);
    for (const FamilyRow& row : familyRows(db, familyId)) {
        if (row.searchKey != 0) {
            if (Status done = index.remove(row.searchKey); !done)
                return done;
        }
        if (Status done = m_writer.remove(row.table, row.id); !done)
            return done;
    }
    return okStatus();
}

} // namespace kith::privacy
