#include "assessment/assessment_store.h"

#include "assessment/field_values.h"
#include "store/sql_support.h"
#include "util/ids.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace kith::assessment {
namespace {

const QString kAssessment = QStringLiteral("assessment");
const QString kAnswer = QStringLiteral("assessment_answer");
const QString kContribution = QStringLiteral("assessment_contribution");
const QString kVersion = QStringLiteral("assessment_version");
const QString kReview = QStringLiteral("assessment_review");
const QString kAgreement = QStringLiteral("family_agreement");

Result<QString> idOr(const Status& status, const QString& id) {
    return status ? Result<QString>::ok(id) : Result<QString>::fail(status.error());
}

// The answer row for a path, if it has been saved before: its id and value.
std::optional<std::pair<QString, QString>>
answerRow(const QSqlDatabase& db, const QString& assessmentId, const QString& path) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, value FROM assessment_answer WHERE assessment_id = ? AND "
                       "path = ?"));
    query.addBindValue(assessmentId);
    query.addBindValue(path);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return std::make_pair(query.value(0).toString(), query.value(1).toString());
}

QString snapshotJson(const Answers& answers) {
    QJsonObject object;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

AssessmentStore::AssessmentStore(const Database& database, const FormLibrary& forms)
    : m_database(database)
    , m_forms(forms)
    , m_writer(database.connection(), database.clock(), database.deviceId()) {}

template <typename Work>
Status AssessmentStore::write(Work&& work) {
    return m_writes.run(std::forward<Work>(work));
}

Status AssessmentStore::inOneTransaction(const std::function<Status()>& work) {
    return write(work);
}

Status AssessmentStore::checkActor() const {
    return m_writes.requireActor();
}

Result<QString> AssessmentStore::start(const QString& familyId, const QString& formId) {
    using R = Result<QString>;
    if (Status actor = checkActor(); !actor)
        return R::fail(actor.error());
    if (!FamilyContext::load(m_database.connection(), familyId).exists)
        return R::fail(tr("There is no family with that id."));
    const QString wanted = formId.isEmpty() ? FormLibrary::defaultFormId() : formId;
    const FormDefinition* form = m_forms.latest(wanted);
    if (!form)
        return R::fail(tr("There is no assessment form called \"%1\".").arg(wanted));
    if (const auto open = current(familyId); open && open->status != AssessmentStatus::Approved)
        return R::fail(tr("This family already has an assessment in progress: carry on with "
                          "that one."));
    const QString id = newId();
    const QVariant now = sql::fromDateTime(m_database.clock().nowUtc());
    const Status done = write([&]() -> Status {
        const auto added = m_writer.insert(
            kAssessment, {{QStringLiteral("id"), id},
                          {QStringLiteral("family_id"), familyId},
                          {QStringLiteral("form_id"), form->id},
                          {QStringLiteral("form_version"), form->version},
                          {QStringLiteral("status"), statusCode(AssessmentStatus::Draft)},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("started_at"), now},
                          {QStringLiteral("started_by"), m_writer.actor()},
                          {QStringLiteral("updated_at"), now}});
        return added ? okStatus() : Status::fail(added.error());
    });
    return idOr(done, id);
}

Result<Assessment> AssessmentStore::editable(const QString& assessmentId) const {
    using R = Result<Assessment>;
    if (Status actor = checkActor(); !actor)
        return R::fail(actor.error());
    const auto found = load(assessmentId);
    if (!found)
        return R::fail(tr("There is no assessment with that id."));
    if (found->status == AssessmentStatus::Submitted)
        return R::fail(tr("This assessment is waiting for sign-off, so it cannot be changed "
                          "now. Ask the manager to return it if something needs changing."));
    return R::ok(*found);
}

Status AssessmentStore::setStatus(const Assessment& assessment, AssessmentStatus status,
                                  int version) {
    return m_writer.update(
        kAssessment, assessment.id,
        {{QStringLiteral("status"), statusCode(status)},
         {QStringLiteral("version"), version},
         {QStringLiteral("updated_at"), sql::fromDateTime(m_database.clock().nowUtc())}});
}

