#include "consent_test_family.h"
#include "projection/plan_subject.h"
#include "projection/safe_to_project.h"

using namespace kith;
using namespace kith::projection;
using consent::Audience;
using consent::AudienceKind;
using consent::Category;
using testing::ConsentFamily;

namespace {

const QString kFamilyLives = QStringLiteral("family-lives");

// A plan with one need about the young person's health and one about the family's school
// run, an action under each, and the young person's views.
struct ProjectionPlan {
    plan::Plan plan;

    explicit ProjectionPlan(const ConsentFamily& f) {
        plan.id = QStringLiteral("plan-1");
        plan.familyId = f.familyId;
        plan::PlanNeed health{QStringLiteral("need-health"),
                              QStringLiteral("Yusuf is worried about his sleep"),
                              {},
                              false,
                              f.youngPersonId};
        plan::PlanNeed school{QStringLiteral("need-school"),
                              QStringLiteral("Getting Zainab to school on time"),
                              {},
                              false,
                              f.childId};
        plan.needs = {health, school};
        plan.outcomes = {{QStringLiteral("outcome-health"), health.id, plan::OutcomeHeading::Health,
                          QStringLiteral("Yusuf sleeps well"), false},
                         {QStringLiteral("outcome-school"), school.id,
                          plan::OutcomeHeading::Education,
                          QStringLiteral("Zainab is in class by 8:50"), false}};
        plan.actions = {action(QStringLiteral("action-clinic"), QStringLiteral("outcome-health"),
                               QStringLiteral("Book a sleep clinic appointment")),
                        action(QStringLiteral("action-alarm"), QStringLiteral("outcome-school"),
                               QStringLiteral("Set an alarm for 7:30 every school day"))};
        plan.familyViews = QStringLiteral("We want mornings to be calmer");
        plan::ChildView yusuf;
        yusuf.id = QStringLiteral("view-yusuf");
        yusuf.childId = f.youngPersonId;
        yusuf.childName = QStringLiteral("Yusuf");
        yusuf.words = QStringLiteral("I feel tired all the time");
        yusuf.present = true;
        plan.childViews = {yusuf};
        plan.confidence = {{QStringLiteral("score-1"), 7, QStringLiteral("Amira"), f.motherId}};
    }

    static plan::PlanAction action(const QString& id, const QString& outcomeId,
                                   const QString& what) {
        plan::PlanAction made;
        made.id = id;
        made.outcomeId = outcomeId;
        made.what = what;
        made.owner.name = QStringLiteral("Amira (Mum)");
        made.dueOn = QDate(2026, 12, 18);
        return made;
    }
};

QStringList projectedTexts(const SafePlan& safe) {
    QStringList texts;
    for (const ProjectedNeed& need : safe.needs) {
        texts << need.text;
        for (const ProjectedOutcome& outcome : need.outcomes) {
            texts << outcome.text;
            for (const ProjectedAction& action : outcome.actions)
                texts << action.what;
        }
    }
    for (const ProjectedView& view : safe.views)
        texts << view.words;
    return texts;
}

// Family consent, then the young person's own, then "do not share <category> about Yusuf
// with his parents and carers".
void keepFromParents(ConsentFamily& f, Category category) {
    REQUIRE(f.consents->record(f.familyConsent(QDate(2026, 10, 1), {kFamilyLives})));
    consent::ConsentRecord own = f.familyConsent(QDate(2026, 11, 1), {kFamilyLives});
    own.subjectPersonId = f.youngPersonId;
    own.givenByPersonId = f.youngPersonId;
    own.competenceNote = QStringLiteral("Understands what sharing means");
    REQUIRE(f.consents->record(own));
    consent::Restriction restriction;
    restriction.familyId = f.familyId;
    restriction.category = category;
    restriction.aboutPersonId = f.youngPersonId;
    restriction.audienceKind = AudienceKind::ParentsAndCarers;
    restriction.familyWords = QStringLiteral("Mum can't know about the clinic");
    restriction.requestedByPersonId = f.youngPersonId;
    const auto added = f.consents->addRestriction(restriction);
    INFO(added.error().toStdString());
    REQUIRE(added);
}

} // namespace

