#pragma once

#include "meeting/meeting_model.h"
#include "plan/plan_model.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace kith {
struct FamilyRecord;
class FamilyStore;
} // namespace kith
namespace kith::meeting {
class MeetingStore;
}

namespace kith::ui {

class CirculationPanel;
class LeadPanel;

// One meeting in detail: who was invited, who came and who sent apologies; the notes
// under each agenda step; and at a review, what happened to each action, the scaling
// score again, whether worries went up or down, and the judgement.
class MeetingDetails : public QWidget {
    Q_OBJECT

public:
    explicit MeetingDetails(QWidget* parent = nullptr);

    void showMeeting(meeting::MeetingStore* meetings, FamilyStore* families,
                     const std::optional<meeting::Meeting>& meeting,
                     const std::optional<plan::Plan>& plan);
    QTableWidget* attendance() const { return m_attendance; }

signals:
    void changed();

private:
    void fillPeopleToAdd(const FamilyStore& families);
    void addAttendee();
    void addNote();
    void saveReview();
    void report(const QString& problem);

    meeting::MeetingStore* m_meetings = nullptr;
    std::optional<meeting::Meeting> m_meeting;
    bool m_filling = false;

    QLabel* m_problem = nullptr;
    QTableWidget* m_attendance = nullptr;
    QComboBox* m_personToAdd = nullptr;
    QLineEdit* m_role = nullptr;
    QLabel* m_notes = nullptr;
    QComboBox* m_noteStep = nullptr;
    QLineEdit* m_noteText = nullptr;
    QComboBox* m_judgement = nullptr;
    QSpinBox* m_scaling = nullptr;
    QComboBox* m_concerns = nullptr;
    QTableWidget* m_actionReviews = nullptr;
    CirculationPanel* m_circulation = nullptr;
    LeadPanel* m_lead = nullptr;
};

} // namespace kith::ui
