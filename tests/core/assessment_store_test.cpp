#include "assessment/assessment_history.h"
#include "assessment_test_family.h"

#include <QSqlQuery>

using namespace kith;
using namespace kith::assessment;
using testing::AssessmentFamily;

TEST_CASE("An assessment round-trips through the store with a change-log entry per write",
          "[assessment][store]") {
    AssessmentFamily f;
    const auto id = f.assessments->start(f.familyId);
    REQUIRE(id);
    f.save(id.value(), QStringLiteral("story/now"), QStringLiteral("Things are hard."));
    f.save(id.value(), QStringLiteral("scaling/score"), 8);
    f.save(id.value(), QStringLiteral("school/children/%1/attendance_this_year").arg(f.childId),
           91.5);

    const auto back = f.assessments->load(id.value());
    REQUIRE(back);
    CHECK(back->familyId == f.familyId);
    CHECK(back->formId == QLatin1String("torbay-eha"));
    CHECK(back->formVersion == 1);
    CHECK(back->status == AssessmentStatus::Draft);
    CHECK(back->version == 1);
    CHECK(back->startedBy == f.familyLivesWorkerId);
    CHECK(f.assessments->current(f.familyId)->id == id.value());

    const Answers answers = f.assessments->answers(id.value());
    CHECK(answers.size() == 3);
    CHECK(answers.value(QStringLiteral("story/now")).toString() ==
          QLatin1String("Things are hard."));
    CHECK(answers.value(QStringLiteral("scaling/score")).toInt() == 8);
    CHECK(answers.value(QStringLiteral("school/children/%1/attendance_this_year").arg(f.childId))
              .toDouble() == 91.5);

    QSqlQuery log(f.store.database->connection());
    REQUIRE(log.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE entity LIKE "
                                    "'assessment%'")));
    REQUIRE(log.next());
    CHECK(log.value(0).toInt() >= 7); // the assessment, 3 answers, 3 contributions
}

TEST_CASE("Bad answers are refused and nothing is stored", "[assessment][store]") {
    AssessmentFamily f;
    const QString id = f.assessments->start(f.familyId).value();
    const auto refused = [&](const QString& path, const QJsonValue& value) {
        const Status saved = f.assessments->saveAnswer(id, path, value);
        REQUIRE_FALSE(saved);
        return saved.error();
    };
    CHECK(
        refused(QStringLiteral("scaling/score"), 12).contains(QLatin1String("Where are we now?")));
    CHECK(refused(QStringLiteral("story/nonsense"), QStringLiteral("x"))
              .contains(QLatin1String("not a question")));
    CHECK(refused(QStringLiteral("voice/children/not-a-child/views"), QStringLiteral("x"))
              .contains(QLatin1String("child of this family")));
    CHECK(f.assessments->answers(id).isEmpty());
    CHECK(f.assessments->contributions(id).isEmpty());

    AssessmentFamily other;
    other.assessments->setActor({});
    CHECK_FALSE(other.assessments->start(other.familyId));
}

