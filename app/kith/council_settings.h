#pragma once

#include "lock/idle_lock_policy.h"
#include "privacy/encrypted_volume.h"

#include <QStringList>

// The security settings a council's IT service sets for every laptop, read from the
// system-wide Qt settings (on Linux /etc/xdg/Kith/Kith.conf, on Windows the
// HKEY_LOCAL_MACHINE\Software\Kith\Kith registry key, on macOS /Library/Preferences):
//
//   [security]
//   idle_lock_minutes=10        ; 0.5 to 15, default 15
//   unencrypted_store=refuse    ; ignore, warn (default) or refuse
//
// Only the system-wide scope counts, so a user cannot relax the council's policy.
struct CouncilSettings {
    Q_DECLARE_TR_FUNCTIONS(CouncilSettings)

public:
    kith::lock::IdleLockPolicy idleLock;
    kith::privacy::EncryptionPolicy unencryptedStore = kith::privacy::EncryptionPolicy::Warn;
    QStringList notes; // settings that were out of range or not understood

    static CouncilSettings read();
};
