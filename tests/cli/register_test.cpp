#include "process_runner.h"
#include "store/database.h"
#include "store/family_store.h"
#include "util/ids.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using kith::testing::ProcessResult;

namespace {

ProcessResult kithctl(const QStringList& arguments) {
    return kith::testing::runProgram(QStringLiteral(KITHCTL_PATH), arguments);
}

// The example document from docs/about-my-family.md, with the unborn baby due three
// months from the real today (kithctl checks against the real clock).
QJsonObject exampleDocument() {
    QFile file(QFileInfo(QStringLiteral(__FILE__))
                   .dir()
                   .filePath(QStringLiteral("data/about-my-family-khan.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray members = document.value(QStringLiteral("members")).toArray();
    QJsonObject baby = members.at(3).toObject();
    baby.insert(QStringLiteral("expected_delivery_date"),
                QDate::currentDate().addMonths(3).toString(Qt::ISODate));
    members.replace(3, baby);
    document.insert(QStringLiteral("members"), members);
    return document;
}

struct Workspace {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("store.sqlite"));
    QString write(const QJsonObject& document, const char* name = "family.json") {
        const QString path = dir.filePath(QLatin1String(name));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(document).toJson());
        return path;
    }
    // Families and change-log entries: what "nothing was stored" is checked against.
    std::pair<int, int> counts() {
        auto opened = kith::Database::open(db);
        REQUIRE(opened.database);
        kith::FamilyStore store(*opened.database);
        return {store.familyCount(), store.pendingChangeCount()};
    }
};

} // namespace

TEST_CASE("kithctl register stores a family and prints its id", "[kithctl][registration]") {
    Workspace work;
    const QString file = work.write(exampleDocument());
    const auto result = kithctl({QStringLiteral("--db"), work.db, QStringLiteral("--json"),
                                 QStringLiteral("register"), file});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString familyId = QJsonDocument::fromJson(result.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("family_id"))
                                 .toString();
    REQUIRE_FALSE(familyId.isEmpty());

    auto opened = kith::Database::open(work.db);
    REQUIRE(opened.database);
    kith::FamilyStore store(*opened.database);
    const auto record = store.loadFamily(familyId);
    REQUIRE(record);
    CHECK(record->people.size() == 5);
    CHECK(record->relationships.size() == 6);
    CHECK(record->addresses.size() == 2);
    CHECK(record->currentAddress()->postcode == QLatin1String("TQ1 4AB"));
    CHECK(record->contacts.size() == 3);
    CHECK(record->family.howHeard == QLatin1String("health_visitor"));

    // Plain output is the id alone, for scripts.
    const auto plain = kithctl({QStringLiteral("--db"), work.db, QStringLiteral("register"), file});
    REQUIRE(plain.exitCode == 0);
    CHECK(kith::isValidId(plain.out.trimmed()));
}

TEST_CASE("kithctl register lists every problem and stores nothing", "[kithctl][registration]") {
    Workspace work;
    REQUIRE(kithctl({QStringLiteral("--db"), work.db, QStringLiteral("init")}).exitCode == 0);
    const auto before = work.counts();

    QJsonObject document = exampleDocument();
    QJsonArray members = document.value(QStringLiteral("members")).toArray();
    QJsonObject amira = members.at(0).toObject();
    amira.insert(QStringLiteral("nhs_number"), QStringLiteral("943 476 5918"));
    amira.insert(QStringLiteral("favourite_colour"), QStringLiteral("green"));
    members.replace(0, amira);
    document.insert(QStringLiteral("members"), members);
    QJsonArray phones = document.value(QStringLiteral("phones")).toArray();
    phones.append(QJsonObject{{QStringLiteral("number"), QStringLiteral("+33 1 23 45 67 89")}});
    document.insert(QStringLiteral("phones"), phones);
    const QString file = work.write(document);

    const auto result = kithctl({QStringLiteral("--db"), work.db, QStringLiteral("--json"),
                                 QStringLiteral("register"), file});
    CHECK(result.exitCode == 1);
    const QJsonArray problems = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QStringList fields;
    for (const QJsonValue& problem : problems) {
        fields.append(problem.toObject().value(QStringLiteral("field")).toString());
        CHECK_FALSE(problem.toObject().value(QStringLiteral("message")).toString().isEmpty());
    }
    CHECK(fields == QStringList{QStringLiteral("members[0].favourite_colour"),
                                QStringLiteral("members[0].nhs_number"),
                                QStringLiteral("phones[2].number")});
    CHECK(work.counts() == before);

    const auto plain = kithctl({QStringLiteral("--db"), work.db, QStringLiteral("register"), file});
    CHECK(plain.exitCode == 1);
    CHECK(plain.err.contains(QStringLiteral("members[0].nhs_number: ")));
    CHECK(work.counts() == before);
}

TEST_CASE("kithctl register: usage errors exit 2, unreadable files 1", "[kithctl][registration]") {
    Workspace work;
    CHECK(kithctl({QStringLiteral("--db"), work.db, QStringLiteral("register")}).exitCode == 2);
    CHECK(kithctl({QStringLiteral("register"), QStringLiteral("x.json")}).exitCode == 2);
    CHECK(kithctl({QStringLiteral("--db"), work.db, QStringLiteral("register"),
                   QStringLiteral("a.json"), QStringLiteral("b.json")})
              .exitCode == 2);
    const auto missing = kithctl({QStringLiteral("--db"), work.db, QStringLiteral("register"),
                                  work.dir.filePath(QStringLiteral("none.json"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("Cannot read")));
    const QString broken = work.dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"members\": [");
    file.close();
    const auto result = kithctl({QStringLiteral("--db"), work.db, QStringLiteral("--json"),
                                 QStringLiteral("register"), broken});
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(QStringLiteral("not valid JSON")));
}
