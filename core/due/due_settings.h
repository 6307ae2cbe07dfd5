#pragma once

#include "policy/deadline_policy.h"
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
    // Who the records written on this laptop are by: the chosen professional, or "local user"
    // while nobody has said who they are.
    static QString actorId(const Database& database);
    // The id must name a professional in this store; empty forgets the choice.
    static Status setCurrentProfessionalId(const Database& database, const QString& id);

    static QString policyName(const Database& database);
    // The name must be one of DeadlinePolicy::presetNames(); it replaces any council policy.
    static Status setPolicyName(const Database& database, const QString& name);

    // A council's own policy, written as the presets are (resources/policies/*.json). It
    // is checked before it is kept, and then used instead of a preset.
    static Status setCouncilPolicy(const Database& database, const QByteArray& json,
                                   const QString& sourceName);
    // The policy in force: the council's own if one is kept, otherwise the chosen preset.
    static Result<policy::DeadlinePolicy> policy(const Database& database);
};

} // namespace kith::due
