#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace kith::ui {

// How long the meeting has been going, shown on both screens ("0:42", "1:05:03"). Starts
// when the visual agenda starts; ticks once a second.
class MeetingTimer : public QObject {
    Q_OBJECT

public:
    explicit MeetingTimer(QObject* parent = nullptr);

    void start();
    qint64 elapsedSeconds() const;
    QString text() const { return format(elapsedSeconds()); }
    // "m:ss" under an hour, "h:mm:ss" after.
    static QString format(qint64 seconds);

signals:
    void ticked(const QString& text);

private:
    QElapsedTimer m_elapsed;
    QTimer* m_tick = nullptr;
};

} // namespace kith::ui
