#include "sync_status_text.h"

#include "client/sync_engine.h"

#include <QLocale>

namespace kith::ui {

using Phase = sync::SyncProgress::Phase;

QString SyncStatusText::when(const QDateTime& moment, const QDateTime& now) {
    const QDateTime local = moment.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QStringLiteral("HH:mm"));
    const qint64 daysAgo = local.date().daysTo(now.toLocalTime().date());
    if (daysAgo == 0)
        return tr("at %1").arg(time);
    if (daysAgo == 1)
        return tr("yesterday at %1").arg(time);
    return tr("on %1 at %2").arg(locale.toString(local.date(), QStringLiteral("d MMM")), time);
}

QString SyncStatusText::line(const SyncStatusFacts& facts, const QDateTime& now) {
    if (facts.running && facts.stopping)
        return tr("Stopping the sync after this step\u2026");
    if (facts.running) {
        // With a total the line reads as a count of a whole; without one (an older server)
        // it only counts.
        switch (static_cast<Phase>(facts.phase)) {
        case Phase::SigningIn:
            return tr("Syncing: signing in\u2026");
        case Phase::Pushing:
            if (facts.total > 0)
                return tr("Sending changes: %L1 of %L2").arg(facts.done).arg(facts.total);
            return tr("Syncing: %L1 changes sent\u2026").arg(facts.done);
        case Phase::Pulling:
            if (facts.total > 0)
                return tr("Receiving: %L1 of about %L2").arg(facts.done).arg(facts.total);
            return tr("Syncing: %L1 changes received\u2026").arg(facts.done);
        }
    }
    QString text;
    if (!facts.problem.isEmpty())
        text = tr("Last sync failed");
    else if (!facts.stopped.isEmpty())
        text = tr("Sync stopped");
    else if (facts.lastSyncedAt.isValid())
        text = tr("Synced %1").arg(when(facts.lastSyncedAt, now));
    else
        text = tr("Offline \u2014 not synced yet");
    if (facts.openConflicts == 1)
        text += tr(" \u00b7 1 conflict to resolve");
    else if (facts.openConflicts > 1)
        text += tr(" \u00b7 %L1 conflicts to resolve").arg(facts.openConflicts);
    if (facts.refusedChanges == 1)
        text += tr(" \u00b7 1 change not accepted");
    else if (facts.refusedChanges > 1)
        text += tr(" \u00b7 %L1 changes not accepted").arg(facts.refusedChanges);
    return text;
}

QString SyncStatusText::tooltip(const SyncStatusFacts& facts) {
    QStringList parts;
    if (!facts.problem.isEmpty())
        parts << facts.problem;
    if (!facts.stopped.isEmpty() && facts.problem.isEmpty())
        parts << facts.stopped;
    if (!facts.warning.isEmpty())
        parts << facts.warning;
    if (facts.openConflicts > 0)
        parts << tr("Someone else changed the same details while you were offline. Open "
                    "Sync \u2192 Resolve conflicts to choose what to keep.");
    if (facts.refusedChanges > 0)
        parts << tr("The hub did not accept some of your changes, so they are only on this "
                    "computer. Open Sync \u2192 Changes the server did not accept to see why.");
    parts << tr("Everything you do is saved on this computer and sent to the hub when Kith "
                "syncs (Ctrl+Shift+S).");
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace kith::ui
