#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace kith::ui {

class FamilyListModel;
class StoreSession;

// The left of the main window: a search box that searches as you type, and the
// families it finds (or every family when the box is empty).
class FamilyListPane : public QWidget {
    Q_OBJECT

public:
    // How long typing must pause before the search runs.
    static constexpr int kSearchDelayMs = 150;

    explicit FamilyListPane(QWidget* parent = nullptr);

    void setSession(const StoreSession* session);
    FamilyListModel* model() const { return m_model; }
    QLineEdit* searchBox() const { return m_searchBox; }
    QTableView* list() const { return m_list; }
    // Makes `row` the current family (and so shows it); false when there is no such row.
    bool selectRow(int row);

signals:
    // The family the user picked; empty when none is picked.
    void familyChosen(const QString& familyId);
    // A search has run (or the full list is back) and the list shows its results.
    void listUpdated();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void runSearch();
    void updateEmptyStateAndSummary();
    void chooseCurrentRow();
    void adjustColumns();

    FamilyListModel* m_model = nullptr;
    QLineEdit* m_searchBox = nullptr;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_list = nullptr;
    QLabel* m_emptyState = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace kith::ui
