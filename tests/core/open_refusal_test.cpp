#include "store/sql_support.h"
#include "temp_store.h"

#include <QDir>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace kith;

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Makes a real Kith store with a family in it, closed and checkpointed.
QString makeStore(const QTemporaryDir& dir, const QString& name) {
    const QString path = dir.filePath(name);
    FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    auto opened = Database::open(path, clock);
    REQUIRE(opened);
    FamilyStore store(*opened.database);
    REQUIRE(store.createFamily(testing::sampleFamily()));
    REQUIRE(sql::exec(opened.database->connection(),
                      QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    return path;
}

void setUserVersion(const QString& path, int version) {
    const QString name = QStringLiteral("set-version");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version)));
        REQUIRE(sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Opens `path`, expects `failure`, and checks that the file did not change.
void expectRefused(const QString& path, OpenFailure failure, const QString& wordInMessage) {
    const QByteArray before = testing::fileDigest(path);
    const auto opened = Database::open(path);
    CHECK_FALSE(opened);
    CHECK(opened.failure == failure);
    CHECK(opened.message.contains(wordInMessage));
    CHECK(opened.message.contains(QFileInfo(path).fileName()));
    CHECK(testing::fileDigest(path) == before);
}

} // namespace

TEST_CASE("A store from a newer Kith is refused and left alone", "[store][open]") {
    QTemporaryDir dir;
    const QString path = makeStore(dir, QStringLiteral("newer.sqlite"));
    setUserVersion(path, 999);
    expectRefused(path, OpenFailure::TooNew, QStringLiteral("newer version of Kith"));
}

TEST_CASE("A file that is not a database is refused and left alone", "[store][open]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    writeFile(path, "Shopping list: milk, bread, nappies\n");
    expectRefused(path, OpenFailure::NotADatabase, QStringLiteral("not a database"));
}

TEST_CASE("Another program's SQLite database is refused and left alone", "[store][open]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("o"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(sql::exec(db, QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("o"));
    expectRefused(path, OpenFailure::NotKith, QStringLiteral("another program"));
}

TEST_CASE("A damaged store is refused and left alone", "[store][open]") {
    QTemporaryDir dir;
    const QString path = makeStore(dir, QStringLiteral("damaged.sqlite"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 8192);
    // Scribble over the b-tree header of every page after the first; the file header
    // on page 1 stays intact, so only SQLite's own check can tell.
    for (qint64 offset = 4096; offset < size; offset += 4096) {
        file.seek(offset);
        file.write(QByteArray(64, '\xA5'));
    }
    file.close();
    expectRefused(path, OpenFailure::Damaged, QStringLiteral("damaged"));
}

TEST_CASE("An empty file or a missing file becomes a new store", "[store][open]") {
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    writeFile(empty, {});
    CHECK(Database::open(empty));
    CHECK(Database::open(dir.filePath(QStringLiteral("missing.sqlite"))));
}

TEST_CASE("A folder that does not exist gives a clear message", "[store][open]") {
    QTemporaryDir dir;
    const auto opened = Database::open(dir.filePath(QStringLiteral("no/such/folder/store.sqlite")));
    CHECK_FALSE(opened);
    CHECK(opened.failure == OpenFailure::CannotOpen);
    CHECK_FALSE(opened.message.isEmpty());
}

TEST_CASE("A store reopens with its data and its device id", "[store][open]") {
    QTemporaryDir dir;
    const QString path = makeStore(dir, QStringLiteral("again.sqlite"));
    QString deviceId;
    {
        auto first = Database::open(path);
        REQUIRE(first);
        deviceId = first.database->deviceId();
        CHECK(FamilyStore(*first.database).familyCount() == 1);
    }
    auto second = Database::open(path);
    REQUIRE(second);
    CHECK(second.database->deviceId() == deviceId);
}
