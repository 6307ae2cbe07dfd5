#include "new_request_dialog.h"

#include "journey/journey_store.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kith::ui {

NewRequestDialog::NewRequestDialog(journey::JourneyStore& journeys, const Database& database,
                                   const QString& familyId, QWidget* parent)
    : RecordDialog(journeys, database, parent)
    , m_familyId(familyId) {
    setObjectName(QStringLiteral("newRequestDialog"));
    setWindowTitle(tr("Start a new request for support"));
    m_referrer = new QLineEdit(this);
    m_referrer->setPlaceholderText(tr("For example: Parkfield Primary School, or self"));
    m_referrerError = addField(tr("&Asked for by:"), m_referrer, QStringLiteral("requestReferrer"));
    m_when = makeMomentEdit(QStringLiteral("requestWhen"));
    m_whenError = addField(tr("&Received:"), m_when, QStringLiteral("requestWhen"));
    m_consent = new QCheckBox(tr("The family agreed to the request and to sharing with the "
                                 "hub's named agencies"),
                              this);
    addField(tr("&Consent:"), m_consent, QStringLiteral("requestConsent"));
    auto* responses = new QWidget(this);
    auto* layout = new QVBoxLayout(responses);
    layout->setContentsMargins(0, 0, 0, 0);
    m_earlyHelp = new QRadioButton(tr("&Early Help"), responses);
    m_safeguarding = new QRadioButton(tr("Sa&feguarding"), responses);
    m_safeguarding->setObjectName(QStringLiteral("requestSafeguarding"));
    m_earlyHelp->setChecked(true);
    m_safeguardingNote = new QLabel(
        tr("A safeguarding response is for children's social care: follow your safeguarding "
           "procedure now, as well as recording the request here."),
        responses);
    m_safeguardingNote->setWordWrap(true);
    m_safeguardingNote->setVisible(false);
    layout->addWidget(m_earlyHelp);
    layout->addWidget(m_safeguarding);
    layout->addWidget(m_safeguardingNote);
    addField(tr("Response asked for:"), responses, QStringLiteral("requestResponse"));
    connect(m_safeguarding, &QRadioButton::toggled, m_safeguardingNote, &QLabel::setVisible);
    for (QWidget* field : {static_cast<QWidget*>(m_referrer), static_cast<QWidget*>(m_when),
                           static_cast<QWidget*>(m_consent), responses})
        watch(field);
    finish(tr("&Save request"));
    m_referrer->setFocus();
    resize(560, sizeHint().height());
}

std::optional<QString> NewRequestDialog::save() {
    const QString referrer = m_referrer->text().trimmed();
    showError(m_referrerError, referrer.isEmpty()
                                   ? tr("Say who asked for help, or \"self\" if the family did.")
                                   : QString());
    const bool when = checkMoment(m_when, m_whenError, tr("when the request was received"));
    if (referrer.isEmpty() || !when)
        return std::nullopt;
    journey::Episode episode;
    episode.familyId = m_familyId;
    episode.openedAt = m_when->dateTime().toUTC();
    episode.referrer = referrer;
    episode.consentGiven = m_consent->isChecked();
    episode.responseRequested = m_safeguarding->isChecked()
                                    ? journey::ResponseRequested::Safeguarding
                                    : journey::ResponseRequested::EarlyHelp;
    auto opened = journeys().openEpisode(episode);
    if (!opened)
        return opened.error();
    m_episodeId = opened.value();
    return QString();
}

} // namespace kith::ui
