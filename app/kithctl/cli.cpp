#include "cli.h"

namespace kithctl {

Invocation::Invocation(QString dbPath, bool json, QStringList arguments)
    : m_dbPath(std::move(dbPath))
    , m_json(json)
    , m_arguments(std::move(arguments)) {}

std::optional<QString> Invocation::takeOption(const QString& name) {
    const qsizetype at = m_arguments.indexOf(name);
    if (at < 0)
        return std::nullopt;
    if (at + 1 >= m_arguments.size()) {
        m_usageProblem = tr("%1 needs a value.").arg(name);
        m_arguments.removeAt(at);
        return std::nullopt;
    }
    const QString value = m_arguments.at(at + 1);
    m_arguments.remove(at, 2);
    return value;
}

std::optional<qint64> Invocation::takeNumber(const QString& name, qint64 min, qint64 max) {
    const auto text = takeOption(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    if (!ok || value < min || value > max) {
        m_usageProblem = tr("%1 must be a whole number from %2 to %3, not \"%4\".")
                             .arg(name)
                             .arg(min)
                             .arg(max)
                             .arg(*text);
        return std::nullopt;
    }
    return value;
}

bool Invocation::takeFlag(const QString& name) {
    return m_arguments.removeAll(name) > 0;
}

QStringList Invocation::positional() const {
    return m_arguments;
}

bool Invocation::checkNoOptionsLeft() {
    for (const QString& argument : std::as_const(m_arguments)) {
        if (argument.startsWith(QStringLiteral("--")) && m_usageProblem.isEmpty())
            m_usageProblem = tr("Unknown option %1.").arg(argument);
    }
    return m_usageProblem.isEmpty();
}

bool Invocation::requireDb() {
    if (m_dbPath.isEmpty() && m_usageProblem.isEmpty())
        m_usageProblem = tr("This command needs --db FILE, the store to work on.");
    return m_usageProblem.isEmpty();
}

void Invocation::print(const QString& text) const {
    QTextStream(stdout) << text << Qt::endl;
}

void Invocation::printJson(const QJsonDocument& document) const {
    QTextStream(stdout) << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

int Invocation::fail(const QString& message, Exit exit) const {
    QTextStream(stderr) << "kithctl: " << message << Qt::endl;
    return exit;
}

} // namespace kithctl
