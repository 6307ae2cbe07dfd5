#pragma once

#include "assessment/assessment_model.h"
#include "util/result.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace kith::ui {

// The top of the Assessment tab: the form's title and whether answers are saved, where the
// assessment stands and when it is due, the manager's comments and the family's view when
// there are some, the actions, what is still missing, and the last refusal.
class AssessmentHeader : public QWidget {
    Q_OBJECT

public:
    struct Facts {
        QString title;
        QString formNote; // when the assessment opened with another version of its form
        assessment::AssessmentStatus status = assessment::AssessmentStatus::Draft;
        QString statusText;
        QString due;
        bool overdue = false;
        QString returned;    // the manager's comments, when returned
        QString familyViews; // everything the family said, newest first
        bool disagreed = false;
        bool complete = false;
        QStringList missing;
        // False when this laptop syncs as a hub account that is not a manager's: signing off
        // and returning are a manager's decisions (the hub refuses them from anyone else).
        bool mayDecide = true;
    };

    explicit AssessmentHeader(QWidget* parent = nullptr);

    void showFacts(const Facts& facts);
    void setSaveState(const QString& text);
    void showMessage(const Status& status); // a refusal stays until the next action
    QString message() const;
    QPushButton* submitButton() const { return m_submit; }

signals:
    void sendRequested();
    void signOffRequested();
    void returnRequested();
    void agreementRequested();
    void historyRequested();

private:
    QLabel* m_title = nullptr;
    QLabel* m_saveState = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_due = nullptr;
    QLabel* m_formNote = nullptr;
    QLabel* m_returned = nullptr;
    QLabel* m_familyViews = nullptr;
    QLabel* m_missing = nullptr;
    QLabel* m_decision = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_signOff = nullptr;
    QPushButton* m_return = nullptr;
};

} // namespace kith::ui
