#pragma once

#include "registration/registration_document.h"
#include "store/database.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace kith::registration {

struct Draft {
    QString id;
    RegistrationDocument document;
    QDateTime savedAt;
};

// Half-finished registrations, kept in the local store (personal data never goes to a
// loose file) so that they survive a closed window or a crash. Drafts belong to this
// device only: they are not synced and have no family yet.
class DraftStore {
    Q_DECLARE_TR_FUNCTIONS(kith::registration::DraftStore)

public:
    explicit DraftStore(const Database& database);

    // Saves `document` as draft `id`, or as a new draft when `id` is empty; returns its id.
    Result<QString> save(const QString& id, const RegistrationDocument& document);
    // The most recently saved draft, to offer to resume.
    std::optional<Draft> latest() const;
    std::optional<Draft> find(const QString& id) const;
    int count() const;
    Status discard(const QString& id);

private:
    const Database& m_database;
};

} // namespace kith::registration
