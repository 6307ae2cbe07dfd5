#include "privacy/retention_policy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith::privacy {

RetentionPolicy RetentionPolicy::defaults() {
    return {QStringLiteral("default"),
            {{RetentionRule::Basis::YearsAfterLastActivity, 6},
             {RetentionRule::Basis::UntilYoungestChildAge, 25}}};
}

Result<RetentionPolicy> RetentionPolicy::fromJson(const QByteArray& json) {
    using Fail = Result<RetentionPolicy>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Fail::fail(tr("The retention policy is not valid JSON (at character %1): it "
                             "must be an object with \"name\" and \"rules\".")
                              .arg(error.offset));
    const QJsonObject root = document.object();
    RetentionPolicy policy;
    policy.name = root.value(QStringLiteral("name")).toString();
    if (policy.name.trimmed().isEmpty())
        return Fail::fail(tr("The retention policy needs a \"name\", such as \"Torbay 2026\"."));
    const QJsonValue rules = root.value(QStringLiteral("rules"));
    if (!rules.isArray() || rules.toArray().isEmpty())
        return Fail::fail(tr("The retention policy needs \"rules\": a list with at least one "
                             "rule."));
    int position = 0;
    for (const QJsonValue& value : rules.toArray()) {
        ++position;
        const QJsonObject rule = value.toObject();
        const QString basis = rule.value(QStringLiteral("basis")).toString();
        RetentionRule parsed;
        if (basis == QLatin1String("years_after_last_activity"))
            parsed.basis = RetentionRule::Basis::YearsAfterLastActivity;
        else if (basis == QLatin1String("until_youngest_child_age"))
            parsed.basis = RetentionRule::Basis::UntilYoungestChildAge;
        else
            return Fail::fail(tr("Rule %1: \"basis\" must be \"years_after_last_activity\" or "
                                 "\"until_youngest_child_age\".")
                                  .arg(position));
        const QJsonValue years = rule.value(QStringLiteral("years"));
        const double number = years.toDouble(-1);
        if (!years.isDouble() || number < 1 || number > 100 || number != static_cast<int>(number))
            return Fail::fail(
                tr("Rule %1: \"years\" must be a whole number from 1 to 100.").arg(position));
        parsed.years = static_cast<int>(number);
        policy.rules.append(parsed);
    }
    return Result<RetentionPolicy>::ok(policy);
}

QDate RetentionPolicy::keepUntil(const RetentionFacts& facts) const {
    QDate until = facts.lastActivity;
    for (const RetentionRule& rule : rules) {
        QDate ruleEnds;
        if (rule.basis == RetentionRule::Basis::YearsAfterLastActivity)
            ruleEnds = facts.lastActivity.addYears(rule.years);
        else if (facts.youngestChildBorn.isValid())
            ruleEnds = facts.youngestChildBorn.addYears(rule.years);
        if (ruleEnds.isValid() && ruleEnds > until)
            until = ruleEnds;
    }
    return until;
}

} // namespace kith::privacy
