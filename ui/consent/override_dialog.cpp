#include "consent/override_dialog.h"

#include "consent/consent_store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kith::ui {

OverrideDialog::OverrideDialog(consent::ConsentStore& consents, journey::JourneyStore& journeys,
                               const Database& database, consent::Restriction restriction,
                               QWidget* parent)
    : RecordDialog(journeys, database, parent)
    , m_consents(consents)
    , m_restriction(std::move(restriction)) {
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Safeguarding override"));
    auto* explain = new QLabel(
        tr("The family asked that %1 is not shared with %2: \u201c%3\u201d. Only a safeguarding "
           "concern can override this. The decision, its reason and who made it are kept on "
           "the record, and every share it allows says so.")
            .arg(consent::ConsentLabels::category(m_restriction.category),
                 m_restriction.audienceName, m_restriction.familyWords),
        this);
    explain->setWordWrap(true);
    body()->insertWidget(0, explain);
    m_reason = new QPlainTextEdit(this);
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(90);
    m_reasonError =
        addField(tr("Safeguarding &reason:"), m_reason, QStringLiteral("overrideReason"));
    m_decidedBy =
        makeProfessionalChooser(QStringLiteral("overrideDecidedBy"), currentProfessional());
    m_decidedByError =
        addField(tr("&Decided by:"), m_decidedBy, QStringLiteral("overrideDecidedBy"));
    auto* ends = new QWidget(this);
    auto* endsLayout = new QHBoxLayout(ends);
    endsLayout->setContentsMargins(0, 0, 0, 0);
    m_ends = new QCheckBox(tr("Ends on"), ends);
    m_endsOn = new QDateEdit(database.clock().today().addDays(28), ends);
    m_endsOn->setCalendarPopup(true);
    m_endsOn->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_endsOn->setEnabled(false);
    connect(m_ends, &QCheckBox::toggled, m_endsOn, &QWidget::setEnabled);
    endsLayout->addWidget(m_ends);
    endsLayout->addWidget(m_endsOn, 1);
    addField(tr("&Until:"), ends, QStringLiteral("overrideEnds"));
    watch(m_reason);
    watch(m_decidedBy);
    finish(tr("&Record override"));
    resize(560, sizeHint().height());
}

std::optional<QString> OverrideDialog::save() {
    const QString reason = m_reason->toPlainText().trimmed();
    showError(m_reasonError,
              reason.isEmpty() ? tr("Say what the safeguarding concern is.") : QString());
    const bool chosen = checkChosen(m_decidedBy, m_decidedByError,
                                    tr("Choose who made the safeguarding decision."));
    if (reason.isEmpty() || !chosen)
        return std::nullopt;
    consent::SafeguardingOverride decision;
    decision.familyId = m_restriction.familyId;
    decision.restrictionId = m_restriction.id;
    decision.reason = reason;
    decision.decidedById = m_decidedBy->currentData().toString();
    if (m_ends->isChecked())
        decision.endsOn = m_endsOn->date();
    const auto saved = m_consents.recordOverride(decision);
    return saved ? QString() : saved.error();
}

} // namespace kith::ui
