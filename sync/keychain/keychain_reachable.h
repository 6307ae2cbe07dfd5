#pragma once

namespace kith::sync {

// Whether a keychain service can be reached at all, asked before a keychain job runs.
// QtKeychain 0.13 has no isAvailable(), and on Linux without a session bus its jobs fail
// with the catch-all OtherError, which cannot be told apart from a real failure. This
// adapter is the only place that knows how each platform provides its keychain.
bool keychainReachable();

} // namespace kith::sync
