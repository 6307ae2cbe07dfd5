#pragma once

#include "field_messages.h"

#include <QList>
#include <QWizardPage>

class QComboBox;
class QLineEdit;

namespace kith::ui {

class RegistrationForm;

// Step 3: phone numbers and email addresses, each with whose it is.
class ContactPage : public QWizardPage {
    Q_OBJECT

public:
    static constexpr int kPhoneRows = 3;
    static constexpr int kEmailRows = 2;

    explicit ContactPage(RegistrationForm& form, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    struct Row {
        QLineEdit* value;
        QComboBox* label; // null for email rows
        QComboBox* member;
    };
    void store();
    void fillMembers(QComboBox* combo, const QString& key);

    RegistrationForm& m_form;
    FieldMessages m_messages;
    QList<Row> m_phones;
    QList<Row> m_emails;
    bool m_loading = false;
};

} // namespace kith::ui
