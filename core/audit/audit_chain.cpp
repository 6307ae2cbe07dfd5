#include "audit/audit_chain.h"

#include "store/sql_support.h"

#include <QCryptographicHash>

namespace kith::audit {

QString genesisHash() {
    return QString(64, u'0');
}

QStringList canonicalFields(const AuditEvent& event) {
    return {event.id,
            sql::fromDateTime(event.occurredAt).toString(),
            event.actor,
            event.deviceId,
            actionName(event.action),
            event.familyId,
            event.personId,
            event.entity,
            event.entityId,
            event.detail,
            event.previousHash};
}

QByteArray canonicalForm(const QStringList& fields) {
    QByteArray form("kith-audit-v1\n");
    for (const QString& field : fields) {
        const QByteArray bytes = field.toUtf8();
        form.append(QByteArray::number(bytes.size()));
        form.append(':');
        form.append(bytes);
        form.append('\n');
    }
    return form;
}

QString chainHash(const QStringList& fields) {
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalForm(fields), QCryptographicHash::Sha256).toHex());
}

} // namespace kith::audit
