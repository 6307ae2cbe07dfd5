#include "assessment/assessment_deadline.h"
#include "assessment_test_family.h"
#include "due/due_settings.h"

using namespace kith;
using namespace kith::assessment;
using testing::AssessmentFamily;

TEST_CASE("The assessment is due 20 working days from consent, over Christmas by the calendar",
          "[assessment][deadline]") {
    const auto torbay = policy::DeadlinePolicy::preset(QStringLiteral("torbay"));
    REQUIRE(torbay);
    // Consent on Friday 11 December 2026. Christmas Day is a Friday and Boxing Day a Saturday
    // (substitute Monday 28th); New Year's Day is a Friday: 20 working days is 13 January.
    const AssessmentDeadline christmas =
        AssessmentDeadline::compute(torbay.value(), QDate(2026, 12, 11));
    CHECK(christmas.dueDate == QDate(2027, 1, 13));
    CHECK(christmas.due.amount == 20);
    CHECK(christmas.basis.contains(QLatin1String("20 working days from the family's consent")));

    // Leap year: consent on 9 February 2028, due on Wednesday 8 March (29 Feb counts).
    CHECK(AssessmentDeadline::compute(torbay.value(), QDate(2028, 2, 9)).dueDate ==
          QDate(2028, 3, 8));

    // A policy without an assessment rule falls back to 20 working days.
    const auto westminster = policy::DeadlinePolicy::preset(QStringLiteral("westminster"));
    REQUIRE(westminster);
    CHECK(AssessmentDeadline::compute(westminster.value(), QDate(2026, 12, 11)).dueDate ==
          QDate(2027, 1, 13));
    CHECK_FALSE(AssessmentDeadline::compute(westminster.value(), QDate()).dueDate.isValid());
}

TEST_CASE("dueDate() reads the store's policy and the family's consent", "[assessment][deadline]") {
    AssessmentFamily f;
    REQUIRE(due::DueSettings::setPolicyName(*f.store.database, QStringLiteral("torbay")));
    const QString id = f.assessments->start(f.familyId).value();
    const auto assessment = f.assessments->load(id);
    // No consent yet: counted from the start of the assessment (25 November 2026), and said.
    const AssessmentDeadline before = dueDate(*f.store.database, *assessment);
    CHECK(before.dueDate == QDate(2026, 12, 23));
    CHECK(before.basis.contains(QLatin1String("no consent is recorded")));

    f.giveConsent(QDate(2026, 11, 2));
    const AssessmentDeadline after = dueDate(*f.store.database, *assessment);
    CHECK(after.startedOn == QDate(2026, 11, 2));
    CHECK(after.dueDate == QDate(2026, 11, 30));
}
