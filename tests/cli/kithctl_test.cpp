#include "process_runner.h"

#include <QFile>
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

QJsonDocument json(const ProcessResult& result) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(result.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

struct DemoStore {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoStore() {
        const auto made =
            kithctl({QStringLiteral("--db"), path, QStringLiteral("demo"),
                     QStringLiteral("--families"), QStringLiteral("120"), QStringLiteral("--seed"),
                     QStringLiteral("5"), QStringLiteral("--today"), QStringLiteral("2026-11-25")});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
    }
};

} // namespace

TEST_CASE("kithctl --version names the program and the store version", "[kithctl]") {
    const auto result = kithctl({QStringLiteral("--version")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.startsWith(QStringLiteral("kithctl 0.")));
    CHECK(result.out.contains(QStringLiteral("store version")));
}

TEST_CASE("kithctl says what is wrong with a command line and exits 2", "[kithctl]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    const std::vector<std::pair<QStringList, const char*>> cases{
        {{}, "no command"},
        {{QStringLiteral("frobnicate")}, "unknown command"},
        {{QStringLiteral("init")}, "--db FILE"},
        {{QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--families"),
          QStringLiteral("lots")},
         "whole number"},
        {{QStringLiteral("--db"), db, QStringLiteral("search")}, "something to look for"},
        {{QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--colour")},
         "Unknown option"},
    };
    for (const auto& [arguments, expected] : cases) {
        INFO(arguments.join(u' ').toStdString());
        const auto result = kithctl(arguments);
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QString::fromUtf8(expected)));
        CHECK(result.out.isEmpty());
    }
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("kithctl init creates a store and says so in JSON", "[kithctl]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.sqlite"));
    const auto first = json(
        kithctl({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--json")}));
    CHECK(first.object().value(QStringLiteral("created")).toBool());
    CHECK(first.object().value(QStringLiteral("schema_version")).toInt() >= 2);
    const auto again = json(
        kithctl({QStringLiteral("--json"), QStringLiteral("--db"), db, QStringLiteral("init")}));
    CHECK_FALSE(again.object().value(QStringLiteral("created")).toBool());
}

TEST_CASE("kithctl search finds demo people and prints the documented fields", "[kithctl]") {
    DemoStore store;
    const auto family = json(kithctl({QStringLiteral("--db"), store.path, QStringLiteral("search"),
                                      QStringLiteral("--json"), QStringLiteral("Khan")}));
    const QJsonArray hits = family.array();
    REQUIRE_FALSE(hits.isEmpty());
    for (const char* field :
         {"person_id", "family_id", "given_name", "family_name", "date_of_birth", "postcode"})
        CHECK(hits.first().toObject().contains(QLatin1String(field)));

    // Search again by the first person's exact details: they must come first.
    const QJsonObject first = hits.first().toObject();
    const QString dob = first.value(QStringLiteral("date_of_birth")).toString();
    const QString query = first.value(QStringLiteral("given_name")).toString() + u' ' +
                          first.value(QStringLiteral("family_name")).toString() + u' ' + dob;
    const auto exact = json(kithctl({QStringLiteral("--db"), store.path, QStringLiteral("--json"),
                                     QStringLiteral("search"), query}));
    REQUIRE_FALSE(exact.array().isEmpty());
    CHECK(exact.array().first().toObject().value(QStringLiteral("person_id")) ==
          first.value(QStringLiteral("person_id")));
    CHECK(QDate::fromString(dob, Qt::ISODate).isValid());

    const auto family_show = json(kithctl(
        {QStringLiteral("--db"), store.path, QStringLiteral("--json"), QStringLiteral("family"),
         QStringLiteral("show"), first.value(QStringLiteral("family_id")).toString()}));
    CHECK(family_show.object().value(QStringLiteral("family_id")) ==
          first.value(QStringLiteral("family_id")));
    CHECK_FALSE(family_show.object().value(QStringLiteral("people")).toArray().isEmpty());
}

TEST_CASE("kithctl demo is deterministic and only fills an empty store", "[kithctl]") {
    DemoStore one;
    DemoStore two;
    const QStringList search{QStringLiteral("search"), QStringLiteral("--json"),
                             QStringLiteral("--limit"), QStringLiteral("50"), QStringLiteral("a")};
    CHECK(kithctl(QStringList{QStringLiteral("--db"), one.path} + search).out ==
          kithctl(QStringList{QStringLiteral("--db"), two.path} + search).out);
    const auto again = kithctl({QStringLiteral("--db"), one.path, QStringLiteral("demo")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("empty store")));
}

TEST_CASE("kithctl check passes a sound store and fails a damaged one", "[kithctl]") {
    DemoStore store;
    const auto sound = json(kithctl(
        {QStringLiteral("--db"), store.path, QStringLiteral("check"), QStringLiteral("--json")}));
    CHECK(sound.object().value(QStringLiteral("sound")).toBool());
    CHECK(sound.object().value(QStringLiteral("families")).toInt() == 120);
    CHECK(kithctl({QStringLiteral("--db"), store.path, QStringLiteral("check")}).exitCode == 0);

    const QString notes = store.dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    const auto refused = kithctl({QStringLiteral("--db"), notes, QStringLiteral("check")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("not a database")));
    const auto missing = kithctl(
        {QStringLiteral("--db"), store.dir.filePath(QStringLiteral("x")), QStringLiteral("check")});
    CHECK(missing.exitCode == 1);
}

TEST_CASE("kithctl refuses to open a store from a newer Kith", "[kithctl]") {
    DemoStore store;
    // Set a future store version through the real SQLite, as a newer Kith would.
    {
        auto raw = kith::testing::runProgram(
            QStringLiteral("sqlite3"), {store.path, QStringLiteral("PRAGMA user_version = 99;")});
        REQUIRE(raw.exitCode == 0);
    }
    const auto result = kithctl(
        {QStringLiteral("--db"), store.path, QStringLiteral("search"), QStringLiteral("Khan")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("newer version of Kith")));
}
