#include "assessment/assessment_history.h"

#include "assessment/field_values.h"

#include <QSet>
#include <algorithm>

namespace kith::assessment {
namespace {

// Where a path sits in the form, so that changes are listed in the order the form asks.
int sectionIndex(const FormDefinition& form, const QString& path) {
    const auto parts = AnswerPath::parse(path);
    for (qsizetype i = 0; parts && i < form.sections.size(); ++i) {
        if (form.sections.at(i).key == parts->section)
            return static_cast<int>(i);
    }
    return static_cast<int>(form.sections.size()); // no longer on the form: last
}

} // namespace

QString answerLabel(const FormDefinition& form, const QString& path, const FamilyContext& family) {
    const FieldDefinition* repeating = nullptr;
    const FieldDefinition* field = form.fieldAt(path, &repeating);
    const auto parts = AnswerPath::parse(path);
    if (field && repeating && repeating->perChild && parts) {
        const SectionDefinition* section = form.section(parts->section);
        return QStringLiteral("%1: %2: %3")
            .arg(section->title, family.nameOf(parts->row), field->label);
    }
    return form.labelOf(path);
}

namespace {

QString shown(const FieldDefinition* field, const QJsonValue& value, const FamilyContext& family) {
    if (field)
        return FieldValues::text(*field, value, family);
    return isAnswered(value) ? encodeValue(value) : FieldValues::tr("(not answered)");
}

} // namespace

QList<FieldChange> diffAnswers(const FormDefinition& form, const Answers& before,
                               const Answers& after, const FamilyContext& family) {
    QStringList paths = before.keys();
    for (const QString& path : after.keys()) {
        if (!before.contains(path))
            paths.append(path);
    }
    std::stable_sort(paths.begin(), paths.end(), [&](const QString& a, const QString& b) {
        const int sa = sectionIndex(form, a), sb = sectionIndex(form, b);
        return sa != sb ? sa < sb : a < b;
    });
    QList<FieldChange> changes;
    for (const QString& path : std::as_const(paths)) {
        const QJsonValue was = before.value(path);
        const QJsonValue now = after.value(path);
        if (isAnswered(was) == isAnswered(now) && (!isAnswered(was) || was == now))
            continue;
        const FieldDefinition* field = form.fieldAt(path);
        changes.append({path, answerLabel(form, path, family), shown(field, was, family),
                        shown(field, now, family)});
    }
    return changes;
}

Result<QList<VersionChanges>> assessmentHistory(const AssessmentStore& store,
                                                const QSqlDatabase& db,
                                                const Assessment& assessment) {
    using R = Result<QList<VersionChanges>>;
    const auto form = store.formOf(assessment);
    if (!form)
        return R::fail(form.error());
    const FormDefinition& definition = *form.value().definition;
    const FamilyContext family = FamilyContext::load(db, assessment.familyId);
    QList<VersionChanges> history;
    Answers previous;
    int previousVersion = 0;
    for (const FrozenVersion& frozen : store.versions(assessment.id)) {
        history.append({previousVersion, frozen.version, false,
                        diffAnswers(definition, previous, frozen.answers, family)});
        previous = frozen.answers;
        previousVersion = frozen.version;
    }
    if (assessment.status != AssessmentStatus::Approved)
        history.append({previousVersion, assessment.version, true,
                        diffAnswers(definition, previous, store.answers(assessment.id), family)});
    return R::ok(history);
}

} // namespace kith::assessment
