#include "client/sync_engine.h"

#include "client/chunked_update.h"
#include "client/local_tables.h"
#include "client/outbox.h"
#include "client/row_applier.h"
#include "client/sync_transactions.h"
#include "store/sql_support.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>
#include <limits>

namespace kith::sync {

SyncEngine::SyncEngine(Database& database, SyncTransport& transport, SyncOptions options)
    : m_database(database)
    , m_db(database.connection())
    , m_options(std::move(options))
    , m_api(transport, database.clock())
    , m_state(m_db)
    , m_tables(std::make_unique<LocalTables>(m_db))
    , m_outbox(std::make_unique<Outbox>(m_db, *m_tables, m_state)) {}

SyncEngine::~SyncEngine() = default;

void SyncEngine::progress(SyncProgress::Phase phase, int done, int total) {
    if (m_options.progress)
        m_options.progress(SyncProgress{phase, done, total});
}

SyncFailure SyncEngine::stopped() const {
    return {SyncProblem::Stopped, describe(SyncProblem::Stopped, {}), {}};
}

SyncOutcome SyncEngine::syncOnce(const SyncCredentials& credentials) {
    const CommitsWithoutWaiting relaxed(m_db);
    SyncOutcome outcome;
    const QString knownServer = m_state.server();
    const QString knownAccount = m_state.account();
    if ((!knownServer.isEmpty() && knownServer != credentials.server) ||
        (!knownAccount.isEmpty() && knownAccount != credentials.user)) {
        outcome.failure = {SyncProblem::OtherServer,
                           tr("This store already syncs with %1 as %2. Use that server and "
                              "account, or a new store for this one.")
                               .arg(knownServer, knownAccount),
                           {}};
        return outcome;
    }
    std::optional<SyncFailure> failed = signIn(credentials, outcome.report);
    if (!failed)
        failed = pushAll(credentials, outcome.report);
    if (!failed)
        failed = pullAll(credentials, outcome.report);
    const QDateTime now = m_database.clock().nowUtc();
    {
        sql::Transaction transaction(m_db);
        // A stopped sync did part of its work with this server: the store now syncs with it.
        const bool synced = !failed || failed->problem == SyncProblem::Stopped;
        if (synced && knownServer.isEmpty())
            m_state.setServerAndAccount(credentials.server, credentials.user);
        m_state.recordSyncFinished(now, failed ? failed->message : QString());
        transaction.commit();
    }
    outcome.report.openConflicts = openConflictCount();
    outcome.report.token = m_api.token();
    if (failed) {
        outcome.failure = *failed;
        return outcome;
    }
    outcome.ok = true;
    return outcome;
}

std::optional<SyncFailure> SyncEngine::signIn(const SyncCredentials& credentials,
                                              SyncReport& report) {
    if (!credentials.token.isEmpty() && m_api.token().isEmpty()) {
        m_api.setToken(credentials.token);
        return std::nullopt;
    }
    if (credentials.password.isEmpty())
        return SyncFailure{SyncProblem::SignInAgain, describe(SyncProblem::SignInAgain, {}), {}};
    progress(SyncProgress::Phase::SigningIn, 0);
    const auto reply =
        m_api.signIn(SessionRequest{credentials.user, credentials.password, m_database.deviceId()});
    if (!reply.ok())
        return failure(reply.error);
    m_api.setToken(reply.value->token);
    // Kept for the app to explain what the role may not do; the server still decides.
    if (!reply.value->account.role.isEmpty())
        m_state.setAccountRole(reply.value->account.role);
    if (reply.value->clockWarning)
        report.clockWarning = reply.value->clockWarning;
    return std::nullopt;
}

template <typename Reply, typename Call>
Reply SyncEngine::afterSignIn(const SyncCredentials& credentials, SyncReport& report, Reply reply,
                              Call&& call) {
    if (!reply.ok() &&
        (reply.error.is(ErrorCode::TokenExpired) || reply.error.is(ErrorCode::TokenInvalid))) {
        m_api.setToken({});
        if (!credentials.password.isEmpty() && !signIn(credentials, report))
            reply = call();
    }
    return reply;
}

template <typename Call>
auto SyncEngine::withSession(const SyncCredentials& credentials, SyncReport& report, Call&& call) {
    return afterSignIn(credentials, report, call(), call);
}

// Pipelined (decision 0010): while the server applies one batch the laptop reads the next
// from the outbox, and while it applies that one the laptop stores the first one's answers.
// A batch is read only after the entries of the one before (`after`), and nothing is marked
// as pushed before its answer is stored, so a failure anywhere leaves every unanswered
// change in the outbox; a request that did reach the server is a duplicate next time.
std::optional<SyncFailure> SyncEngine::pushAll(const SyncCredentials& credentials,
                                               SyncReport& report) {
    HlcClock hlc(m_database.deviceId(), m_state.lastHlc());
    const Clock& clock = m_database.clock();
    // Progress counts outbox entries, as the status bar's "changes waiting" does; entries
    // written while the sync runs raise the total.
    int total = m_outbox->pendingCount();
    int handled = 0;
    if (total > 0)
        progress(SyncProgress::Phase::Pushing, 0, total);
    const auto requestOf = [&](const OutboxBatch& batch) {
        PushRequest request{m_database.deviceId(), {}};
        for (const OutgoingChange& outgoing : batch.changes)
            request.changes.append(outgoing.change);
        return request;
    };
    if (stopRequested())
        return stopped();
    auto first = m_outbox->nextBatch(m_options.pushBatch, hlc, clock, 0);
    if (!first)
        return localFailure(first.error());
    OutboxBatch work = std::move(first).value();
    PushRequest request = requestOf(work);
    if (!request.changes.isEmpty())
        m_api.beginPush(request);
    while (!work.isEmpty()) {
        auto next = m_outbox->nextBatch(m_options.pushBatch, hlc, clock, work.lastSeq);
        if (!next)
            return localFailure(next.error());
        PushRequest nextRequest = requestOf(next.value());
        // Its body too is made while the server applies this batch, so that the server waits
        // only for the bytes to be written.
        TransportRequest nextBody;
        if (!nextRequest.changes.isEmpty())
            nextBody = m_api.encodePush(nextRequest);
        std::optional<PushResponse> response;
        if (!request.changes.isEmpty()) {
            auto reply = afterSignIn(credentials, report, m_api.collectPush(),
                                     [&] { return m_api.push(request); });
            if (!reply.ok())
                return failure(reply.error);
            if (reply.value->results.size() != request.changes.size()) {
                SyncError malformed;
                malformed.kind = SyncError::Kind::Malformed;
                malformed.detail = QStringLiteral("push: one result per change expected");
                return failure(malformed);
            }
            response = std::move(reply.value);
            if (response->clockWarning)
                report.clockWarning = response->clockWarning;
        }
        const bool stopping = stopRequested();
        if (!stopping && !nextRequest.changes.isEmpty())
            m_api.beginPush(std::move(nextBody));
        auto stored = storePushAnswers(work, response, hlc, report);
        if (!stored)
            return localFailure(stored.error());
        handled += stored.value();
        total = std::max(total, handled);
        progress(SyncProgress::Phase::Pushing, handled, total);
        if (stopping)
            return stopped(); // every batch so far is committed; the rest stays in the outbox
        work = std::move(next).value();
        request = std::move(nextRequest);
    }
    return std::nullopt;
}

// In one transaction: the answers to a pushed batch (bases, conflicts to fetch, refusals),
// its outbox entries marked as pushed, the clock. Gives how many entries it marked.
Result<int> SyncEngine::storePushAnswers(const OutboxBatch& work,
                                         const std::optional<PushResponse>& response,
                                         const HlcClock& hlc, SyncReport& report) {
    using R = Result<int>;
    sql::Transaction transaction(m_db);
    if (!transaction.begun())
        return R::fail(transaction.begun().error());
    const QDateTime now = m_database.clock().nowUtc();
    QList<qint64> sentSeqs = work.nothingToSend;
    QVariantList sentAuditEvents;
    QList<SyncStateStore::RowBase> settled; // their bases move to the version pushed
    QList<SyncStateStore::RowBase> merged;  // their bases stay until they are pulled
    for (qsizetype i = 0; response && i < work.changes.size(); ++i) {
        const PushChange& change = work.changes.at(i).change;
        const PushResult& result = response->results.at(i);
        sentSeqs += work.changes.at(i).entrySeqs;
        Status done = okStatus();
        if (result.status == PushStatus::Rejected) {
            ++report.rejected;
            done = m_state.addRejected(
                {change.mutationId, change.entity, change.id, change.familyId, opName(change.op),
                 QString::fromUtf8(QJsonDocument(change.fields).toJson(QJsonDocument::Compact)),
                 result.reason, now});
        } else {
            ++report.pushed;
            for (const QString& conflictId : result.conflictIds) {
                if (done)
                    done = m_state.addPendingConflict(conflictId, change.entity, change.id);
            }
            report.newConflicts += static_cast<int>(result.conflictIds.size());
            if (done && change.op == ChangeOp::Delete && result.conflictIds.isEmpty())
                done = m_state.forgetRow(change.entity, change.id);
            else if (change.op != ChangeOp::Delete && result.settled)
                // The server has the row as we do and will not send it back.
                settled.append({change.entity, change.id, change.familyId, result.version});
            else if (change.op != ChangeOp::Delete)
                merged.append({change.entity, change.id, change.familyId, 0});
            if (change.entity == QLatin1String("audit_event"))
                sentAuditEvents.append(change.id);
        }
        if (!done)
            return R::fail(done.error());
    }
    if (Status done = m_state.setBases(settled); !done)
        return R::fail(done.error());
    if (Status done = m_state.noteFamilies(merged); !done)
        return R::fail(done.error());
    if (Status done = m_outbox->markPushed(sentSeqs, now); !done)
        return R::fail(done.error());
    if (Status done = execForKeys(
            m_db, QStringLiteral("UPDATE audit_event SET synced_at = ? WHERE id IN (%1)"),
            {sql::fromDateTime(now)}, sentAuditEvents);
        !done)
        return R::fail(done.error());
    if (Status saved = m_state.saveHlc(hlc.last()); !saved)
        return R::fail(saved.error());
    if (Status committed = transaction.commit(); !committed)
        return R::fail(committed.error());
    return R::ok(static_cast<int>(sentSeqs.size()));
}

std::optional<SyncFailure> SyncEngine::pullAll(const SyncCredentials& credentials,
                                               SyncReport& report) {
    RowApplier applier(m_db, *m_tables, *m_outbox, m_state, m_database.clock(),
                       m_database.deviceId());
    qint64 cursor = m_state.cursor();
    int total = 0;         // the server's estimate of the changes waiting; 0 when not known
    bool firstPage = true; // the first page asks for the estimate
    // The next page, asked for while this one was being stored: the server makes it while
    // the laptop writes (decision 0010).
    std::optional<ApiReply<PullPage>> ahead;
    // Pages are applied in a transaction that ends with a page and its cursor, several pages
    // to a transaction (PagesInTransaction).
    PagesInTransaction pages(m_db);
    while (true) {
        // A full reconcile removes what it did not receive, so it is never stopped halfway.
        if (!report.reconciled && stopRequested()) {
            if (Status kept = pages.commit(); !kept)
                return localFailure(kept.error());
            return stopped(); // every page so far is committed with its cursor
        }
        const auto pull = [&] {
            return m_api.pull(cursor, m_options.pullLimit, report.reconciled, firstPage);
        };
        ApiReply<PullPage> reply = ahead ? afterSignIn(credentials, report, std::move(*ahead), pull)
                                         : withSession(credentials, report, pull);
        ahead.reset();
        if (!reply.ok() && reply.error.is(ErrorCode::ResyncRequired) && !report.reconciled) {
            // The server no longer has our cursor's changes: take everything again, then
            // remove what it did not send (docs: "resync_required").
            if (Status kept = pages.commit(); !kept)
                return localFailure(kept.error());
            report.reconciled = true;
            applier.trackReceived(true);
            cursor = 0;
            firstPage = true;
            continue;
        }
        if (!reply.ok()) {
            if (Status kept = pages.commit(); !kept) // what arrived before is kept
                return localFailure(kept.error());
            return failure(reply.error);
        }
        const PullPage& page = *reply.value;
        if (firstPage && page.remaining >= 0)
            total = report.pulled + static_cast<int>(std::min<qint64>(
                                        page.remaining, std::numeric_limits<int>::max() / 2));
        firstPage = false;
        if (page.more)
            m_api.beginPull(page.cursor, m_options.pullLimit, report.reconciled);

        Status done = pages.begin();
        if (done) {
            applier.beginPage();
            for (const PulledChange& change : page.changes) {
                if (done)
                    done = applier.apply(change);
            }
        }
        if (done)
            done = applier.finishPage();
        if (done)
            done = m_state.setCursor(page.cursor);
        if (done && m_options.crashBeforeCursorSaved && m_options.crashBeforeCursorSaved()) {
            pages.rollback();
            return SyncFailure{SyncProblem::Interrupted, QStringLiteral("interrupted"), {}};
        }
        if (done)
            done = pages.added(page.changes.size(), !page.more || stopRequested());
        if (!done) {
            pages.rollback(); // this page and the uncommitted ones before it come again
            return localFailure(done.error());
        }
        report.pulled += static_cast<int>(page.changes.size());
        if (total > 0)
            total = std::max(total, report.pulled); // an estimate: never show more than all
        progress(SyncProgress::Phase::Pulling, report.pulled, total);
        cursor = page.cursor;
        if (!page.more)
            break;
        ahead = m_api.collectPull();
    }
    return report.reconciled ? reconcile(applier) : std::nullopt;
}

std::optional<SyncFailure> SyncEngine::reconcile(RowApplier& applier) {
    QList<QPair<QString, QString>> known;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT entity, entity_id FROM sync_row"));
        while (query.next())
            known.append({query.value(0).toString(), query.value(1).toString()});
    }
    sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    Status done = okStatus();
    {
        sql::Transaction transaction(m_db);
        done = transaction.begun();
        applier.beginPage();
        for (const auto& row : std::as_const(known)) {
            if (done && !applier.received().contains(row))
                done = applier.removeLocal(row.first, row.second);
        }
        if (done)
            done = applier.finishPage();
        if (done)
            done = transaction.commit();
    }
    sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!done)
        return localFailure(done.error());
    return std::nullopt;
}

