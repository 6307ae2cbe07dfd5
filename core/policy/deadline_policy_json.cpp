// Reading and writing deadline policies as JSON. Reading checks everything a council
// could get wrong and names the file, the rule and the field in the message, because a
// mistake here silently changes when a family's deadlines fall.
#include "policy/deadline_policy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace kith::policy {

namespace {

constexpr int kMaxAmount = 1000;

bool isIdentifier(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_-]*$"));
    return pattern.match(text).hasMatch();
}

class PolicyReader {
    Q_DECLARE_TR_FUNCTIONS(kith::policy::PolicyReader)

public:
    explicit PolicyReader(QString sourceName)
        : m_source(std::move(sourceName)) {}

    Result<DeadlinePolicy> read(const QByteArray& json);

private:
    bool readRule(const QJsonObject& object, DeadlineRule& rule);
    // `prefix` is where the parent object sits, e.g. "condition." for a condition's due.
    std::optional<Duration> readDuration(const QJsonObject& parent, const QString& prefix,
                                         const QString& field, bool allowZero);
    bool readEvent(const QJsonObject& object, const QString& field, QString& into);
    bool onlyKnownFields(const QJsonObject& object, const QStringList& allowed,
                         const QString& prefix);
    // Records the first problem found, with where it is.
    bool problem(const QString& field, const QString& what);

    QString m_source;
    QString m_rule; // "rule 3 (\"first_contact\")" while a rule is being read
    QString m_error;
};

Result<DeadlinePolicy> PolicyReader::read(const QByteArray& json) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<DeadlinePolicy>::fail(tr("%1: not valid JSON at character %2: %3.")
                                                .arg(m_source)
                                                .arg(parseError.offset)
                                                .arg(parseError.errorString()));
    if (!document.isObject())
        return Result<DeadlinePolicy>::fail(
            tr("%1: a deadline policy must be a JSON object with \"name\", \"title\" and "
               "\"rules\".")
                .arg(m_source));
    const QJsonObject top = document.object();
    DeadlinePolicy policy;
    policy.name = top.value(QLatin1String("name")).toString();
    policy.title = top.value(QLatin1String("title")).toString().trimmed();
    const QJsonValue rules = top.value(QLatin1String("rules"));
    if (!onlyKnownFields(top,
                         {QStringLiteral("about"), QStringLiteral("name"), QStringLiteral("title"),
                          QStringLiteral("region"), QStringLiteral("rules"),
                          // read by core/meeting/meeting_policy.cpp
                          QStringLiteral("meetings")},
                         {}) ||
        (!isIdentifier(policy.name) &&
         problem(QStringLiteral("name"),
                 tr("give the policy a short name in lower case, e.g. \"hackney\"."))) ||
        (policy.title.isEmpty() &&
         problem(QStringLiteral("title"),
                 tr("give the policy a title, e.g. \"London Borough of Hackney\"."))) ||
        ((!rules.isArray() || rules.toArray().isEmpty()) &&
         problem(QStringLiteral("rules"), tr("list at least one rule."))))
        return Result<DeadlinePolicy>::fail(m_error);
    if (top.contains(QLatin1String("region"))) {
        const QString code = top.value(QLatin1String("region")).toString();
        const auto region = calendar::regionFromCode(code);
        if (!region) {
            problem(QStringLiteral("region"),
                    tr("\"%1\" is not a region; use england-and-wales, scotland or "
                       "northern-ireland.")
                        .arg(code));
            return Result<DeadlinePolicy>::fail(m_error);
        }
        policy.region = *region;
    }

    const QJsonArray list = rules.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        const QString id = object.value(QLatin1String("id")).toString();
        m_rule =
            id.isEmpty() ? tr("rule %1").arg(i + 1) : tr("rule %1 (\"%2\")").arg(i + 1).arg(id);
        DeadlineRule rule;
        if (!list.at(i).isObject()) {
            problem({}, tr("each rule must be a JSON object."));
            return Result<DeadlinePolicy>::fail(m_error);
        }
        if (!readRule(object, rule))
            return Result<DeadlinePolicy>::fail(m_error);
        if (policy.rule(rule.id)) {
            problem(QStringLiteral("id"),
                    tr("another rule already has this id; each rule needs its own."));
            return Result<DeadlinePolicy>::fail(m_error);
        }
        policy.rules.append(rule);
    }
    return Result<DeadlinePolicy>::ok(policy);
}

