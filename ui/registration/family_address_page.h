#pragma once

#include "field_messages.h"

#include <QWizardPage>

class QLineEdit;

namespace kith::ui {

class RegistrationForm;

// Step 1: the name the family is known by and where they live now.
class FamilyAddressPage : public QWizardPage {
    Q_OBJECT

public:
    explicit FamilyAddressPage(RegistrationForm& form, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    QLineEdit* postcode() const { return m_postcode; }

private:
    void store();

    RegistrationForm& m_form;
    FieldMessages m_messages;
    QLineEdit* m_familyName;
    QLineEdit* m_line1;
    QLineEdit* m_line2;
    QLineEdit* m_town;
    QLineEdit* m_postcode;
    QLineEdit* m_movedIn;
};

// True when a page's own fields (paths starting with one of `prefixes`) have problems.
bool hasProblemsUnder(const RegistrationForm& form, const QStringList& prefixes);

} // namespace kith::ui
