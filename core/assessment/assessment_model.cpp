#include "assessment/assessment_model.h"

#include "util/code_table.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kith::assessment {
namespace {

constexpr CodeTable<AssessmentStatus, 4> kStatusCodes{{
    {AssessmentStatus::Draft, "draft"},
    {AssessmentStatus::Submitted, "submitted"},
    {AssessmentStatus::Approved, "approved"},
    {AssessmentStatus::Returned, "returned"},
}};

constexpr CodeTable<ReviewAction, 3> kReviewCodes{{
    {ReviewAction::Submitted, "submitted"},
    {ReviewAction::Approved, "approved"},
    {ReviewAction::Returned, "returned"},
}};

constexpr CodeTable<Agreement, 3> kAgreementCodes{{
    {Agreement::Agree, "agree"},
    {Agreement::Partly, "partly"},
    {Agreement::Disagree, "disagree"},
}};

} // namespace

QString statusCode(AssessmentStatus status) {
    return codeOf(kStatusCodes, status);
}
std::optional<AssessmentStatus> statusFromCode(const QString& code) {
    return valueOf(kStatusCodes, code);
}
QString reviewActionCode(ReviewAction action) {
    return codeOf(kReviewCodes, action);
}
std::optional<ReviewAction> reviewActionFromCode(const QString& code) {
    return valueOf(kReviewCodes, code);
}
QString agreementCode(Agreement agreement) {
    return codeOf(kAgreementCodes, agreement);
}
std::optional<Agreement> agreementFromCode(const QString& code) {
    return valueOf(kAgreementCodes, code);
}

QString AssessmentLabels::status(AssessmentStatus status) {
    switch (status) {
    case AssessmentStatus::Draft:
        return tr("Being written");
    case AssessmentStatus::Submitted:
        return tr("Waiting for sign-off");
    case AssessmentStatus::Approved:
        return tr("Signed off");
    case AssessmentStatus::Returned:
        return tr("Returned for changes");
    }
    return {};
}

QString AssessmentLabels::agreement(Agreement agreement) {
    switch (agreement) {
    case Agreement::Agree:
        return tr("The family agrees");
    case Agreement::Partly:
        return tr("The family partly agrees");
    case Agreement::Disagree:
        return tr("The family disagrees");
    }
    return {};
}

QString AssessmentLabels::reviewAction(ReviewAction action) {
    switch (action) {
    case ReviewAction::Submitted:
        return tr("Sent for sign-off");
    case ReviewAction::Approved:
        return tr("Signed off");
    case ReviewAction::Returned:
        return tr("Returned for changes");
    }
    return {};
}

// QJsonDocument holds only arrays and objects, so a single value is written as a
// one-element array with its brackets taken off, and read back the same way.
QString encodeValue(const QJsonValue& value) {
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QJsonValue decodeValue(const QString& text) {
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    const QJsonArray array = document.array();
    return array.size() == 1 ? array.first() : QJsonValue(QJsonValue::Null);
}

bool isAnswered(const QJsonValue& value) {
    if (value.isNull() || value.isUndefined())
        return false;
    if (value.isString())
        return !value.toString().trimmed().isEmpty();
    return true;
}

} // namespace kith::assessment
