#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QTableView;

namespace kith::audit {
class AuditLog;
}

namespace kith::ui {

class AccessHistoryModel;
class FamilyView;

// "Who has looked at this family": the access history of the family on show, for a
// manager, in a window beside the main one. Read from the audit log each time it is
// opened or the family changes. It names no family, so it may stay open behind the
// privacy screen; the lock hides it with every other window.
class AccessHistoryView : public QDialog {
    Q_OBJECT

public:
    // Follows whichever family `familyView` shows.
    explicit AccessHistoryView(const FamilyView* familyView, QWidget* parent = nullptr);

    // `thisDevice` is the open store's device id, shown as "This computer".
    void setAuditLog(const audit::AuditLog* audit, const QString& thisDevice);
    AccessHistoryModel* model() const { return m_model; }
    // View > "Who has looked at this family...": opens this window.
    QAction* openAction() const { return m_openAction; }

public slots:
    // Reads the history again, if the window is open (otherwise when it opens).
    void refresh();
    // Opens the window, or brings it to the front.
    void showWindow();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();

    const FamilyView* m_familyView;
    const audit::AuditLog* m_audit = nullptr;
    QString m_thisDevice;
    AccessHistoryModel* m_model;
    QTableView* m_table;
    QLabel* m_note;
    QAction* m_openAction;
};

} // namespace kith::ui
