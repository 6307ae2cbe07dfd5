#pragma once

#include "assessment/assessment_model.h"
#include "assessment/completeness.h"
#include "assessment/form_library.h"
#include "store/database.h"
#include "store/record_writer.h"
#include "store/write_scope.h"

#include <QCoreApplication>
#include <functional>

namespace kith::assessment {

// Keeps Early Help Assessments. Every write goes through the RecordWriter in one
// transaction (the row, its change-log entry and its audit event together), and is
// checked first: a refusal says which field and what to do, and stores nothing.
//
// The flow: start -> save answers (draft) -> submit (only when complete) -> approve
// (frozen as version n) or return with comments (editable again) -> ... Saving an answer
// to an approved assessment starts version n+1 as a draft, with the answers carried over.
class AssessmentStore {
    Q_DECLARE_TR_FUNCTIONS(kith::assessment::AssessmentStore)

public:
    explicit AssessmentStore(const Database& database,
                             const FormLibrary& forms = FormLibrary::builtIn());

    // Who is writing (a professional id): recorded on every contribution and decision.
    void setActor(const QString& actor) { m_writer.setActor(actor); }
    const FormLibrary& forms() const { return m_forms; }

    // Runs `work` (several writes) in one transaction: for imports and demo data.
    Status inOneTransaction(const std::function<Status()>& work);

    // Starts an assessment on the latest version of the form. A family has one assessment
    // in progress at a time: a new one can start once the last is signed off.
    Result<QString> start(const QString& familyId, const QString& formId = {});

    // Saves one answer ("story/now", "voice/children/<child id>/views"): one small
    // transaction, for autosave. A null value clears the answer.
    Status saveAnswer(const QString& assessmentId, const QString& path, const QJsonValue& value);

    Status submit(const QString& assessmentId);
    // A manager signs off: the answers are frozen as this version. The person who sent it
    // for sign-off cannot sign it off.
    Status approve(const QString& assessmentId, const QString& comments = {});
    // Sends it back; the comments say what to change.
    Status returnForChanges(const QString& assessmentId, const QString& comments);

    // What the family says about the assessment. Partly or disagree needs their comments;
    // every entry is kept, so a disagreement stays visible.
    Result<QString> recordAgreement(const QString& assessmentId, Agreement agreement,
                                    const QString& comments, const QString& personId = {});

    std::optional<Assessment> load(const QString& assessmentId) const;
    // The family's latest assessment, if any.
    std::optional<Assessment> current(const QString& familyId) const;
    Answers answers(const QString& assessmentId) const;
    QList<Contribution> contributions(const QString& assessmentId) const; // oldest first
    QList<Review> reviews(const QString& assessmentId) const;             // oldest first
    QList<FamilyAgreement> agreements(const QString& assessmentId) const; // oldest first
    QList<FrozenVersion> versions(const QString& assessmentId) const;     // version order
    // The first score ever saved for a field (the scaling question's baseline).
    QJsonValue firstValue(const QString& assessmentId, const QString& path) const;

    // The form the assessment answers (with a note when only another version is at hand).
    Result<OpenedDefinition> formOf(const Assessment& assessment) const;
    Result<Completeness> completeness(const Assessment& assessment) const;

private:
    template <typename Work>
    Status write(Work&& work);
    Status checkActor() const;
    Status setStatus(const Assessment& assessment, AssessmentStatus status, int version);
    Status addReview(const Assessment& assessment, ReviewAction action, const QString& comments);
    Result<Assessment> editable(const QString& assessmentId) const;

    const Database& m_database;
    const FormLibrary& m_forms;
    store::RecordWriter m_writer;
    store::WriteScope m_writes{m_database, m_writer};
};

} // namespace kith::assessment
