#include "process_runner.h"

#include <QDate>
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

QString gedcomDate(const QDate& date) {
    static const char* const months[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                         "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(QLatin1String(months[date.month() - 1]))
        .arg(date.year());
}

} // namespace

TEST_CASE("kithctl genogram imports a GEDCOM tree into a family and exports it again",
          "[cli][genogram]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const auto made =
        kithctl({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--families"),
                 QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("4"),
                 QStringLiteral("--today"), QStringLiteral("2026-11-25")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const auto search = kithctl({QStringLiteral("--db"), db, QStringLiteral("--json"),
                                 QStringLiteral("search"), QStringLiteral("a")});
    QJsonObject person;
    for (const QJsonValue& hit : QJsonDocument::fromJson(search.out.toUtf8()).array()) {
        if (!hit[QStringLiteral("date_of_birth")].toString().isEmpty()) {
            person = hit.toObject();
            break;
        }
    }
    REQUIRE_FALSE(person.isEmpty());
    const QString familyId = person[QStringLiteral("family_id")].toString();
    const QDate born =
        QDate::fromString(person[QStringLiteral("date_of_birth")].toString(), Qt::ISODate);
    // The file has someone already in the family (same name and date of birth), their
    // mother, who is not, and a pointer to nobody.
    const QString tree =
        QStringLiteral("0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @I1@ INDI\n1 NAME %1 /%2/\n1 BIRT\n"
                       "2 DATE %3\n1 FAMC @F1@\n0 @I2@ INDI\n1 NAME Edna /Whitlock/\n1 SEX F\n"
                       "1 DEAT Y\n1 FAMS @F1@\n0 @I3@ INDI\n1 NAME Albert /Whitlock/\n1 SEX M\n"
                       "1 FAMS @F1@\n1 FAMC @F9@\n0 @F1@ FAM\n1 HUSB @I3@\n1 WIFE @I2@\n"
                       "1 CHIL @I1@\n1 MARR\n2 DATE 1960\n0 TRLR\n")
            .arg(person[QStringLiteral("given_name")].toString(),
                 person[QStringLiteral("family_name")].toString(), gedcomDate(born));
    const QString gedPath = dir.filePath(QStringLiteral("tree.ged"));
    QFile file(gedPath);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(tree.toUtf8());
    file.close();

    const auto imported =
        kithctl({QStringLiteral("--db"), db, QStringLiteral("genogram"), QStringLiteral("import"),
                 QStringLiteral("--family"), familyId, gedPath});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    CHECK(summary[QStringLiteral("people")].toInt() == 3);
    CHECK(summary[QStringLiteral("couples")].toInt() == 1);
    CHECK(summary[QStringLiteral("child_links")].toInt() == 1);
    CHECK(summary[QStringLiteral("linked_to_family_record")].toInt() >= 1);
    const QJsonArray warnings = summary[QStringLiteral("warnings")].toArray();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].toString().contains(QLatin1String("@F9@")));
    // Not duplicated: the family's people plus the two grandparents.
    CHECK(summary[QStringLiteral("stored_people")].toInt() > 3);

    const QString outPath = dir.filePath(QStringLiteral("out.ged"));
    const auto exported =
        kithctl({QStringLiteral("--db"), db, QStringLiteral("genogram"), QStringLiteral("export"),
                 QStringLiteral("--family"), familyId, QStringLiteral("--format"),
                 QStringLiteral("gedcom"), QStringLiteral("--out"), outPath});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile out(outPath);
    REQUIRE(out.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(out.readAll());
    CHECK(written.startsWith(QLatin1String("0 HEAD\n1 GEDC\n2 VERS 7.0")));
    CHECK(written.contains(QLatin1String("1 NAME Edna /Whitlock/")));
    CHECK(written.count(person[QStringLiteral("given_name")].toString() + u' ') == 1);

    const auto missing = kithctl({QStringLiteral("--db"), db, QStringLiteral("genogram"),
                                  QStringLiteral("import"), QStringLiteral("--family"), familyId,
                                  dir.filePath(QStringLiteral("nothing.ged"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QLatin1String("nothing.ged")));
    const auto noFamily = kithctl({QStringLiteral("--db"), db, QStringLiteral("genogram"),
                                   QStringLiteral("export"), QStringLiteral("--out"), outPath});
    CHECK(noFamily.exitCode == 2);
    CHECK(noFamily.err.contains(QLatin1String("--family")));
}
