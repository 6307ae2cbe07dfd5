// Reading assessments back from the store.
#include "assessment/assessment_store.h"
#include "store/entity_fields.h"
#include "store/for_each_row.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace kith::assessment {
namespace {

using store::forEachRow;
using store::Row;

Assessment assessmentFrom(const Row& row) {
    Assessment found;
    found.id = row.text("id");
    found.familyId = row.text("family_id");
    found.formId = row.text("form_id");
    found.formVersion = row.value("form_version").toInt();
    found.status = statusFromCode(row.text("status")).value_or(AssessmentStatus::Draft);
    found.version = row.value("version").toInt();
    found.startedAt = row.moment("started_at");
    found.startedBy = row.text("started_by");
    found.updatedAt = row.moment("updated_at");
    return found;
}

Answers answersFromJson(const QString& json) {
    Answers answers;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        answers.insert(it.key(), it.value());
    return answers;
}

} // namespace

std::optional<Assessment> AssessmentStore::load(const QString& assessmentId) const {
    std::optional<Assessment> found;
    forEachRow(m_database.connection(), QStringLiteral("SELECT * FROM assessment WHERE id = ?"),
               assessmentId, [&](const Row& row) { found = assessmentFrom(row); });
    return found;
}

std::optional<Assessment> AssessmentStore::current(const QString& familyId) const {
    std::optional<Assessment> found;
    forEachRow(m_database.connection(),
               QStringLiteral("SELECT * FROM assessment WHERE family_id = ? "
                              "ORDER BY started_at DESC, rowid DESC LIMIT 1"),
               familyId, [&](const Row& row) { found = assessmentFrom(row); });
    return found;
}

Answers AssessmentStore::answers(const QString& assessmentId) const {
    Answers answers;
    forEachRow(m_database.connection(),
               QStringLiteral("SELECT path, value FROM assessment_answer WHERE assessment_id = ? "
                              "AND value IS NOT NULL"),
               assessmentId, [&](const Row& row) {
                   answers.insert(row.text("path"), decodeValue(row.text("value")));
               });
    return answers;
}

QList<Contribution> AssessmentStore::contributions(const QString& assessmentId) const {
    QList<Contribution> list;
    forEachRow(m_database.connection(),
               QStringLiteral("SELECT * FROM assessment_contribution WHERE assessment_id = ? "
                              "ORDER BY contributed_at, rowid"),
               assessmentId, [&](const Row& row) {
                   list.append({row.text("id"), row.value("version").toInt(), row.text("path"),
                                decodeValue(row.text("value")), row.text("contributed_by"),
                                row.moment("contributed_at")});
               });
    return list;
}

QList<Review> AssessmentStore::reviews(const QString& assessmentId) const {
    QList<Review> list;
    forEachRow(m_database.connection(),
               QStringLiteral("SELECT * FROM assessment_review WHERE assessment_id = ? "
                              "ORDER BY decided_at, rowid"),
               assessmentId, [&](const Row& row) {
                   list.append(
                       {row.text("id"), row.value("version").toInt(),
                        reviewActionFromCode(row.text("action")).value_or(ReviewAction::Submitted),
                        row.text("comments"), row.text("decided_by"), row.moment("decided_at")});
               });
    return list;
}

QList<FamilyAgreement> AssessmentStore::agreements(const QString& assessmentId) const {
    QList<FamilyAgreement> list;
    forEachRow(m_database.connection(),
               QStringLiteral("SELECT * FROM family_agreement WHERE assessment_id = ? "
                              "ORDER BY recorded_at, rowid"),
               assessmentId, [&](const Row& row) {
                   list.append({row.text("id"), row.value("version").toInt(),
                                agreementFromCode(row.text("agreement")).value_or(Agreement::Agree),
                                row.text("comments"), row.text("person_id"),
                                row.text("recorded_by"), row.moment("recorded_at")});
               });
    return list;
}

QList<FrozenVersion> AssessmentStore::versions(const QString& assessmentId) const {
    QList<FrozenVersion> list;
    forEachRow(m_database.connection(),
               QStringLiteral("SELECT * FROM assessment_version WHERE assessment_id = ? "
                              "ORDER BY version"),
               assessmentId, [&](const Row& row) {
                   list.append({row.text("id"), row.value("version").toInt(), row.text("form_id"),
                                row.value("form_version").toInt(),
                                answersFromJson(row.text("answers")), row.text("approved_by"),
                                row.moment("approved_at")});
               });
    return list;
}

QJsonValue AssessmentStore::firstValue(const QString& assessmentId, const QString& path) const {
    QJsonValue first(QJsonValue::Null);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value FROM assessment_contribution WHERE assessment_id = "
                                 "? AND path = ? AND value IS NOT NULL "
                                 "ORDER BY contributed_at, rowid LIMIT 1"));
    query.addBindValue(assessmentId);
    query.addBindValue(path);
    if (query.exec() && query.next())
        first = decodeValue(query.value(0).toString());
    return first;
}

} // namespace kith::assessment
