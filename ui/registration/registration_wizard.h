#pragma once

#include <QWizard>

namespace kith {
class Database;
class FamilyStore;
namespace registration {
struct Draft;
}
} // namespace kith

namespace kith::ui {

class BackgroundPage;
class CheckPage;
class ContactPage;
class FamilyAddressPage;
class PeoplePage;
class RegistrationForm;

// About my Family, step by step: the family and address, the people and how they are
// related to each child, contact details, background, then check and register.
// Keyboard first: every field has a mnemonic, Enter goes on, Alt+A adds a person, and
// Escape asks whether to discard the registration. What is typed is kept as a draft in
// the store, so closing the window (or a crash) loses nothing.
class RegistrationWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FamilyPageId, PeoplePageId, ContactPageId, BackgroundPageId, CheckPageId };

    RegistrationWizard(FamilyStore& store, const Database& database, QWidget* parent = nullptr);
    ~RegistrationWizard() override;

    // Carries on with a saved draft instead of an empty form.
    void resume(const registration::Draft& draft);

    RegistrationForm& form() { return *m_form; }
    PeoplePage* peoplePage() const { return m_people; }
    // The family registered, once the wizard has been accepted.
    QString registeredFamilyId() const;

    // Escape and Cancel: ask whether to discard what has been typed.
    void reject() override;

signals:
    void familyRegistered(const QString& familyId);
    // The clerk said the family is one already known: show it instead.
    void existingFamilyChosen(const QString& familyId);

protected:
    // Closing the window keeps the draft for next time.
    void closeEvent(QCloseEvent* event) override;

private:
    RegistrationForm* m_form;
    FamilyAddressPage* m_family;
    PeoplePage* m_people;
    ContactPage* m_contact;
    BackgroundPage* m_background;
    CheckPage* m_check;
};

} // namespace kith::ui
