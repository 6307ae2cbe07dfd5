// kithctl init, demo and check: creating, filling and checking a store.
#include "cli.h"
#include "demo/demo_generator.h"
#include "open_store.h"
#include "store/family_store.h"
#include "store/migrations.h"
#include "store/store_check.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace kithctl {

int runInit(Invocation& invocation) {
    if (!invocation.requireDb() || !invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    const bool existed = QFileInfo(invocation.dbPath()).size() > 0;
    const auto database = openStore(invocation);
    if (!database)
        return Failure;
    const int version = database->schemaVersion();
    if (invocation.json()) {
        invocation.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("path"), invocation.dbPath()},
                                      {QStringLiteral("created"), !existed},
                                      {QStringLiteral("schema_version"), version}}));
    } else if (existed) {
        invocation.print(Invocation::tr("The store is ready (store version %1).").arg(version));
    } else {
        invocation.print(Invocation::tr("Created a new store (store version %1).").arg(version));
    }
    return Success;
}

int runDemo(Invocation& invocation) {
    const auto families = invocation.takeNumber(QStringLiteral("--families"), 1, 1000000);
    const auto seed =
        invocation.takeNumber(QStringLiteral("--seed"), 0, std::numeric_limits<qint64>::max());
    const auto today = invocation.takeOption(QStringLiteral("--today"));
    if (!invocation.requireDb() || !invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    const QDate day = today ? QDate::fromString(*today, Qt::ISODate) : QDate::currentDate();
    if (!day.isValid())
        return invocation.fail(Invocation::tr("--today must be a date written YYYY-MM-DD."),
                               UsageError);
    const auto database = openStore(invocation);
    if (!database)
        return Failure;
    kith::FamilyStore store(*database);
    store.setActor(QStringLiteral("kithctl demo"));
    if (const int existing = store.familyCount(); existing > 0) {
        return invocation.fail(Invocation::tr("The store already holds %n families; demo "
                                              "families only go into an empty store.",
                                              nullptr, existing));
    }
    QElapsedTimer timer;
    timer.start();
    const auto made = kith::demo::populate(store, static_cast<int>(families.value_or(50)),
                                           static_cast<std::uint64_t>(seed.value_or(1)), day);
    if (!made)
        return invocation.fail(Invocation::tr("No demo families were added: %1").arg(made.error()));
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (invocation.json()) {
        invocation.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("families"), made.value().families},
                                      {QStringLiteral("people"), made.value().people},
                                      {QStringLiteral("seconds"), seconds}}));
    } else {
        invocation.print(Invocation::tr("Added %1 demo families (%2 people) in %3 s.")
                             .arg(made.value().families)
                             .arg(made.value().people)
                             .arg(seconds, 0, 'f', 1));
    }
    return Success;
}

int runCheck(Invocation& invocation) {
    if (!invocation.requireDb() || !invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    const kith::StoreCheckReport report = kith::checkStore(invocation.dbPath());
    QStringList problems = report.problems;
    if (report.inspection.failure != kith::OpenFailure::None)
        problems.prepend(report.inspection.message);
    if (invocation.json()) {
        invocation.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("sound"), report.isSound()},
                        {QStringLiteral("schema_version"), report.inspection.schemaVersion},
                        {QStringLiteral("families"), report.families},
                        {QStringLiteral("people"), report.people},
                        {QStringLiteral("pending_changes"), report.pendingChanges},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}}));
    } else if (report.isSound()) {
        invocation.print(Invocation::tr("The store is sound: store version %1, %2 families, %3 "
                                        "people, %4 changes waiting to sync.")
                             .arg(report.inspection.schemaVersion)
                             .arg(report.families)
                             .arg(report.people)
                             .arg(report.pendingChanges));
    }
    if (!report.isSound()) {
        for (const QString& problem : std::as_const(problems))
            invocation.fail(problem);
        return Failure;
    }
    return Success;
}

} // namespace kithctl
