#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kith {
class Database;
}

namespace kith::consent {

// One of the hub's named agencies: the organisations the registration form tells families
// their information may be shared with (seed 000). A family says yes or no to each.
struct HubAgency {
    QString key;  // stable, e.g. "family-lives"; what consent records store
    QString name; // as the form names it
    QString kind; // "health", "voluntary", ...
    // Other names the same service goes by in the agency directory ("Health Visiting Team"),
    // so that a professional's agency can be matched to the list.
    QStringList alsoKnownAs;
};

// A hub's list of named agencies, kept as data (resources/agencies/<hub>.json) because each
// hub has its own information sharing agreement.
class HubAgencies {
    Q_DECLARE_TR_FUNCTIONS(kith::consent::HubAgencies)

public:
    static QString defaultHub() { return QStringLiteral("westminster"); }
    static QStringList presetNames();
    static Result<HubAgencies> preset(const QString& hub);
    // The list this store uses: the hub named in store_meta ("agency_list"), else the default.
    static Result<HubAgencies> forStore(const Database& database);
    // Checks every agency has a unique key and a name; a failure names the source and entry.
    static Result<HubAgencies> fromJson(const QByteArray& json, const QString& sourceName);

    const QString& hub() const { return m_hub; }
    const QString& title() const { return m_title; }
    // How long consent stands before it must be confirmed again with the family.
    int reviewMonths() const { return m_reviewMonths; }
    const QList<HubAgency>& agencies() const { return m_agencies; }

    // By key, or by name or other name (case and spacing ignored); nullptr when unknown.
    const HubAgency* find(const QString& keyOrName) const;

private:
    QString m_hub;
    QString m_title;
    int m_reviewMonths = 12;
    QList<HubAgency> m_agencies;
};

} // namespace kith::consent
