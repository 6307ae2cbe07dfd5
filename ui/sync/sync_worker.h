#pragma once

#include "client/sync_engine.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

namespace kith::ui {

// What one sync needs: the store file (the worker opens its own connection to it) and
// who signs in where.
struct SyncJob {
    QString storePath;
    sync::SyncCredentials credentials;
    // Set by the window's thread to stop the sync between batches and pages.
    std::shared_ptr<std::atomic<bool>> stop;
};

// Makes the transport to the server; the app uses HTTP, tests may hand in their own.
using TransportFactory = std::function<std::unique_ptr<sync::SyncTransport>(const QString& url)>;

// Runs the sync engine in a worker thread: it opens its own connection to the store, syncs
// once and says how it went. Lives in the controller's QThread; never touches a widget.
class SyncWorker : public QObject {
    Q_OBJECT

public:
    explicit SyncWorker(TransportFactory transports);

public slots:
    void run(const kith::ui::SyncJob& job);

signals:
    // `phase` is a sync::SyncProgress::Phase; `done` counts changes sent or received of
    // `total` (0 when not known).
    void progressed(int phase, int done, int total);
    void finished(const kith::sync::SyncOutcome& outcome);

private:
    TransportFactory m_transports;
};

// The transport the app uses: HTTP(S) to `url`.
std::unique_ptr<sync::SyncTransport> httpTransport(const QString& url);

} // namespace kith::ui
