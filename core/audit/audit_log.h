#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace kith {

class Database;

namespace audit {

class AuditWriter;

// What someone did. The names stored (see actionName) never change once shipped:
// the server and older audit rows rely on them.
enum class Action {
    View,   // opened a family's record (or one person's)
    Search, // searched for people; detail holds no search text
    Change, // a row of synced data was inserted, updated or removed
    Export, // wrote records to a file (subject access, reports)
    Print,
    Share,           // sent records to someone else
    Destroy,         // a family's record was destroyed under the retention policy
    LegalHold,       // a legal hold was placed or lifted
    RetentionReview, // a destruction was proposed, approved or rejected
    Lock,            // the window locked (idle, shortcut, lid, screen lock)
    Unlock,
    UnlockFailed,  // a wrong passphrase or PIN
    PrivacyScreen, // the privacy screen was shown or hidden
};

QString actionName(Action action);
std::optional<Action> actionFromName(const QString& name);

// One audit record. When recording, leave id, occurredAt, actor and deviceId empty to
// have the log fill them (new id, the store's clock, the log's actor, the store's
// device); seq, previousHash and hash are always set by the log.
struct AuditEvent {
    qint64 seq = 0;
    QString id;
    QDateTime occurredAt;
    QString actor;
    QString deviceId;
    Action action = Action::View;
    QString familyId; // empty when the event concerns no family
    QString personId; // empty when it concerns a whole family or nobody
    QString entity;   // the table changed, for Change; otherwise optional
    QString entityId;
    // Never personal data: a reason code, counts, a file kind. Not free text from a form.
    QString detail;
    QString previousHash;
    QString hash;
};

// What verify() found. `intact` is true only when every row chains to the one before.
struct VerifyResult {
    enum class Problem {
        None,
        Altered,    // a row's fields no longer match its own hash
        Removed,    // a seq is missing, or previous_hash does not match the row before
        Reordered,  // a row's hash belongs to another position (rows swapped or moved)
        Unreadable, // the table could not be read
    };
    bool intact = true;
    qint64 checked = 0;   // rows checked
    qint64 brokenSeq = 0; // the first row found wrong; 0 when intact
    Problem problem = Problem::None;
    QString message; // for a person: where it breaks and what that means
    explicit operator bool() const { return intact; }
};

// The audit log of a store: append-only and hash-chained (docs/decisions/0005-audit-chain.md).
// Each record also goes into the change log as an insert of entity "audit_event", in the
// same transaction, so the sync engine carries it to the server.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(kith::audit::AuditLog)

public:
    explicit AuditLog(Database& database);
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    // Who is recorded when an event names no actor (the signed-in user). Until set:
    // the operating-system account name.
    void setActor(const QString& actor);
    static QString operatingSystemUser();
    const QString& actor() const;

    // Appends one event. Joins the caller's transaction when one is open, otherwise
    // commits on its own. Returns the stored event (seq, id, hashes filled in).
    Result<AuditEvent> record(AuditEvent event);
    // Shorthands for the common cases.
    Status recordView(const QString& familyId, const QString& personId = {});
    Status recordAction(Action action, const QString& detail = {});

    // A family's access history for a manager: views, changes, exports, prints, shares,
    // newest first. `limit` < 0 means all.
    QList<AuditEvent> history(const QString& familyId, int limit = 200) const;
    // Events that name this person, oldest first (for subject access).
    QList<AuditEvent> historyOfPerson(const QString& personId) const;
    // The newest events of any kind, newest first.
    QList<AuditEvent> recent(int limit = 50) const;

    // Walks the whole chain from the first row; stops at the first problem.
    VerifyResult verify() const;

private:
    Database& m_database;
    QString m_actor;
    std::unique_ptr<AuditWriter> m_writer;
};

} // namespace audit
} // namespace kith
