#include "sync_worker.h"

#include "client/http_transport.h"

#include <QUrl>

namespace kith::ui {

SyncWorker::SyncWorker(TransportFactory transports)
    : m_transports(std::move(transports)) {}

std::unique_ptr<sync::SyncTransport> httpTransport(const QString& url) {
    return std::make_unique<sync::HttpTransport>(QUrl(url));
}

void SyncWorker::run(const SyncJob& job) {
    sync::SyncOutcome outcome;
    // A connection of this thread's own: QtSql connections may not cross threads, and the
    // window keeps reading through its own while the sync writes.
    Database::Opened opened = Database::open(job.storePath);
    if (!opened) {
        outcome.failure = {sync::SyncProblem::LocalStore, opened.message, {}};
        emit finished(outcome);
        return;
    }
    {
        const std::unique_ptr<sync::SyncTransport> transport = m_transports(job.credentials.server);
        sync::SyncOptions options;
        // The engine reports once per pushed batch and pulled page; each report crosses to
        // the window's thread as a queued signal.
        options.progress = [this](const sync::SyncProgress& progress) {
            emit progressed(static_cast<int>(progress.phase), progress.done, progress.total);
        };
        if (job.stop)
            options.stopRequested = [stop = job.stop] {
                return stop->load();
            };
        sync::SyncEngine engine(*opened.database, *transport, options);
        outcome = engine.syncOnce(job.credentials);
    }
    opened.database.reset(); // closed here, in the thread that opened it
    emit finished(outcome);
}

} // namespace kith::ui
