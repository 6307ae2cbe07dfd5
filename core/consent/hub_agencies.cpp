#include "consent/hub_agencies.h"

#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace kith::consent {
namespace {

const QString kResourceFolder = QStringLiteral(":/agencies");
const QString kStoreKey = QStringLiteral("agency_list");

QString comparable(const QString& name) {
    return name.simplified().toCaseFolded();
}

} // namespace

QStringList HubAgencies::presetNames() {
    QStringList names;
    const QStringList files =
        QDir(kResourceFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        names.append(file.chopped(5));
    return names;
}

Result<HubAgencies> HubAgencies::preset(const QString& hub) {
    QFile file(kResourceFolder + u'/' + hub + QStringLiteral(".json"));
    if (!presetNames().contains(hub) || !file.open(QIODevice::ReadOnly))
        return Result<HubAgencies>::fail(
            tr("There is no agency list for the hub \"%1\"; the lists Kith has are: %2.")
                .arg(hub, presetNames().join(QStringLiteral(", "))));
    return fromJson(file.readAll(), file.fileName());
}

Result<HubAgencies> HubAgencies::forStore(const Database& database) {
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT value FROM store_meta WHERE key = ?"));
    query.addBindValue(kStoreKey);
    const QString hub =
        query.exec() && query.next() ? query.value(0).toString() : QString(defaultHub());
    return preset(hub.isEmpty() ? defaultHub() : hub);
}

Result<HubAgencies> HubAgencies::fromJson(const QByteArray& json, const QString& sourceName) {
    using R = Result<HubAgencies>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return R::fail(tr("%1 is not an agency list: %2.").arg(sourceName, error.errorString()));
    const QJsonObject root = document.object();
    HubAgencies list;
    list.m_hub = root.value(QStringLiteral("hub")).toString();
    list.m_title = root.value(QStringLiteral("title")).toString();
    list.m_reviewMonths = root.value(QStringLiteral("review_months")).toInt(12);
    if (list.m_hub.isEmpty())
        return R::fail(tr("%1: \"hub\" is missing: give the hub's short name.").arg(sourceName));
    if (list.m_reviewMonths < 1 || list.m_reviewMonths > 60)
        return R::fail(tr("%1: \"review_months\" must be between 1 and 60.").arg(sourceName));
    QSet<QString> keys;
    const QJsonArray agencies = root.value(QStringLiteral("agencies")).toArray();
    for (qsizetype i = 0; i < agencies.size(); ++i) {
        const QJsonObject item = agencies.at(i).toObject();
        HubAgency agency;
        agency.key = item.value(QStringLiteral("id")).toString();
        agency.name = item.value(QStringLiteral("name")).toString().simplified();
        agency.kind = item.value(QStringLiteral("kind")).toString();
        for (const QJsonValue& other : item.value(QStringLiteral("also_known_as")).toArray())
            agency.alsoKnownAs.append(other.toString());
        if (agency.key.isEmpty() || agency.name.isEmpty())
            return R::fail(
                tr("%1: agency %2 needs an \"id\" and a \"name\".").arg(sourceName).arg(i + 1));
        if (keys.contains(agency.key))
            return R::fail(tr("%1: the id \"%2\" is used twice; each agency needs its own.")
                               .arg(sourceName, agency.key));
        keys.insert(agency.key);
        list.m_agencies.append(agency);
    }
    if (list.m_agencies.isEmpty())
        return R::fail(tr("%1 names no agencies.").arg(sourceName));
    return R::ok(list);
}

const HubAgency* HubAgencies::find(const QString& keyOrName) const {
    const QString wanted = comparable(keyOrName);
    for (const HubAgency& agency : m_agencies) {
        if (agency.key == keyOrName || comparable(agency.name) == wanted)
            return &agency;
        for (const QString& other : agency.alsoKnownAs) {
            if (comparable(other) == wanted)
                return &agency;
        }
    }
    return nullptr;
}

} // namespace kith::consent
