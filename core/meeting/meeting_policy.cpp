#include "meeting/meeting_policy.h"

#include "due/due_settings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace kith::meeting {
namespace {

// Reads the optional "meetings" object; the first problem found is kept with its field.
class MeetingPolicyReader {
    Q_DECLARE_TR_FUNCTIONS(kith::meeting::MeetingPolicy)

public:
    explicit MeetingPolicyReader(QString source)
        : m_source(std::move(source)) {}

    Result<MeetingPolicy> read(const QJsonObject& top, const policy::DeadlinePolicy& deadlines) {
        MeetingPolicy result;
        result.region = deadlines.region;
        // Without a "circulate_within", the policy's rule for sending the plan out gives it.
        for (const policy::DeadlineRule& rule : deadlines.rules) {
            if (rule.startEvent == QLatin1String("taf_held") &&
                rule.stopEvent == QLatin1String("plan_circulated"))
                result.circulateWithin = rule.due;
        }
        const QJsonValue meetings = top.value(QLatin1String("meetings"));
        if (meetings.isUndefined())
            return Result<MeetingPolicy>::ok(result);
        if (!meetings.isObject())
            return fail(QStringLiteral("meetings"), tr("must be an object"));
        const QJsonObject object = meetings.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != QLatin1String("next_review") &&
                it.key() != QLatin1String("circulate_within") &&
                it.key() != QLatin1String("source"))
                return fail(QStringLiteral("meetings.") + it.key(),
                            tr("is not a setting Kith knows; use \"next_review\" or "
                               "\"circulate_within\""));
        }
        if (object.contains(QLatin1String("next_review"))) {
            if (!readInterval(object.value(QLatin1String("next_review")), result.nextReview))
                return Result<MeetingPolicy>::fail(m_error);
        }
        if (object.contains(QLatin1String("circulate_within"))) {
            if (!readDuration(object.value(QLatin1String("circulate_within")),
                              result.circulateWithin))
                return Result<MeetingPolicy>::fail(m_error);
        }
        return Result<MeetingPolicy>::ok(result);
    }

private:
    Result<MeetingPolicy> fail(const QString& field, const QString& what) {
        problem(field, what);
        return Result<MeetingPolicy>::fail(m_error);
    }
    bool problem(const QString& field, const QString& what) {
        m_error = tr("%1: \"%2\" %3.").arg(m_source, field, what);
        return false;
    }

    bool readWeeks(const QJsonObject& object, const char* key, int& into) {
        const QString field = QStringLiteral("meetings.next_review.") + QLatin1String(key);
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        const double weeks = value.toDouble(-1);
        if (!value.isDouble() || weeks != static_cast<int>(weeks) || weeks < 1 ||
            weeks > ReviewInterval::kAbsoluteMaxWeeks)
            return problem(field, tr("must be a whole number of weeks from 1 to 12 (a review "
                                     "is never more than 12 weeks away)"));
        into = static_cast<int>(weeks);
        return true;
    }

    bool readInterval(const QJsonValue& value, ReviewInterval& into) {
        if (!value.isObject())
            return problem(QStringLiteral("meetings.next_review"),
                           tr("must be an object with \"default_weeks\", \"min_weeks\" and "
                              "\"max_weeks\""));
        const QJsonObject object = value.toObject();
        if (!readWeeks(object, "default_weeks", into.defaultWeeks) ||
            !readWeeks(object, "min_weeks", into.minWeeks) ||
            !readWeeks(object, "max_weeks", into.maxWeeks))
            return false;
        if (into.minWeeks > into.defaultWeeks || into.defaultWeeks > into.maxWeeks)
            return problem(QStringLiteral("meetings.next_review"),
                           tr("must have min_weeks <= default_weeks <= max_weeks"));
        return true;
    }

    bool readDuration(const QJsonValue& value, policy::Duration& into) {
        const QString field = QStringLiteral("meetings.circulate_within");
        const QJsonObject object = value.toObject();
        const auto unit = policy::unitFromCode(object.value(QLatin1String("unit")).toString());
        const double amount = object.value(QLatin1String("amount")).toDouble(-1);
        const bool dayBased =
            unit && *unit != policy::DurationUnit::Hours && *unit != policy::DurationUnit::Months;
        if (!value.isObject() || !dayBased || amount != static_cast<int>(amount) || amount < 1 ||
            amount > 60)
            return problem(field, tr("must be like {\"amount\": 5, \"unit\": \"working_days\"} "
                                     "(a whole number from 1 to 60; unit working_days, "
                                     "calendar_days or weeks)"));
        into = {static_cast<int>(amount), *unit};
        return true;
    }

    QString m_source;
    QString m_error;
};

// The council's own policy document kept in the store (DueSettings keeps it), if any.
QByteArray councilPolicyJson(const Database& database) {
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT value FROM store_meta WHERE key = ?"));
    query.addBindValue(QStringLiteral("deadline_policy_json"));
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString().toUtf8();
}

} // namespace

Result<MeetingPolicy> MeetingPolicy::fromPolicyJson(const QByteArray& json,
                                                    const QString& sourceName) {
    const auto deadlines = policy::DeadlinePolicy::fromJson(json, sourceName);
    if (!deadlines)
        return Result<MeetingPolicy>::fail(deadlines.error());
    const QJsonObject top = QJsonDocument::fromJson(json).object();
    return MeetingPolicyReader(sourceName).read(top, deadlines.value());
}

Result<MeetingPolicy> MeetingPolicy::forStore(const Database& database) {
    const QByteArray council = councilPolicyJson(database);
    if (!council.isEmpty())
        return fromPolicyJson(council, tr("the council's policy"));
    const QString path =
        QStringLiteral(":/policies/%1.json").arg(due::DueSettings::policyName(database));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<MeetingPolicy>::fail(
            tr("%1 cannot be read; Kith was built without its policy presets.").arg(path));
    return fromPolicyJson(file.readAll(), path);
}

} // namespace kith::meeting
