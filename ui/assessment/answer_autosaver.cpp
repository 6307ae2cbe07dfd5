#include "assessment/answer_autosaver.h"

#include <QLocale>
#include <utility>

namespace kith::ui {

AnswerAutosaver::AnswerAutosaver(Read read, Save save, QObject* parent)
    : QObject(parent)
    , m_read(std::move(read))
    , m_save(std::move(save)) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(kPauseMs);
    connect(&m_timer, &QTimer::timeout, this, &AnswerAutosaver::flush);
}

void AnswerAutosaver::changed(const QString& path) {
    if (!m_pending.contains(path))
        m_pending.append(path);
    m_timer.start();
    emit stateChanged();
}

void AnswerAutosaver::forget(const QStringList& paths) {
    for (const QString& path : paths) {
        m_pending.removeAll(path);
        m_failed.removeAll(path);
    }
    emit stateChanged();
}

void AnswerAutosaver::reset() {
    m_timer.stop();
    m_pending.clear();
    m_failed.clear();
    m_lastSaved = {};
    emit stateChanged();
}

bool AnswerAutosaver::flush() {
    m_timer.stop();
    if (m_pending.isEmpty())
        return m_failed.isEmpty();
    // Taken first: a save may lead to the page reloading, which must not save twice.
    const QStringList pending = std::exchange(m_pending, {});
    for (const QString& path : pending) {
        const Status done = m_save(path, m_read(path));
        if (done) {
            m_failed.removeAll(path);
            m_lastSaved = QDateTime::currentDateTime();
            emit saved(path);
        } else {
            if (!m_failed.contains(path))
                m_failed.append(path);
            emit refused(path, done.error());
        }
    }
    emit stateChanged();
    return m_failed.isEmpty();
}

QString AnswerAutosaver::stateText() const {
    if (!m_pending.isEmpty())
        return tr("Saving\u2026");
    if (!m_failed.isEmpty())
        return m_failed.size() == 1
                   ? tr("Not saved: one answer needs changing (see the message by it)")
                   : tr("Not saved: %1 answers need changing (see the messages by them)")
                         .arg(m_failed.size());
    if (m_lastSaved.isValid())
        return tr("Saved %1").arg(QLocale().toString(m_lastSaved.time(), QStringLiteral("HH:mm")));
    return {};
}

} // namespace kith::ui
