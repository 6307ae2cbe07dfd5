#pragma once

#include "assessment/assessment_store.h"

namespace kith::assessment {

// One answer that differs between two versions, as a person reads it.
struct FieldChange {
    QString path;
    QString label; // "Our family story: What is happening now", "The voice of each child: Ali: ..."
    QString before;
    QString after;
};

// What changed from one version of an assessment to the next.
struct VersionChanges {
    int fromVersion = 0;
    int toVersion = 0;
    bool toIsDraft = false; // the later side is the version being written now
    QList<FieldChange> changes;
};

// "Section: question", or "Section: child's name: question" for a per-child row.
QString answerLabel(const FormDefinition& form, const QString& path, const FamilyContext& family);

// Field by field, in the form's order. Answers the form no longer asks are labelled as such.
QList<FieldChange> diffAnswers(const FormDefinition& form, const Answers& before,
                               const Answers& after, const FamilyContext& family);

// The history of an assessment: each signed-off version against the one before, and the
// version being written now against the last signed-off one.
Result<QList<VersionChanges>> assessmentHistory(const AssessmentStore& store,
                                                const QSqlDatabase& db,
                                                const Assessment& assessment);

} // namespace kith::assessment
