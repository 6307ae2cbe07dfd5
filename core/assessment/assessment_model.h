#pragma once

// An Early Help Assessment done with a family (DOMAIN.md step 4): the answers to a form
// definition, who contributed what and when, the family's agreement, and the manager's
// sign-off. An approved version is frozen as a snapshot; later edits start the next version.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace kith::assessment {

enum class AssessmentStatus {
    Draft,     // being written; anyone working with the family may add to it
    Submitted, // sent to a manager for sign-off; read-only until approved or returned
    Approved,  // signed off and frozen; an edit starts the next version
    Returned,  // sent back by the manager with comments; editable again
};

enum class ReviewAction { Submitted, Approved, Returned };

// Whether the family agrees with what the assessment says.
enum class Agreement { Agree, Partly, Disagree };

QString statusCode(AssessmentStatus status); // "draft", "submitted", "approved", "returned"
std::optional<AssessmentStatus> statusFromCode(const QString& code);
QString reviewActionCode(ReviewAction action);
std::optional<ReviewAction> reviewActionFromCode(const QString& code);
QString agreementCode(Agreement agreement); // "agree", "partly", "disagree"
std::optional<Agreement> agreementFromCode(const QString& code);

struct AssessmentLabels {
    Q_DECLARE_TR_FUNCTIONS(kith::assessment::AssessmentLabels)

public:
    static QString status(AssessmentStatus status);
    static QString agreement(Agreement agreement);
    static QString reviewAction(ReviewAction action);
};

// Answers by path (AnswerPath): the current value of each field or row subfield. A
// missing entry and a null value both mean "not answered".
using Answers = QMap<QString, QJsonValue>;

// Answers are stored as JSON text, one value per row ("\"text\"", "7", "true").
QString encodeValue(const QJsonValue& value);
QJsonValue decodeValue(const QString& text);
bool isAnswered(const QJsonValue& value);

struct Assessment {
    QString id;
    QString familyId;
    QString formId;
    int formVersion = 0;
    AssessmentStatus status = AssessmentStatus::Draft;
    int version = 1; // 1 until the first approval; each edit after an approval adds one
    QDateTime startedAt;
    QString startedBy;
    QDateTime updatedAt;
};

// One save of one answer, kept for good: who wrote what, when, in which version.
struct Contribution {
    QString id;
    int version = 1;
    QString path;
    QJsonValue value;
    QString by;
    QDateTime at;
};

struct Review {
    QString id;
    int version = 1;
    ReviewAction action = ReviewAction::Submitted;
    QString comments;
    QString by;
    QDateTime at;
};

struct FamilyAgreement {
    QString id;
    int version = 1;
    Agreement agreement = Agreement::Agree;
    QString comments; // the family's own words
    QString personId; // the member of the family who said it, when one person did
    QString recordedBy;
    QDateTime recordedAt;
};

// An approved version, frozen: the answers as signed off and the form version they answer.
struct FrozenVersion {
    QString id;
    int version = 1;
    QString formId;
    int formVersion = 0;
    Answers answers;
    QString approvedBy;
    QDateTime approvedAt;
};

} // namespace kith::assessment
