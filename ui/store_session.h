#pragma once

#include "search/person_search.h"
#include "store/database.h"
#include "store/family_store.h"

#include <memory>

namespace kith::ui {

// One open store and what the windows need from it: the families and the search.
// Owned by the main window; replaced as a whole when the user opens another store.
class StoreSession {
public:
    struct Opened;
    // Opens (or creates) the store at `path`. A store that Kith refuses is left
    // untouched and `message` says why, in words for the person at the desk.
    static Opened open(const QString& path, const Clock& clock = Clock::system());

    ~StoreSession();
    StoreSession(const StoreSession&) = delete;
    StoreSession& operator=(const StoreSession&) = delete;

    FamilyStore& store() { return m_store; }
    const FamilyStore& store() const { return m_store; }
    const search::PersonSearch& personSearch() const { return m_search; }
    const Database& database() const { return *m_database; }
    Database& database() { return *m_database; }
    const QString& path() const { return m_database->path(); }
    QDate today() const { return m_database->clock().today(); }

private:
    explicit StoreSession(std::unique_ptr<Database> database);

    // Declared in this order so that the search and the store let go of the
    // connection before the database closes it.
    std::unique_ptr<Database> m_database;
    FamilyStore m_store;
    search::PersonSearch m_search;
};

struct StoreSession::Opened {
    std::unique_ptr<StoreSession> session;
    OpenFailure failure = OpenFailure::None;
    QString message;
    explicit operator bool() const { return session != nullptr; }
};

} // namespace kith::ui
