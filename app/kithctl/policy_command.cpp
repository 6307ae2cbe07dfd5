// kithctl policy: which deadline policy a store follows — a preset, or a council's own.
#include "cli.h"
#include "due/due_settings.h"
#include "open_store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace kithctl {
namespace {

int showPolicy(const Invocation& invocation, const kith::Database& database) {
    const auto policy = kith::due::DueSettings::policy(database);
    if (!policy)
        return invocation.fail(policy.error());
    if (invocation.json()) {
        invocation.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("name"), policy.value().name},
                        {QStringLiteral("title"), policy.value().title},
                        {QStringLiteral("rules"), int(policy.value().rules.size())}}));
    } else {
        invocation.print(
            Invocation::tr("%1 (%2): %n rules", nullptr, int(policy.value().rules.size()))
                .arg(policy.value().title, policy.value().name));
    }
    return Success;
}

} // namespace

int runPolicy(Invocation& invocation) {
    if (!invocation.requireDb() || !invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    const QStringList words = invocation.positional();
    const QString step = words.value(0);
    const bool understood = (step == QLatin1String("show") && words.size() == 1) ||
                            (step == QLatin1String("use") && words.size() == 2) ||
                            (step == QLatin1String("load") && words.size() == 2);
    if (!understood) {
        return invocation.fail(
            Invocation::tr("Use: kithctl --db FILE policy show | policy use hackney|torbay|"
                           "westminster | policy load COUNCIL-POLICY.json"),
            UsageError);
    }
    const auto database = openStore(invocation);
    if (!database)
        return Failure;
    if (step == QLatin1String("use")) {
        if (kith::Status used = kith::due::DueSettings::setPolicyName(*database, words.at(1));
            !used)
            return invocation.fail(used.error());
    } else if (step == QLatin1String("load")) {
        QFile file(words.at(1));
        if (!file.open(QIODevice::ReadOnly))
            return invocation.fail(
                Invocation::tr("Cannot read %1: %2.").arg(words.at(1), file.errorString()));
        if (kith::Status loaded = kith::due::DueSettings::setCouncilPolicy(
                *database, file.readAll(), QFileInfo(words.at(1)).fileName());
            !loaded)
            return invocation.fail(loaded.error());
    }
    return showPolicy(invocation, *database);
}

} // namespace kithctl
