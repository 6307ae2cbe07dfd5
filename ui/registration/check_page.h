#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace kith::ui {

class RegistrationForm;

// Step 5: everything at a glance, anything still to put right, and "Register".
class CheckPage : public QWizardPage {
    Q_OBJECT

public:
    explicit CheckPage(RegistrationForm& form, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    // Set by the wizard: a likely duplicate still waiting for the clerk's decision.
    void setDecisionPending(bool pending) { m_decisionPending = pending; }
    const QString& familyId() const { return m_familyId; }

private:
    void refresh();

    RegistrationForm& m_form;
    QLabel* m_summary;
    QListWidget* m_problems;
    QLabel* m_problemsTitle;
    QString m_familyId;
    bool m_decisionPending = false;
};

} // namespace kith::ui
