#pragma once

#include "store/database.h"
#include "util/result.h"

#include <QCoreApplication>

namespace kith::due {

// Two settings of this store, kept in store_meta and never synced: they belong to the
// laptop, not to the family records.
// - Who is using Kith ("me"), until there are accounts: chosen once on the start screen.
// - Which council's deadline policy applies (a preset name, "hackney" by default).
class DueSettings {
    Q_DECLARE_TR_FUNCTIONS(kith::due::DueSettings)

public:
    static QString defaultPolicyName() { return QStringLiteral("hackney"); }

    static QString currentProfessionalId(const Database& database);
    // The id must name a professional in this store; empty forgets the choice.
    static Status setCurrentProfessionalId(const Database& database, const QString& id);

    static QString policyName(const Database& database);
    // The name must be one of DeadlinePolicy::presetNames().
    static Status setPolicyName(const Database& database, const QString& name);
};

} // namespace kith::due
