#include "client/refused_changes.h"

#include "audit/audit_writer.h"
#include "due/due_settings.h"
#include "store/sql_support.h"

namespace kith::sync {

RefusedChanges::RefusedChanges(Database& database)
    : m_database(database)
    , m_state(database.connection()) {}

QList<RejectedChange> RefusedChanges::list() {
    return m_state.rejected();
}

int RefusedChanges::count() {
    return m_state.rejectedCount();
}

Status RefusedChanges::dismiss(const QString& mutationId) {
    sql::Transaction transaction(m_database.connection());
    if (!transaction.begun())
        return transaction.begun();
    std::optional<RejectedChange> dismissed;
    for (const RejectedChange& change : m_state.rejected()) {
        if (change.mutationId == mutationId)
            dismissed = change;
    }
    if (!dismissed || !m_state.dismissRejected(mutationId))
        return Status::fail(tr("That refused change is no longer in the list: it may have "
                               "been dismissed already. Close the list and open it again."));
    // The trail names the record and what was tried, never its content or the server's
    // reason. It carries no family: when the hub refused the change because of the family
    // (not there, or not this account's), it would refuse this event too, and dismissing
    // that would start the loop again.
    audit::AuditEvent event;
    event.actor = m_actor.isEmpty() ? due::DueSettings::actorId(m_database) : m_actor;
    event.action = audit::Action::Change;
    event.entity = dismissed->entity;
    event.entityId = dismissed->entityId;
    event.detail = QStringLiteral("refused change dismissed (%1)").arg(dismissed->operation);
    audit::AuditWriter writer(m_database.connection(), m_database.clock(), m_database.deviceId());
    if (const auto appended = writer.append(event); !appended)
        return Status::fail(appended.error());
    return transaction.commit();
}

QString RefusedChanges::recordKind(const QString& entity) {
    // The records people meet by name; any other table reads as its own words.
    static const QList<std::pair<const char*, const char*>> known = {
        {"family", QT_TR_NOOP("Family")},
        {"person", QT_TR_NOOP("Person")},
        {"person_name", QT_TR_NOOP("Name")},
        {"address", QT_TR_NOOP("Address")},
        {"contact_detail", QT_TR_NOOP("Contact detail")},
        {"involvement", QT_TR_NOOP("Involvement of a professional")},
        {"lead_professional", QT_TR_NOOP("Lead professional")},
        {"relationship_to_child", QT_TR_NOOP("Relationship to a child")},
        {"agency", QT_TR_NOOP("Agency")},
        {"professional", QT_TR_NOOP("Professional")},
        {"audit_event", QT_TR_NOOP("Audit log entry")},
        {"case_note", QT_TR_NOOP("Note")},
        {"contact_record", QT_TR_NOOP("Contact with the family")},
        {"chronology_entry", QT_TR_NOOP("Chronology entry")},
        {"journey_event", QT_TR_NOOP("Step in the family's journey")},
        {"consent_record", QT_TR_NOOP("Consent")},
        {"plan_version", QT_TR_NOOP("Plan")},
        {"meeting_note", QT_TR_NOOP("Meeting note")},
    };
    for (const auto& [name, words] : known) {
        if (entity == QLatin1String(name))
            return tr(words);
    }
    QString words = entity;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString RefusedChanges::whatWasTried(const QString& operation) {
    if (operation == QLatin1String("insert"))
        return tr("Adding it");
    if (operation == QLatin1String("delete"))
        return tr("Removing it");
    return tr("Changing it");
}

QString RefusedChanges::plainReason(const QString& serverReason) {
    const auto has = [&](const char* words) {
        return serverReason.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    if (has("does not work with the family"))
        return tr("The hub does not record you as working with this family, so it did not "
                  "take the change. If you do work with them, ask your manager to add you, "
                  "then make the change again.");
    if (has("admin accounts"))
        return tr("Administrator accounts cannot change family records. Sign in with your "
                  "practitioner account and make the change again.");
    if (has("append-only"))
        return tr("This kind of record cannot be changed or removed once written. Add a new "
                  "one that corrects it instead.");
    if (has("family is not on the server"))
        return tr("The hub does not have this family. If the family was removed, the change "
                  "is not needed; otherwise tell your Kith administrator.");
    if (has("exists with different content"))
        return tr("The hub already has a different record under the same identity. Tell your "
                  "Kith administrator.");
    if (has("not on the server"))
        return tr("The hub no longer has this record; it may have been removed on another "
                  "computer.");
    return tr("The hub refused it: \u201c%1\u201d. Tell your Kith administrator.")
        .arg(serverReason);
}

} // namespace kith::sync
