#include "process_runner.h"
#include "store/database.h"
#include "store/sql_support.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

kith::testing::ProcessResult kithctl(const QStringList& arguments) {
    return kith::testing::runProgram(QStringLiteral(KITHCTL_PATH), arguments);
}

QJsonDocument parsed(const kith::testing::ProcessResult& result) {
    INFO(result.out.toStdString() << result.err.toStdString());
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

struct SmallStore {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("s.sqlite"));
    SmallStore() {
        const auto made = kithctl({QStringLiteral("--db"), path, QStringLiteral("demo"),
                                   QStringLiteral("--families"), QStringLiteral("5"),
                                   QStringLiteral("--seed"), QStringLiteral("3")});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
    }
    QJsonArray search(const QString& text) {
        return parsed(kithctl({QStringLiteral("--db"), path, QStringLiteral("--json"),
                               QStringLiteral("search"), text}))
            .array();
    }
};

} // namespace

TEST_CASE("kithctl audit verify passes an intact log and names the broken row", "[kithctl]") {
    SmallStore store;
    const auto intact = kithctl(
        {QStringLiteral("--db"), store.path, QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(intact.err.toStdString());
    CHECK(intact.exitCode == 0);
    CHECK(intact.out.contains(QStringLiteral("intact")));
    {
        auto opened = kith::Database::open(store.path);
        REQUIRE(opened);
        const auto db = opened.database->connection();
        REQUIRE(kith::sql::exec(db, QStringLiteral("DROP TRIGGER audit_event_append_only_update")));
        REQUIRE(kith::sql::exec(
            db, QStringLiteral("UPDATE audit_event SET actor = 'someone else' WHERE seq = 2")));
    }
    const auto broken = kithctl({QStringLiteral("--db"), store.path, QStringLiteral("--json"),
                                 QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(broken.exitCode == 1);
    const QJsonObject report = parsed(broken).object();
    CHECK_FALSE(report.value(QStringLiteral("intact")).toBool());
    CHECK(report.value(QStringLiteral("broken_seq")).toInteger() == 2);
    CHECK(report.value(QStringLiteral("problem")).toString() == QStringLiteral("altered"));
    const auto plain = kithctl(
        {QStringLiteral("--db"), store.path, QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(plain.exitCode == 1);
    CHECK(plain.err.contains(QStringLiteral("record 2")));
}

TEST_CASE("kithctl family show and search are recorded in the family's history", "[kithctl]") {
    SmallStore store;
    const QJsonArray hits = store.search(QStringLiteral("a"));
    REQUIRE_FALSE(hits.isEmpty());
    const QString familyId = hits.at(0).toObject().value(QStringLiteral("family_id")).toString();
    REQUIRE_FALSE(familyId.isEmpty());
    REQUIRE(kithctl({QStringLiteral("--db"), store.path, QStringLiteral("family"),
                     QStringLiteral("show"), familyId})
                .exitCode == 0);
    const auto history = kithctl({QStringLiteral("--db"), store.path, QStringLiteral("--json"),
                                  QStringLiteral("audit"), QStringLiteral("history"),
                                  QStringLiteral("--family"), familyId});
    CHECK(history.exitCode == 0);
    const QJsonArray events = parsed(history).array();
    REQUIRE(events.size() >= 2);
    CHECK(events.at(0).toObject().value(QStringLiteral("action")) == QStringLiteral("view"));
    CHECK(events.last().toObject().value(QStringLiteral("action")) == QStringLiteral("change"));
    CHECK(kithctl({QStringLiteral("--db"), store.path, QStringLiteral("audit"),
                   QStringLiteral("history")})
              .exitCode == 2);
}

TEST_CASE("kithctl subject-access writes owner-only JSON and HTML", "[kithctl]") {
    SmallStore store;
    const QJsonArray hits = store.search(QStringLiteral("a"));
    REQUIRE_FALSE(hits.isEmpty());
    const QString personId = hits.at(0).toObject().value(QStringLiteral("person_id")).toString();
    const QString out = store.dir.filePath(QStringLiteral("request-17"));
    const auto result = kithctl({QStringLiteral("--db"), store.path, QStringLiteral("--json"),
                                 QStringLiteral("subject-access"), QStringLiteral("--person"),
                                 personId, QStringLiteral("--out"), out});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject files = parsed(result).object();
    for (const QString& key : {QStringLiteral("json"), QStringLiteral("html")}) {
        const QFileInfo info(files.value(key).toString());
        CHECK(info.exists());
        CHECK(info.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::ReadUser | QFileDevice::WriteUser));
    }
    CHECK(kithctl({QStringLiteral("--db"), store.path, QStringLiteral("subject-access"),
                   QStringLiteral("--person"), QStringLiteral("nobody"), QStringLiteral("--out"),
                   out})
              .exitCode == 1);
    CHECK(kithctl({QStringLiteral("--db"), store.path, QStringLiteral("subject-access"),
                   QStringLiteral("--person"), personId})
              .exitCode == 2);
}