bool PolicyReader::readRule(const QJsonObject& object, DeadlineRule& rule) {
    if (!onlyKnownFields(object,
                         {QStringLiteral("about"), QStringLiteral("id"), QStringLiteral("title"),
                          QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("due"),
                          QStringLiteral("warn_before"), QStringLiteral("repeats"),
                          QStringLiteral("condition"), QStringLiteral("responsible"),
                          QStringLiteral("source")},
                         {}))
        return false;
    rule.id = object.value(QLatin1String("id")).toString();
    if (!isIdentifier(rule.id))
        return problem(QStringLiteral("id"),
                       tr("give the rule a short id in lower case with underscores, e.g. "
                          "\"first_contact\"."));
    rule.title = object.value(QLatin1String("title")).toString().trimmed();
    if (rule.title.isEmpty())
        return problem(QStringLiteral("title"), tr("say in plain words what must happen."));
    if (!readEvent(object, QStringLiteral("start"), rule.startEvent) ||
        !readEvent(object, QStringLiteral("stop"), rule.stopEvent))
        return false;

    const QJsonValue repeats = object.value(QLatin1String("repeats"));
    if (!repeats.isUndefined() && !repeats.isBool())
        return problem(QStringLiteral("repeats"), tr("must be true or false."));
    rule.repeats = repeats.toBool(false);
    if (!rule.repeats && rule.startEvent == rule.stopEvent)
        return problem(QStringLiteral("stop"),
                       tr("the same event starts and stops this clock, so it would never run; "
                          "set \"repeats\": true for a regular event such as a meeting."));

    const auto due = readDuration(object, {}, QStringLiteral("due"), false);
    if (!due)
        return false;
    rule.due = *due;
    if (object.contains(QLatin1String("warn_before"))) {
        const auto warn = readDuration(object, {}, QStringLiteral("warn_before"), true);
        if (!warn)
            return false;
        if (warn->unit == rule.due.unit && warn->amount >= rule.due.amount)
            return problem(QStringLiteral("warn_before.amount"),
                           tr("the warning must come before the deadline, so it must be less "
                              "than %1.")
                               .arg(rule.due.amount));
        rule.warnBefore = *warn;
    } else {
        rule.warnBefore = Duration{0, rule.due.unit};
    }

    const QJsonValue condition = object.value(QLatin1String("condition"));
    if (!condition.isUndefined()) {
        const QJsonObject conditionObject = condition.toObject();
        if (!condition.isObject() ||
            !onlyKnownFields(
                conditionObject,
                {QStringLiteral("fact"), QStringLiteral("description"), QStringLiteral("due")},
                QStringLiteral("condition.")))
            return m_error.isEmpty() ? problem(QStringLiteral("condition"),
                                               tr("must be an object with \"fact\" and \"due\"."))
                                     : false;
        RuleCondition read;
        read.fact = conditionObject.value(QLatin1String("fact")).toString();
        read.description = conditionObject.value(QLatin1String("description")).toString().trimmed();
        if (!isIdentifier(read.fact))
            return problem(QStringLiteral("condition.fact"),
                           tr("name the fact in lower case with underscores, e.g. "
                              "\"child_not_in_school_or_setting\"."));
        const auto conditionDue = readDuration(conditionObject, QStringLiteral("condition."),
                                               QStringLiteral("due"), false);
        if (!conditionDue)
            return false;
        read.due = *conditionDue;
        rule.condition = read;
    }

    const QString responsible = object.value(QLatin1String("responsible")).toString();
    const auto who = responsibleFromCode(responsible);
    if (!who)
        return problem(QStringLiteral("responsible"),
                       tr("\"%1\" is not someone Kith knows; use lead_professional, manager or "
                          "recorder.")
                           .arg(responsible));
    rule.responsible = *who;
    rule.source = object.value(QLatin1String("source")).toString().trimmed();
    return true;
}

