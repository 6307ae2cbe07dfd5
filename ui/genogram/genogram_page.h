#pragma once

#include <QWidget>
#include <memory>

class QLabel;

namespace kith::genogram {
class GenogramStore;
}

namespace kith::ui {

class GenogramEditor;
class StoreSession;

// The family's "Genogram" tab: opens the family's genogram for editing when the tab is
// first shown (making it from the family record if there is none yet) and saves each edit.
class GenogramPage : public QWidget {
    Q_OBJECT

public:
    explicit GenogramPage(QWidget* parent = nullptr);
    ~GenogramPage() override;

    void setSession(const StoreSession* session);
    void showFamily(const QString& familyId);
    void clear();
    // Adds this page as a tab after `familyPage` in the tab widget that holds it.
    void placeBeside(QWidget* familyPage);

    GenogramEditor* editor() const { return m_editor; }
    // Opens the pending family now (also done when the tab is first shown).
    bool openNow();

protected:
    void showEvent(QShowEvent* event) override;

private:
    const StoreSession* m_session = nullptr;
    std::unique_ptr<genogram::GenogramStore> m_store;
    QString m_familyId;
    QString m_openedFamilyId;
    GenogramEditor* m_editor = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace kith::ui
