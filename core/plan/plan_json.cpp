#include "plan/plan_json.h"

#include "plan/rag.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kith::plan {
namespace {

const QString kKind = QStringLiteral("kith.plan");
constexpr int kFormat = 1;

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject ownerToJson(const ActionOwner& owner) {
    QJsonObject object{{QStringLiteral("kind"), ownerKindCode(owner.kind)},
                       {QStringLiteral("name"), owner.name}};
    if (owner.kind == OwnerKind::FamilyMember)
        object.insert(QStringLiteral("person_id"), textOrNull(owner.personId));
    else
        object.insert(QStringLiteral("professional_id"), textOrNull(owner.professionalId));
    return object;
}

QJsonObject actionToJson(const PlanAction& action, QDate today) {
    return {{QStringLiteral("id"), action.id},
            {QStringLiteral("outcome_id"), action.outcomeId},
            {QStringLiteral("what"), action.what},
            {QStringLiteral("owner"), ownerToJson(action.owner)},
            {QStringLiteral("due_on"), action.dueOn.isValid()
                                           ? QJsonValue(action.dueOn.toString(Qt::ISODate))
                                           : QJsonValue()},
            {QStringLiteral("how_we_will_know"), action.howWeWillKnow},
            {QStringLiteral("support"), action.support},
            {QStringLiteral("status"), actionStatusCode(action.status)},
            {QStringLiteral("rag"), ragCode(ragOf(action, today))},
            {QStringLiteral("confidential"), action.confidential},
            {QStringLiteral("about_person_id"), textOrNull(action.aboutPersonId)}};
}

// Reads one object's fields, naming the field (with where it is) in every refusal.
class Reader {
    Q_DECLARE_TR_FUNCTIONS(kith::plan::PlanJson)

public:
    Reader(const QJsonObject& object, QString where)
        : m_object(object)
        , m_where(std::move(where)) {}

    QString text(const char* key, bool required = false) {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isString() && !(required && value.toString().trimmed().isEmpty()))
            return value.toString();
        if ((value.isNull() || value.isUndefined()) && !required)
            return {};
        fail(key, required ? tr("it must be text and not empty") : tr("it must be text"));
        return {};
    }
    bool flag(const char* key) {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            fail(key, tr("it must be true or false"));
        return value.toBool();
    }
    int integer(const char* key, int low, int high) {
        const QJsonValue value = m_object.value(QLatin1String(key));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != static_cast<int>(number) || number < low ||
            number > high) {
            fail(key, tr("it must be a whole number from %1 to %2").arg(low).arg(high));
            return low;
        }
        return static_cast<int>(number);
    }
    QDate date(const char* key) {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        const QDate parsed = QDate::fromString(value, Qt::ISODate);
        if (!parsed.isValid())
            fail(key, tr("it must be a date written YYYY-MM-DD"));
        return parsed;
    }
    // A code; when `optional`, a missing one is the fallback.
    template <typename Enum>
    Enum code(const char* key, std::optional<Enum> (*fromCode)(const QString&), Enum fallback,
              bool optional = false) {
        const QJsonValue given = m_object.value(QLatin1String(key));
        if (optional && (given.isUndefined() || given.isNull()))
            return fallback;
        const QString value = text(key, true);
        if (value.isEmpty())
            return fallback;
        const std::optional<Enum> parsed = fromCode(value);
        if (!parsed)
            fail(key, tr("\"%1\" is not one of the codes it can have").arg(value));
        return parsed.value_or(fallback);
    }
    QJsonArray array(const char* key) {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            fail(key, tr("it must be a list"));
        return value.toArray();
    }
    QString error() const { return m_error; }

private:
    void fail(const char* key, const QString& why) {
        if (m_error.isEmpty())
            m_error = tr("%1 \"%2\": %3.").arg(m_where, QLatin1String(key), why);
    }

    QJsonObject m_object;
    QString m_where;
    QString m_error;
};

