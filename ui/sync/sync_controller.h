#pragma once

#include "sign_in_dialog.h"
#include "sync_status_text.h"
#include "sync_worker.h"

#include <QList>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QThread;
class QWidget;

namespace kith::sync {
class TokenStore;
struct DirectoryLookup;
struct HubDirectoryAnswer;
} // namespace kith::sync

namespace kith::ui {

class StoreSession;

// "Sync now" in the app: finds a kept sign-in (or asks for one), runs the engine in a
// worker thread so the window never waits for the network, keeps the token in the
// keychain (never the password) and tells the status bar how it went.
class SyncController : public QObject {
    Q_OBJECT

public:
    // Asks the person to sign in; nothing when they cancel. `reason` says why Kith asks,
    // `problem` what went wrong last time. The app shows a SignInDialog; tests answer.
    using CredentialsPrompt = std::function<std::optional<SyncCredentials>(
        const SyncCredentials& known, const QString& reason, const QString& problem)>;

    // `tokens` keeps sign-ins between syncs: the OS keychain in the app, a fake in tests.
    SyncController(QWidget* window, std::unique_ptr<sync::TokenStore> tokens,
                   TransportFactory transports = httpTransport);
    ~SyncController() override;

    void setSession(StoreSession* session);
    void setCredentialsPrompt(CredentialsPrompt prompt) { m_prompt = std::move(prompt); }

    QAction* syncAction() const { return m_syncAction; }
    QAction* conflictsAction() const { return m_conflictsAction; }
    // "Stop syncing": enabled while a sync runs.
    QAction* stopAction() const { return m_stopAction; }
    // Opens the list of changes the server did not accept.
    QAction* refusedAction() const { return m_refusedAction; }
    bool isRunning() const { return m_running; }
    const SyncStatusFacts& facts() const { return m_facts; }
    sync::TokenStore& tokens() { return *m_tokens; }

    // The hub's directory ("is this person known, and who is the lead professional?") can
    // be asked once the store has synced with a server: the sign-in of that sync is used.
    bool canAskHub() const;
    using HubAnswered = std::function<void(const sync::HubDirectoryAnswer&)>;
    // Asks in a thread of its own, so the window never waits for the network, and calls
    // `done` on `context`'s thread; never once `context` is gone. Without a kept sign-in
    // the answer is at once "sign in again" (the directory never asks for a password).
    void askHub(const sync::DirectoryLookup& lookup, QObject* context, HubAnswered done);

public slots:
    // Starts a sync unless one is running; asks for a password only when it must.
    void syncNow();
    // Reads the store's sync state again (last sync, open conflicts) for the status bar.
    void refreshFacts();
    // Opens the conflict resolver (window-modal; the status counts again as each is settled).
    void showConflicts();
    // Asks the running sync to stop after the batch or page under way; what it has done is
    // kept, the rest comes next time.
    void stopSync();
    // Opens the changes the server did not accept (the count updates as each is dismissed).
    void showRefusedChanges();

signals:
    void statusChanged();
    // A sync ended; views should read the store again.
    void syncFinished(bool ok);
    // Internal: hands the job to the worker thread.
    void jobReady(const kith::ui::SyncJob& job);

private:
    void start(const SyncCredentials& credentials, const QString& token);
    void promptAndStart(const SyncCredentials& known, const QString& reason,
                        const QString& problem);
    void onProgress(int phase, int done, int total);
    void onFinished(const sync::SyncOutcome& outcome);
    SyncCredentials knownAccount() const;
    std::optional<SyncCredentials> askWithDialog(const SyncCredentials& known,
                                                 const QString& reason, const QString& problem);

    QWidget* m_window;
    std::unique_ptr<sync::TokenStore> m_tokens;
    StoreSession* m_session = nullptr;
    QThread* m_thread = nullptr;
    SyncWorker* m_worker = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_conflictsAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_refusedAction = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop; // the running sync's stop flag
    CredentialsPrompt m_prompt;
    SyncStatusFacts m_facts;
    bool m_running = false;
    SyncCredentials m_current; // the account of the running sync (password cleared)
    bool m_keychainMissing = false;
    TransportFactory m_transports;  // a copy for asking the hub (the worker has its own)
    QList<QThread*> m_hubQuestions; // running; waited for when the controller goes
};

} // namespace kith::ui
