#include "sync_controller.h"

#include "client/conflict_resolver.h"
#include "client/hub_directory.h"
#include "client/refused_changes.h"
#include "client/sync_state_store.h"
#include "client/token_store.h"
#include "conflict_resolver_dialog.h"
#include "refused_changes_dialog.h"
#include "store_session.h"

#include <QAction>
#include <QKeySequence>
#include <QMessageBox>
#include <QThread>
#include <QTimer>
#include <cstdlib>
#include <utility>

namespace kith::ui {
namespace {

sync::TokenAccount tokenAccount(const SyncCredentials& credentials) {
    return {credentials.serverUrl, credentials.user};
}

bool needsPassword(sync::SyncProblem problem) {
    return problem == sync::SyncProblem::BadCredentials ||
           problem == sync::SyncProblem::SignInAgain;
}

} // namespace

SyncController::SyncController(QWidget* window, std::unique_ptr<sync::TokenStore> tokens,
                               TransportFactory transports)
    : QObject(window)
    , m_window(window)
    , m_tokens(std::move(tokens))
    , m_thread(new QThread(this))
    , m_worker(new SyncWorker(transports))
    , m_syncAction(new QAction(tr("&Sync now"), this))
    , m_conflictsAction(new QAction(tr("&Resolve conflicts\u2026"), this))
    , m_stopAction(new QAction(tr("S&top syncing"), this))
    , m_refusedAction(new QAction(tr("Changes the server &did not accept\u2026"), this)) {
    qRegisterMetaType<SyncJob>();
    qRegisterMetaType<sync::SyncOutcome>();
    m_thread->setObjectName(QStringLiteral("kith-sync"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SyncController::jobReady, m_worker, &SyncWorker::run);
    connect(m_worker, &SyncWorker::progressed, this, &SyncController::onProgress);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    m_thread->start();

    m_syncAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_syncAction->setStatusTip(tr("Send your changes to the hub and receive theirs"));
    connect(m_syncAction, &QAction::triggered, this, &SyncController::syncNow);
    m_conflictsAction->setObjectName(QStringLiteral("resolveConflictsAction"));
    m_conflictsAction->setStatusTip(
        tr("Choose what to keep where a detail was changed differently on two computers"));
    connect(m_conflictsAction, &QAction::triggered, this, &SyncController::showConflicts);
    m_stopAction->setObjectName(QStringLiteral("stopSyncAction"));
    m_stopAction->setStatusTip(tr("Stop after the step under way; what has been received is "
                                  "kept and the rest comes next time"));
    m_stopAction->setEnabled(false);
    connect(m_stopAction, &QAction::triggered, this, &SyncController::stopSync);
    m_refusedAction->setObjectName(QStringLiteral("refusedChangesAction"));
    m_refusedAction->setStatusTip(
        tr("See the changes the hub refused, why, and dismiss them once dealt with"));
    connect(m_refusedAction, &QAction::triggered, this, &SyncController::showRefusedChanges);
    m_transports = std::move(transports);
}

SyncController::~SyncController() {
    // A sync that is under way finishes its page and stops; the store stays consistent
    // because every page commits with its cursor.
    m_thread->quit();
    m_thread->wait();
    // A question to the hub under way ends by itself (answer or transport timeout); its
    // thread must not be destroyed while it runs.
    for (QThread* question : std::as_const(m_hubQuestions)) {
        question->wait();
        delete question;
    }
}

void SyncController::setSession(StoreSession* session) {
    m_session = session;
    m_facts = {};
    refreshFacts();
}

SyncCredentials SyncController::knownAccount() const {
    SyncCredentials known{SignInDialog::rememberedServerUrl(), SignInDialog::rememberedUser(), {}};
    if (m_session) {
        // A store that has synced belongs to that server and account.
        sync::SyncStateStore state(m_session->database().connection());
        if (const QString server = state.server(); !server.isEmpty())
            known = {server, state.account(), {}};
    }
    return known;
}

void SyncController::refreshFacts() {
    if (m_session && !m_running) {
        sync::SyncStateStore state(m_session->database().connection());
        m_facts.signedInBefore = !state.server().isEmpty();
        if (m_facts.problem.isEmpty() && m_facts.signedInBefore)
            m_facts.lastSyncedAt = state.lastSyncedAt();
        m_facts.openConflicts =
            static_cast<int>(sync::ConflictResolver(m_session->database()).openConflicts().size());
        m_facts.refusedChanges = sync::RefusedChanges(m_session->database()).count();
    }
    m_conflictsAction->setEnabled(m_session != nullptr);
    m_refusedAction->setEnabled(m_session != nullptr);
    emit statusChanged();
}

void SyncController::showConflicts() {
    if (!m_session)
        return;
    const SyncCredentials known = knownAccount();
    auto* dialog = new ConflictResolverDialog(
        *m_session, known.user.isEmpty() ? tr("this computer's user") : known.user, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictResolverDialog::conflictResolved, this, &SyncController::refreshFacts);
    dialog->open();
}

void SyncController::showRefusedChanges() {
    if (!m_session)
        return;
    auto* dialog = new RefusedChangesDialog(*m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefusedChangesDialog::dismissed, this, [this] {
        if (m_session)
            m_facts.refusedChanges = sync::RefusedChanges(m_session->database()).count();
        emit statusChanged();
    });
    dialog->open();
}

void SyncController::stopSync() {
    if (!m_running || !m_stop)
        return;
    m_stop->store(true);
    m_stopAction->setEnabled(false);
    m_facts.stopping = true;
    emit statusChanged();
}

void SyncController::syncNow() {
    if (m_running || !m_session)
        return;
    const SyncCredentials known = knownAccount();
    QString reason;
    if (!known.serverUrl.isEmpty() && !known.user.isEmpty()) {
        const sync::TokenStoreResult kept = m_tokens->read(tokenAccount(known));
        if (kept.ok() && !kept.token.isEmpty()) {
            start(known, kept.token);
            return;
        }
        m_keychainMissing = kept.status == sync::TokenStoreStatus::NoKeychain;
        if (kept.status != sync::TokenStoreStatus::NotFound)
            reason = sync::TokenStoreText::describe(kept.status);
    }
    promptAndStart(known, reason, {});
}

void SyncController::promptAndStart(const SyncCredentials& known, const QString& reason,
                                    const QString& problem) {
    const std::optional<SyncCredentials> typed =
        m_prompt ? m_prompt(known, reason, problem) : askWithDialog(known, reason, problem);
    if (typed)
        start(*typed, {});
}

std::optional<SyncCredentials> SyncController::askWithDialog(const SyncCredentials& known,
                                                             const QString& reason,
                                                             const QString& problem) {
    SignInDialog dialog(m_window);
    if (!known.serverUrl.isEmpty())
        dialog.setServerUrl(known.serverUrl);
    if (!known.user.isEmpty())
        dialog.setUser(known.user);
    if (!reason.isEmpty())
        dialog.setReason(reason);
    dialog.setProblem(problem);
    dialog.setKeychainAvailable(!m_keychainMissing);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.credentials();
}

void SyncController::start(const SyncCredentials& credentials, const QString& token) {
    m_running = true;
    m_current = {credentials.serverUrl, credentials.user, {}};
    m_syncAction->setEnabled(false);
    m_stopAction->setEnabled(true);
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_facts.running = true;
    m_facts.stopping = false;
    m_facts.stopped.clear();
    m_facts.phase = static_cast<int>(sync::SyncProgress::Phase::SigningIn);
    m_facts.done = 0;
    m_facts.total = 0;
    emit statusChanged();
    emit jobReady(SyncJob{m_session->path(),
                          {credentials.serverUrl, credentials.user, credentials.password, token},
                          m_stop});
}

void SyncController::onProgress(int phase, int done, int total) {
    m_facts.phase = phase;
    m_facts.done = done;
    m_facts.total = total;
    emit statusChanged();
}

void SyncController::onFinished(const sync::SyncOutcome& outcome) {
    m_running = false;
    m_syncAction->setEnabled(true);
    m_stopAction->setEnabled(false);
    m_stop.reset();
    m_facts.running = false;
    m_facts.stopping = false;
    m_facts.warning.clear();
    m_facts.openConflicts = outcome.report.openConflicts;
    if (m_session)
        m_facts.refusedChanges = sync::RefusedChanges(m_session->database()).count();
    if (!outcome.ok && outcome.failure.problem == sync::SyncProblem::Stopped) {
        // Not a failure: the person asked. The sign-in worked, so its token is kept.
        m_facts.problem.clear();
        m_facts.stopped = outcome.failure.message;
        if (!outcome.report.token.isEmpty())
            m_tokens->store(tokenAccount(m_current), outcome.report.token);
        emit statusChanged();
        emit syncFinished(false);
        return;
    }
    if (outcome.ok) {
        m_facts.problem.clear();
        m_facts.lastSyncedAt = QDateTime::currentDateTimeUtc();
        m_facts.signedInBefore = true;
        if (outcome.report.clockWarning)
            m_facts.warning = tr("This computer's clock is %1 minutes off the server's. Set "
                                 "the date and time right before it stops syncing.")
                                  .arg(std::abs(outcome.report.clockWarning->driftSeconds) / 60);
        const sync::TokenStoreResult kept =
            m_tokens->store(tokenAccount(m_current), outcome.report.token);
        m_keychainMissing = kept.status == sync::TokenStoreStatus::NoKeychain;
        if (!kept.ok()) {
            const QString note = sync::TokenStoreText::describe(kept.status);
            m_facts.warning = m_facts.warning.isEmpty() ? note : m_facts.warning + u' ' + note;
        }
        emit statusChanged();
        emit syncFinished(true);
        return;
    }
    m_facts.problem = outcome.failure.message;
    emit statusChanged();
    emit syncFinished(false);
    if (needsPassword(outcome.failure.problem)) {
        // The kept token is no good any more; ask again (the person may cancel).
        m_tokens->erase(tokenAccount(m_current));
        const SyncCredentials known = m_current;
        const QString problem = outcome.failure.message;
        QTimer::singleShot(0, this, [this, known, problem] {
            const QString reason =
                m_keychainMissing
                    ? sync::TokenStoreText::describe(sync::TokenStoreStatus::NoKeychain)
                    : QString();
            promptAndStart(known, reason, problem);
        });
        return;
    }
    // Not modal: the person can keep working, and the status bar keeps the message.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("The sync did not finish"),
                                outcome.failure.message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("syncFailedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool SyncController::canAskHub() const {
    if (!m_session)
        return false;
    sync::SyncStateStore state(m_session->database().connection());
    return !state.server().isEmpty() && !state.account().isEmpty();
}

void SyncController::askHub(const sync::DirectoryLookup& lookup, QObject* context,
                            HubAnswered done) {
    if (!context || !done)
        return;
    const SyncCredentials known = knownAccount();
    QString token;
    if (canAskHub()) {
        const sync::TokenStoreResult kept = m_tokens->read(tokenAccount(known));
        if (kept.ok())
            token = kept.token;
    }
    auto answer = std::make_shared<sync::HubDirectoryAnswer>();
    if (token.isEmpty()) {
        *answer = sync::signInToAskHub();
        // Queued like a real answer: `done` never runs inside askHub.
        QMetaObject::invokeMethod(
            context, [answer, done] { done(*answer); }, Qt::QueuedConnection);
        return;
    }
    QThread* question = QThread::create(
        [transports = m_transports, server = known.serverUrl, token, lookup, answer] {
            // The transport is made and used in this thread (a socket belongs to its thread).
            const std::unique_ptr<sync::SyncTransport> transport = transports(server);
            *answer = sync::askHubDirectory(*transport, Clock::system(), token, lookup);
        });
    question->setObjectName(QStringLiteral("kith-hub-directory"));
    m_hubQuestions.append(question);
    // finished() crosses to `context`'s thread queued; a destroyed context drops it.
    connect(question, &QThread::finished, context, [answer, done] { done(*answer); });
    connect(question, &QThread::finished, this, [this, question] {
        m_hubQuestions.removeOne(question);
        question->deleteLater();
    });
    question->start();
}

} // namespace kith::ui
