#pragma once

#include "privacy/retention_policy.h"
#include "store/record_writer.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace kith {
class Database;
namespace audit {
class AuditLog;
enum class Action;
} // namespace audit
} // namespace kith

namespace kith::privacy {

struct LegalHold {
    QString id;
    QString familyId;
    QString reason;
    QString placedBy;
    QDateTime placedAt;
    QString liftedBy;
    QDateTime liftedAt;
    bool active() const { return !liftedAt.isValid(); }
};

struct DestructionReview {
    QString id;
    QString familyId;
    QString grounds;
    QString proposedBy;
    QDateTime proposedAt;
    QString decision; // pending | approved | rejected
    QString reviewedBy;
    QDateTime reviewedAt;
};

// A family whose retention period has run out.
struct RetentionDue {
    QString familyId;
    QDate keepUntil;
    bool onHold = false;
};

// Retention for one store: which families are due, legal holds, and destruction as a
// recorded, reviewed action. A record is destroyed only when one person has proposed
// it and a different person has approved it, and never while a legal hold is on it.
// The rows go through RecordWriter (so the change log carries the removal to the
// server) and an audit event records who destroyed what, and on whose review.
class Retention {
    Q_DECLARE_TR_FUNCTIONS(kith::privacy::Retention)

public:
    Retention(Database& database, RetentionPolicy policy);
    ~Retention();

    // Who is acting: the proposer, the reviewer, whoever places a hold.
    void setActor(const QString& actor);
    const RetentionPolicy& policy() const { return m_policy; }

    std::optional<QDate> keepUntil(const QString& familyId) const;
    QList<RetentionDue> due(const QDate& today) const;

    Result<QString> placeHold(const QString& familyId, const QString& reason);
    Status liftHold(const QString& holdId);
    QList<LegalHold> holds(const QString& familyId) const;
    bool onHold(const QString& familyId) const;

    // Proposing needs the retention period to have run out and no hold.
    Result<QString> proposeDestruction(const QString& familyId, const QDate& today);
    Status reject(const QString& reviewId);
    // Approves and destroys in one transaction. The reviewer (the actor) must not be
    // the proposer, and the family must not be on hold at this moment.
    Status approveAndDestroy(const QString& reviewId);
    std::optional<DestructionReview> review(const QString& reviewId) const;
    QList<DestructionReview> reviews() const;

private:
    // The review, when it is still pending and the actor may decide it.
    Result<DestructionReview> pendingReview(const QString& reviewId) const;
    Status recordDecision(const QString& reviewId, const QString& decision);
    // Leaves the audit event for one retention step, in the caller's transaction.
    Status recordAudit(audit::Action action, const QString& familyId, const QString& entity,
                       const QString& entityId, const QString& detail);
    Status destroyFamilyRows(const QString& familyId);

    Database& m_database;
    RetentionPolicy m_policy;
    store::RecordWriter m_writer;
    std::unique_ptr<audit::AuditLog> m_audit;
};

} // namespace kith::privacy
