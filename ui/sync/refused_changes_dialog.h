#pragma once

#include "client/sync_state_store.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kith::ui {

class StoreSession;

// "Changes the server did not accept": each change the hub refused for good, with the
// family, the kind of record, what was tried, when, and why in plain words. The person
// dismisses one once they have dealt with it; the change itself is never retried.
class RefusedChangesDialog : public QDialog {
    Q_OBJECT

public:
    explicit RefusedChangesDialog(StoreSession& session, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* dismissButton() const { return m_dismiss; }
    QLabel* reasonLabel() const { return m_reason; }

signals:
    // One was dismissed; the status bar counts again.
    void dismissed();

private:
    void reload();
    void showChosen();
    void dismissChosen();
    QString familyName(const QString& familyId) const;

    StoreSession& m_session;
    QList<sync::RejectedChange> m_changes;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_reason = nullptr;
    QPushButton* m_dismiss = nullptr;
};

} // namespace kith::ui
