#include "council_settings.h"

#include <QSettings>

CouncilSettings CouncilSettings::read() {
    const QSettings system(QSettings::SystemScope, QStringLiteral("Kith"), QStringLiteral("Kith"));
    CouncilSettings settings;
    const QVariant minutes = system.value(QStringLiteral("security/idle_lock_minutes"));
    if (minutes.isValid()) {
        bool isNumber = false;
        const double value = minutes.toDouble(&isNumber);
        QString note;
        if (isNumber)
            settings.idleLock = kith::lock::IdleLockPolicy::fromMinutes(value, &note);
        else
            note = tr("security/idle_lock_minutes should be a number of minutes, such as 10; "
                      "Kith locks after 15 minutes.");
        if (!note.isEmpty())
            settings.notes.append(note);
    }
    const QString policy = system.value(QStringLiteral("security/unencrypted_store")).toString();
    if (!policy.isEmpty()) {
        if (const auto parsed = kith::privacy::encryptionPolicyFromName(policy))
            settings.unencryptedStore = *parsed;
        else
            settings.notes.append(tr("security/unencrypted_store should be ignore, warn or "
                                     "refuse, not \"%1\"; Kith warns.")
                                      .arg(policy));
    }
    return settings;
}
