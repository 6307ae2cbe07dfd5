#include "client/hub_directory.h"

#include "client/sync_api.h"

namespace kith::sync {

HubDirectoryAnswer signInToAskHub() {
    HubDirectoryAnswer answer;
    answer.failure = {
        SyncProblem::SignInAgain, SyncEngine::describe(SyncProblem::SignInAgain, {}), {}};
    return answer;
}

HubDirectoryAnswer askHubDirectory(SyncTransport& transport, const Clock& clock,
                                   const QString& token, const DirectoryLookup& lookup) {
    if (token.isEmpty())
        return signInToAskHub();
    HubDirectoryAnswer answer;
    SyncApi api(transport, clock);
    api.setToken(token);
    ApiReply<DirectoryAnswer> reply = api.directory(lookup);
    if (!reply.ok()) {
        answer.failure = SyncEngine::failure(reply.error);
        return answer;
    }
    answer.ok = true;
    answer.matches = std::move(reply.value->matches);
    return answer;
}

} // namespace kith::sync
