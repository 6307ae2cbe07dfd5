#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace kithctl {

// Exit statuses every command keeps to: scripts rely on them.
enum Exit { Success = 0, Failure = 1, UsageError = 2 };

// A command's arguments after the global options, with typed access to its own
// options (`--families 100`) and positional arguments.
class Invocation {
    Q_DECLARE_TR_FUNCTIONS(kithctl::Invocation)

public:
    Invocation(QString dbPath, bool json, QStringList arguments);

    const QString& dbPath() const { return m_dbPath; }
    bool json() const { return m_json; }

    // Removes and returns the value of `--name VALUE`; an empty optional when absent.
    std::optional<QString> takeOption(const QString& name);
    // Like takeOption, but the value must be a whole number in [min, max].
    std::optional<qint64> takeNumber(const QString& name, qint64 min, qint64 max);
    bool takeFlag(const QString& name);
    QStringList positional() const;
    // Set when an option was malformed or unknown; the command stops with UsageError.
    const QString& usageProblem() const { return m_usageProblem; }
    bool checkNoOptionsLeft();
    bool requireDb();

    void print(const QString& text) const;
    void printJson(const QJsonDocument& document) const;
    // Errors go to stderr; `exit` is returned so a command can `return inv.fail(...)`.
    int fail(const QString& message, Exit exit = Failure) const;

private:
    QString m_dbPath;
    bool m_json;
    QStringList m_arguments;
    QString m_usageProblem;
};

int runInit(Invocation& invocation);
int runDemo(Invocation& invocation);
int runCheck(Invocation& invocation);
int runSearch(Invocation& invocation);
int runFamily(Invocation& invocation);
int runAudit(Invocation& invocation);
int runSubjectAccess(Invocation& invocation);
int runWorkdays(Invocation&);
int runDue(Invocation& invocation);
int runRetention(Invocation& invocation);
int runPolicy(Invocation& invocation);
int runConsent(Invocation& invocation);
int runRegister(Invocation& invocation);
int runMatch(Invocation& invocation);
int runGenogram(Invocation& invocation);
int runSync(Invocation& invocation);
int runAssessment(Invocation& invocation);
int runMeeting(Invocation& invocation);
int runPlan(Invocation& invocation);

} // namespace kithctl
