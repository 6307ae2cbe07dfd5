#include "registration_launcher.h"

#include "match_panel.h"
#include "people_page.h"
#include "registration/registration_drafts.h"
#include "registration_wizard.h"
#include "store_session.h"
#include "sync/sync_controller.h"

#include <QAction>
#include <QKeySequence>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace kith::ui {

RegistrationLauncher::RegistrationLauncher(QWidget* window, SessionSource session)
    : QObject(window)
    , m_window(window)
    , m_session(std::move(session))
    , m_action(new QAction(tr("&Register a family\u2026"), this)) {
    m_action->setObjectName(QStringLiteral("registerFamilyAction"));
    m_action->setShortcut(QKeySequence::New);
    m_action->setStatusTip(tr("Fill in About my Family with a family who are new to the hub"));
    connect(m_action, &QAction::triggered, this, &RegistrationLauncher::start);
}

void RegistrationLauncher::start() {
    StoreSession* session = m_session();
    if (!session)
        return;
    auto* wizard = new RegistrationWizard(session->store(), session->database(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_sync && m_sync->canAskHub()) {
        MatchPanel* panel = wizard->peoplePage()->matchPanel();
        // The panel is the context: an answer that comes after the wizard closed is dropped.
        panel->setHubAsker([controller = m_sync, panel](const sync::DirectoryLookup& lookup,
                                                        HubDirectorySection::Answered done) {
            if (controller)
                controller->askHub(lookup, panel, std::move(done));
        });
    }
    if (const auto draft = registration::DraftStore(session->database()).latest()) {
        QMessageBox ask(
            QMessageBox::Question, tr("Carry on with a registration?"),
            tr("A registration started on %1 was not finished.")
                .arg(QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::NoButton, m_window);
        ask.setInformativeText(tr("Carry on where it was left, or start a new one? The "
                                  "unfinished one is kept until it is registered or "
                                  "discarded."));
        QPushButton* resume = ask.addButton(tr("&Carry on"), QMessageBox::AcceptRole);
        ask.addButton(tr("&Start a new one"), QMessageBox::RejectRole);
        ask.setDefaultButton(resume);
        ask.exec();
        if (ask.clickedButton() == resume)
            wizard->resume(*draft);
    }
    connect(wizard, &RegistrationWizard::familyRegistered, this,
            &RegistrationLauncher::familyToShow);
    connect(wizard, &RegistrationWizard::existingFamilyChosen, this,
            &RegistrationLauncher::familyToShow);
    wizard->open();
}

} // namespace kith::ui
