#pragma once

#include "field_messages.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace kith::ui {

class RegistrationForm;

// Step 4: each person's language, interpreter need, ethnicity, GP, school or setting,
// SEND and disability; and how the family heard of the hub.
class BackgroundPage : public QWizardPage {
    Q_OBJECT

public:
    explicit BackgroundPage(RegistrationForm& form, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    void showPerson(int index);
    void store();

    RegistrationForm& m_form;
    FieldMessages m_messages;
    int m_current = -1;
    bool m_loading = false;
    QComboBox* m_person;
    QLineEdit* m_language;
    QCheckBox* m_interpreter;
    QComboBox* m_ethnicity;
    QLineEdit* m_gp;
    QLineEdit* m_school;
    QComboBox* m_send;
    QLineEdit* m_disability;
    QComboBox* m_howHeard;
    QLineEdit* m_howHeardDetail;
};

} // namespace kith::ui
