#pragma once

#include <QDialog>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace kith::ui {

class ConflictListModel;
class StoreSession;

// Lists the open sync conflicts and lets a person settle each: keep the value in the
// record now, keep the other change, or type the right value. The choice is written
// through the sync engine's resolver, so it reaches every other computer at the next sync.
class ConflictResolverDialog : public QDialog {
    Q_OBJECT

public:
    // Asks for a value typed by hand, starting from `current`; nothing when cancelled.
    // The app shows an input dialog; tests answer directly.
    using ValuePrompt = std::function<std::optional<QString>(const QString& current)>;

    ConflictResolverDialog(StoreSession& session, QString actor, QWidget* parent = nullptr);

    void setValuePrompt(ValuePrompt prompt) { m_prompt = std::move(prompt); }
    ConflictListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* keepThisButton() const { return m_keepThis; }
    QPushButton* keepThatButton() const { return m_keepThat; }
    QPushButton* editButton() const { return m_edit; }

signals:
    // One was settled; the status bar counts again.
    void conflictResolved();

private:
    void keepThis();
    void keepThat();
    void editValue();
    void resolveCurrent(int choice, const QString& value);
    void updateButtons();

    StoreSession& m_session;
    QString m_actor;
    ConflictListModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_keepThis = nullptr;
    QPushButton* m_keepThat = nullptr;
    QPushButton* m_edit = nullptr;
    ValuePrompt m_prompt;
};

} // namespace kith::ui
