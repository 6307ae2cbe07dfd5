#include "store_session.h"

namespace kith::ui {

StoreSession::StoreSession(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_store(*m_database)
    , m_search(m_database->connection()) {}

StoreSession::~StoreSession() = default;

StoreSession::Opened StoreSession::open(const QString& path, const Clock& clock) {
    Database::Opened opened = Database::open(path, clock);
    Opened result;
    result.failure = opened.failure;
    result.message = opened.message;
    if (opened.database)
        result.session.reset(new StoreSession(std::move(opened.database)));
    return result;
}

} // namespace kith::ui
