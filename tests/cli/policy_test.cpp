#include "policy/deadline_policy.h"
#include "process_runner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

kith::testing::ProcessResult kithctl(const QStringList& arguments) {
    return kith::testing::runProgram(QStringLiteral(KITHCTL_PATH), arguments);
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("A council can use its own deadline policy", "[kithctl][policy]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("p.sqlite"));
    const QStringList store{QStringLiteral("--db"), db, QStringLiteral("--json")};
    REQUIRE(kithctl({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    auto show = [&] {
        const auto result =
            kithctl(store + QStringList{QStringLiteral("policy"), QStringLiteral("show")});
        REQUIRE(result.exitCode == 0);
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    };
    CHECK(show().value(QStringLiteral("name")) == QLatin1String("hackney"));

    // A council's policy, written like the presets.
    auto torbay = kith::policy::DeadlinePolicy::preset(QStringLiteral("torbay"));
    REQUIRE(torbay);
    QJsonObject council = QJsonDocument::fromJson(torbay.value().toJson()).object();
    council.insert(QStringLiteral("name"), QStringLiteral("exampleshire"));
    council.insert(QStringLiteral("title"), QStringLiteral("Exampleshire County Council"));
    const QString good = dir.filePath(QStringLiteral("exampleshire.json"));
    writeFile(good, QJsonDocument(council).toJson());
    REQUIRE(kithctl(store + QStringList{QStringLiteral("policy"), QStringLiteral("load"), good})
                .exitCode == 0);
    CHECK(show().value(QStringLiteral("title")) == QLatin1String("Exampleshire County Council"));
    CHECK(show().value(QStringLiteral("rules")).toInt() == torbay.value().rules.size());

    // A broken file is refused, says where, and the council's policy stays in force.
    const QString bad = dir.filePath(QStringLiteral("broken.json"));
    writeFile(bad, "{\"name\": \"broken\", \"rules\": [");
    const auto refused =
        kithctl(store + QStringList{QStringLiteral("policy"), QStringLiteral("load"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("broken.json")));
    CHECK(show().value(QStringLiteral("name")) == QLatin1String("exampleshire"));

    // Going back to a preset replaces the council's policy.
    REQUIRE(kithctl(store + QStringList{QStringLiteral("policy"), QStringLiteral("use"),
                                        QStringLiteral("westminster")})
                .exitCode == 0);
    CHECK(show().value(QStringLiteral("name")) == QLatin1String("westminster"));
    CHECK(kithctl(store + QStringList{QStringLiteral("policy"), QStringLiteral("use"),
                                      QStringLiteral("atlantis")})
              .exitCode == 1);
}
