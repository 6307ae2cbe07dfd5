#pragma once

#include "journey/journey_model.h"
#include "record_dialog.h"

class QLabel;
class QPlainTextEdit;

namespace kith::ui {

// "Add a note" and "Correct this note". Notes are never changed: a correction is a new
// note that names the one it corrects, and the original stays on the record.
class CaseNoteDialog : public RecordDialog {
    Q_OBJECT

public:
    // A new note in `episodeId`; with `original`, a correction of it.
    CaseNoteDialog(journey::JourneyStore& journeys, const Database& database,
                   const QString& episodeId, const std::optional<journey::CaseNote>& original,
                   QWidget* parent = nullptr);

    QPlainTextEdit* bodyEdit() const { return m_body; }
    QString noteId() const { return m_noteId; }

protected:
    std::optional<QString> save() override;

private:
    QString m_episodeId;
    std::optional<journey::CaseNote> m_original;
    QString m_noteId;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_bodyError = nullptr;
};

} // namespace kith::ui
