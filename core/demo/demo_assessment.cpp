#include "demo/demo_assessment.h"

#include "assessment/assessment_model.h"
#include "assessment/form_library.h"
#include "demo/demo_batches.h"
#include "demo/demo_generator.h"
#include "store/record_writer.h"
#include "store/sql_support.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace kith::demo {
namespace {

using namespace assessment;

constexpr std::uint64_t kAssessmentSalt = 0xE4A55E55ULL;

struct DemoChild {
    QString id;
    QDate born;
};

struct DemoAssessed {
    QString familyId;
    QString leadId;
    QString stage;
    bool consent = false;
    QList<DemoChild> children;
};

const char* const kPast[] = {
    "Dad left last year and Mum has brought the children up on her own since.",
    "The family moved from Plymouth two years ago to be near Nan.",
    "There were arguments at home for a long time; things calmed down in the spring.",
};
const char* const kNow[] = {
    "Money is tight since Mum's hours were cut, and the flat is damp.",
    "The eldest has stopped going to school most Mondays.",
    "Mum feels low and finds the mornings hard.",
};
const char* const kWorries[] = {
    "We worry the children are missing school and falling behind.",
    "We are worried about the damp and the children's coughs.",
    "Mum is worried she is shouting more and the little one is scared.",
};
const char* const kGoingWell[] = {
    "Nan helps with the school run. The children love football club.",
    "The family are close and talk things through at tea time.",
    "Mum has kept every appointment and asked for help herself.",
};
const char* const kSupport[] = {
    "Help with a morning routine and someone to talk to about money.",
    "A parenting course and help to get the landlord to fix the damp.",
    "Time for Mum to see her GP, and a mentor for the eldest.",
};
const char* const kViews[] = {
    "I like school when my friends are there. I don't like it when Mum is sad.",
    "I want my own room and for people to stop shouting.",
    "Football is the best bit of the week.",
};
const char* const kObservations[] = {
    "Smiled and babbled at Mum; settled quickly when picked up.",
    "Played with the blocks on the floor and brought them over to show us.",
    "Stayed close to Mum and watched us quietly; joined in after a while.",
};

QString text(const char* const phrase) {
    return QString::fromUtf8(phrase);
}

QList<DemoAssessed> readFamilies(const QSqlDatabase& db) {
    QList<DemoAssessed> families;
    QHash<QString, qsizetype> index;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT e.family_id, e.lead_professional_id, e.stage FROM episode e WHERE e.closed_at "
        "IS NULL AND e.lead_professional_id IS NOT NULL AND e.stage IN "
        "('assessing','assessed','planned','reviewing') AND NOT EXISTS (SELECT 1 FROM "
        "assessment a WHERE a.family_id = e.family_id) ORDER BY e.rowid"));
    while (query.next()) {
        if (index.contains(query.value(0).toString()))
            continue;
        index.insert(query.value(0).toString(), families.size());
        families.append({query.value(0).toString(),
                         query.value(1).toString(),
                         query.value(2).toString(),
                         false,
                         {}});
    }
    query.exec(QStringLiteral("SELECT family_id, id, date_of_birth FROM person WHERE unborn = 0 "
                              "AND role IN ('child','young_person') ORDER BY date_of_birth, id"));
    while (query.next()) {
        if (const auto found = index.constFind(query.value(0).toString()); found != index.cend())
            families[*found].children.append(
                {query.value(1).toString(),
                 QDate::fromString(query.value(2).toString(), Qt::ISODate)});
    }
    // Consent in force: given for the family and not withdrawn since.
    query.exec(QStringLiteral(
        "SELECT family_id FROM consent_record WHERE subject_person_id IS NULL GROUP BY family_id "
        "HAVING max(CASE WHEN event = 'withdrawn' THEN given_on END) IS NULL"));
    while (query.next()) {
        if (const auto found = index.constFind(query.value(0).toString()); found != index.cend())
            families[*found].consent = true;
    }
    return families;
}

