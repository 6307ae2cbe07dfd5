#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace kith::ui {

// What the status bar knows about syncing.
struct SyncStatusFacts {
    bool signedInBefore = false; // this store has synced with a server
    QDateTime lastSyncedAt;      // the last sync that finished well; invalid when none
    int openConflicts = 0;
    QString problem; // the last sync's failure, in plain words; empty when it went well
    QString warning; // e.g. the clock is a few minutes off; the sync still worked
    bool running = false;
    int phase = 0; // a sync::SyncProgress::Phase while running
    int done = 0;  // changes sent or received so far in this phase
    int total = 0; // the phase's changes in all (receiving: the server's estimate); 0 unknown
    bool stopping = false;  // Stop was pressed; the sync ends after the step under way
    QString stopped;        // the last sync was stopped by the person: what that means
    int refusedChanges = 0; // changes the server did not accept, not yet dismissed
};

// The words for the status bar: one short line, and a tooltip with the whole story.
class SyncStatusText {
    Q_DECLARE_TR_FUNCTIONS(kith::ui::SyncStatusText)

public:
    static QString line(const SyncStatusFacts& facts, const QDateTime& now);
    static QString tooltip(const SyncStatusFacts& facts);
    // "at 10:32", "yesterday at 16:05", "on 3 Nov at 09:10", in local time.
    static QString when(const QDateTime& moment, const QDateTime& now);
};

} // namespace kith::ui