TEST_CASE("Outcome headings map to the consent categories they touch", "[projection]") {
    CHECK(categoriesOf(plan::OutcomeHeading::Health) == QList<Category>{Category::Health});
    CHECK(categoriesOf(plan::OutcomeHeading::EarlyYears) == QList<Category>{Category::School});
    CHECK(categoriesOf(plan::OutcomeHeading::Housing) ==
          QList<Category>{Category::Address, Category::Finances});
    CHECK(categoriesOf(plan::OutcomeHeading::Crime) == QList<Category>{Category::Everything});
    for (plan::OutcomeHeading heading : plan::allHeadings())
        CHECK_FALSE(categoriesOf(heading).isEmpty());
}

TEST_CASE("Only attendees present are checked, as people or professionals", "[projection]") {
    meeting::Attendee mum;
    mum.kind = meeting::AttendeeKind::FamilyMember;
    mum.personId = QStringLiteral("p-mum");
    mum.attendance = meeting::Attendance::Present;
    meeting::Attendee nurse;
    nurse.kind = meeting::AttendeeKind::Professional;
    nurse.professionalId = QStringLiteral("pro-nurse");
    nurse.attendance = meeting::Attendance::Present;
    meeting::Attendee absent = nurse;
    absent.professionalId = QStringLiteral("pro-away");
    absent.attendance = meeting::Attendance::Apologies;
    meeting::Attendee interpreter;
    interpreter.kind = meeting::AttendeeKind::Other;
    interpreter.displayName = QStringLiteral("Interpreter");
    interpreter.attendance = meeting::Attendance::Present;

    const QList<Audience> present = audiencesPresent({mum, nurse, absent, interpreter});
    REQUIRE(present.size() == 2);
    CHECK(present[0].kind == AudienceKind::Person);
    CHECK(present[0].id == QLatin1String("p-mum"));
    CHECK(present[1].kind == AudienceKind::Professional);
    CHECK(present[1].id == QLatin1String("pro-nurse"));
}

TEST_CASE("What a young person keeps from their parents is hidden while a parent is in the room",
          "[projection]") {
    ConsentFamily f;
    keepFromParents(f, Category::Health);
    const consent::FamilySharing family = f.rules->forFamily(f.familyId);
    const ProjectionPlan made(f);

    const Projection withMum =
        SafeToProject(family, {Audience::person(f.motherId), Audience::person(f.youngPersonId)})
            .project(made.plan);
    const QStringList shown = projectedTexts(withMum.safe);
    // The need about Yusuf's health, and his views (anything about him overlaps health).
    CHECK_FALSE(shown.contains(QStringLiteral("Yusuf is worried about his sleep")));
    CHECK_FALSE(shown.contains(QStringLiteral("Book a sleep clinic appointment")));
    CHECK_FALSE(shown.contains(QStringLiteral("I feel tired all the time")));
    CHECK(withMum.isHidden(QStringLiteral("view-yusuf")));
    CHECK(withMum.isHidden(QStringLiteral("action-clinic")));
    CHECK(withMum.hidden.value(QStringLiteral("need-health")).contains(QStringLiteral("Amira")));
    // The need, its outcome, its action and Yusuf's views: four items, none drawn.
    CHECK(withMum.safe.hiddenCount == 4);
    CHECK(withMum.hidden.size() == 4);
    // The school need, the family's views and the score are not health and stay.
    CHECK(shown.contains(QStringLiteral("Set an alarm for 7:30 every school day")));
    CHECK(shown.contains(QStringLiteral("We want mornings to be calmer")));
    CHECK(withMum.safe.confidence.size() == 1);

    const Projection withoutMum =
        SafeToProject(family, {Audience::person(f.youngPersonId),
                               Audience::professional(f.familyLivesWorkerId)})
            .project(made.plan);
    CHECK(projectedTexts(withoutMum.safe).contains(QStringLiteral("I feel tired all the time")));
    CHECK(projectedTexts(withoutMum.safe)
              .contains(QStringLiteral("Book a sleep clinic appointment")));
    CHECK(withoutMum.hidden.isEmpty());
    CHECK(withoutMum.safe.hiddenCount == 0);
    CHECK(withoutMum.safe.actionCount() == 2);
}

