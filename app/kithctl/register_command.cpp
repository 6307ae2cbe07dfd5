// kithctl register: a family from an About my Family JSON document (docs/about-my-family.md).
#include "cli.h"
#include "open_store.h"
#include "registration/registrar.h"
#include "registration/registration_json.h"
#include "store/family_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace kithctl {
namespace {

using kith::registration::FieldProblem;

int reportProblems(const Invocation& invocation, const QList<FieldProblem>& problems) {
    if (invocation.json()) {
        QJsonArray array;
        for (const FieldProblem& problem : problems)
            array.append(QJsonObject{{QStringLiteral("field"), problem.field},
                                     {QStringLiteral("message"), problem.message}});
        invocation.printJson(QJsonDocument(array));
        return Failure;
    }
    QStringList lines{Invocation::tr("Nothing was registered; put these right and try again:")};
    for (const FieldProblem& problem : problems)
        lines.append(problem.field.isEmpty()
                         ? problem.message
                         : problem.field + QStringLiteral(": ") + problem.message);
    return invocation.fail(lines.join(u'\n'));
}

} // namespace

int runRegister(Invocation& invocation) {
    if (!invocation.requireDb() || !invocation.checkNoOptionsLeft())
        return invocation.fail(invocation.usageProblem(), UsageError);
    const QStringList files = invocation.positional();
    if (files.size() != 1)
        return invocation.fail(Invocation::tr("register needs one About my Family file (JSON), or "
                                              "- to read it from standard input."),
                               UsageError);
    QFile file;
    const bool opened = files.front() == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(files.front()), file.open(QIODevice::ReadOnly));
    if (!opened)
        return invocation.fail(
            Invocation::tr("Cannot read %1: %2").arg(files.front(), file.errorString()));
    const kith::registration::ReadDocument read =
        kith::registration::RegistrationJson::read(file.readAll());

    const auto database = openStore(invocation);
    if (!database)
        return Failure;
    kith::FamilyStore store(*database);
    store.setActor(QStringLiteral("kithctl register"));
    // The document's own problems (unknown keys, wrong kinds) and the rules' problems are
    // reported together, so one run shows everything to put right.
    QList<FieldProblem> problems = read.problems;
    problems +=
        kith::registration::RegistrationChecker::check(read.document, database->clock().today())
            .problems;
    if (!problems.isEmpty())
        return reportProblems(invocation, problems);
    const auto outcome = kith::registration::Registrar::registerFamily(store, read.document);
    if (!outcome.problems.isEmpty())
        return reportProblems(invocation, outcome.problems);
    if (!outcome.isRegistered())
        return invocation.fail(
            Invocation::tr("The store did not take the family: %1").arg(outcome.storeError));
    if (invocation.json())
        invocation.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("family_id"), outcome.familyId}}));
    else
        invocation.print(outcome.familyId);
    return Success;
}

} // namespace kithctl
