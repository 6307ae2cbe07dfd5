#pragma once

#include "journey/journey_model.h"
#include "record_dialog.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace kith::ui {

// Moves an episode on: the screening decision, allocating a lead professional, a stage of
// the journey (first contact, assessment completed, plan agreed, review held, ...) or
// closing the episode. One dialog, its fields chosen by the action.
class EpisodeStageDialog : public RecordDialog {
    Q_OBJECT

public:
    enum class Action { Screening, Allocate, Event, Close };

    // `eventKind` is one of JourneyStore::recordableEventKinds(), for Action::Event.
    EpisodeStageDialog(journey::JourneyStore& journeys, const Database& database,
                       const journey::Episode& episode, Action action,
                       const QString& eventKind = {}, QWidget* parent = nullptr);

    // The title of the button or menu entry that opens it.
    static QString actionText(Action action, const QString& eventKind = {});

    QDateTimeEdit* momentEdit() const { return m_when; }
    QComboBox* professionalChooser() const { return m_who; }
    QComboBox* reasonChooser() const { return m_reason; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QPlainTextEdit* exitPlanEdit() const { return m_exitPlan; }
    QRadioButton* outcomeButton(journey::ScreeningOutcome outcome) const;

protected:
    std::optional<QString> save() override;

private:
    journey::Episode m_episode;
    Action m_action;
    QString m_kind;
    QDateTimeEdit* m_when = nullptr;
    QComboBox* m_who = nullptr;
    QLineEdit* m_detail = nullptr;
    QComboBox* m_reason = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QPlainTextEdit* m_exitPlan = nullptr;
    QList<QRadioButton*> m_outcomes;
    QLabel* m_whenError = nullptr;
    QLabel* m_whoError = nullptr;
    QLabel* m_reasonError = nullptr;
    QLabel* m_summaryError = nullptr;
};

} // namespace kith::ui