TEST_CASE("Each save records who contributed and when; the first score is the baseline",
          "[assessment][store]") {
    AssessmentFamily f;
    const QString id = f.assessments->start(f.familyId).value();
    f.save(id, QStringLiteral("scaling/score"), 8);
    f.store.clock.advanceSeconds(3600);
    f.assessments->setActor(f.schoolLeadId);
    f.save(id, QStringLiteral("scaling/score"), 6);
    f.save(id, QStringLiteral("scaling/score"), 6); // unchanged: no new contribution

    const QList<Contribution> list = f.assessments->contributions(id);
    REQUIRE(list.size() == 2);
    CHECK(list[0].by == f.familyLivesWorkerId);
    CHECK(list[0].value.toInt() == 8);
    CHECK(list[1].by == f.schoolLeadId);
    CHECK(list[1].at == f.store.clock.nowUtc());
    CHECK(list[1].value.toInt() == 6);
    CHECK(f.assessments->firstValue(id, QStringLiteral("scaling/score")).toInt() == 8);
    CHECK(f.assessments->answers(id).value(QStringLiteral("scaling/score")).toInt() == 6);

    QSqlQuery query(f.store.database->connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE assessment_contribution SET value = '1'")));
}

TEST_CASE("Completeness per section and the list of what is missing", "[assessment][store]") {
    AssessmentFamily f;
    const QString id = f.assessments->start(f.familyId).value();
    auto complete = f.assessments->completeness(*f.assessments->load(id));
    REQUIRE(complete);
    CHECK_FALSE(complete.value().isComplete());
    // Only the shared family record counts already: the people are in it.
    CHECK(complete.value().percent() < 10);
    CHECK(complete.value().sections.first().isComplete());
    const QStringList missing = complete.value().missing();
    CHECK(missing.contains(QStringLiteral("Our family story: What is happening now")));
    CHECK(missing.contains(
        QStringLiteral("Your family's consent and privacy: record the family's consent (written "
                       "or verbal)")));
    // One entry per born child: Zainab and Yusuf; the unborn baby has no voice entry.
    CHECK(missing.contains(QStringLiteral(
        "The voice of each child: Zainab Khan: In their own words or What we observed")));
    CHECK(missing.contains(QStringLiteral(
        "The voice of each child: Yusuf Khan: In their own words or What we observed")));
    CHECK(missing.filter(QStringLiteral("The voice of each child")).size() == 2);

    f.giveConsent();
    f.completeAll(id);
    complete = f.assessments->completeness(*f.assessments->load(id));
    INFO(complete.value().missing().join(QLatin1Char('\n')).toStdString());
    CHECK(complete.value().isComplete());
    CHECK(complete.value().percent() == 100);
    for (const SectionCompleteness& section : complete.value().sections)
        CHECK(section.isComplete());
}

TEST_CASE("Sign-off: submit when complete, return with comments, approve freezes, an edit "
          "starts version 2 and the history shows the change",
          "[assessment][store][signoff]") {
    AssessmentFamily f;
    const QString id = f.assessments->start(f.familyId).value();
    f.save(id, QStringLiteral("story/now"), QStringLiteral("Money is tight."));
    const Status early = f.assessments->submit(id);
    REQUIRE_FALSE(early);
    CHECK(early.error().contains(QLatin1String("Still needed")));
    CHECK(f.assessments->load(id)->status == AssessmentStatus::Draft);

    f.giveConsent();
    f.completeAll(id);
    REQUIRE(f.assessments->submit(id));
    CHECK(f.assessments->load(id)->status == AssessmentStatus::Submitted);
    CHECK_FALSE(f.assessments->saveAnswer(id, QStringLiteral("story/now"), QStringLiteral("x")));
    // The writer cannot sign off their own assessment.
    CHECK_FALSE(f.assessments->approve(id));

    f.assessments->setActor(f.managerId);
    CHECK_FALSE(f.assessments->returnForChanges(id, QStringLiteral("  ")));
    REQUIRE(f.assessments->returnForChanges(id, QStringLiteral("Say more about school.")));
    CHECK(f.assessments->load(id)->status == AssessmentStatus::Returned);

    f.assessments->setActor(f.familyLivesWorkerId);
    f.save(id, QStringLiteral("school/children/%1/setting").arg(f.youngPersonId),
           QStringLiteral("Parkfield Academy"));
    REQUIRE(f.assessments->submit(id));
    f.assessments->setActor(f.managerId);
    REQUIRE(f.assessments->approve(id, QStringLiteral("Clear and specific.")));
    auto approved = f.assessments->load(id);
    CHECK(approved->status == AssessmentStatus::Approved);
    CHECK(approved->version == 1);
    const QList<FrozenVersion> frozen = f.assessments->versions(id);
    REQUIRE(frozen.size() == 1);
    CHECK(frozen[0].approvedBy == f.managerId);
    CHECK(frozen[0].answers.value(QStringLiteral("scaling/score")).toInt() == 7);

    const QList<Review> reviews = f.assessments->reviews(id);
    REQUIRE(reviews.size() == 4);
    CHECK(reviews[1].action == ReviewAction::Returned);
    CHECK(reviews[1].comments == QLatin1String("Say more about school."));
    CHECK(reviews[3].action == ReviewAction::Approved);

    // An edit after sign-off: version 2, a draft; version 1 stays as it was.
    f.assessments->setActor(f.familyLivesWorkerId);
    f.save(id, QStringLiteral("scaling/score"), 5);
    const auto second = f.assessments->load(id);
    CHECK(second->version == 2);
    CHECK(second->status == AssessmentStatus::Draft);
    CHECK(f.assessments->versions(id)[0].answers.value(QStringLiteral("scaling/score")).toInt() ==
          7);
    CHECK(f.assessments->firstValue(id, QStringLiteral("scaling/score")).toInt() == 7);

    const auto history = assessmentHistory(*f.assessments, f.store.database->connection(), *second);
    REQUIRE(history);
    REQUIRE(history.value().size() == 2);
    const VersionChanges& latest = history.value().last();
    CHECK(latest.fromVersion == 1);
    CHECK(latest.toVersion == 2);
    CHECK(latest.toIsDraft);
    REQUIRE(latest.changes.size() == 1);
    CHECK(latest.changes[0].label == QLatin1String("The scaling question: Where are we now?"));
    CHECK(latest.changes[0].before == QLatin1String("7"));
    CHECK(latest.changes[0].after == QLatin1String("5"));
    CHECK(history.value().first().changes.size() >= 11);
}

TEST_CASE("The family's disagreement is kept and stays visible", "[assessment][store]") {
    AssessmentFamily f;
    const QString id = f.assessments->start(f.familyId).value();
    CHECK_FALSE(f.assessments->recordAgreement(id, Agreement::Disagree, {}));
    REQUIRE(f.assessments->recordAgreement(
        id, Agreement::Disagree, QStringLiteral("We do not think school is a worry."), f.motherId));
    f.store.clock.advanceSeconds(60);
    REQUIRE(f.assessments->recordAgreement(id, Agreement::Agree, {}));
    const QList<FamilyAgreement> said = f.assessments->agreements(id);
    REQUIRE(said.size() == 2);
    CHECK(said[0].agreement == Agreement::Disagree);
    CHECK(said[0].comments == QLatin1String("We do not think school is a worry."));
    CHECK(said[0].personId == f.motherId);
    CHECK(said[1].agreement == Agreement::Agree);
    QSqlQuery query(f.store.database->connection());
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM family_agreement")));
    CHECK(f.assessments->agreements(id).size() == 2);
}

TEST_CASE("An assessment made with an old form version still opens after the form changes",
          "[assessment][store][form]") {
    AssessmentFamily f;
    const QString id = f.assessments->start(f.familyId).value();
    f.save(id, QStringLiteral("useful/information"), QStringLiteral("Visit after 10."));

    // The council publishes version 2: "useful" is gone, a new section arrives.
    FormLibrary library = FormLibrary::builtIn();
    FormDefinition second = *library.latest(QStringLiteral("torbay-eha"));
    second.version = 2;
    second.sections.removeIf(
        [](const SectionDefinition& s) { return s.key == QLatin1String("useful"); });
    library.add(second);
    AssessmentStore later(*f.store.database, library);
    later.setActor(f.familyLivesWorkerId);

    const auto old = later.load(id);
    REQUIRE(old);
    const auto opened = later.formOf(*old);
    REQUIRE(opened);
    CHECK(opened.value().definition->version == 1);
    CHECK(opened.value().note.isEmpty());
    CHECK(later.saveAnswer(id, QStringLiteral("useful/information"), QStringLiteral("After 11.")));
    // A new assessment uses the new version.
    AssessmentFamily other;
    AssessmentStore otherStore(*other.store.database, library);
    otherStore.setActor(other.familyLivesWorkerId);
    CHECK(otherStore.load(otherStore.start(other.familyId).value())->formVersion == 2);

    // A version this Kith does not have falls back, and says so.
    FormLibrary onlyTwo;
    onlyTwo.add(second);
    const auto fallback = onlyTwo.open(QStringLiteral("torbay-eha"), 1);
    REQUIRE(fallback);
    CHECK(fallback.value().definition->version == 2);
    CHECK(fallback.value().note.contains(QLatin1String("version 1")));
    CHECK_FALSE(onlyTwo.open(QStringLiteral("westminster-eha"), 1));
}
