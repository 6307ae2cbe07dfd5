#pragma once

#include <QStatusBar>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace kith::ui {

class StoreSession;

// The bottom of the main window: which store is open, how many families and people
// it holds, that Kith is working offline, and how many changes wait to be synced.
class StoreStatusBar : public QStatusBar {
    Q_OBJECT

public:
    explicit StoreStatusBar(QWidget* parent = nullptr);

    // `storeLabel` replaces the file name, e.g. for a throwaway demo store.
    void setSession(const StoreSession* session, const QString& storeLabel = {});
    // Counts again; call after anything that changes the store.
    void refresh();
    // What the last sync did (or that one is running), in place of "Offline".
    void setSyncStatus(const QString& text, const QString& tooltip);
    // While a sync runs: a bar of `done` of `total` (none when the total is not known) and
    // the Stop button; both hide when it ends.
    void setSyncProgress(bool running, int done, int total);
    // The action the Stop button triggers (the sync controller's "Stop syncing").
    void setStopAction(QAction* stop);
    QProgressBar* syncProgressBar() const { return m_progress; }
    // Every permanent message, joined, for tests and screen readers.
    QString summaryText() const;

private:
    const StoreSession* m_session = nullptr;
    QString m_storeLabel;
    QLabel* m_store = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_connection = nullptr;
    QLabel* m_pending = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_stop = nullptr;
    QWidget* m_pendingSeparator = nullptr;
};

} // namespace kith::ui
