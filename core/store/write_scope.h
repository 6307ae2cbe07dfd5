#pragma once

#include "store/database.h"
#include "store/record_writer.h"
#include "store/sql_support.h"

#include <QCoreApplication>
#include <utility>

namespace kith::store {

// How a store writes: each write runs in a transaction (a savepoint inside another store's)
// with one audit event per family for all of it, written at the end; a write made while
// another of the same store is running joins it. Every store that writes through a
// RecordWriter keeps one of these.
class WriteScope {
    Q_DECLARE_TR_FUNCTIONS(kith::store::WriteScope)

public:
    WriteScope(const Database& database, RecordWriter& writer)
        : m_database(database)
        , m_writer(writer) {}

    template <typename Work>
    Status run(Work&& work) {
        if (m_running)
            return work();
        sql::Transaction transaction(m_database.connection());
        if (!transaction.begun())
            return transaction.begun();
        m_running = true;
        m_writer.beginAuditBatch();
        const Status done = std::forward<Work>(work)();
        m_running = false;
        if (!done)
            return done;
        if (Status audited = m_writer.finishAuditBatch(); !audited)
            return audited;
        return transaction.commit();
    }

    // Refuses a write when nobody is named as writing it.
    Status requireActor() const {
        if (m_writer.actor().trimmed().isEmpty())
            return Status::fail(tr("Who is writing is not known: choose who you are first."));
        return okStatus();
    }

private:
    const Database& m_database;
    RecordWriter& m_writer;
    bool m_running = false;
};

} // namespace kith::store