Status AssessmentStore::saveAnswer(const QString& assessmentId, const QString& path,
                                   const QJsonValue& value) {
    const auto found = editable(assessmentId);
    if (!found)
        return Status::fail(found.error());
    const Assessment& assessment = found.value();
    const auto form = formOf(assessment);
    if (!form)
        return Status::fail(form.error());
    const FieldDefinition* repeating = nullptr;
    const FieldDefinition* field = form.value().definition->fieldAt(path, &repeating);
    if (!field || field->kind == FieldKind::Repeating)
        return Status::fail(tr("\"%1\" is not a question on this form.").arg(path));
    const FamilyContext family = FamilyContext::load(m_database.connection(), assessment.familyId);
    if (repeating && repeating->perChild && !family.names.contains(AnswerPath::parse(path)->row))
        return Status::fail(
            tr("%1: the row must be a child of this family.").arg(repeating->label));
    if (Status fits = FieldValues::check(*field, value, family); !fits)
        return fits;

    const QString encoded = isAnswered(value) ? encodeValue(value) : QString();
    const auto existing = answerRow(m_database.connection(), assessmentId, path);
    if (existing && existing->second == encoded)
        return okStatus(); // nothing changed: no new contribution
    return write([&]() -> Status {
        const QVariant now = sql::fromDateTime(m_database.clock().nowUtc());
        // An edit after sign-off starts the next version; the signed-off one stays frozen.
        const int version = assessment.status == AssessmentStatus::Approved ? assessment.version + 1
                                                                            : assessment.version;
        const AssessmentStatus status = assessment.status == AssessmentStatus::Approved
                                            ? AssessmentStatus::Draft
                                            : assessment.status;
        if (Status updated = setStatus(assessment, status, version); !updated)
            return updated;
        const QVariant stored = sql::fromText(encoded);
        if (existing) {
            if (Status changed =
                    m_writer.update(kAnswer, existing->first,
                                    {{QStringLiteral("value"), stored},
                                     {QStringLiteral("updated_at"), now},
                                     {QStringLiteral("updated_by"), m_writer.actor()}});
                !changed)
                return changed;
        } else if (auto added =
                       m_writer.insert(kAnswer, {{QStringLiteral("id"), newId()},
                                                 {QStringLiteral("family_id"), assessment.familyId},
                                                 {QStringLiteral("assessment_id"), assessment.id},
                                                 {QStringLiteral("path"), path},
                                                 {QStringLiteral("value"), stored},
                                                 {QStringLiteral("updated_at"), now},
                                                 {QStringLiteral("updated_by"), m_writer.actor()}});
                   !added) {
            return Status::fail(added.error());
        }
        const auto contributed =
            m_writer.insert(kContribution, {{QStringLiteral("id"), newId()},
                                            {QStringLiteral("family_id"), assessment.familyId},
                                            {QStringLiteral("assessment_id"), assessment.id},
                                            {QStringLiteral("version"), version},
                                            {QStringLiteral("path"), path},
                                            {QStringLiteral("value"), stored},
                                            {QStringLiteral("contributed_by"), m_writer.actor()},
                                            {QStringLiteral("contributed_at"), now}});
        return contributed ? okStatus() : Status::fail(contributed.error());
    });
}

Status AssessmentStore::addReview(const Assessment& assessment, ReviewAction action,
                                  const QString& comments) {
    const auto added = m_writer.insert(
        kReview, {{QStringLiteral("id"), newId()},
                  {QStringLiteral("family_id"), assessment.familyId},
                  {QStringLiteral("assessment_id"), assessment.id},
                  {QStringLiteral("version"), assessment.version},
                  {QStringLiteral("action"), reviewActionCode(action)},
                  {QStringLiteral("comments"), sql::fromText(comments.trimmed())},
                  {QStringLiteral("decided_by"), m_writer.actor()},
                  {QStringLiteral("decided_at"), sql::fromDateTime(m_database.clock().nowUtc())}});
    return added ? okStatus() : Status::fail(added.error());
}

Status AssessmentStore::submit(const QString& assessmentId) {
    const auto found = editable(assessmentId);
    if (!found)
        return Status::fail(found.error());
    const Assessment& assessment = found.value();
    if (assessment.status == AssessmentStatus::Approved)
        return Status::fail(tr("This version is already signed off. Change an answer to start "
                               "the next version."));
    const auto complete = completeness(assessment);
    if (!complete)
        return Status::fail(complete.error());
    if (!complete.value().isComplete()) {
        const QStringList missing = complete.value().missing();
        return Status::fail(tr("The assessment is not finished, so it cannot be sent for "
                               "sign-off yet. Still needed: %1.")
                                .arg(missing.join(QStringLiteral("; "))));
    }
    return write([&]() -> Status {
        if (Status moved = setStatus(assessment, AssessmentStatus::Submitted, assessment.version);
            !moved)
            return moved;
        return addReview(assessment, ReviewAction::Submitted, {});
    });
}

