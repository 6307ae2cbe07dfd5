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
    if (facts.running) {
        switch (static_cast<Phase>(facts.phase)) {
        case Phase::SigningIn:
            return tr("Syncing: signing in\u2026");
        case Phase::Pushing:
            return tr("Syncing: %L1 changes sent\u2026").arg(facts.done);
        case Phase::Pulling:
            return tr("Syncing: %L1 changes received\u2026").arg(facts.done);
        }
    }
    QString text;
    if (!facts.problem.isEmpty())
        text = tr("Last sync failed");
    else if (facts.lastSyncedAt.isValid())
        text = tr("Synced %1").arg(when(facts.lastSyncedAt, now));
    else
        text = tr("Offline \u2014 not synced yet");
    if (facts.openConflicts == 1)
        text += tr(" \u00b7 1 conflict to resolve");
    else if (facts.openConflicts > 1)
        text += tr(" \u00b7 %L1 conflicts to resolve").arg(facts.openConflicts);
    return text;
}

QString SyncStatusText::tooltip(const SyncStatusFacts& facts) {
    QStringList parts;
    if (!facts.problem.isEmpty())
        parts << facts.problem;
    if (!facts.warning.isEmpty())
        parts << facts.warning;
    if (facts.openConflicts > 0)
        parts << tr("Someone else changed the same details while you were offline. Open "
                    "Sync \u2192 Resolve conflicts to choose what to keep.");
    parts << tr("Everything you do is saved on this computer and sent to the hub when Kith "
                "syncs (Ctrl+Shift+S).");
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace kith::ui