class AssessmentMaker {
public:
    AssessmentMaker(store::RecordWriter& writer, DemoRandom& random, const FormDefinition& form,
                    QDate today, QDateTime now)
        : m_writer(writer)
        , m_random(random)
        , m_form(form)
        , m_today(today)
        , m_now(std::move(now)) {}

    Status make(const DemoAssessed& family, qsizetype index, const QString& managerId);

private:
    Status insert(const QString& table, const QVariantMap& fields) {
        const auto inserted = m_writer.insert(table, fields);
        return inserted ? okStatus() : Status::fail(inserted.error());
    }
    Status answer(const QString& path, const QJsonValue& value, int version);
    Status review(ReviewAction action, const QString& by, const QString& comments, int version);
    Status allAnswers(const DemoAssessed& family, bool partly);

    store::RecordWriter& m_writer;
    DemoRandom& m_random;
    const FormDefinition& m_form;
    QDate m_today;
    QDateTime m_now;
    QDateTime m_at; // the moment of the next write for the family being made
    QString m_familyId, m_assessmentId, m_by;
    QHash<QString, QString> m_answerIds;
    Answers m_answers;
    bool m_returnedDone = false;
};

Status AssessmentMaker::answer(const QString& path, const QJsonValue& value, int version) {
    m_at = m_at.addSecs(m_random.between(30, 600));
    const QVariant at = sql::fromDateTime(m_at);
    const QString encoded = encodeValue(value);
    const auto known = m_answerIds.constFind(path);
    if (known != m_answerIds.cend()) {
        if (Status done = m_writer.update(QStringLiteral("assessment_answer"), *known,
                                          {{QStringLiteral("value"), encoded},
                                           {QStringLiteral("updated_at"), at},
                                           {QStringLiteral("updated_by"), m_by}});
            !done)
            return done;
    } else {
        const QString id = m_random.uuid();
        m_answerIds.insert(path, id);
        if (Status done = insert(QStringLiteral("assessment_answer"),
                                 {{QStringLiteral("id"), id},
                                  {QStringLiteral("family_id"), m_familyId},
                                  {QStringLiteral("assessment_id"), m_assessmentId},
                                  {QStringLiteral("path"), path},
                                  {QStringLiteral("value"), encoded},
                                  {QStringLiteral("updated_at"), at},
                                  {QStringLiteral("updated_by"), m_by}});
            !done)
            return done;
    }
    m_answers.insert(path, value);
    return insert(QStringLiteral("assessment_contribution"),
                  {{QStringLiteral("id"), m_random.uuid()},
                   {QStringLiteral("family_id"), m_familyId},
                   {QStringLiteral("assessment_id"), m_assessmentId},
                   {QStringLiteral("version"), version},
                   {QStringLiteral("path"), path},
                   {QStringLiteral("value"), encoded},
                   {QStringLiteral("contributed_by"), m_by},
                   {QStringLiteral("contributed_at"), at}});
}

Status AssessmentMaker::review(ReviewAction action, const QString& by, const QString& comments,
                               int version) {
    m_at = m_at.addDays(m_random.between(1, 3));
    return insert(QStringLiteral("assessment_review"),
                  {{QStringLiteral("id"), m_random.uuid()},
                   {QStringLiteral("family_id"), m_familyId},
                   {QStringLiteral("assessment_id"), m_assessmentId},
                   {QStringLiteral("version"), version},
                   {QStringLiteral("action"), reviewActionCode(action)},
                   {QStringLiteral("comments"), sql::fromText(comments)},
                   {QStringLiteral("decided_by"), by},
                   {QStringLiteral("decided_at"), sql::fromDateTime(m_at)}});
}

