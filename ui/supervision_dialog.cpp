#include "supervision_dialog.h"

#include "journey/journey_store.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>

namespace kith::ui {

SupervisionDialog::SupervisionDialog(journey::JourneyStore& journeys, const Database& database,
                                     const QString& episodeId, const QString& practitionerId,
                                     QWidget* parent)
    : RecordDialog(journeys, database, parent)
    , m_episodeId(episodeId) {
    setObjectName(QStringLiteral("supervisionDialog"));
    setWindowTitle(tr("Record supervision"));
    auto* kinds = new QWidget(this);
    auto* kindsLayout = new QHBoxLayout(kinds);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    m_supervision = new QRadioButton(tr("Case su&pervision"), kinds);
    m_oversight = new QRadioButton(tr("Management &oversight note"), kinds);
    m_oversight->setObjectName(QStringLiteral("supervisionOversight"));
    m_supervision->setChecked(true);
    kindsLayout->addWidget(m_supervision);
    kindsLayout->addWidget(m_oversight);
    kindsLayout->addStretch(1);
    addField(tr("Kind:"), kinds, QStringLiteral("supervisionKind"));
    m_when = makeMomentEdit(QStringLiteral("supervisionWhen"));
    m_whenError = addField(tr("&When:"), m_when, QStringLiteral("supervisionWhen"));
    m_manager = makeProfessionalChooser(QStringLiteral("supervisionManager"), {});
    m_managerError =
        addField(tr("&Manager or supervisor:"), m_manager, QStringLiteral("supervisionManager"));
    m_practitioner =
        makeProfessionalChooser(QStringLiteral("supervisionPractitioner"), practitionerId);
    addField(tr("P&ractitioner:"), m_practitioner, QStringLiteral("supervisionPractitioner"));
    m_discussion = new QPlainTextEdit(this);
    m_discussion->setTabChangesFocus(true);
    m_discussionError =
        addField(tr("What was &discussed:"), m_discussion, QStringLiteral("supervisionDiscussion"));
    m_actions = new QPlainTextEdit(this);
    m_actions->setTabChangesFocus(true);
    m_actions->setPlaceholderText(tr("Who does what, by when"));
    addField(tr("&Actions agreed:"), m_actions, QStringLiteral("supervisionActions"));
    for (QWidget* field : {kinds, static_cast<QWidget*>(m_when), static_cast<QWidget*>(m_manager),
                           static_cast<QWidget*>(m_practitioner),
                           static_cast<QWidget*>(m_discussion), static_cast<QWidget*>(m_actions)})
        watch(field);
    finish(tr("&Save"));
    m_manager->setFocus();
    resize(560, sizeHint().height());
}

std::optional<QString> SupervisionDialog::save() {
    bool ready = checkMoment(m_when, m_whenError, tr("when it was held"));
    ready =
        checkChosen(m_manager, m_managerError, tr("Choose the manager or supervisor.")) && ready;
    const QString discussion = m_discussion->toPlainText().trimmed();
    showError(m_discussionError,
              discussion.isEmpty() ? tr("Write what was discussed.") : QString());
    if (!ready || discussion.isEmpty())
        return std::nullopt;
    journey::SupervisionRecord record;
    record.episodeId = m_episodeId;
    record.kind = m_oversight->isChecked() ? journey::SupervisionRecord::Kind::Oversight
                                           : journey::SupervisionRecord::Kind::Supervision;
    record.heldAt = m_when->dateTime().toUTC();
    record.managerId = m_manager->currentData().toString();
    record.practitionerId = m_practitioner->currentData().toString();
    record.discussion = discussion;
    record.actions = m_actions->toPlainText().trimmed();
    auto added = journeys().addSupervision(record);
    return added ? QString() : added.error();
}

} // namespace kith::ui
