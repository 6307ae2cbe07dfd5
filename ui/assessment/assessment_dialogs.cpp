#include "assessment/assessment_dialogs.h"

#include "assessment/assessment_summary.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace kith::ui {

using namespace assessment;

namespace {

QLabel* errorLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("dialogError"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

QPlainTextEdit* commentsBox(QWidget* parent, const QString& name) {
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(QStringLiteral("dialogComments"));
    box->setAccessibleName(name);
    box->setTabChangesFocus(true);
    box->setMinimumHeight(box->fontMetrics().lineSpacing() * 6);
    return box;
}

void showRefusal(QLabel* label, const Status& status) {
    label->setText(status.error());
    label->setVisible(!status);
}

} // namespace

CommentsDialog::CommentsDialog(const QString& title, const QString& prompt, const QString& actText,
                               Act act, QWidget* parent)
    : QDialog(parent)
    , m_act(std::move(act)) {
    setWindowTitle(title);
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_comments = commentsBox(this, prompt);
    label->setBuddy(m_comments);
    layout->addWidget(m_comments);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(actText, QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("dialogAct"));
    ok->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ok, &QPushButton::clicked, this, [this] {
        const Status done = m_act(m_comments->toPlainText());
        showRefusal(m_error, done);
        if (done)
            accept();
    });
}

AgreementDialog::AgreementDialog(const QHash<QString, QString>& people, Act act, QWidget* parent)
    : QDialog(parent)
    , m_act(std::move(act))
    , m_choice(new QButtonGroup(this)) {
    setWindowTitle(tr("The family's view of the assessment"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Read the assessment with the family, then record whether they "
                                "agree with it. If they do not agree, write down what they "
                                "say in their own words: it stays on the assessment."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const std::pair<Agreement, QString> choices[] = {
        {Agreement::Agree, tr("They &agree")},
        {Agreement::Partly, tr("They agree with &some of it")},
        {Agreement::Disagree, tr("They &disagree")},
    };
    for (const auto& [agreement, label] : choices) {
        auto* radio = new QRadioButton(label, this);
        radio->setObjectName(QStringLiteral("agreement_") + agreementCode(agreement));
        m_choice->addButton(radio, static_cast<int>(agreement));
        layout->addWidget(radio);
    }
    m_choice->button(static_cast<int>(Agreement::Agree))->setChecked(true);
    auto* form = new QFormLayout;
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("agreementPerson"));
    m_person->addItem(tr("The whole family"), QString());
    QList<std::pair<QString, QString>> sorted;
    for (auto it = people.cbegin(); it != people.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    for (const auto& [name, id] : sorted)
        m_person->addItem(name, id);
    form->addRow(tr("&Who said it"), m_person);
    layout->addLayout(form);
    auto* wordsLabel = new QLabel(tr("In their w&ords"), this);
    m_comments = commentsBox(this, tr("The family's words"));
    wordsLabel->setBuddy(m_comments);
    layout->addWidget(wordsLabel);
    layout->addWidget(m_comments);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("dialogAct"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ok, &QPushButton::clicked, this, [this] {
        const Status done = m_act(static_cast<Agreement>(m_choice->checkedId()),
                                  m_comments->toPlainText(), m_person->currentData().toString());
        showRefusal(m_error, done);
        if (done)
            accept();
    });
}

HistoryDialog::HistoryDialog(const QList<VersionChanges>& history,
                             const QList<FrozenVersion>& versions, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("History of the assessment"));
    resize(1000, 560);
    auto* layout = new QVBoxLayout(this);
    QStringList signedOff;
    for (const FrozenVersion& version : versions)
        signedOff.append(
            tr("version %1 on %2")
                .arg(version.version)
                .arg(AssessmentSummary::shortDate(version.approvedAt.toLocalTime().date())));
    auto* summary = new QLabel(
        signedOff.isEmpty() ? tr("No version has been signed off yet.")
                            : tr("Signed off: %1.").arg(signedOff.join(QStringLiteral(", "))),
        this);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("historyTree"));
    tree->setAccessibleName(tr("What changed between versions"));
    tree->setHeaderLabels({tr("Question"), tr("Before"), tr("After")});
    tree->setWordWrap(true);
    tree->setAlternatingRowColors(true);
    for (const VersionChanges& step : history) {
        const QString title =
            step.fromVersion == 0
                ? (step.toIsDraft ? tr("Version %1, being written now: the answers so far")
                                  : tr("Version %1, as first signed off"))
                      .arg(step.toVersion)
                : (step.toIsDraft ? tr("Version %1, being written now, against version %2")
                                  : tr("Version %1 against version %2"))
                      .arg(step.toVersion)
                      .arg(step.fromVersion);
        auto* top = new QTreeWidgetItem(tree, {title});
        top->setFirstColumnSpanned(true);
        if (step.changes.isEmpty())
            new QTreeWidgetItem(top, {tr("No answers changed.")});
        for (const FieldChange& change : step.changes) {
            auto* item = new QTreeWidgetItem(top, {change.label, change.before, change.after});
            item->setToolTip(0, change.label);
            item->setToolTip(1, change.before);
            item->setToolTip(2, change.after);
        }
        top->setExpanded(true);
    }
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree->setColumnWidth(0, 400);
    tree->setColumnWidth(1, 260);
    layout->addWidget(tree, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace kith::ui
