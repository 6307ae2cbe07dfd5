#include "assessment/assessment_header.h"

#include "assessment/assessment_summary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kith::ui {

using assessment::AssessmentStatus;

namespace {

QLabel* makeText(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A boxed note that must not be missed: the manager's comments, a family's disagreement.
QLabel* makeNote(QWidget* parent, const QString& objectName, const QString& colour) {
    QLabel* label = makeText(parent, objectName);
    label->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border: 1px solid #c9a227; padding: 6px; }")
            .arg(colour));
    label->hide();
    return label;
}

void showOrHide(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

AssessmentHeader::AssessmentHeader(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("assessmentHeader"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 6);
    layout->setSpacing(4);
    auto* top = new QHBoxLayout;
    m_title = makeText(this, QStringLiteral("assessmentTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(big);
    m_saveState = makeText(this, QStringLiteral("assessmentSaveState"));
    m_saveState->setWordWrap(false);
    m_saveState->setAccessibleName(tr("Saving"));
    top->addWidget(m_title, 1);
    top->addWidget(m_saveState, 0, Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(top);
    m_status = makeText(this, QStringLiteral("assessmentStatus"));
    m_due = makeText(this, QStringLiteral("assessmentDue"));
    m_formNote = makeText(this, QStringLiteral("assessmentFormNote"));
    m_returned = makeNote(this, QStringLiteral("assessmentReturned"), QStringLiteral("#fff4d6"));
    m_familyViews =
        makeNote(this, QStringLiteral("assessmentFamilyViews"), QStringLiteral("#eef4fb"));
    for (QLabel* label : {m_status, m_due, m_formNote, m_returned, m_familyViews})
        layout->addWidget(label);

    auto* actions = new QHBoxLayout;
    auto button = [&](const QString& text, const QString& name,
                      void (AssessmentHeader::*signal)()) {
        auto* made = new QPushButton(text, this);
        made->setObjectName(name);
        actions->addWidget(made);
        connect(made, &QPushButton::clicked, this, signal);
        return made;
    };
    m_submit = button(tr("Sen&d for sign-off"), QStringLiteral("assessmentSubmit"),
                      &AssessmentHeader::sendRequested);
    m_signOff = button(tr("Si&gn off\u2026"), QStringLiteral("assessmentSignOff"),
                       &AssessmentHeader::signOffRequested);
    m_return = button(tr("Return with co&mments\u2026"), QStringLiteral("assessmentReturn"),
                      &AssessmentHeader::returnRequested);
    button(tr("Record the famil&y's view\u2026"), QStringLiteral("assessmentAgreement"),
           &AssessmentHeader::agreementRequested);
    button(tr("His&tory\u2026"), QStringLiteral("assessmentHistory"),
           &AssessmentHeader::historyRequested);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_missing = makeText(this, QStringLiteral("assessmentMissing"));
    m_missing->setForegroundRole(QPalette::PlaceholderText);
    // Said beside the buttons, not only in their tooltips: disabled buttons give no reason.
    m_decision = makeText(this, QStringLiteral("assessmentManagersDecision"));
    layout->addWidget(m_decision);
    m_message = makeNote(this, QStringLiteral("assessmentMessage"), QStringLiteral("#fdecea"));
    layout->addWidget(m_missing);
    layout->addWidget(m_message);
}

void AssessmentHeader::showFacts(const Facts& facts) {
    m_title->setText(facts.title);
    m_status->setText(facts.statusText);
    m_due->setText(facts.due);
    m_due->setStyleSheet(facts.overdue ? QStringLiteral("color: #b00020;") : QString());
    showOrHide(m_formNote, facts.formNote);
    showOrHide(m_returned, facts.returned);
    showOrHide(m_familyViews, facts.familyViews);
    // A disagreement is marked so that it is not read past.
    m_familyViews->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border: 1px solid %2; padding: 6px; }")
            .arg(facts.disagreed ? QStringLiteral("#fff4d6") : QStringLiteral("#eef4fb"),
                 facts.disagreed ? QStringLiteral("#c9a227") : QStringLiteral("#9db7d5")));
    m_familyViews->setAccessibleName(facts.disagreed
                                         ? tr("The family does not agree with everything")
                                         : tr("The family's view"));
    const bool editable =
        facts.status == AssessmentStatus::Draft || facts.status == AssessmentStatus::Returned;
    m_submit->setEnabled(editable && facts.complete);
    m_submit->setToolTip(editable ? facts.missing.join(QLatin1Char('\n')) : QString());
    const bool awaitingDecision = facts.status == AssessmentStatus::Submitted;
    m_signOff->setEnabled(awaitingDecision && facts.mayDecide);
    m_return->setEnabled(awaitingDecision && facts.mayDecide);
    const QString managersOnly =
        awaitingDecision && !facts.mayDecide
            ? tr("Only a manager signs off an assessment or returns it. This laptop syncs as a "
                 "hub account that is not a manager's.")
            : QString();
    m_signOff->setToolTip(managersOnly);
    m_return->setToolTip(managersOnly);
    showOrHide(m_decision, managersOnly);
    showOrHide(m_missing, editable ? AssessmentSummary::missing(facts.missing) : QString());
}

void AssessmentHeader::setSaveState(const QString& text) {
    m_saveState->setText(text);
}

void AssessmentHeader::showMessage(const Status& status) {
    showOrHide(m_message, status ? QString() : status.error());
}

QString AssessmentHeader::message() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace kith::ui
