#include "chronology_entry_dialog.h"

#include "journey/journey_store.h"

#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>

namespace kith::ui {

ChronologyEntryDialog::ChronologyEntryDialog(journey::JourneyStore& journeys,
                                             const Database& database, const QString& familyId,
                                             const QString& episodeId, QWidget* parent)
    : RecordDialog(journeys, database, parent)
    , m_familyId(familyId)
    , m_episodeId(episodeId) {
    setObjectName(QStringLiteral("chronologyEntryDialog"));
    setWindowTitle(tr("Add to the chronology"));
    const QDate today = nowUtc().toLocalTime().date();
    m_date = new QDateEdit(today, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_date->setMaximumDate(today);
    m_dateError = addField(tr("&Date:"), m_date, QStringLiteral("chronologyDate"));
    m_summary = new QPlainTextEdit(this);
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("For example: moved to temporary accommodation"));
    m_summaryError =
        addField(tr("&What happened:"), m_summary, QStringLiteral("chronologySummary"));
    watch(m_date);
    watch(m_summary);
    finish(tr("&Save entry"));
    m_summary->setFocus();
    resize(520, sizeHint().height());
}

std::optional<QString> ChronologyEntryDialog::save() {
    const QDate today = nowUtc().toLocalTime().date();
    bool ready = true;
    if (!m_date->date().isValid() || m_date->date() > today) {
        showError(m_dateError, tr("Give the day it happened, today or before."));
        ready = false;
    } else {
        showError(m_dateError, {});
    }
    const QString summary = m_summary->toPlainText().trimmed();
    showError(m_summaryError, summary.isEmpty() ? tr("Say what happened.") : QString());
    if (!ready || summary.isEmpty())
        return std::nullopt;
    journey::ChronologyEntry entry;
    entry.familyId = m_familyId;
    entry.episodeId = m_episodeId;
    entry.occurredOn = m_date->date();
    entry.summary = summary;
    auto added = journeys().addChronologyEntry(entry);
    return added ? QString() : added.error();
}

} // namespace kith::ui
