#include "demo/demo_plan.h"

#include "assessment/assessment_model.h"
#include "demo/demo_batches.h"
#include "demo/demo_generator.h"
#include "plan/plan_json.h"
#include "plan/plan_rows.h"
#include "plan/plan_seed.h"
#include "store/record_writer.h"
#include "store/sql_support.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <array>

namespace kith::demo {
namespace {

using namespace plan;

constexpr std::uint64_t kPlanSalt = 0x9A7F1A11ULL;

struct DemoPlanned {
    QString familyId;
    QString leadId;
    QDateTime signedOffAt;
    assessment::Answers answers;
    QString parentId, parentName;
    QString childId, childName;
};

// What an outcome says and what the parent and the lead professional will do, for the
// first need whose text holds the key word.
struct Theme {
    const char* key;
    OutcomeHeading heading;
    const char* outcome;
    const char* parentAction;
    const char* parentMeasure;
    const char* workerAction;
    const char* workerMeasure;
};

const Theme kThemes[] = {
    {"school", OutcomeHeading::Education, "The children are in school every day, on time",
     "Walk the children to school by 8:45 every weekday", "9 of 10 school days each week",
     "Meet the school's attendance lead with the family every 2 weeks", "Notes of 3 meetings"},
    {"damp", OutcomeHeading::Housing, "The flat is dry and warm",
     "Report the damp to the landlord in writing", "Copy of the letter on file",
     "Ask environmental health to inspect within 4 weeks", "Inspection report received"},
    {"shouting", OutcomeHeading::FamilyRelationships, "Calmer evenings at home",
     "Use the calm-down plan at tea time 5 days a week",
     "The family's diary shows 5 calm evenings a week",
     "Book a place on the 8-week parenting course", "6 of 8 sessions attended"},
    {"routine", OutcomeHeading::FamilyRelationships, "Mornings run to a routine",
     "Put the morning chart on the fridge and use it each school day",
     "Chart filled in on 4 of 5 days", "Visit at 8am twice to help set up the routine",
     "2 morning visits done"},
    {"money", OutcomeHeading::FinancialStability, "The family's money goes further",
     "Bring the last 3 bank statements to the money advice session", "Session held",
     "Refer the family to Citizens Advice for a benefits check within 2 weeks",
     "Benefits check done and any new claim made"},
    {"GP", OutcomeHeading::Health, "The parents feel well enough to manage the mornings",
     "Book a GP appointment about feeling low by Friday", "Appointment attended",
     "Ring the family each Monday for 4 weeks", "4 calls made"},
    {"mentor", OutcomeHeading::Education, "The eldest has someone to talk to",
     "Go to the first 3 mentoring sessions", "3 sessions attended",
     "Refer the eldest to the school mentor scheme by the end of the month", "Referral accepted"},
};

const Theme& themeFor(const QString& need, int fallback) {
    for (const Theme& theme : kThemes) {
        if (need.contains(QLatin1String(theme.key), Qt::CaseInsensitive))
            return theme;
    }
    return kThemes[fallback % static_cast<int>(std::size(kThemes))];
}

QString text(const char* phrase) {
    return QString::fromUtf8(phrase);
}

QList<DemoPlanned> readFamilies(const QSqlDatabase& db) {
    QList<DemoPlanned> families;
    QHash<QString, qsizetype> index;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The first signed-off version of each family's assessment.
    query.exec(QStringLiteral(
        "SELECT v.family_id, a.started_by, v.approved_at, v.answers FROM assessment_version v "
        "JOIN assessment a ON a.id = v.assessment_id WHERE v.version = 1 AND NOT EXISTS "
        "(SELECT 1 FROM plan p WHERE p.family_id = v.family_id) ORDER BY v.rowid"));
    while (query.next()) {
        const QString familyId = query.value(0).toString();
        if (index.contains(familyId))
            continue;
        DemoPlanned family;
        family.familyId = familyId;
        family.leadId = query.value(1).toString();
        family.signedOffAt = sql::toDateTime(query.value(2));
        const QJsonObject answers =
            QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        for (const QString& path : {kWorriesPath, kSupportPath})
            family.answers.insert(path, answers.value(path));
        index.insert(familyId, families.size());
        families.append(family);
    }
    query.exec(QStringLiteral("SELECT family_id, id, role, given_name, family_name FROM person "
                              "WHERE unborn = 0 ORDER BY date_of_birth, id"));
    while (query.next()) {
        const auto found = index.constFind(query.value(0).toString());
        if (found == index.cend())
            continue;
        DemoPlanned& family = families[*found];
        const QString role = query.value(2).toString();
        const QString name =
            QStringLiteral("%1 %2").arg(query.value(3).toString(), query.value(4).toString());
        const bool parent = role == QLatin1String("parent") || role == QLatin1String("carer");
        const bool child = role == QLatin1String("child") || role == QLatin1String("young_person");
        if (parent && family.parentId.isEmpty())
            std::tie(family.parentId, family.parentName) =
                std::pair{query.value(1).toString(), name};
        if (child && family.childId.isEmpty())
            std::tie(family.childId, family.childName) = std::pair{query.value(1).toString(), name};
    }
    return families;
}

class PlanMaker {
public:
    PlanMaker(store::RecordWriter& writer, DemoRandom& random, const QHash<QString, QString>& names,
              QDate today)
        : m_writer(writer)
        , m_random(random)
        , m_names(names)
        , m_today(today) {}

