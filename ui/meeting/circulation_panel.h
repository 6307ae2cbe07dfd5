#pragma once

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace kith::meeting {
class MeetingStore;
struct Meeting;
} // namespace kith::meeting

namespace kith::ui {

// After a meeting, the agreed plan goes to everyone who came, within the council's time
// (5 working days by default): who has had it, when and how, who has not, and by when it
// must go. "Mark as sent" records it for the chosen person.
class CirculationPanel : public QWidget {
    Q_OBJECT

public:
    explicit CirculationPanel(QWidget* parent = nullptr);

    void showMeeting(meeting::MeetingStore* meetings,
                     const std::optional<meeting::Meeting>& meeting);

signals:
    void changed();

private:
    void markSent();
    static QString stillToSend(qsizetype people);

    meeting::MeetingStore* m_meetings = nullptr;
    QString m_meetingId;
    QLabel* m_status = nullptr;
    QTableWidget* m_people = nullptr;
    QComboBox* m_how = nullptr;
    QPushButton* m_markSent = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace kith::ui
