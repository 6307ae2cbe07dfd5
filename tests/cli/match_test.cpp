#include "process_runner.h"

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

// A demo store, and one person in it read back through `kithctl family show`.
struct MatchStore {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QJsonObject person;
    QString familyId;
    QString postcode;
    MatchStore() {
        const auto made =
            kithctl({QStringLiteral("--db"), path, QStringLiteral("demo"),
                     QStringLiteral("--families"), QStringLiteral("60"), QStringLiteral("--seed"),
                     QStringLiteral("3"), QStringLiteral("--today"), QStringLiteral("2026-11-25")});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
        const auto search = kithctl({QStringLiteral("--db"), path, QStringLiteral("--json"),
                                     QStringLiteral("search"), QStringLiteral("TQ1")});
        REQUIRE(search.exitCode == 0);
        const QJsonArray hits = QJsonDocument::fromJson(search.out.toUtf8()).array();
        for (const QJsonValue& hit : hits) {
            if (!hit[QStringLiteral("date_of_birth")].isNull() &&
                !hit[QStringLiteral("given_name")].toString().isEmpty()) {
                person = hit.toObject();
                break;
            }
        }
        REQUIRE_FALSE(person.isEmpty());
        familyId = person[QStringLiteral("family_id")].toString();
        postcode = person[QStringLiteral("postcode")].toString();
    }
    ProcessResult match(const QJsonObject& query, bool json = true) const {
        QStringList arguments{QStringLiteral("--db"), path, QStringLiteral("match")};
        if (json)
            arguments << QStringLiteral("--json");
        arguments << QString::fromUtf8(QJsonDocument(query).toJson(QJsonDocument::Compact));
        return kithctl(arguments);
    }
};

} // namespace

TEST_CASE("kithctl match prints the best matches first as JSON", "[kithctl][match]") {
    MatchStore store;
    // The day and month swapped, as a clerk might type them (when that makes a date).
    QDate dob =
        QDate::fromString(store.person[QStringLiteral("date_of_birth")].toString(), Qt::ISODate);
    const QDate swapped(dob.year(), dob.day(), dob.month());
    const bool swap = swapped.isValid() && swapped != dob;
    const auto result = store.match(
        {{QStringLiteral("given_name"), store.person[QStringLiteral("given_name")]},
         {QStringLiteral("family_name"), store.person[QStringLiteral("family_name")]},
         {QStringLiteral("date_of_birth"), (swap ? swapped : dob).toString(Qt::ISODate)},
         {QStringLiteral("postcode"), store.postcode.toLower()}});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonArray found = QJsonDocument::fromJson(result.out.toUtf8()).array();
    REQUIRE_FALSE(found.isEmpty());
    const QJsonObject best = found.first().toObject();
    CHECK(best[QStringLiteral("person_id")] == store.person[QStringLiteral("person_id")]);
    CHECK(best[QStringLiteral("family_id")].toString() == store.familyId);
    const double score = best[QStringLiteral("score")].toDouble();
    CHECK(score > 0.6);
    CHECK(score <= 1.0);
    const QJsonArray reasons = best[QStringLiteral("reasons")].toArray();
    CHECK(reasons.contains(QStringLiteral("Same postcode")));
    CHECK(reasons.contains(swap ? QStringLiteral("Day and month swapped in the date of birth")
                                : QStringLiteral("Same date of birth")));
    const QJsonValue lead = best[QStringLiteral("lead_professional")];
    CHECK((lead.isNull() || (lead.isObject() && lead[QStringLiteral("name")].isString() &&
                             lead[QStringLiteral("agency")].isString() &&
                             lead[QStringLiteral("phone")].isString())));
    for (qsizetype i = 1; i < found.size(); ++i)
        CHECK(found.at(i)[QStringLiteral("score")].toDouble() <=
              found.at(i - 1)[QStringLiteral("score")].toDouble());
}

TEST_CASE("kithctl match takes any subset of the fields", "[kithctl][match]") {
    MatchStore store;
    const auto byName =
        store.match({{QStringLiteral("family_name"), store.person[QStringLiteral("family_name")]}});
    REQUIRE(byName.exitCode == 0);
    CHECK(QJsonDocument::fromJson(byName.out.toUtf8()).isArray());
    const auto nothing = store.match(QJsonObject{});
    REQUIRE(nothing.exitCode == 0);
    CHECK(QJsonDocument::fromJson(nothing.out.toUtf8()).array().isEmpty());
    const auto table = store.match(
        {{QStringLiteral("given_name"), store.person[QStringLiteral("given_name")]},
         {QStringLiteral("family_name"), store.person[QStringLiteral("family_name")]},
         {QStringLiteral("date_of_birth"), store.person[QStringLiteral("date_of_birth")]}},
        false);
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(store.familyId));
    CHECK(table.out.contains(QStringLiteral("Same date of birth")));
}

TEST_CASE("kithctl match refuses bad JSON and bad dates with exit 2", "[kithctl][match]") {
    MatchStore store;
    const auto badJson = kithctl({QStringLiteral("--db"), store.path, QStringLiteral("match"),
                                  QStringLiteral("--json"), QStringLiteral("{given_name: Amira")});
    CHECK(badJson.exitCode == 2);
    CHECK(badJson.err.contains(QStringLiteral("not a JSON object")));
    const auto badDate =
        store.match({{QStringLiteral("date_of_birth"), QStringLiteral("31/02/2015")}});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("date_of_birth")));
    CHECK(badDate.err.contains(QStringLiteral("YYYY-MM-DD")));
    const auto unknown = store.match({{QStringLiteral("surname"), QStringLiteral("Khan")}});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("surname")));
}

TEST_CASE("kithctl match merge and unmerge families registered twice", "[kithctl][match]") {
    MatchStore store;
    const auto other = kithctl({QStringLiteral("--db"), store.path, QStringLiteral("--json"),
                                QStringLiteral("search"), QStringLiteral("TQ3")});
    REQUIRE(other.exitCode == 0);
    const QJsonArray hits = QJsonDocument::fromJson(other.out.toUtf8()).array();
    REQUIRE_FALSE(hits.isEmpty());
    const QString otherFamily = hits.first()[QStringLiteral("family_id")].toString();
    REQUIRE(otherFamily != store.familyId);
    const auto merged =
        kithctl({QStringLiteral("--db"), store.path, QStringLiteral("--json"),
                 QStringLiteral("match"), QStringLiteral("merge"), store.familyId, otherFamily,
                 QStringLiteral("--reason"), QStringLiteral("Registered twice")});
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    const QString mergeId =
        QJsonDocument::fromJson(merged.out.toUtf8())[QStringLiteral("merge_id")].toString();
    REQUIRE_FALSE(mergeId.isEmpty());
    const auto undone = kithctl({QStringLiteral("--db"), store.path, QStringLiteral("match"),
                                 QStringLiteral("unmerge"), mergeId});
    CHECK(undone.exitCode == 0);
    const auto again = kithctl({QStringLiteral("--db"), store.path, QStringLiteral("match"),
                                QStringLiteral("unmerge"), mergeId});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already been undone")));
    const auto duplicates = kithctl({QStringLiteral("--db"), store.path, QStringLiteral("--json"),
                                     QStringLiteral("match"), QStringLiteral("duplicates")});
    CHECK(duplicates.exitCode == 0);
    CHECK(QJsonDocument::fromJson(duplicates.out.toUtf8()).isArray());
}
