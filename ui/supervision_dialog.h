#pragma once

#include "record_dialog.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace kith::ui {

// "Record supervision": case supervision (at least 8-weekly) or a management oversight
// note, with who held it, what was discussed and the actions agreed.
class SupervisionDialog : public RecordDialog {
    Q_OBJECT

public:
    SupervisionDialog(journey::JourneyStore& journeys, const Database& database,
                      const QString& episodeId, const QString& practitionerId,
                      QWidget* parent = nullptr);

    QRadioButton* oversightButton() const { return m_oversight; }
    QComboBox* managerChooser() const { return m_manager; }
    QPlainTextEdit* discussionEdit() const { return m_discussion; }

protected:
    std::optional<QString> save() override;

private:
    QString m_episodeId;
    QRadioButton* m_supervision = nullptr;
    QRadioButton* m_oversight = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QComboBox* m_manager = nullptr;
    QComboBox* m_practitioner = nullptr;
    QPlainTextEdit* m_discussion = nullptr;
    QPlainTextEdit* m_actions = nullptr;
    QLabel* m_whenError = nullptr;
    QLabel* m_managerError = nullptr;
    QLabel* m_discussionError = nullptr;
};

} // namespace kith::ui
