#include "registration_wizard.h"

#include "background_page.h"
#include "check_page.h"
#include "contact_page.h"
#include "family_address_page.h"
#include "match_panel.h"
#include "people_page.h"
#include "registration/registration_drafts.h"
#include "registration_form.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>

namespace kith::ui {

RegistrationWizard::RegistrationWizard(FamilyStore& store, const Database& database,
                                       QWidget* parent)
    : QWizard(parent)
    , m_form(new RegistrationForm(store, database, this))
    , m_family(new FamilyAddressPage(*m_form, this))
    , m_people(new PeoplePage(*m_form, store, this))
    , m_contact(new ContactPage(*m_form, this))
    , m_background(new BackgroundPage(*m_form, this))
    , m_check(new CheckPage(*m_form, this)) {
    setObjectName(QStringLiteral("registrationWizard"));
    setWindowTitle(tr("Register a family \u2013 About my Family"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Register"));
    setPage(FamilyPageId, m_family);
    setPage(PeoplePageId, m_people);
    setPage(ContactPageId, m_contact);
    setPage(BackgroundPageId, m_background);
    setPage(CheckPageId, m_check);
    resize(1100, 680);

    connect(m_people->matchPanel(), &MatchPanel::decisionNeededChanged, this,
            [this](bool needed) { m_check->setDecisionPending(needed); });
    connect(m_people->matchPanel(), &MatchPanel::chosenExisting, this,
            [this](const QString& familyId) {
                // Kept as a draft: the people typed here may still be added to that family.
                m_form->saveDraftNow();
                emit existingFamilyChosen(familyId);
                done(QDialog::Rejected);
            });
    connect(this, &QDialog::accepted, this, [this] { emit familyRegistered(m_check->familyId()); });
}

RegistrationWizard::~RegistrationWizard() = default;

void RegistrationWizard::resume(const registration::Draft& draft) {
    m_form->resume(draft.id, draft.document);
    restart();
}

QString RegistrationWizard::registeredFamilyId() const {
    return m_check->familyId();
}

void RegistrationWizard::reject() {
    if (m_form->document().isEmpty()) {
        m_form->discardDraft();
        QWizard::reject();
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Discard this registration?"),
                    tr("Discard this registration?"), QMessageBox::NoButton, this);
    ask.setInformativeText(tr("What you have typed for this family will be deleted. Keep it "
                              "as a draft to finish it later."));
    QPushButton* discard = ask.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton* keep = ask.addButton(tr("&Keep as a draft"), QMessageBox::AcceptRole);
    QPushButton* back = ask.addButton(tr("&Go back"), QMessageBox::RejectRole);
    ask.setDefaultButton(back);
    ask.setEscapeButton(back);
    ask.exec();
    if (ask.clickedButton() == discard) {
        m_form->discardDraft();
        QWizard::reject();
    } else if (ask.clickedButton() == keep) {
        m_form->saveDraftNow();
        QWizard::reject();
    }
}

void RegistrationWizard::closeEvent(QCloseEvent* event) {
    m_form->saveDraftNow();
    event->accept();
    QWizard::done(QDialog::Rejected);
}

} // namespace kith::ui
