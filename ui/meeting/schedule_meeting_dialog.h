#pragma once

#include "meeting/meeting_store.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kith::ui {

// Puts a TAF meeting in the diary: which kind, when, how long and where. Refusals from the
// store are shown here and nothing is lost.
class ScheduleMeetingDialog : public QDialog {
    Q_OBJECT

public:
    ScheduleMeetingDialog(meeting::MeetingStore& meetings, const QString& familyId,
                          const QDateTime& suggested, QWidget* parent = nullptr);

    const QString& meetingId() const { return m_meetingId; }
    QLineEdit* placeEdit() const { return m_place; }
    QDateTimeEdit* whenEdit() const { return m_when; }
    QComboBox* kindCombo() const { return m_kind; }

public slots:
    void accept() override;

private:
    meeting::MeetingStore& m_meetings;
    QString m_familyId;
    QString m_meetingId;
    QComboBox* m_kind = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QSpinBox* m_minutes = nullptr;
    QLineEdit* m_place = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace kith::ui
