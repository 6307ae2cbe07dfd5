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

QJsonObject jsonOf(const ProcessResult& result) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(result.out.left(500).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

// 150 demo families with their journeys, made as of 25 November 2026.
struct JourneyStore {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("journeys.sqlite"));
    JourneyStore() {
        const auto made =
            kithctl({QStringLiteral("--db"), path, QStringLiteral("demo"),
                     QStringLiteral("--families"), QStringLiteral("150"), QStringLiteral("--seed"),
                     QStringLiteral("3"), QStringLiteral("--today"), QStringLiteral("2026-11-25")});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
    }
    ProcessResult due(QStringList options) const {
        return kithctl(QStringList{QStringLiteral("--db"), path, QStringLiteral("due")} + options);
    }
};

} // namespace

TEST_CASE("kithctl due lists what is due and overdue for open episodes", "[kithctl][due]") {
    const JourneyStore store;
    const auto result = store.due(
        {QStringLiteral("--as-of"), QStringLiteral("2026-11-25"), QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject report = jsonOf(result);
    CHECK(report.value(QStringLiteral("policy")).toString() == QLatin1String("hackney"));
    CHECK(report.value(QStringLiteral("as_of")).toString() ==
          QLatin1String("2026-11-25T00:00:00Z"));
    CHECK(report.value(QStringLiteral("open_episodes")).toInt() > 0);
    const QJsonArray items = report.value(QStringLiteral("items")).toArray();
    REQUIRE(!items.isEmpty());
    CHECK(items.size() == report.value(QStringLiteral("overdue")).toInt() +
                              report.value(QStringLiteral("due_soon")).toInt());

    bool overdueDone = false;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        const QString status = item.value(QStringLiteral("status")).toString();
        // Without --all only what needs attention, overdue first.
        CHECK((status == QLatin1String("overdue") || status == QLatin1String("due_soon")));
        if (status == QLatin1String("due_soon"))
            overdueDone = true;
        else
            CHECK_FALSE(overdueDone);
        for (const char* field : {"rule", "family", "family_id", "responsible", "due_date"})
            CHECK_FALSE(item.value(QLatin1String(field)).toString().isEmpty());
        const int late = item.value(QStringLiteral("working_days_overdue")).toInt();
        CHECK((status == QLatin1String("overdue") ? late >= 0 : late == 0));
        CHECK(QDate::fromString(item.value(QStringLiteral("due_date")).toString(), Qt::ISODate)
                  .isValid());
    }

    const auto all = store.due({QStringLiteral("--as-of"), QStringLiteral("2026-11-25"),
                                QStringLiteral("--all"), QStringLiteral("--json")});
    REQUIRE(all.exitCode == 0);
    CHECK(jsonOf(all).value(QStringLiteral("items")).toArray().size() > items.size());

    const auto text = store.due({QStringLiteral("--as-of"), QStringLiteral("2026-11-25")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("London Borough of Hackney")));
    CHECK(text.out.contains(QStringLiteral("working days overdue")));
}

TEST_CASE("kithctl due narrows to one professional's families", "[kithctl][due]") {
    const JourneyStore store;
    const QJsonObject everyone =
        jsonOf(store.due({QStringLiteral("--json"), QStringLiteral("--all")}));
    const QJsonArray items = everyone.value(QStringLiteral("items")).toArray();
    QString lead;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(QStringLiteral("responsible_id")).toString();
        if (item.value(QStringLiteral("responsible_role")).toString() ==
                QLatin1String("lead_professional") &&
            !id.isEmpty())
            lead = id;
    }
    REQUIRE_FALSE(lead.isEmpty());
    const QJsonObject mine = jsonOf(store.due({QStringLiteral("--json"), QStringLiteral("--all"),
                                               QStringLiteral("--professional"), lead}));
    CHECK(mine.value(QStringLiteral("open_episodes")).toInt() <
          everyone.value(QStringLiteral("open_episodes")).toInt());
    for (const QJsonValue& value : mine.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("responsible_role")).toString() ==
            QLatin1String("lead_professional"))
            CHECK(item.value(QStringLiteral("responsible_id")).toString() == lead);
    }
}

TEST_CASE("kithctl due explains a bad command line and exits 2", "[kithctl][due]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("empty.sqlite"));
    auto result = kithctl({QStringLiteral("due")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--db FILE")));
    result = kithctl({QStringLiteral("--db"), db, QStringLiteral("due"), QStringLiteral("--as-of"),
                      QStringLiteral("Christmas")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--as-of must be a date written YYYY-MM-DD")));
    result = kithctl({QStringLiteral("--db"), db, QStringLiteral("due"), QStringLiteral("soon")});
    CHECK(result.exitCode == 2);
    // An empty store has nothing due, and says so plainly.
    result = kithctl({QStringLiteral("--db"), db, QStringLiteral("due"), QStringLiteral("--json")});
    CHECK(result.exitCode == 0);
    CHECK(jsonOf(result).value(QStringLiteral("items")).toArray().isEmpty());
}
