#include "privacy_screen.h"

#include "audit/audit_log.h"
#include "lock_page_layout.h"
#include "privacy_screen_cover.h"

#include <QAction>
#include <QHBoxLayout>
#include <QMainWindow>
#include <QPushButton>
#include <QVBoxLayout>

namespace kith::ui {

PrivacyScreen::PrivacyScreen(QMainWindow* window, ContentCover* cover)
    : QObject(window)
    , m_cover(cover)
    , m_page(new QWidget(window))
    , m_action(new QAction(tr("&Privacy screen"), this)) {
    m_action->setObjectName(QStringLiteral("privacyScreenAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_action->setStatusTip(
        tr("Hide the families on screen at once, without locking; press again to show them"));
    // On the window as well as in the menu, so the shortcut works whatever the menus do.
    window->addAction(m_action);
    connect(m_action, &QAction::toggled, this, &PrivacyScreen::setHiding);

    // A calm page that says nothing about anyone, fit to be seen by a family.
    m_page->setObjectName(QStringLiteral("privacyScreenPage"));
    m_page->hide();
    QVBoxLayout* column = lock_page_layout::centredColumn(m_page);
    lock_page_layout::addHeading(column, tr("Kith"));
    lock_page_layout::addParagraph(
        column, tr("The screen is hidden. Press Ctrl+Shift+H to show it again."));
    auto* show = new QPushButton(tr("&Show the screen"), m_page);
    show->setObjectName(QStringLiteral("privacyScreenShow"));
    auto* row = new QHBoxLayout;
    row->addWidget(show);
    row->addStretch(1);
    column->addLayout(row);
    connect(show, &QPushButton::clicked, m_action, [this] { m_action->setChecked(false); });
}

bool PrivacyScreen::isHiding() const {
    return m_cover->isCovered(ContentCover::Layer::PrivacyScreen);
}

void PrivacyScreen::setHiding(bool hiding) {
    if (hiding == isHiding())
        return;
    if (hiding)
        m_cover->cover(ContentCover::Layer::PrivacyScreen, m_page);
    else
        m_cover->uncover(ContentCover::Layer::PrivacyScreen);
    m_action->setChecked(hiding);
    if (m_audit)
        m_audit->recordAction(audit::Action::PrivacyScreen,
                              hiding ? QStringLiteral("hidden") : QStringLiteral("shown"));
}

} // namespace kith::ui