    Status make(const DemoPlanned& family);

private:
    Status insert(const QString& table, const QVariantMap& fields) {
        const auto inserted = m_writer.insert(table, fields);
        return inserted ? okStatus() : Status::fail(inserted.error());
    }
    Plan draw(const DemoPlanned& family, QDate agreedOn);
    ActionStatus statusSince(QDate due, bool agreed);

    store::RecordWriter& m_writer;
    DemoRandom& m_random;
    const QHash<QString, QString>& m_names;
    QDate m_today;
};

// The plan as written at the first meeting (every action not started yet).
Plan PlanMaker::draw(const DemoPlanned& family, QDate agreedOn) {
    Plan plan;
    plan.id = m_random.uuid();
    plan.familyId = family.familyId;
    const QString leadName = m_names.value(family.leadId);
    int fallback = m_random.below(100);
    for (PlanNeed need : needsFromAnswers(family.answers)) {
        need.id = m_random.uuid();
        plan.needs.append(need);
        const Theme& theme = themeFor(need.text, fallback++);
        const PlanOutcome outcome{m_random.uuid(), need.id, theme.heading, text(theme.outcome),
                                  false};
        plan.outcomes.append(outcome);
        PlanAction parent;
        parent.id = m_random.uuid();
        parent.outcomeId = outcome.id;
        parent.what = text(theme.parentAction);
        parent.owner = {OwnerKind::FamilyMember, family.parentId, {}, family.parentName};
        parent.dueOn = agreedOn.addDays(m_random.between(7, 56));
        parent.howWeWillKnow = text(theme.parentMeasure);
        parent.support = m_random.chance(60) ? QStringLiteral("Lead professional's visits and "
                                                              "reminders")
                                             : QString();
        plan.actions.append(parent);
        PlanAction worker;
        worker.id = m_random.uuid();
        worker.outcomeId = outcome.id;
        worker.what = text(theme.workerAction);
        worker.owner = {OwnerKind::Professional, {}, family.leadId, leadName};
        worker.dueOn = agreedOn.addDays(m_random.between(7, 70));
        worker.howWeWillKnow = text(theme.workerMeasure);
        worker.support =
            m_random.chance(50) ? QStringLiteral("Lead professional's time") : QString();
        // Now and then a vague one slips through, for the SMART check to find.
        if (m_random.chance(15)) {
            worker.what = QStringLiteral("Support the family to engage with services");
            worker.howWeWillKnow.clear();
        }
        plan.actions.append(worker);
    }
    plan.familyViews = m_random.pick(std::array{
        QStringLiteral("We want things to be calmer and the children to be happy at school."),
        QStringLiteral("We know what needs to change; we need a hand to get started."),
        QStringLiteral("Mostly right, but we want help with money first."),
    });
    if (!family.childId.isEmpty()) {
        const bool present = m_random.chance(40);
        plan.childViews.append({m_random.uuid(), family.childId, family.childName,
                                m_random.pick(std::array{
                                    QStringLiteral("I want everyone to be less tired."),
                                    QStringLiteral("I like it when we eat tea together."),
                                    QStringLiteral("I want to stay at my school."),
                                }),
                                present,
                                present ? QString()
                                        : QStringLiteral("Talked with the lead professional at "
                                                         "school the week before"),
                                false});
    }
    plan.confidence.append(
        {m_random.uuid(), m_random.between(4, 8), family.parentName, family.parentId});
    plan.confidence.append({m_random.uuid(), m_random.between(5, 9), leadName, {}});
    plan.ifNothingChanges =
        QStringLiteral("The children will keep missing school and the worries will grow; the "
                       "next step would be a request to children's social care.");
    return plan;
}

// Where an agreed action stands today: past its date, mostly done, sometimes not.
ActionStatus PlanMaker::statusSince(QDate due, bool agreed) {
    if (!agreed)
        return ActionStatus::NotStarted;
    const int roll = m_random.below(100);
    if (due < m_today)
        return roll < 60
                   ? ActionStatus::Done
                   : (roll < 75
                          ? ActionStatus::NotDone
                          : (roll < 85 ? ActionStatus::NoLongerNeeded : ActionStatus::InProgress));
    return roll < 50 ? ActionStatus::InProgress : ActionStatus::NotStarted;
}

Status PlanMaker::make(const DemoPlanned& family) {
    const QDate signedOff = family.signedOffAt.date();
    // Most plans were agreed at a first meeting one to three weeks after sign-off.
    const QDate agreedOn =
        std::min(signedOff.addDays(m_random.between(7, 21)), m_today.addDays(-1));
    const bool agreed = m_random.chance(75);
    Plan plan = draw(family, agreed ? agreedOn : m_today.addDays(m_random.between(3, 10)));
    const QVariant at =
        sql::fromDateTime(QDateTime(agreed ? agreedOn : m_today, QTime(11, 0), Qt::UTC));
    const rows::Place place{plan.id, plan.familyId, 0};
    QList<ActionStatus> now;
    for (const PlanAction& action : std::as_const(plan.actions))
        now.append(statusSince(action.dueOn, agreed));
    const bool moved = std::any_of(now.cbegin(), now.cend(),
                                   [](ActionStatus s) { return s != ActionStatus::NotStarted; });
    const PlanStatus status = agreed && !moved ? PlanStatus::Agreed : PlanStatus::Draft;
    if (Status done =
            insert(rows::kPlan, {{QStringLiteral("id"), plan.id},
                                 {QStringLiteral("family_id"), plan.familyId},
                                 {QStringLiteral("status"), planStatusCode(status)},
                                 {QStringLiteral("version"), agreed ? 1 : 0},
                                 {QStringLiteral("family_views"), plan.familyViews},
                                 {QStringLiteral("if_nothing_changes"), plan.ifNothingChanges},
                                 {QStringLiteral("created_at"), at},
                                 {QStringLiteral("created_by"), family.leadId},
                                 {QStringLiteral("updated_at"), at}});
        !done)
        return done;
    const auto each = [&](const QString& table, const auto& items, auto columns) -> Status {
        int position = 0;
        for (const auto& item : items) {
            if (Status done =
                    insert(table, rows::newRow(item.id, {place.planId, place.familyId, position++},
                                               columns(item), table != rows::kChildView));
                !done)
                return done;
        }
        return okStatus();
    };
    if (agreed) {
        plan.version = 1;
        plan.status = PlanStatus::Agreed;
        const QString snapshot = QString::fromUtf8(
            QJsonDocument(planToJson(plan, agreedOn)).toJson(QJsonDocument::Compact));
        if (Status done = insert(rows::kVersion, {{QStringLiteral("id"), m_random.uuid()},
                                                  {QStringLiteral("family_id"), plan.familyId},
                                                  {QStringLiteral("plan_id"), plan.id},
                                                  {QStringLiteral("version"), 1},
                                                  {QStringLiteral("meeting_id"), QVariant()},
                                                  {QStringLiteral("snapshot"), snapshot},
                                                  {QStringLiteral("agreed_by"), family.leadId},
                                                  {QStringLiteral("agreed_at"), at}});
            !done)
            return done;
    }
    for (qsizetype i = 0; i < plan.actions.size(); ++i)
        plan.actions[i].status = now.at(i);
    Status done = each(rows::kNeed, plan.needs, &rows::needColumns);
    if (done)
        done = each(rows::kOutcome, plan.outcomes, &rows::outcomeColumns);
    if (done)
        done = each(rows::kAction, plan.actions, &rows::actionColumns);
    if (done)
        done = each(rows::kChildView, plan.childViews, &rows::childViewColumns);
    if (done)
        done = each(rows::kConfidence, plan.confidence, &rows::confidenceColumns);
    return done;
}

} // namespace

Status addDemoPlans(const Database& database, std::uint64_t seed, const QDate& today) {
    const QSqlDatabase db = database.connection();
    QHash<QString, QString> names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT id, name FROM professional"));
    while (query.next())
        names.insert(query.value(0).toString(), query.value(1).toString());
    const QList<DemoPlanned> families = readFamilies(db);
    if (families.isEmpty())
        return okStatus();

    DemoRandom random(seed ^ kPlanSalt);
    store::RecordWriter writer(db, database.clock(), database.deviceId());
    writer.setActor(QStringLiteral("demo"));
    PlanMaker maker(writer, random, names, std::min(today, database.clock().today()));
    return inBatches(database, writer, families,
                     [&](const auto& family, qsizetype) { return maker.make(family); });
}

} // namespace kith::demo
