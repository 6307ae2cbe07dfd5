#pragma once

#include "record_dialog.h"

class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace kith::ui {

// "Add to the chronology": a significant event in the family's life, by the day it
// happened. The model has no categories, so there is none to choose.
class ChronologyEntryDialog : public RecordDialog {
    Q_OBJECT

public:
    ChronologyEntryDialog(journey::JourneyStore& journeys, const Database& database,
                          const QString& familyId, const QString& episodeId,
                          QWidget* parent = nullptr);

    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }

protected:
    std::optional<QString> save() override;

private:
    QString m_familyId;
    QString m_episodeId;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLabel* m_dateError = nullptr;
    QLabel* m_summaryError = nullptr;
};

} // namespace kith::ui
