// Push: decisions that belong to a role (signing off an Early Help Assessment is a manager's).
#include "service_fixture.h"

using namespace kith;
using namespace kith::testing;

namespace {

// Sam (practitioner) makes a family and starts its assessment; Alex manages Sam's team.
struct AssessmentTeam : SamsFamilyAndManager {
    QString assessmentId = newId();
    qint64 assessmentVersion = 0;

    AssessmentTeam() {
        const QJsonObject started =
            f.pushOne(sam, change(QStringLiteral("insert"), QStringLiteral("assessment"),
                                  assessmentId, familyId,
                                  {{QStringLiteral("id"), assessmentId},
                                   {QStringLiteral("family_id"), familyId},
                                   {QStringLiteral("status"), QStringLiteral("draft")},
                                   {QStringLiteral("version"), 1}}));
        REQUIRE(statusOf(started) == QStringLiteral("applied"));
        assessmentVersion = started.value(QStringLiteral("version")).toInteger();
    }

    static QString statusOf(const QJsonObject& result) {
        return result.value(QStringLiteral("status")).toString();
    }
    QJsonObject setStatus(const QString& token, const char* status) {
        const QJsonObject result = f.pushOne(
            token,
            change(QStringLiteral("update"), QStringLiteral("assessment"), assessmentId, familyId,
                   {{QStringLiteral("status"), QString::fromUtf8(status)}}, assessmentVersion));
        if (statusOf(result) == QLatin1String("applied"))
            assessmentVersion = result.value(QStringLiteral("version")).toInteger();
        return result;
    }
    QJsonObject review(const QString& token, const char* action) {
        const QString id = newId();
        return f.pushOne(token, change(QStringLiteral("insert"),
                                       QStringLiteral("assessment_review"), id, familyId,
                                       {{QStringLiteral("id"), id},
                                        {QStringLiteral("family_id"), familyId},
                                        {QStringLiteral("assessment_id"), assessmentId},
                                        {QStringLiteral("action"), QString::fromUtf8(action)}}));
    }
    QJsonObject frozenVersion(const QString& token) {
        const QString id = newId();
        return f.pushOne(token, change(QStringLiteral("insert"),
                                       QStringLiteral("assessment_version"), id, familyId,
                                       {{QStringLiteral("id"), id},
                                        {QStringLiteral("family_id"), familyId},
                                        {QStringLiteral("assessment_id"), assessmentId},
                                        {QStringLiteral("version"), 1}}));
    }
    QString storedStatus() const {
        const auto row = f.store->record(QStringLiteral("assessment"), assessmentId);
        REQUIRE(row);
        return row->fields.value(QStringLiteral("status")).toString();
    }
};

const QString kManagersOnly = QStringLiteral("only a manager may sign off");

} // namespace

TEST_CASE("A practitioner sends an assessment for sign-off but cannot sign it off",
          "[server-service]") {
    AssessmentTeam t;
    CHECK(t.statusOf(t.setStatus(t.sam, "submitted")) == QStringLiteral("applied"));
    CHECK(t.statusOf(t.review(t.sam, "submitted")) == QStringLiteral("applied"));

    for (const char* decision : {"approved", "returned"}) {
        INFO(decision);
        const QJsonObject refused = t.setStatus(t.sam, decision);
        CHECK(t.statusOf(refused) == QStringLiteral("rejected"));
        CHECK(refused.value(QStringLiteral("reason")).toString().contains(kManagersOnly));
        CHECK(t.statusOf(t.review(t.sam, decision)) == QStringLiteral("rejected"));
    }
    CHECK(t.statusOf(t.frozenVersion(t.sam)) == QStringLiteral("rejected"));
    CHECK(t.storedStatus() == QStringLiteral("submitted"));
    // Nothing refused reached the feed: the manager's laptop sees one review, the submission.
    qint64 cursor = 0;
    int reviews = 0;
    for (const QJsonObject& pulled : t.f.pullAll(t.alex, cursor))
        reviews += pulled.value(QStringLiteral("entity")) == QStringLiteral("assessment_review");
    CHECK(reviews == 1);
}

TEST_CASE("The team's manager signs off, and the practitioner then edits the next version",
          "[server-service]") {
    AssessmentTeam t;
    REQUIRE(t.statusOf(t.setStatus(t.sam, "submitted")) == QStringLiteral("applied"));
    CHECK(t.statusOf(t.setStatus(t.alex, "approved")) == QStringLiteral("applied"));
    CHECK(t.statusOf(t.review(t.alex, "approved")) == QStringLiteral("applied"));
    CHECK(t.statusOf(t.frozenVersion(t.alex)) == QStringLiteral("applied"));
    CHECK(t.storedStatus() == QStringLiteral("approved"));
    // Saving an answer after sign-off starts the next version as a draft: Sam's to make.
    CHECK(t.statusOf(t.setStatus(t.sam, "draft")) == QStringLiteral("applied"));
    // A practitioner's laptop that pushes the whole row again, status unchanged, decides
    // nothing and is not refused.
    t.setStatus(t.alex, "approved");
    const QJsonObject same = t.f.pushOne(
        t.sam,
        change(QStringLiteral("update"), QStringLiteral("assessment"), t.assessmentId, t.familyId,
               {{QStringLiteral("status"), QStringLiteral("approved")}}, t.assessmentVersion));
    CHECK(t.statusOf(same) == QStringLiteral("applied"));
}