// Reads each object of a list with `read`, stopping at the first refusal.
template <typename Item, typename Read>
QString readList(const QJsonArray& array, const QString& what, QList<Item>& into, Read read) {
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(what).arg(i);
        if (!array.at(i).isObject())
            return PlanJson::tr("%1: each entry must be an object.").arg(where);
        Reader reader(array.at(i).toObject(), where);
        Item item = read(reader, array.at(i).toObject());
        if (!reader.error().isEmpty())
            return reader.error();
        into.append(std::move(item));
    }
    return {};
}

ActionOwner ownerFrom(const QJsonObject& object, QString& error) {
    ActionOwner owner;
    const QJsonValue value = object.value(QStringLiteral("owner"));
    if (value.isUndefined() || value.isNull())
        return owner;
    if (!value.isObject()) {
        error = PlanJson::tr("\"owner\" must be an object with \"kind\" and \"name\".");
        return owner;
    }
    Reader inner(value.toObject(), QStringLiteral("owner"));
    owner.kind = inner.code("kind", &ownerKindFromCode, OwnerKind::FamilyMember);
    owner.personId = inner.text("person_id");
    owner.professionalId = inner.text("professional_id");
    owner.name = inner.text("name");
    error = inner.error();
    return owner;
}

} // namespace

QJsonObject planToJson(const Plan& plan, QDate today) {
    QJsonArray needs;
    for (const PlanNeed& need : plan.needs)
        needs.append(
            QJsonObject{{QStringLiteral("id"), need.id},
                        {QStringLiteral("text"), need.text},
                        {QStringLiteral("source_path"), textOrNull(need.sourcePath)},
                        {QStringLiteral("confidential"), need.confidential},
                        {QStringLiteral("about_person_id"), textOrNull(need.aboutPersonId)}});
    QJsonArray outcomes;
    for (const PlanOutcome& outcome : plan.outcomes)
        outcomes.append(
            QJsonObject{{QStringLiteral("id"), outcome.id},
                        {QStringLiteral("need_id"), textOrNull(outcome.needId)},
                        {QStringLiteral("heading"), headingCode(outcome.heading)},
                        {QStringLiteral("heading_title"), PlanLabels::heading(outcome.heading)},
                        {QStringLiteral("text"), outcome.text},
                        {QStringLiteral("confidential"), outcome.confidential}});
    QJsonArray actions;
    for (const PlanAction& action : plan.actions)
        actions.append(actionToJson(action, today));
    QJsonArray children;
    for (const ChildView& view : plan.childViews)
        children.append(QJsonObject{{QStringLiteral("id"), view.id},
                                    {QStringLiteral("child_id"), view.childId},
                                    {QStringLiteral("child_name"), view.childName},
                                    {QStringLiteral("words"), view.words},
                                    {QStringLiteral("present"), view.present},
                                    {QStringLiteral("how_gathered"), view.howGathered},
                                    {QStringLiteral("confidential"), view.confidential}});
    QJsonArray confidence;
    for (const ConfidenceScore& score : plan.confidence)
        confidence.append(QJsonObject{{QStringLiteral("id"), score.id},
                                      {QStringLiteral("score"), score.score},
                                      {QStringLiteral("by"), score.byName},
                                      {QStringLiteral("person_id"), textOrNull(score.personId)}});
    return {{QStringLiteral("kind"), kKind},
            {QStringLiteral("format"), kFormat},
            {QStringLiteral("plan_id"), plan.id},
            {QStringLiteral("family_id"), plan.familyId},
            {QStringLiteral("assessment_id"), textOrNull(plan.assessmentId)},
            {QStringLiteral("status"), planStatusCode(plan.status)},
            {QStringLiteral("version"), plan.version},
            {QStringLiteral("exported_on"), today.toString(Qt::ISODate)},
            {QStringLiteral("needs"), needs},
            {QStringLiteral("outcomes"), outcomes},
            {QStringLiteral("actions"), actions},
            {QStringLiteral("family_views"), plan.familyViews},
            {QStringLiteral("child_views"), children},
            {QStringLiteral("confidence"), confidence},
            {QStringLiteral("if_nothing_changes"), plan.ifNothingChanges}};
}

