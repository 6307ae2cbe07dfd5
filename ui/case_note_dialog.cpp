#include "case_note_dialog.h"

#include "journey/journey_store.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kith::ui {

CaseNoteDialog::CaseNoteDialog(journey::JourneyStore& journeys, const Database& database,
                               const QString& episodeId,
                               const std::optional<journey::CaseNote>& original, QWidget* parent)
    : RecordDialog(journeys, database, parent)
    , m_episodeId(episodeId)
    , m_original(original) {
    setObjectName(QStringLiteral("caseNoteDialog"));
    setWindowTitle(original ? tr("Correct a case note") : tr("Add a case note"));
    if (original) {
        auto* explain =
            new QLabel(tr("The note written on %1 stays on the record, marked as corrected. Your "
                          "correction is added after it.")
                           .arg(QLocale().toString(original->writtenAt.toLocalTime(),
                                                   QStringLiteral("d MMM yyyy, HH:mm"))),
                       this);
        explain->setWordWrap(true);
        body()->insertWidget(0, explain);
    }
    m_body = new QPlainTextEdit(this);
    m_body->setTabChangesFocus(true);
    if (original)
        m_body->setPlainText(original->body);
    m_body->setMinimumHeight(160);
    m_bodyError = addField(original ? tr("&Corrected note:") : tr("&Note:"), m_body,
                           QStringLiteral("noteBody"));
    watch(m_body);
    finish(original ? tr("&Save correction") : tr("&Save note"));
    m_body->setFocus();
    resize(560, sizeHint().height());
}

std::optional<QString> CaseNoteDialog::save() {
    const QString text = m_body->toPlainText().trimmed();
    if (text.isEmpty()) {
        showError(m_bodyError, tr("Write the note: what happened, and what was said."));
        return std::nullopt;
    }
    if (m_original && text == m_original->body.trimmed()) {
        showError(m_bodyError, tr("The note is the same as before: change what needs "
                                  "correcting."));
        return std::nullopt;
    }
    showError(m_bodyError, {});
    journey::CaseNote note;
    note.episodeId = m_episodeId;
    note.body = text;
    if (m_original) {
        note.amendsId = m_original->id;
        note.contactId = m_original->contactId;
    }
    auto added = journeys().addNote(note);
    if (!added)
        return added.error();
    m_noteId = added.value();
    return QString();
}

} // namespace kith::ui