std::optional<Duration> PolicyReader::readDuration(const QJsonObject& parent, const QString& prefix,
                                                   const QString& field, bool allowZero) {
    const QJsonValue value = parent.value(field);
    if (!value.isObject()) {
        problem(prefix + field, tr("must be an object such as {\"amount\": 10, \"unit\": "
                                   "\"working_days\"}."));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    if (!onlyKnownFields(object, {QStringLiteral("amount"), QStringLiteral("unit")},
                         prefix + field + QLatin1Char('.')))
        return std::nullopt;
    const QJsonValue amount = object.value(QLatin1String("amount"));
    const double number = amount.toDouble(-1);
    const int least = allowZero ? 0 : 1;
    if (!amount.isDouble() || number != std::floor(number) || number < least ||
        number > kMaxAmount) {
        problem(prefix + field + QStringLiteral(".amount"),
                tr("must be a whole number from %1 to %2.").arg(least).arg(kMaxAmount));
        return std::nullopt;
    }
    const QString unitText = object.value(QLatin1String("unit")).toString();
    const auto unit = unitFromCode(unitText);
    if (!unit) {
        problem(prefix + field + QStringLiteral(".unit"),
                tr("\"%1\" is not a unit; use hours, working_days, calendar_days, weeks or "
                   "months.")
                    .arg(unitText));
        return std::nullopt;
    }
    return Duration{static_cast<int>(number), *unit};
}

bool PolicyReader::readEvent(const QJsonObject& object, const QString& field, QString& into) {
    into = object.value(field).toString();
    if (knownEventKinds().contains(into))
        return true;
    return problem(field, tr("\"%1\" is not an event Kith records; use one of %2.")
                              .arg(into, knownEventKinds().join(QStringLiteral(", "))));
}

bool PolicyReader::onlyKnownFields(const QJsonObject& object, const QStringList& allowed,
                                   const QString& prefix) {
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return problem(prefix + it.key(), tr("is not a field Kith knows (a spelling "
                                                 "mistake?); the fields here are %1.")
                                                  .arg(allowed.join(QStringLiteral(", "))));
    }
    return true;
}

bool PolicyReader::problem(const QString& field, const QString& what) {
    if (!m_error.isEmpty())
        return false;
    QString where = m_source;
    if (!m_rule.isEmpty())
        where = tr("%1, %2").arg(where, m_rule);
    m_error = field.isEmpty() ? tr("%1: %2").arg(where, what)
                              : tr("%1, field \"%2\": %3").arg(where, field, what);
    return false;
}

QJsonObject durationJson(const Duration& duration) {
    return {{QStringLiteral("amount"), duration.amount},
            {QStringLiteral("unit"), unitCode(duration.unit)}};
}

} // namespace

Result<DeadlinePolicy> DeadlinePolicy::fromJson(const QByteArray& json, const QString& sourceName) {
    return PolicyReader(sourceName).read(json);
}

QByteArray DeadlinePolicy::toJson() const {
    QJsonArray list;
    for (const DeadlineRule& rule : rules) {
        QJsonObject object{{QStringLiteral("id"), rule.id},
                           {QStringLiteral("title"), rule.title},
                           {QStringLiteral("start"), rule.startEvent},
                           {QStringLiteral("stop"), rule.stopEvent},
                           {QStringLiteral("due"), durationJson(rule.due)},
                           {QStringLiteral("warn_before"), durationJson(rule.warnBefore)},
                           {QStringLiteral("responsible"), responsibleCode(rule.responsible)}};
        if (rule.repeats)
            object.insert(QStringLiteral("repeats"), true);
        if (rule.condition)
            object.insert(QStringLiteral("condition"),
                          QJsonObject{{QStringLiteral("fact"), rule.condition->fact},
                                      {QStringLiteral("description"), rule.condition->description},
                                      {QStringLiteral("due"), durationJson(rule.condition->due)}});
        if (!rule.source.isEmpty())
            object.insert(QStringLiteral("source"), rule.source);
        list.append(object);
    }
    const QJsonObject top{{QStringLiteral("name"), name},
                          {QStringLiteral("title"), title},
                          {QStringLiteral("region"), calendar::regionCode(region)},
                          {QStringLiteral("rules"), list}};
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

} // namespace kith::policy