int SyncEngine::pendingChangeCount() {
    return m_outbox->pendingCount();
}

int SyncEngine::openConflictCount() {
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE status = 'open'")) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<RejectedChange> SyncEngine::rejectedChanges() {
    return m_state.rejected();
}

QDateTime SyncEngine::lastSyncedAt() {
    return m_state.lastSyncedAt();
}

SyncFailure SyncEngine::localFailure(const QString& detail) const {
    SyncError error;
    error.kind = SyncError::Kind::Malformed;
    error.detail = detail;
    return {SyncProblem::LocalStore, describe(SyncProblem::LocalStore, error), error};
}

SyncFailure SyncEngine::failure(const SyncError& error) {
    SyncProblem problem = SyncProblem::ServerError;
    if (error.kind == SyncError::Kind::Network)
        problem = SyncProblem::ServerUnreachable;
    else if (error.kind == SyncError::Kind::Malformed)
        problem = SyncProblem::UnexpectedAnswer;
    else {
        switch (error.wire.code) {
        case ErrorCode::BadCredentials:
            problem = SyncProblem::BadCredentials;
            break;
        case ErrorCode::TokenExpired:
        case ErrorCode::TokenInvalid:
            problem = SyncProblem::SignInAgain;
            break;
        case ErrorCode::ClockDrift:
            problem = SyncProblem::ClockDrift;
            break;
        case ErrorCode::AccountLocked:
            problem = SyncProblem::AccountLocked;
            break;
        case ErrorCode::SlowDown:
            problem = SyncProblem::SlowDown;
            break;
        case ErrorCode::Forbidden:
            problem = SyncProblem::Forbidden;
            break;
        case ErrorCode::ProtocolVersion:
            problem = SyncProblem::ProtocolVersion;
            break;
        default:
            problem = SyncProblem::ServerError;
        }
    }
    return {problem, describe(problem, error), error};
}

} // namespace kith::sync
