#pragma once

#include "record_dialog.h"

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace kith::ui {

// "Start a new request for support": opens an episode of Early Help for a family with
// none open. Who asked, when, whether consent was obtained, and whether they ask for an
// Early Help or a safeguarding response.
class NewRequestDialog : public RecordDialog {
    Q_OBJECT

public:
    NewRequestDialog(journey::JourneyStore& journeys, const Database& database,
                     const QString& familyId, QWidget* parent = nullptr);

    QLineEdit* referrerEdit() const { return m_referrer; }
    QCheckBox* consentBox() const { return m_consent; }
    QRadioButton* safeguardingButton() const { return m_safeguarding; }
    QString episodeId() const { return m_episodeId; }

protected:
    std::optional<QString> save() override;

private:
    QString m_familyId;
    QString m_episodeId;
    QLineEdit* m_referrer = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QCheckBox* m_consent = nullptr;
    QRadioButton* m_earlyHelp = nullptr;
    QRadioButton* m_safeguarding = nullptr;
    QLabel* m_safeguardingNote = nullptr;
    QLabel* m_referrerError = nullptr;
    QLabel* m_whenError = nullptr;
};

} // namespace kith::ui