Status AssessmentStore::approve(const QString& assessmentId, const QString& comments) {
    if (Status actor = checkActor(); !actor)
        return actor;
    const auto found = load(assessmentId);
    if (!found || found->status != AssessmentStatus::Submitted)
        return Status::fail(tr("Only an assessment sent for sign-off can be signed off."));
    const Assessment& assessment = *found;
    const QList<Review> history = reviews(assessmentId);
    if (!history.isEmpty() && history.last().by == m_writer.actor())
        return Status::fail(tr("You sent this assessment for sign-off, so someone else (a "
                               "manager) must sign it off."));
    return write([&]() -> Status {
        const auto frozen = m_writer.insert(
            kVersion,
            {{QStringLiteral("id"), newId()},
             {QStringLiteral("family_id"), assessment.familyId},
             {QStringLiteral("assessment_id"), assessment.id},
             {QStringLiteral("version"), assessment.version},
             {QStringLiteral("form_id"), assessment.formId},
             {QStringLiteral("form_version"), assessment.formVersion},
             {QStringLiteral("answers"), snapshotJson(answers(assessmentId))},
             {QStringLiteral("approved_by"), m_writer.actor()},
             {QStringLiteral("approved_at"), sql::fromDateTime(m_database.clock().nowUtc())}});
        if (!frozen)
            return Status::fail(frozen.error());
        if (Status moved = setStatus(assessment, AssessmentStatus::Approved, assessment.version);
            !moved)
            return moved;
        return addReview(assessment, ReviewAction::Approved, comments);
    });
}

Status AssessmentStore::returnForChanges(const QString& assessmentId, const QString& comments) {
    if (Status actor = checkActor(); !actor)
        return actor;
    const auto found = load(assessmentId);
    if (!found || found->status != AssessmentStatus::Submitted)
        return Status::fail(tr("Only an assessment sent for sign-off can be returned."));
    if (comments.trimmed().isEmpty())
        return Status::fail(tr("Comments are missing: say what needs to change."));
    return write([&]() -> Status {
        if (Status moved = setStatus(*found, AssessmentStatus::Returned, found->version); !moved)
            return moved;
        return addReview(*found, ReviewAction::Returned, comments);
    });
}

Result<QString> AssessmentStore::recordAgreement(const QString& assessmentId, Agreement agreement,
                                                 const QString& comments, const QString& personId) {
    using R = Result<QString>;
    if (Status actor = checkActor(); !actor)
        return R::fail(actor.error());
    const auto found = load(assessmentId);
    if (!found)
        return R::fail(tr("There is no assessment with that id."));
    if (agreement != Agreement::Agree && comments.trimmed().isEmpty())
        return R::fail(tr("The family's comments are missing: write down, in their words, what "
                          "they do not agree with."));
    if (!personId.isEmpty() &&
        !FamilyContext::load(m_database.connection(), found->familyId).names.contains(personId))
        return R::fail(tr("Who said it: choose a member of this family, or leave it empty for "
                          "the whole family."));
    const QString id = newId();
    const Status done = write([&]() -> Status {
        const auto added = m_writer.insert(
            kAgreement,
            {{QStringLiteral("id"), id},
             {QStringLiteral("family_id"), found->familyId},
             {QStringLiteral("assessment_id"), assessmentId},
             {QStringLiteral("version"), found->version},
             {QStringLiteral("agreement"), agreementCode(agreement)},
             {QStringLiteral("comments"), sql::fromText(comments.trimmed())},
             {QStringLiteral("person_id"), sql::fromText(personId)},
             {QStringLiteral("recorded_by"), m_writer.actor()},
             {QStringLiteral("recorded_at"), sql::fromDateTime(m_database.clock().nowUtc())}});
        return added ? okStatus() : Status::fail(added.error());
    });
    return idOr(done, id);
}

Result<OpenedDefinition> AssessmentStore::formOf(const Assessment& assessment) const {
    return m_forms.open(assessment.formId, assessment.formVersion);
}

Result<Completeness> AssessmentStore::completeness(const Assessment& assessment) const {
    const auto form = formOf(assessment);
    if (!form)
        return Result<Completeness>::fail(form.error());
    return Result<Completeness>::ok(
        Completeness::of(*form.value().definition, answers(assessment.id),
                         FamilyContext::load(m_database.connection(), assessment.familyId)));
}

} // namespace kith::assessment
