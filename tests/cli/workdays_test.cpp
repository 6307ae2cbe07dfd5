#include "process_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using kith::testing::ProcessResult;

namespace {

ProcessResult workdays(QStringList arguments) {
    arguments.prepend(QStringLiteral("workdays"));
    return kith::testing::runProgram(QStringLiteral(KITHCTL_PATH), arguments);
}

QJsonObject jsonObject(const ProcessResult& result) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(result.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

} // namespace

TEST_CASE("kithctl workdays add prints the date N working days on", "[kithctl][workdays]") {
    const auto christmas =
        workdays({QStringLiteral("add"), QStringLiteral("2026-12-24"), QStringLiteral("3")});
    INFO(christmas.err.toStdString());
    CHECK(christmas.exitCode == 0);
    CHECK(christmas.out.trimmed() == QLatin1String("2026-12-31"));

    const auto back =
        workdays({QStringLiteral("add"), QStringLiteral("2027-01-04"), QStringLiteral("-1")});
    CHECK(back.exitCode == 0);
    CHECK(back.out.trimmed() == QLatin1String("2026-12-31"));

    const auto json = workdays({QStringLiteral("add"), QStringLiteral("2026-04-02"),
                                QStringLiteral("1"), QStringLiteral("--region"),
                                QStringLiteral("scotland"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject object = jsonObject(json);
    CHECK(object.value(QLatin1String("date")).toString() == QLatin1String("2026-04-06"));
    CHECK(object.value(QLatin1String("region")).toString() == QLatin1String("scotland"));
    CHECK(object.value(QLatin1String("working_days")).toInt() == 1);
}

TEST_CASE("kithctl workdays count counts after FROM up to and including TO",
          "[kithctl][workdays]") {
    const auto england = workdays(
        {QStringLiteral("count"), QStringLiteral("2026-12-31"), QStringLiteral("2027-01-05")});
    CHECK(england.exitCode == 0);
    CHECK(england.out.trimmed() == QLatin1String("2"));

    // In Scotland 2 January 2027 is a Saturday, so Monday 4 January is its substitute.
    const auto scotland = workdays({QStringLiteral("count"), QStringLiteral("2026-12-31"),
                                    QStringLiteral("2027-01-05"), QStringLiteral("--region"),
                                    QStringLiteral("scotland"), QStringLiteral("--json")});
    REQUIRE(scotland.exitCode == 0);
    CHECK(jsonObject(scotland).value(QLatin1String("working_days")).toInt() == 1);

    const auto backwards = workdays(
        {QStringLiteral("count"), QStringLiteral("2027-01-05"), QStringLiteral("2026-12-31")});
    CHECK(backwards.out.trimmed() == QLatin1String("-2"));
}

TEST_CASE("kithctl workdays holidays lists a year's bank holidays", "[kithctl][workdays]") {
    const auto result =
        workdays({QStringLiteral("holidays"), QStringLiteral("2027"), QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonArray holidays = jsonObject(result).value(QLatin1String("holidays")).toArray();
    REQUIRE(holidays.size() == 8);
    CHECK(holidays.at(7).toObject().value(QLatin1String("date")).toString() ==
          QLatin1String("2027-12-28"));
}

TEST_CASE("kithctl workdays explains a bad command line and exits 2", "[kithctl][workdays]") {
    const std::vector<std::pair<QStringList, const char*>> cases{
        {{QStringLiteral("add"), QStringLiteral("2026-02-30"), QStringLiteral("3")}, "YYYY-MM-DD"},
        {{QStringLiteral("add"), QStringLiteral("24/12/2026"), QStringLiteral("3")}, "YYYY-MM-DD"},
        {{QStringLiteral("add"), QStringLiteral("2026-12-24"), QStringLiteral("three")},
         "whole number"},
        {{QStringLiteral("add"), QStringLiteral("2026-12-24")}, "a date and a number"},
        {{QStringLiteral("add"), QStringLiteral("2026-12-24"), QStringLiteral("3"),
          QStringLiteral("--region"), QStringLiteral("wales")},
         "not a region"},
        {{QStringLiteral("count"), QStringLiteral("2026-12-24"), QStringLiteral("2301-01-01")},
         "outside the years"},
        {{QStringLiteral("count"), QStringLiteral("2026-12-24")}, "two dates"},
        {{QStringLiteral("add"), QStringLiteral("2026-12-24"), QStringLiteral("3"),
          QStringLiteral("--colour")},
         "Unknown option"},
        {{QStringLiteral("subtract")}, "not something workdays does"},
        {{}, "add, count or holidays"},
    };
    for (const auto& [arguments, expected] : cases) {
        const auto result = workdays(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << " -> " << result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QLatin1String(expected)));
        CHECK(result.out.isEmpty());
    }
}