TEST_CASE("Confidential items are never projected, whoever is in the room", "[projection]") {
    ConsentFamily f;
    REQUIRE(f.consents->record(f.familyConsent(QDate(2026, 10, 1), {kFamilyLives})));
    ProjectionPlan made(f);
    made.plan.actions[1].confidential = true;
    made.plan.outcomes[0].confidential = true;
    made.plan.childViews[0].confidential = true;
    const consent::FamilySharing family = f.rules->forFamily(f.familyId);

    const Projection projected = SafeToProject(family, {}).project(made.plan);
    const QStringList shown = projectedTexts(projected.safe);
    CHECK_FALSE(shown.contains(QStringLiteral("Set an alarm for 7:30 every school day")));
    CHECK_FALSE(shown.contains(QStringLiteral("Yusuf sleeps well")));
    CHECK_FALSE(shown.contains(QStringLiteral("Book a sleep clinic appointment")));
    CHECK_FALSE(shown.contains(QStringLiteral("I feel tired all the time")));
    // The health need itself is not confidential and is still shown.
    CHECK(shown.contains(QStringLiteral("Yusuf is worried about his sleep")));
    // Confidential outcome + its action, the confidential action, the child's view.
    CHECK(projected.safe.hiddenCount == 4);
    CHECK(projected.hidden.value(QStringLiteral("action-alarm")) ==
          SafeToProject::tr("Marked confidential"));
}

TEST_CASE("Nothing is projected about the family to a professional without consent",
          "[projection]") {
    ConsentFamily f; // no consent recorded at all
    const ProjectionPlan made(f);
    const consent::FamilySharing family = f.rules->forFamily(f.familyId);
    const Projection projected =
        SafeToProject(family, {Audience::professional(f.outsiderId)}).project(made.plan);
    CHECK(projected.safe.needs.isEmpty());
    CHECK(projected.safe.views.isEmpty());
    CHECK(projected.safe.confidence.isEmpty());
    // 2 needs, 2 outcomes, 2 actions, the family's views, Yusuf's views, one score.
    CHECK(projected.safe.hiddenCount == 9);
    CHECK(projected.isHidden(kFamilyViewsItem));
}

TEST_CASE("An action about one person follows the restrictions about them", "[projection]") {
    ConsentFamily f;
    keepFromParents(f, Category::School);
    ProjectionPlan made(f);
    plan::PlanAction tutoring =
        ProjectionPlan::action(QStringLiteral("action-tutor"), QStringLiteral("outcome-school"),
                               QStringLiteral("Yusuf meets his maths tutor on Tuesdays"));
    tutoring.aboutPersonId = f.youngPersonId;
    made.plan.actions.append(tutoring);
    const consent::FamilySharing family = f.rules->forFamily(f.familyId);

    const Projection withMum =
        SafeToProject(family, {Audience::person(f.motherId)}).project(made.plan);
    const QStringList shown = projectedTexts(withMum.safe);
    // Zainab's school need and its action stay; Yusuf's school action and his views go.
    CHECK(shown.contains(QStringLiteral("Getting Zainab to school on time")));
    CHECK(shown.contains(QStringLiteral("Set an alarm for 7:30 every school day")));
    CHECK_FALSE(shown.contains(QStringLiteral("Yusuf meets his maths tutor on Tuesdays")));
    CHECK(withMum.isHidden(QStringLiteral("action-tutor")));
    CHECK(withMum.isHidden(QStringLiteral("view-yusuf")));
    // Yusuf's health need is not about school.
    CHECK(shown.contains(QStringLiteral("Yusuf is worried about his sleep")));
    CHECK(withMum.safe.hiddenCount == 2);
}
