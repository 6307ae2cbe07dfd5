#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QMap>
#include <QObject>
#include <QTimer>
#include <functional>

namespace kith::ui {

// Saves answers a short pause after the person stops typing, or at once when they leave
// the field, one answer per save (AssessmentStore::saveAnswer is made for this). It keeps
// the latest value of each changed answer until it is saved; flush() saves them all now
// (before closing, changing family or acting on the assessment).
class AnswerAutosaver : public QObject {
    Q_OBJECT

public:
    // Reads the answer to save from its editor when the time comes, so the value saved is
    // what the field shows then, not what it showed at the first key press.
    using Read = std::function<QJsonValue(const QString& path)>;
    using Save = std::function<Status(const QString& path, const QJsonValue& value)>;

    static constexpr int kPauseMs = 800;

    AnswerAutosaver(Read read, Save save, QObject* parent = nullptr);

    void changed(const QString& path); // starts (or restarts) the pause
    void forget(const QStringList& paths);
    // Forgets what was saved or refused before (another family): saves nothing.
    void reset();
    // Saves every pending answer now; false when any was refused.
    bool flush();

    bool isPending() const { return !m_pending.isEmpty(); }
    int failedCount() const { return static_cast<int>(m_failed.size()); }
    // "Saving…", "Saved 10:42", "Not saved: 1 answer needs changing"; empty before any save.
    QString stateText() const;

signals:
    void saved(const QString& path);
    void refused(const QString& path, const QString& message);
    void stateChanged();

private:
    Read m_read;
    Save m_save;
    QTimer m_timer;
    QStringList m_pending; // in the order they were changed
    QStringList m_failed;
    QDateTime m_lastSaved;
};

} // namespace kith::ui