// Every required answer, or (partly) about half of them, in the form's order.
Status AssessmentMaker::allAnswers(const DemoAssessed& family, bool partly) {
    const auto give = [&](const QString& path, const QJsonValue& value) {
        return partly && m_random.chance(50) ? okStatus() : answer(path, value, 1);
    };
    const std::pair<const char*, const char* const*> narrative[] = {
        {"story/past", kPast},         {"story/now", kNow},
        {"worries/worries", kWorries}, {"going_well/strengths", kGoingWell},
        {"support/support", kSupport},
    };
    for (const auto& [path, phrases] : narrative) {
        if (Status done = give(QLatin1String(path), text(phrases[m_random.below(3)])); !done)
            return done;
    }
    for (const DemoChild& child : family.children) {
        const bool young = child.born.isValid() && child.born.addYears(5) > m_today;
        const QString sub = young ? QStringLiteral("observations") : QStringLiteral("views");
        const QString said =
            young ? text(kObservations[m_random.below(3)]) : text(kViews[m_random.below(3)]);
        if (Status done = give(AnswerPath::make(QStringLiteral("voice"), QStringLiteral("children"),
                                                child.id, sub),
                               said);
            !done)
            return done;
        if (!young) {
            const QString school = AnswerPath::make(QStringLiteral("school"),
                                                    QStringLiteral("children"), child.id, {});
            if (Status done =
                    give(school + QStringLiteral("attendance_this_year"), m_random.between(78, 99));
                !done)
                return done;
            if (Status done =
                    give(school + QStringLiteral("attendance_last_year"), m_random.between(85, 99));
                !done)
                return done;
        }
    }
    if (Status done = give(QStringLiteral("exploitation/concern"), false); !done)
        return done;
    if (Status done = give(QStringLiteral("scaling/score"), m_random.between(5, 9)); !done)
        return done;
    const bool several = m_random.chance(40);
    if (Status done =
            give(QStringLiteral("need/level"), several ? QStringLiteral("3") : QStringLiteral("2"));
        !done)
        return done;
    return give(QStringLiteral("need/reason"),
                several ? QStringLiteral("School, health and housing all need to be involved.")
                        : QStringLiteral("One service working with the family can help."));
}