Result<Plan> PlanJson::fromJson(const QJsonObject& object) {
    using R = Result<Plan>;
    if (object.value(QStringLiteral("kind")).toString() != kKind)
        return R::fail(tr("This is not a Kith plan document: \"kind\" must be \"%1\". Export one "
                          "with kithctl plan export.")
                           .arg(kKind));
    Reader top(object, tr("The plan"));
    Plan plan;
    plan.id = top.text("plan_id");
    plan.familyId = top.text("family_id");
    plan.assessmentId = top.text("assessment_id");
    plan.status = top.code("status", &planStatusFromCode, PlanStatus::Draft, true);
    plan.version =
        object.contains(QStringLiteral("version")) ? top.integer("version", 0, 100000) : 0;
    plan.familyViews = top.text("family_views");
    plan.ifNothingChanges = top.text("if_nothing_changes");
    const QJsonArray needs = top.array("needs");
    const QJsonArray outcomes = top.array("outcomes");
    const QJsonArray actions = top.array("actions");
    const QJsonArray children = top.array("child_views");
    const QJsonArray confidence = top.array("confidence");
    if (!top.error().isEmpty())
        return R::fail(top.error());

    QString error =
        readList(needs, QStringLiteral("needs"), plan.needs, [](Reader& r, const QJsonObject&) {
            return PlanNeed{r.text("id"), r.text("text", true), r.text("source_path"),
                            r.flag("confidential"), r.text("about_person_id")};
        });
    if (error.isEmpty())
        error = readList(
            outcomes, QStringLiteral("outcomes"), plan.outcomes, [](Reader& r, const QJsonObject&) {
                PlanOutcome outcome;
                outcome.id = r.text("id");
                outcome.needId = r.text("need_id");
                outcome.heading =
                    r.code("heading", &headingFromCode, OutcomeHeading::FamilyRelationships);
                outcome.text = r.text("text", true);
                outcome.confidential = r.flag("confidential");
                return outcome;
            });
    QString ownerError;
    if (error.isEmpty())
        error = readList(actions, QStringLiteral("actions"), plan.actions,
                         [&ownerError](Reader& r, const QJsonObject& o) {
                             PlanAction action;
                             action.id = r.text("id");
                             action.outcomeId = r.text("outcome_id");
                             action.what = r.text("what", true);
                             if (ownerError.isEmpty())
                                 action.owner = ownerFrom(o, ownerError);
                             action.dueOn = r.date("due_on");
                             action.howWeWillKnow = r.text("how_we_will_know");
                             action.support = r.text("support");
                             action.status = r.code("status", &actionStatusFromCode,
                                                    ActionStatus::NotStarted, true);
                             action.confidential = r.flag("confidential");
                             action.aboutPersonId = r.text("about_person_id");
                             return action;
                         });
    if (error.isEmpty() && !ownerError.isEmpty())
        error = tr("actions: %1").arg(ownerError);
    if (error.isEmpty())
        error = readList(children, QStringLiteral("child_views"), plan.childViews,
                         [](Reader& r, const QJsonObject&) {
                             ChildView view;
                             view.id = r.text("id");
                             view.childId = r.text("child_id");
                             view.childName = r.text("child_name");
                             view.words = r.text("words");
                             view.present = r.flag("present");
                             view.howGathered = r.text("how_gathered");
                             view.confidential = r.flag("confidential");
                             return view;
                         });
    if (error.isEmpty())
        error = readList(confidence, QStringLiteral("confidence"), plan.confidence,
                         [](Reader& r, const QJsonObject&) {
                             ConfidenceScore score;
                             score.id = r.text("id");
                             score.score = r.integer("score", 0, 10);
                             score.byName = r.text("by");
                             score.personId = r.text("person_id");
                             return score;
                         });
    if (!error.isEmpty())
        return R::fail(error);
    return R::ok(std::move(plan));
}

Result<Plan> PlanJson::fromBytes(const QByteArray& bytes) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<Plan>::fail(tr("The file is not valid JSON (%1 at character %2).")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset));
    if (!document.isObject())
        return Result<Plan>::fail(tr("The file must hold one JSON object: a Kith plan document."));
    return fromJson(document.object());
}

} // namespace kith::plan
