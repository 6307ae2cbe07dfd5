#include "meeting/meeting_timer.h"

#include <QTimer>

namespace kith::ui {

MeetingTimer::MeetingTimer(QObject* parent)
    : QObject(parent)
    , m_tick(new QTimer(this)) {
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] { emit ticked(text()); });
}

void MeetingTimer::start() {
    m_elapsed.start();
    m_tick->start();
    emit ticked(text());
}

qint64 MeetingTimer::elapsedSeconds() const {
    return m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0;
}

QString MeetingTimer::format(qint64 seconds) {
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds / 60) % 60;
    const QString secs = QStringLiteral("%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (hours == 0)
        return QStringLiteral("%1:%2").arg(minutes).arg(secs);
    return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(secs);
}

} // namespace kith::ui
