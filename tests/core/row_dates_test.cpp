#include "store/row_dates.h"
#include "store/sql_support.h"

#include <QStringList>
#include <catch2/catch.hpp>

using namespace kith;

namespace {

// What the general readers make of `text`: the fast ones must agree whenever they answer.
QDate generalDate(const QString& text) {
    return sql::toDate(QVariant(text));
}

QDateTime generalMoment(const QString& text) {
    return sql::toDateTime(QVariant(text));
}

} // namespace

TEST_CASE("Stored dates read fast give what the general reader gives", "[store][row]") {
    const QStringList samples = {QStringLiteral("2026-11-25"), QStringLiteral("2028-02-29"),
                                 QStringLiteral("2026-02-29"), QStringLiteral("2026-13-01"),
                                 QStringLiteral("2026-00-10"), QStringLiteral("1999-12-31"),
                                 QStringLiteral("0001-01-01")};
    for (const QString& text : samples) {
        QDate date;
        INFO(text.toStdString());
        REQUIRE(store::readStoredDate(text, date));
        CHECK(date == generalDate(text));
        CHECK(date.isValid() == generalDate(text).isValid());
    }
    QDate untouched;
    // Other shapes are left to the general reader.
    for (const QString& text : {QStringLiteral(""), QStringLiteral("2026-1-05"),
                                QStringLiteral("2026/11/25"), QStringLiteral("20x6-11-25"),
                                QStringLiteral("0000-01-01"), QStringLiteral("2026-11-25T10")}) {
        INFO(text.toStdString());
        CHECK_FALSE(store::readStoredDate(text, untouched));
    }
    CHECK(untouched.isNull());
}

TEST_CASE("Stored moments read fast give what the general reader gives", "[store][row]") {
    const QStringList samples = {QStringLiteral("2026-11-25T10:30:00.000Z"),
                                 QStringLiteral("2026-03-29T01:30:59.999Z"),
                                 QStringLiteral("2028-02-29T23:59:59.001Z")};
    for (const QString& text : samples) {
        QDateTime moment;
        INFO(text.toStdString());
        REQUIRE(store::readStoredMoment(text, moment));
        CHECK(moment == generalMoment(text));
        CHECK(moment.timeSpec() == generalMoment(text).timeSpec());
        CHECK(moment.toString(Qt::ISODateWithMs) ==
              generalMoment(text).toString(Qt::ISODateWithMs));
    }
    QDateTime untouched;
    for (const QString& text :
         {QStringLiteral("2026-11-25T24:00:00.000Z"), QStringLiteral("2026-11-25T10:61:00.000Z"),
          QStringLiteral("2026-11-25T10:30:00Z"), QStringLiteral("2026-11-25T10:30:00.000+01:00"),
          QStringLiteral("2026-02-30T10:30:00.000Z"), QStringLiteral("")}) {
        INFO(text.toStdString());
        CHECK_FALSE(store::readStoredMoment(text, untouched));
    }
    CHECK(untouched.isNull());
}
