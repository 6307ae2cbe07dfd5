#pragma once

#include "client/sync_api.h"
#include "client/sync_state_store.h"
#include "store/database.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace kith::sync {

class HlcClock;
class LocalTables;
class Outbox;
class RowApplier;
struct OutboxBatch;

struct SyncCredentials {
    QString server; // the server's URL, remembered in the store
    QString user;
    QString password; // used when there is no token or it has expired; never stored
    QString token;    // a token kept from an earlier sign-in, if any
};

// Why a sync stopped. Local changes are untouched in every case.
enum class SyncProblem {
    ServerUnreachable,
    BadCredentials,
    SignInAgain, // the token expired and there is no password to sign in with
    ClockDrift,
    AccountLocked,
    SlowDown,
    Forbidden,
    ProtocolVersion,
    ServerError,
    UnexpectedAnswer,
    OtherServer, // the store already syncs with another server or account
    LocalStore,
    Interrupted, // a test stopped the engine mid-page (the simulation's crash)
    Stopped,     // the person stopped the sync; what was done so far is kept
};

struct SyncFailure {
    SyncProblem problem = SyncProblem::ServerError;
    QString message; // for the person, translated; says their changes are safe
    SyncError error;
};

struct SyncReport {
    int pushed = 0;        // changes the server took (applied, duplicate or in conflict)
    int pulled = 0;        // changes received
    int newConflicts = 0;  // conflicts this sync's pushes made
    int openConflicts = 0; // open conflicts in the store afterwards
    int rejected = 0;      // changes the server refused for good in this sync
    bool reconciled = false;
    std::optional<ClockWarning> clockWarning;
    QString token; // the token in use (new after a sign-in), for the caller to keep
};

struct SyncOutcome {
    bool ok = false;
    SyncReport report;
    SyncFailure failure;
};

struct SyncProgress {
    enum class Phase { SigningIn, Pushing, Pulling } phase = Phase::SigningIn;
    int done = 0;  // changes pushed (outbox entries) or pulled so far in this phase
    int total = 0; // how many the phase has in all; for pulling the server's estimate; 0 when
                   // not known (an older server)
};

struct SyncOptions {
    int pushBatch = limits::maxPushChanges;
    int pullLimit = limits::defaultPullLimit;
    std::function<void(const SyncProgress&)> progress;
    // Asked between pushed batches and between pulled pages (never during a full reconcile,
    // which must finish to be right); true ends the sync with SyncProblem::Stopped. Called
    // on the syncing thread.
    std::function<bool()> stopRequested;
    // Tests only: asked before a pulled page commits; true abandons the page as a crash would.
    std::function<bool()> crashBeforeCursorSaved;
};

// The client sync engine (docs/sync-protocol.md): signs in, pushes the outbox, then pulls
// page by page. Runs without a GUI on its own database connection; call it from a worker
// thread in the app. Each pulled page and its cursor commit together.
class SyncEngine {
    Q_DECLARE_TR_FUNCTIONS(kith::sync::SyncEngine)

public:
    SyncEngine(Database& database, SyncTransport& transport, SyncOptions options = {});
    ~SyncEngine();
    SyncEngine(const SyncEngine&) = delete;
    SyncEngine& operator=(const SyncEngine&) = delete;

    SyncOutcome syncOnce(const SyncCredentials& credentials);

    // For the status line: changes waiting, open conflicts, refused changes, last sync.
    int pendingChangeCount();
    int openConflictCount();
    QList<RejectedChange> rejectedChanges();
    QDateTime lastSyncedAt();
    const SyncApi& api() const { return m_api; }

    // A sentence for the person about a failure (also in SyncFailure::message).
    static QString describe(SyncProblem problem, const SyncError& error);
    // What a failed request means for the person: the problem and its sentence.
    static SyncFailure failure(const SyncError& error);
    // For a sync that worked with the clock between two and fifteen minutes off.
    static QString describeClockWarning(const ClockWarning& warning);

private:
    std::optional<SyncFailure> signIn(const SyncCredentials& credentials, SyncReport& report);
    std::optional<SyncFailure> pushAll(const SyncCredentials& credentials, SyncReport& report);
    std::optional<SyncFailure> pullAll(const SyncCredentials& credentials, SyncReport& report);
    std::optional<SyncFailure> reconcile(RowApplier& applier);
    // Retries once after a fresh sign-in when the token has expired.
    template <typename Call>
    auto withSession(const SyncCredentials& credentials, SyncReport& report, Call&& call);
    // `reply`, or when its token had run out, `call` again after signing in again.
    template <typename Reply, typename Call>
    Reply afterSignIn(const SyncCredentials& credentials, SyncReport& report, Reply reply,
                      Call&& call);
    Result<int> storePushAnswers(const OutboxBatch& work,
                                 const std::optional<PushResponse>& response, const HlcClock& hlc,
                                 SyncReport& report);
    SyncFailure localFailure(const QString& detail) const;
    void progress(SyncProgress::Phase phase, int done, int total = 0);
    bool stopRequested() const { return m_options.stopRequested && m_options.stopRequested(); }
    SyncFailure stopped() const;

    Database& m_database;
    QSqlDatabase m_db;
    SyncOptions m_options;
    SyncApi m_api;
    SyncStateStore m_state;
    std::unique_ptr<LocalTables> m_tables;
    std::unique_ptr<Outbox> m_outbox;
};

} // namespace kith::sync
