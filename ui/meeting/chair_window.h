#pragma once

#include "meeting/agenda_keys.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace kith::ui {

class AgendaController;
class PlanEditor;
class StoreSession;

// The chair's window on the laptop during the visual agenda: the steps and the current
// one, who is here, notes for the step, the plan editor (everything, with what is not
// shown on the projector marked), the projector switch and which screen it uses. The
// agenda keys work here too, except while the chair is typing (then Page Up/Down, Esc).
class ChairWindow : public QWidget {
    Q_OBJECT

public:
    ChairWindow(const StoreSession& session, AgendaController& agenda, QWidget* parent = nullptr);
    ~ChairWindow() override;

    PlanEditor* planEditor() const { return m_plan; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QPushButton* projectorButton() const { return m_projector; }
    QListWidget* attendeeList() const { return m_attendees; }
    QLabel* hiddenNote() const { return m_hidden; }

    void showStep(int number);
    void setTimerText(const QString& text);
    void setHiddenCount(int count);
    void setProjecting(bool on);
    // Saves what is written in the note box under the current step.
    bool addNote();

signals:
    void commandIssued(kith::ui::AgendaCommand command);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildTopBar();
    QWidget* buildSide();
    QWidget* buildNotes();
    void fillAttendees();
    void fillNotes();
    void fillScreens();
    bool isTyping(QObject* receiver) const;

    AgendaController& m_agenda;
    int m_step = 1;
    bool m_filling = false;

    QLabel* m_stepTitle = nullptr;
    QLabel* m_timer = nullptr;
    QPushButton* m_projector = nullptr;
    QComboBox* m_screens = nullptr;
    QLabel* m_hidden = nullptr;
    QListWidget* m_steps = nullptr;
    QListWidget* m_attendees = nullptr;
    QLabel* m_stepHelp = nullptr;
    QLabel* m_notes = nullptr;
    QPlainTextEdit* m_note = nullptr;
    PlanEditor* m_plan = nullptr;
};

} // namespace kith::ui
