#pragma once

#include "meeting/meeting_model.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kith {
class FamilyStore;
} // namespace kith
namespace kith::meeting {
class MeetingStore;
} // namespace kith::meeting

namespace kith::ui {

// The family's lead professional, at a meeting: who it is now and how it came to be, and,
// with the family's agreement, naming one at the first meeting or handing over to another
// professional at a later one. The choice is among the professionals at the meeting; the
// family members who agree are ticked among those who came.
class LeadPanel : public QWidget {
    Q_OBJECT

public:
    explicit LeadPanel(QWidget* parent = nullptr);

    void showMeeting(meeting::MeetingStore* meetings, FamilyStore* families,
                     const std::optional<meeting::Meeting>& meeting);

signals:
    void changed();

private:
    void record();
    // Naming a lead (first meeting, none named at it yet) rather than handing over.
    bool naming() const;
    void fillChoices(const meeting::Meeting& meeting);

    meeting::MeetingStore* m_meetings = nullptr;
    FamilyStore* m_families = nullptr;
    std::optional<meeting::Meeting> m_meeting;
    bool m_namedHere = false;
    QLabel* m_current = nullptr;
    QComboBox* m_professional = nullptr;
    QListWidget* m_agreedBy = nullptr;
    QLineEdit* m_why = nullptr;
    QLabel* m_whyLabel = nullptr;
    QPushButton* m_record = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace kith::ui
