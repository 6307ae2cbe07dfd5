#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QWidget;

namespace kith::audit {
class AuditLog;
}

namespace kith::ui {

class ContentCover;

// The privacy screen: one keypress (Ctrl+Shift+H, or View > Privacy screen) puts a
// neutral page in front of everything about families, for when a family or a passer-by
// can see the screen; the same keypress brings it back. It does not lock: no PIN is
// needed, and nothing is lost. The family list is hidden too, because it names other
// families.
class PrivacyScreen : public QObject {
    Q_OBJECT

public:
    PrivacyScreen(QMainWindow* window, ContentCover* cover);

    // `audit` (may be null) records each time the screen is hidden and shown again.
    void setAuditLog(audit::AuditLog* audit) { m_audit = audit; }
    QAction* action() const { return m_action; }
    QWidget* page() const { return m_page; }
    bool isHiding() const;

public slots:
    void setHiding(bool hiding);

private:
    ContentCover* m_cover;
    QWidget* m_page;
    QAction* m_action;
    audit::AuditLog* m_audit = nullptr;
};

} // namespace kith::ui
