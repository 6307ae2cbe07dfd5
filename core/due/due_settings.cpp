#include "due/due_settings.h"

#include "policy/deadline_policy.h"
#include "store/sql_support.h"

#include <QSqlQuery>

namespace kith::due {
namespace {

const QString kProfessionalKey = QStringLiteral("current_professional_id");
const QString kPolicyKey = QStringLiteral("deadline_policy");
const QString kCouncilPolicyKey = QStringLiteral("deadline_policy_json");

QString readMeta(const Database& database, const QString& key) {
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT value FROM store_meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

Status writeMeta(const Database& database, const QString& key, const QString& value) {
    QSqlQuery query(database.connection());
    if (value.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM store_meta WHERE key = ?"));
        query.addBindValue(key);
    } else {
        query.prepare(QStringLiteral("INSERT INTO store_meta (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(key);
        query.addBindValue(value);
    }
    return sql::exec(query);
}

} // namespace

QString DueSettings::currentProfessionalId(const Database& database) {
    return readMeta(database, kProfessionalKey);
}

QString DueSettings::actorId(const Database& database) {
    const QString me = currentProfessionalId(database);
    return me.isEmpty() ? QStringLiteral("local user") : me;
}

Status DueSettings::setCurrentProfessionalId(const Database& database, const QString& id) {
    if (!id.isEmpty()) {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT 1 FROM professional WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return Status::fail(tr("There is no professional with that id in this store: choose "
                                   "one from the list of professionals."));
    }
    return writeMeta(database, kProfessionalKey, id);
}

QString DueSettings::policyName(const Database& database) {
    const QString stored = readMeta(database, kPolicyKey);
    return stored.isEmpty() ? defaultPolicyName() : stored;
}

Status DueSettings::setPolicyName(const Database& database, const QString& name) {
    if (!policy::DeadlinePolicy::presetNames().contains(name))
        return Status::fail(
            tr("There is no deadline policy called \"%1\": use one of %2.")
                .arg(name, policy::DeadlinePolicy::presetNames().join(QStringLiteral(", "))));
    if (Status cleared = writeMeta(database, kCouncilPolicyKey, {}); !cleared)
        return cleared;
    return writeMeta(database, kPolicyKey, name);
}

Status DueSettings::setCouncilPolicy(const Database& database, const QByteArray& json,
                                     const QString& sourceName) {
    const auto parsed = policy::DeadlinePolicy::fromJson(json, sourceName);
    if (!parsed)
        return Status::fail(parsed.error());
    if (Status kept = writeMeta(database, kCouncilPolicyKey, QString::fromUtf8(json)); !kept)
        return kept;
    return writeMeta(database, kPolicyKey, parsed.value().name);
}

Result<policy::DeadlinePolicy> DueSettings::policy(const Database& database) {
    const QString council = readMeta(database, kCouncilPolicyKey);
    if (!council.isEmpty())
        return policy::DeadlinePolicy::fromJson(council.toUtf8(), tr("the council's policy"));
    return policy::DeadlinePolicy::preset(policyName(database));
}

} // namespace kith::due
