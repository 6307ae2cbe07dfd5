#include "assessment/assessment_export.h"

#include "assessment/assessment_deadline.h"
#include "assessment/assessment_history.h"
#include "assessment/field_values.h"

#include <QJsonArray>

namespace kith::assessment {
namespace {

QString moment(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODate);
}

QJsonObject completenessJson(const Completeness& completeness) {
    QJsonArray sections;
    for (const SectionCompleteness& section : completeness.sections)
        sections.append(
            QJsonObject{{QStringLiteral("key"), section.key},
                        {QStringLiteral("title"), section.title},
                        {QStringLiteral("complete"), section.isComplete()},
                        {QStringLiteral("missing"), QJsonArray::fromStringList(section.missing)}});
    return {{QStringLiteral("complete"), completeness.isComplete()},
            {QStringLiteral("percent"), completeness.percent()},
            {QStringLiteral("missing"), QJsonArray::fromStringList(completeness.missing())},
            {QStringLiteral("sections"), sections}};
}

// Answers in the form's order, each with the label of its question and readable text.
QJsonArray answersJson(const FormDefinition& form, const Answers& answers,
                       const FamilyContext& family) {
    QJsonArray list;
    for (const FieldChange& answer : diffAnswers(form, {}, answers, family)) {
        list.append(QJsonObject{{QStringLiteral("path"), answer.path},
                                {QStringLiteral("label"), answer.label},
                                {QStringLiteral("value"), answers.value(answer.path)},
                                {QStringLiteral("text"), answer.after}});
    }
    return list;
}

QJsonArray historyJson(const QList<VersionChanges>& history) {
    QJsonArray list;
    for (const VersionChanges& step : history) {
        QJsonArray changes;
        for (const FieldChange& change : step.changes)
            changes.append(QJsonObject{{QStringLiteral("path"), change.path},
                                       {QStringLiteral("label"), change.label},
                                       {QStringLiteral("before"), change.before},
                                       {QStringLiteral("after"), change.after}});
        list.append(QJsonObject{{QStringLiteral("from_version"), step.fromVersion},
                                {QStringLiteral("to_version"), step.toVersion},
                                {QStringLiteral("to_is_draft"), step.toIsDraft},
                                {QStringLiteral("changes"), changes}});
    }
    return list;
}

} // namespace

Result<QJsonObject> exportAssessment(const AssessmentStore& store, const Database& database,
                                     const Assessment& assessment) {
    using R = Result<QJsonObject>;
    const auto opened = store.formOf(assessment);
    if (!opened)
        return R::fail(opened.error());
    const FormDefinition& form = *opened.value().definition;
    const FamilyContext family = FamilyContext::load(database.connection(), assessment.familyId);
    const Answers answers = store.answers(assessment.id);
    const auto history = assessmentHistory(store, database.connection(), assessment);
    if (!history)
        return R::fail(history.error());

    QJsonArray versions;
    for (const FrozenVersion& frozen : store.versions(assessment.id))
        versions.append(QJsonObject{{QStringLiteral("version"), frozen.version},
                                    {QStringLiteral("form_version"), frozen.formVersion},
                                    {QStringLiteral("approved_by"), frozen.approvedBy},
                                    {QStringLiteral("approved_at"), moment(frozen.approvedAt)}});
    QJsonArray reviews;
    for (const Review& review : store.reviews(assessment.id))
        reviews.append(QJsonObject{{QStringLiteral("version"), review.version},
                                   {QStringLiteral("action"), reviewActionCode(review.action)},
                                   {QStringLiteral("comments"), review.comments},
                                   {QStringLiteral("by"), review.by},
                                   {QStringLiteral("at"), moment(review.at)}});
    QJsonArray agreements;
    bool disagreement = false;
    for (const FamilyAgreement& said : store.agreements(assessment.id)) {
        disagreement = disagreement || said.agreement != Agreement::Agree;
        agreements.append(
            QJsonObject{{QStringLiteral("version"), said.version},
                        {QStringLiteral("agreement"), agreementCode(said.agreement)},
                        {QStringLiteral("text"), AssessmentLabels::agreement(said.agreement)},
                        {QStringLiteral("comments"), said.comments},
                        {QStringLiteral("person"), family.nameOf(said.personId)},
                        {QStringLiteral("recorded_at"), moment(said.recordedAt)}});
    }
    const AssessmentDeadline deadline = dueDate(database, assessment);
    QJsonObject baselines;
    for (const SectionDefinition& section : form.sections) {
        for (const FieldDefinition& field : section.fields) {
            if (field.baseline) {
                const QString path = AnswerPath::make(section.key, field.key);
                baselines.insert(path, store.firstValue(assessment.id, path));
            }
        }
    }
    return R::ok(QJsonObject{
        {QStringLiteral("assessment_id"), assessment.id},
        {QStringLiteral("family_id"), assessment.familyId},
        {QStringLiteral("form"),
         QJsonObject{{QStringLiteral("id"), form.id},
                     {QStringLiteral("version"), form.version},
                     {QStringLiteral("made_with_version"), assessment.formVersion},
                     {QStringLiteral("title"), form.title},
                     {QStringLiteral("council"), form.council},
                     {QStringLiteral("note"), opened.value().note}}},
        {QStringLiteral("status"), statusCode(assessment.status)},
        {QStringLiteral("status_text"), AssessmentLabels::status(assessment.status)},
        {QStringLiteral("version"), assessment.version},
        {QStringLiteral("started_at"), moment(assessment.startedAt)},
        {QStringLiteral("started_by"), assessment.startedBy},
        {QStringLiteral("due"),
         QJsonObject{{QStringLiteral("date"), deadline.dueDate.toString(Qt::ISODate)},
                     {QStringLiteral("basis"), deadline.basis}}},
        {QStringLiteral("completeness"), completenessJson(Completeness::of(form, answers, family))},
        {QStringLiteral("answers"), answersJson(form, answers, family)},
        {QStringLiteral("baselines"), baselines},
        {QStringLiteral("versions"), versions},
        {QStringLiteral("history"), historyJson(history.value())},
        {QStringLiteral("reviews"), reviews},
        {QStringLiteral("family_agreement"), agreements},
        {QStringLiteral("family_disagrees"), disagreement},
    });
}

} // namespace kith::assessment
