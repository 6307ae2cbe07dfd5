#pragma once

// "Is this person known to the hub, and who is their lead professional?" asked of the
// server's directory (docs/sync-protocol.md, "Directory"). For the front desk: a family the
// hub knows may not be on this laptop, which holds only the families its user works with.
// The answer names the lead professional and how to reach them, never the family's details.
// Blocking (it waits for the network): the app calls it away from the window's thread.

#include "client/sync_engine.h"
#include "client/sync_transport.h"
#include "protocol/wire.h"
#include "util/clock.h"

namespace kith::sync {

struct HubDirectoryAnswer {
    bool ok = false;
    QList<DirectoryMatch> matches; // when ok; empty: not known to the hub
    SyncFailure failure;           // when not ok: why, in words for the person
};

// The answer without a kept sign-in: sync once to sign in (no network needed to say so).
HubDirectoryAnswer signInToAskHub();

// Asks with a token kept from a sync (the directory never asks for a password: with no
// token, or one that has expired, the answer says to sign in by syncing).
HubDirectoryAnswer askHubDirectory(SyncTransport& transport, const Clock& clock,
                                   const QString& token, const DirectoryLookup& lookup);

} // namespace kith::sync
