#include "process_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

kith::testing::ProcessResult kithctl(const QStringList& arguments) {
    return kith::testing::runProgram(QStringLiteral(KITHCTL_PATH), arguments);
}

QJsonDocument jsonOf(const kith::testing::ProcessResult& result) {
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.out.toUtf8());
}

} // namespace

TEST_CASE("kithctl retention destroys a family only after a second person's review",
          "[kithctl][retention]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    REQUIRE(
        kithctl({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--families"),
                 QStringLiteral("5"), QStringLiteral("--today"), QStringLiteral("2026-11-25")})
            .exitCode == 0);
    const QStringList store{QStringLiteral("--db"), db, QStringLiteral("--json")};

    // Nothing is due today; by 2070 every family's retention period has run out.
    CHECK(jsonOf(
              kithctl(store + QStringList{QStringLiteral("retention"), QStringLiteral("due"),
                                          QStringLiteral("--as-of"), QStringLiteral("2026-11-26")}))
              .array()
              .isEmpty());
    const QJsonArray due =
        jsonOf(
            kithctl(store + QStringList{QStringLiteral("retention"), QStringLiteral("due"),
                                        QStringLiteral("--as-of"), QStringLiteral("2070-01-01")}))
            .array();
    REQUIRE(due.size() == 5);
    const QString held = due.at(0).toObject().value(QStringLiteral("family_id")).toString();
    const QString doomed = due.at(1).toObject().value(QStringLiteral("family_id")).toString();
    const QStringList later{QStringLiteral("--as-of"), QStringLiteral("2070-01-01")};

    // A family under a legal hold cannot even be proposed for destruction.
    REQUIRE(
        kithctl(store + QStringList{QStringLiteral("retention"), QStringLiteral("hold"),
                                    QStringLiteral("--family"), held, QStringLiteral("--reason"),
                                    QStringLiteral("Court proceedings"), QStringLiteral("--by"),
                                    QStringLiteral("alice")})
            .exitCode == 0);
    CHECK(kithctl(store +
                  QStringList{QStringLiteral("retention"), QStringLiteral("propose"),
                              QStringLiteral("--family"), held, QStringLiteral("--by"),
                              QStringLiteral("alice")} +
                  later)
              .exitCode == 1);

    const QString review =
        jsonOf(kithctl(store +
                       QStringList{QStringLiteral("retention"), QStringLiteral("propose"),
                                   QStringLiteral("--family"), doomed, QStringLiteral("--by"),
                                   QStringLiteral("alice")} +
                       later))
            .object()
            .value(QStringLiteral("review_id"))
            .toString();
    REQUIRE_FALSE(review.isEmpty());
    // The proposer cannot approve her own proposal.
    const auto self =
        kithctl(store + QStringList{QStringLiteral("retention"), QStringLiteral("approve"),
                                    QStringLiteral("--review"), review, QStringLiteral("--by"),
                                    QStringLiteral("alice")});
    CHECK(self.exitCode == 1);
    CHECK(kithctl({QStringLiteral("--db"), db, QStringLiteral("family"), QStringLiteral("show"),
                   doomed})
              .exitCode == 0);

    REQUIRE(kithctl(store + QStringList{QStringLiteral("retention"), QStringLiteral("approve"),
                                        QStringLiteral("--review"), review, QStringLiteral("--by"),
                                        QStringLiteral("bob")})
                .exitCode == 0);
    CHECK(kithctl({QStringLiteral("--db"), db, QStringLiteral("family"), QStringLiteral("show"),
                   doomed})
              .exitCode == 1);
    CHECK(kithctl(
              {QStringLiteral("--db"), db, QStringLiteral("family"), QStringLiteral("show"), held})
              .exitCode == 0);
    // The destruction is in the audit log, and the chain is still whole.
    CHECK(kithctl({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify")})
              .exitCode == 0);
    CHECK(kithctl({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("kithctl retention explains how to use it", "[kithctl][retention]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    const auto result =
        kithctl({QStringLiteral("--db"), db, QStringLiteral("retention"), QStringLiteral("hold"),
                 QStringLiteral("--family"), QStringLiteral("x")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--reason TEXT --by NAME")));
}