Status AssessmentMaker::make(const DemoAssessed& family, qsizetype index,
                             const QString& managerId) {
    m_familyId = family.familyId;
    m_assessmentId = m_random.uuid();
    m_by = family.leadId;
    m_answerIds.clear();
    m_answers.clear();
    m_at = m_now.addDays(-m_random.between(20, 90));
    const bool assessing = family.stage == QLatin1String("assessing");
    const bool signedOff = !assessing && family.consent;
    const bool returned = assessing && family.consent && (!m_returnedDone || index % 61 == 3);
    const bool submitted = assessing && family.consent && !returned && index % 5 == 1;
    const bool secondVersion =
        signedOff && family.stage == QLatin1String("reviewing") && m_random.chance(30);
    AssessmentStatus status = AssessmentStatus::Draft;
    if (signedOff)
        status = secondVersion ? AssessmentStatus::Draft : AssessmentStatus::Approved;
    else if (returned)
        status = AssessmentStatus::Returned;
    else if (submitted)
        status = AssessmentStatus::Submitted;
    const QVariant started = sql::fromDateTime(m_at);
    if (Status done = insert(QStringLiteral("assessment"),
                             {{QStringLiteral("id"), m_assessmentId},
                              {QStringLiteral("family_id"), m_familyId},
                              {QStringLiteral("form_id"), m_form.id},
                              {QStringLiteral("form_version"), m_form.version},
                              {QStringLiteral("status"), statusCode(status)},
                              {QStringLiteral("version"), secondVersion ? 2 : 1},
                              {QStringLiteral("started_at"), started},
                              {QStringLiteral("started_by"), m_by},
                              {QStringLiteral("updated_at"), started}});
        !done)
        return done;
    if (Status done = allAnswers(family, !(signedOff || returned || submitted)); !done)
        return done;
    if (returned) {
        m_returnedDone = true;
        if (Status done = review(ReviewAction::Submitted, m_by, {}, 1); !done)
            return done;
        return review(ReviewAction::Returned, managerId,
                      QStringLiteral("Please add what the children said in their own words."), 1);
    }
    if (submitted)
        return review(ReviewAction::Submitted, m_by, {}, 1);
    if (!signedOff)
        return okStatus();
    if (Status done = review(ReviewAction::Submitted, m_by, {}, 1); !done)
        return done;
    if (Status done = review(ReviewAction::Approved, managerId, {}, 1); !done)
        return done;
    QJsonObject snapshot;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it)
        snapshot.insert(it.key(), it.value());
    if (Status done =
            insert(QStringLiteral("assessment_version"),
                   {{QStringLiteral("id"), m_random.uuid()},
                    {QStringLiteral("family_id"), m_familyId},
                    {QStringLiteral("assessment_id"), m_assessmentId},
                    {QStringLiteral("version"), 1},
                    {QStringLiteral("form_id"), m_form.id},
                    {QStringLiteral("form_version"), m_form.version},
                    {QStringLiteral("answers"),
                     QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact))},
                    {QStringLiteral("approved_by"), managerId},
                    {QStringLiteral("approved_at"), sql::fromDateTime(m_at)}});
        !done)
        return done;
    const int mood = m_random.below(100);
    const Agreement agreement =
        mood < 80 ? Agreement::Agree : (mood < 95 ? Agreement::Partly : Agreement::Disagree);
    const QString comments =
        agreement == Agreement::Agree
            ? QString()
            : (agreement == Agreement::Partly
                   ? QStringLiteral("Most of it is right, but school is not the problem.")
                   : QStringLiteral("We don't agree that we need help with the children."));
    m_at = m_at.addSecs(3600);
    if (Status done = insert(QStringLiteral("family_agreement"),
                             {{QStringLiteral("id"), m_random.uuid()},
                              {QStringLiteral("family_id"), m_familyId},
                              {QStringLiteral("assessment_id"), m_assessmentId},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("agreement"), agreementCode(agreement)},
                              {QStringLiteral("comments"), sql::fromText(comments)},
                              {QStringLiteral("person_id"), QVariant()},
                              {QStringLiteral("recorded_by"), m_by},
                              {QStringLiteral("recorded_at"), sql::fromDateTime(m_at)}});
        !done)
        return done;
    if (!secondVersion)
        return okStatus();
    // At review the family scores again: lower is better (distance travelled).
    const int before = m_answers.value(QStringLiteral("scaling/score")).toInt();
    m_at = m_at.addDays(m_random.between(30, 50));
    return answer(QStringLiteral("scaling/score"), std::max(1, before - m_random.between(1, 3)), 2);
}

} // namespace

Status addDemoAssessments(const Database& database, std::uint64_t seed, const QDate& today) {
    const FormDefinition* form = FormLibrary::builtIn().latest(FormLibrary::defaultFormId());
    if (!form)
        return Status::fail(QStringLiteral("the Torbay assessment form is missing"));
    const QSqlDatabase db = database.connection();
    QStringList professionals;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT id FROM professional ORDER BY rowid"));
    while (query.next())
        professionals.append(query.value(0).toString());
    const QList<DemoAssessed> families = readFamilies(db);
    if (professionals.size() < 2 || families.isEmpty())
        return okStatus();

    DemoRandom random(seed ^ kAssessmentSalt);
    store::RecordWriter writer(db, database.clock(), database.deviceId());
    writer.setActor(QStringLiteral("demo"));
    const QDate day = std::min(today, database.clock().today());
    AssessmentMaker maker(writer, random, *form, day, database.clock().nowUtc());
    return inBatches(database, writer, families, [&](const DemoAssessed& family, qsizetype i) {
        // The manager who signs off is someone other than the lead professional.
        QString manager = random.pick(professionals);
        if (manager == family.leadId)
            manager = professionals.at((professionals.indexOf(manager) + 1) % professionals.size());
        return maker.make(family, i, manager);
    });
}

} // namespace kith::demo
