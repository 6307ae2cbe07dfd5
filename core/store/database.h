#pragma once

#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace kith {

// Why a store could not be opened. Each reason has its own message; in every case
// the file is left exactly as it was.
enum class OpenFailure {
    None,
    CannotOpen,   // missing folder, no permission, locked by another program
    NotADatabase, // not a SQLite file at all
    NotKith,      // a SQLite database that some other program made
    TooNew,       // made by a newer Kith, with a schema this version does not know
    Damaged,      // a Kith store whose contents fail SQLite's integrity check
};

// What a read-only look at a store file found. Taking it never writes to the file.
struct StoreInspection {
    OpenFailure failure = OpenFailure::None;
    QString message;    // for a person, names the file and what to do
    bool isNew = false; // no file yet, or an empty one: safe to create
    int schemaVersion = 0;
};

class Database {
    Q_DECLARE_TR_FUNCTIONS(kith::Database)

public:
    // The application id written into every Kith store's header ("KITH" in ASCII).
    static constexpr int kApplicationId = 0x4B495448;

    struct Opened;
    // Opens (creating if needed) and migrates the store at `path`. A file that is
    // refused is never written to.
    static Opened open(const QString& path, const Clock& clock = Clock::system());

    // Looks at a store without writing to it. `thorough` runs a full integrity check
    // (slower: every page is read); otherwise SQLite's quick check.
    static StoreInspection inspect(const QString& path, bool thorough = false);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    const Clock& clock() const { return m_clock; }
    // A random id made when the store was created; names this device in the change log.
    const QString& deviceId() const { return m_deviceId; }
    int schemaVersion() const;

private:
    Database(QString path, QString connectionName, const Clock& clock);
    QString m_path;
    QString m_connectionName;
    QString m_deviceId;
    const Clock& m_clock;
};

struct Database::Opened {
    std::unique_ptr<Database> database;
    OpenFailure failure = OpenFailure::None;
    QString message;
    explicit operator bool() const { return database != nullptr; }
};

} // namespace kith
