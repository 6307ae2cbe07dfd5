#include "registration_form.h"

#include "registration/registrar.h"
#include "registration/registration_drafts.h"
#include "store/database.h"
#include "store/family_store.h"

#include <QTimer>

namespace kith::ui {

RegistrationForm::RegistrationForm(FamilyStore& store, const Database& database, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_database(database)
    , m_today(database.clock().today())
    , m_draftDelay(new QTimer(this)) {
    m_draftDelay->setSingleShot(true);
    m_draftDelay->setInterval(kDraftDelayMs);
    connect(m_draftDelay, &QTimer::timeout, this, &RegistrationForm::saveDraftNow);
    m_check = registration::RegistrationChecker::check(m_document, m_today);
}

void RegistrationForm::resume(const QString& draftId,
                              const registration::RegistrationDocument& document) {
    m_draftId = draftId;
    m_document = document;
    m_check = registration::RegistrationChecker::check(m_document, m_today);
    emit changed();
}

void RegistrationForm::edited() {
    m_check = registration::RegistrationChecker::check(m_document, m_today);
    m_unsaved = true;
    m_draftDelay->start();
    emit changed();
}

bool RegistrationForm::saveDraftNow() {
    m_draftDelay->stop();
    if (!m_unsaved || m_document.isEmpty())
        return true;
    const auto saved = registration::DraftStore(m_database).save(m_draftId, m_document);
    if (!saved)
        return false;
    m_draftId = saved.value();
    m_unsaved = false;
    emit draftSaved();
    return true;
}

void RegistrationForm::discardDraft() {
    m_draftDelay->stop();
    m_unsaved = false;
    if (!m_draftId.isEmpty())
        registration::DraftStore(m_database).discard(m_draftId);
    m_draftId.clear();
}

QString RegistrationForm::registerFamily() {
    m_draftDelay->stop();
    const auto outcome = registration::Registrar::registerFamily(m_store, m_document, m_draftId);
    m_storeError = outcome.storeError;
    if (!outcome.isRegistered()) {
        m_check = registration::RegistrationChecker::check(m_document, m_today);
        emit changed();
        return {};
    }
    m_unsaved = false;
    m_draftId.clear();
    return outcome.familyId;
}

} // namespace kith::ui
