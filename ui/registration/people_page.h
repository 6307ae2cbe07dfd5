#pragma once

#include "field_messages.h"

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace kith {
class FamilyStore;
class MatchPanel;
} // namespace kith

namespace kith::ui {

class RegistrationForm;

// Step 2: everyone in the family, one at a time: the household, unborn babies and
// important people who live elsewhere, and how each is related to each child.
// "Add another person" (Alt+A) starts the next one without leaving the keyboard.
// Beside the form, the "is this family already known?" panel shows likely matches
// for the person being typed.
class PeoplePage : public QWizardPage {
    Q_OBJECT

public:
    PeoplePage(RegistrationForm& form, FamilyStore& store, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    void addPerson();
    void removeCurrentPerson();
    int currentIndex() const { return m_current; }
    MatchPanel* matchPanel() const { return m_matchPanel; }
    QListWidget* list() const { return m_list; }

private:
    void select(int index);
    void load();
    void store();
    void rebuildRelationships();
    void storeRelationships();
    void refreshList();
    void refreshMessages();
    void updateVisibility();
    void updateMatchQuery();
    QString nextKey() const;

    RegistrationForm& m_form;
    FieldMessages m_messages;
    int m_current = -1;
    bool m_loading = false;

    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QComboBox* m_role;
    QLineEdit* m_givenName;
    QLineEdit* m_familyName;
    QLineEdit* m_dateOfBirth;
    QCheckBox* m_unborn;
    QLineEdit* m_expectedDelivery;
    QComboBox* m_carriedBy;
    QComboBox* m_gender;
    QLineEdit* m_nhsNumber;
    QCheckBox* m_inHousehold;
    QGroupBox* m_relationshipBox;
    QFormLayout* m_relationshipForm;
    QLabel* m_relationshipMessage;
    QLabel* m_relationshipCaption = nullptr;
    QList<QPair<QString, QComboBox*>> m_relationshipCombos; // child key, combo
    QFormLayout* m_personForm;
    MatchPanel* m_matchPanel = nullptr;
};

} // namespace kith::ui
