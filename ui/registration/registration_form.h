#pragma once

#include "registration/registration_check.h"
#include "registration/registration_document.h"

#include <QDate>
#include <QObject>

class QTimer;

namespace kith {
class Database;
class FamilyStore;
} // namespace kith

namespace kith::ui {

// The About my Family document being filled in, shared by the wizard's pages. Every
// edit is checked straight away (for the messages beside the fields) and saved as a
// draft in the store about a second after typing pauses, so nothing typed is lost.
class RegistrationForm : public QObject {
    Q_OBJECT

public:
    static constexpr int kDraftDelayMs = 1000;

    RegistrationForm(FamilyStore& store, const Database& database, QObject* parent = nullptr);

    registration::RegistrationDocument& document() { return m_document; }
    const registration::RegistrationCheck& check() const { return m_check; }
    QStringList messagesFor(const QString& field) const { return m_check.messagesFor(field); }
    const QString& draftId() const { return m_draftId; }
    QDate today() const { return m_today; }

    // Carries on with a saved draft.
    void resume(const QString& draftId, const registration::RegistrationDocument& document);
    // Call after changing document(): checks it again and schedules the draft save.
    void edited();
    // Saves the draft now (when the window closes); true when there was nothing to save
    // or it was saved.
    bool saveDraftNow();
    void discardDraft();
    // Stores the family; its id, or empty with the problems in check() / storeError().
    QString registerFamily();
    const QString& storeError() const { return m_storeError; }

signals:
    void changed();
    void draftSaved();

private:
    FamilyStore& m_store;
    const Database& m_database;
    QDate m_today;
    registration::RegistrationDocument m_document;
    registration::RegistrationCheck m_check;
    QString m_draftId;
    QString m_storeError;
    QTimer* m_draftDelay = nullptr;
    bool m_unsaved = false;
};

} // namespace kith::ui
