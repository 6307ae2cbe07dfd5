// kithctl retention: which families are past their retention period, legal holds,
// and destruction as a proposed-then-reviewed action by two different people.
#include "cli.h"
#include "open_store.h"
#include "privacy/retention.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace kithctl {
namespace {

using kith::privacy::Retention;
using kith::privacy::RetentionPolicy;

QString retentionUsage() {
    return Invocation::tr(
        "Use: kithctl --db FILE retention due [--as-of YYYY-MM-DD] [--policy FILE.json]\n"
        "     kithctl --db FILE retention hold --family ID --reason TEXT --by NAME\n"
        "     kithctl --db FILE retention lift --hold ID --by NAME\n"
        "     kithctl --db FILE retention propose --family ID --by NAME [--as-of YYYY-MM-DD]\n"
        "     kithctl --db FILE retention approve --review ID --by NAME\n"
        "     kithctl --db FILE retention reject --review ID --by NAME");
}

std::optional<RetentionPolicy> loadPolicy(const Invocation& invocation,
                                          const std::optional<QString>& file) {
    if (!file)
        return RetentionPolicy::defaults();
    QFile source(*file);
    if (!source.open(QIODevice::ReadOnly)) {
        invocation.fail(Invocation::tr("Cannot read the retention policy %1: %2.")
                            .arg(*file, source.errorString()));
        return std::nullopt;
    }
    auto policy = RetentionPolicy::fromJson(source.readAll());
    if (!policy) {
        invocation.fail(policy.error());
        return std::nullopt;
    }
    return policy.value();
}

int printDue(const Invocation& invocation, const Retention& retention, const QDate& asOf) {
    const auto due = retention.due(asOf);
    if (invocation.json()) {
        QJsonArray array;
        for (const auto& item : due) {
            array.append(
                QJsonObject{{QStringLiteral("family_id"), item.familyId},
                            {QStringLiteral("keep_until"), item.keepUntil.toString(Qt::ISODate)},
                            {QStringLiteral("on_hold"), item.onHold}});
        }
        invocation.printJson(QJsonDocument(array));
        return Success;
    }
    if (due.isEmpty())
        invocation.print(Invocation::tr("No family is past its retention period."));
    for (const auto& item : due) {
        invocation.print(QStringLiteral("%1  %2%3")
                             .arg(item.familyId, item.keepUntil.toString(Qt::ISODate),
                                  item.onHold ? Invocation::tr("  (legal hold)") : QString()));
    }
    return Success;
}

// Prints the id a step made, or says why it failed.
int reportId(const Invocation& invocation, const kith::Result<QString>& made, const char* key) {
    if (!made)
        return invocation.fail(made.error());
    if (invocation.json())
        invocation.printJson(QJsonDocument(QJsonObject{{QString::fromLatin1(key), made.value()}}));
    else
        invocation.print(made.value());
    return Success;
}

int reportDone(const Invocation& invocation, const kith::Status& done, const QString& what) {
    if (!done)
        return invocation.fail(done.error());
    if (invocation.json())
        invocation.printJson(QJsonDocument(QJsonObject{{QStringLiteral("done"), what}}));
    else
        invocation.print(what);
    return Success;
}

} // namespace

int runRetention(Invocation& invocation) {
    const auto family = invocation.takeOption(QStringLiteral("--family"));
    const auto hold = invocation.takeOption(QStringLiteral("--hold"));
    const auto review = invocation.takeOption(QStringLiteral("--review"));
    const auto reason = invocation.takeOption(QStringLiteral("--reason"));
    const auto by = invocation.takeOption(QStringLiteral("--by"));
    const auto asOfText = invocation.takeOption(QStringLiteral("--as-of"));
    const auto policyFile = invocation.takeOption(QStringLiteral("--policy"));
    if (!invocation.requireDb() || !invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    const QStringList words = invocation.positional();
    const QString step = words.value(0);
    const QDate asOf = asOfText ? QDate::fromString(*asOfText, Qt::ISODate) : QDate::currentDate();
    const bool needsBy = step != QLatin1String("due");
    const bool missing =
        words.size() != 1 || !asOf.isValid() || (needsBy && !by) ||
        ((step == QLatin1String("hold") || step == QLatin1String("propose")) && !family) ||
        (step == QLatin1String("hold") && !reason) || (step == QLatin1String("lift") && !hold) ||
        ((step == QLatin1String("approve") || step == QLatin1String("reject")) && !review);
    const QStringList steps{QStringLiteral("due"),     QStringLiteral("hold"),
                            QStringLiteral("lift"),    QStringLiteral("propose"),
                            QStringLiteral("approve"), QStringLiteral("reject")};
    if (missing || !steps.contains(step))
        return invocation.fail(retentionUsage(), UsageError);

    const auto policy = loadPolicy(invocation, policyFile);
    if (!policy)
        return Failure;
    const auto database = openStore(invocation);
    if (!database)
        return Failure;
    Retention retention(*database, *policy);
    if (by)
        retention.setActor(*by);

    if (step == QLatin1String("due"))
        return printDue(invocation, retention, asOf);
    if (step == QLatin1String("hold"))
        return reportId(invocation, retention.placeHold(*family, *reason), "hold_id");
    if (step == QLatin1String("lift"))
        return reportDone(invocation, retention.liftHold(*hold), Invocation::tr("Hold lifted."));
    if (step == QLatin1String("propose"))
        return reportId(invocation, retention.proposeDestruction(*family, asOf), "review_id");
    if (step == QLatin1String("approve"))
        return reportDone(invocation, retention.approveAndDestroy(*review),
                          Invocation::tr("Approved: the family's records are destroyed."));
    return reportDone(invocation, retention.reject(*review),
                      Invocation::tr("Rejected: nothing is destroyed."));
}

} // namespace kithctl
