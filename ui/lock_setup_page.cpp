#include "lock_setup_page.h"

#include "lock/unlock_secret_rules.h"
#include "lock_page_layout.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kith::ui {

LockSetupPage::LockSetupPage(QWidget* parent)
    : QWidget(parent)
    , m_secret(new QLineEdit(this))
    , m_confirmation(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save and open Kith"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("lockSetupPage"));
    QVBoxLayout* column = lock_page_layout::centredColumn(this, 560);
    lock_page_layout::addHeading(column, tr("Choose a PIN or passphrase"));
    m_intro = lock_page_layout::addParagraph(column, {});
    setIdleTime(std::chrono::minutes(15));
    lock_page_layout::addParagraph(column, lock::UnlockSecretRules::summary());

    for (QLineEdit* box : {m_secret, m_confirmation}) {
        box->setEchoMode(QLineEdit::Password);
        box->setContextMenuPolicy(Qt::NoContextMenu);
    }
    m_secret->setObjectName(QStringLiteral("setupSecret"));
    m_confirmation->setObjectName(QStringLiteral("setupConfirmation"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&PIN or passphrase:"), m_secret);
    form->addRow(tr("&Type it again:"), m_confirmation);
    column->addLayout(form);

    m_message->setObjectName(QStringLiteral("setupMessage"));
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    column->addWidget(m_message);

    m_save->setObjectName(QStringLiteral("setupSave"));
    m_save->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    column->addLayout(buttons);

    lock_page_layout::addParagraph(
        column, tr("Kith keeps only a scrambled form of it that cannot be turned back into "
                   "your PIN or passphrase. Choose one you will remember."));

    connect(m_secret, &QLineEdit::returnPressed, m_confirmation, qOverload<>(&QWidget::setFocus));
    connect(m_confirmation, &QLineEdit::returnPressed, this, &LockSetupPage::submit);
    connect(m_save, &QPushButton::clicked, this, &LockSetupPage::submit);
}

QString LockSetupPage::message() const {
    return m_message->text();
}

void LockSetupPage::setIdleTime(std::chrono::milliseconds idle) {
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(idle).count();
    const qint64 minutes = (seconds + 30) / 60;
    const QString howLong = seconds < 60   ? tr("%1 seconds").arg(seconds)
                            : minutes == 1 ? tr("a minute")
                                           : tr("%1 minutes").arg(minutes);
    m_intro->setText(
        tr("So that nobody else sees the families you work with, Kith locks itself when you "
           "leave it for %1, when you press Ctrl+L, close the lid or lock the screen. You "
           "unlock it with a PIN or passphrase that only you know.")
            .arg(howLong));
}

void LockSetupPage::showProblem(const QString& problem) {
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
}

void LockSetupPage::reset() {
    m_secret->clear();
    m_confirmation->clear();
    showProblem({});
}

void LockSetupPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_secret->setFocus();
}

void LockSetupPage::submit() {
    emit secretChosen(m_secret->text(), m_confirmation->text());
}

} // namespace kith::ui
