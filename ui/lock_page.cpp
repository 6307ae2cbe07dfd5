#include "lock_page.h"

#include "lock_page_layout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kith::ui {

LockPage::LockPage(QWidget* parent)
    : QWidget(parent)
    , m_secret(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_message(new QLabel(this))
    , m_wait(new QLabel(this)) {
    setObjectName(QStringLiteral("lockPage"));
    QVBoxLayout* column = lock_page_layout::centredColumn(this);
    lock_page_layout::addHeading(column, tr("Kith is locked"));
    lock_page_layout::addParagraph(
        column, tr("Type your PIN or passphrase to carry on where you left off."));

    m_secret->setObjectName(QStringLiteral("lockSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("PIN or passphrase"));
    m_secret->setAccessibleName(tr("PIN or passphrase"));
    m_secret->setContextMenuPolicy(Qt::NoContextMenu);
    m_unlock->setObjectName(QStringLiteral("lockUnlock"));
    m_unlock->setDefault(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    row->addWidget(m_unlock);
    column->addLayout(row);

    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_wait->setObjectName(QStringLiteral("lockWait"));
    for (QLabel* label : {m_message, m_wait}) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        column->addWidget(label);
    }

    connect(m_secret, &QLineEdit::returnPressed, this, &LockPage::submit);
    connect(m_unlock, &QPushButton::clicked, this, &LockPage::submit);
}

QString LockPage::message() const {
    return m_message->text();
}

QString LockPage::waitMessage() const {
    return m_wait->text();
}

void LockPage::reset() {
    m_secret->clear();
    m_message->clear();
    setWaiting(0, {});
}

void LockPage::showMessage(const QString& message) {
    m_message->setText(message);
}

void LockPage::setWaiting(qint64 seconds, const QString& text) {
    const bool waiting = seconds > 0;
    m_secret->setEnabled(!waiting);
    m_unlock->setEnabled(!waiting);
    m_wait->setText(text);
    if (!waiting && isVisible())
        m_secret->setFocus();
}

void LockPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_secret->setFocus();
}

void LockPage::submit() {
    if (!m_secret->isEnabled() || m_secret->text().isEmpty())
        return;
    const QString secret = m_secret->text();
    m_secret->clear();
    emit unlockRequested(secret);
}

} // namespace kith::ui
