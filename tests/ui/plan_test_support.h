#pragma once

// A demo family with a plan (one need, one outcome) and a TAF meeting where a parent and
// a professional are present: what the plan and agenda UI tests start from.

#include "meeting/meeting_store.h"
#include "plan/plan_store.h"
#include "ui_test_support.h"

#include <catch2/catch.hpp>

namespace kith::ui::test {

struct PlanFamily {
    DemoStore demo{6};
    FamilyRecord family;
    QString parentId;
    QString planId;
    QString needId;
    QString outcomeId;
    QString meetingId;
    std::unique_ptr<plan::PlanStore> plans;
    std::unique_ptr<meeting::MeetingStore> meetings;

    PlanFamily() {
        const auto found = findFamilyWith(demo.session->store(), [](const Person& person) {
            return person.role == PersonRole::Parent;
        });
        REQUIRE(found);
        family = *found;
        for (const Person& person : family.people) {
            if (person.role == PersonRole::Parent && parentId.isEmpty())
                parentId = person.id;
        }
        plans = std::make_unique<plan::PlanStore>(demo.session->database());
        plans->setActor(QStringLiteral("ui test"));
        meetings = std::make_unique<meeting::MeetingStore>(demo.session->database());
        meetings->setActor(QStringLiteral("ui test"));
        if (const auto existing = plans->current(family.family.id)) {
            planId = existing->id;
        } else {
            const Result<QString> started = plans->start(family.family.id);
            INFO(started.error().toStdString());
            REQUIRE(started);
            planId = started.value();
        }
        plan::PlanNeed need;
        need.text = QStringLiteral("Mornings are a struggle and Sam is often late for school");
        const Result<QString> savedNeed = plans->saveNeed(planId, need);
        INFO(savedNeed.error().toStdString());
        REQUIRE(savedNeed);
        needId = savedNeed.value();
        plan::PlanOutcome outcome;
        outcome.needId = needId;
        outcome.heading = plan::OutcomeHeading::Education;
        outcome.text = QStringLiteral("Sam is in class by 8:50 every day");
        const Result<QString> savedOutcome = plans->saveOutcome(planId, outcome);
        INFO(savedOutcome.error().toStdString());
        REQUIRE(savedOutcome);
        outcomeId = savedOutcome.value();

        meeting::NewMeeting made;
        made.familyId = family.family.id;
        made.kind = meeting::MeetingKind::First;
        made.startsAt = QDateTime(testToday().addDays(2), QTime(10, 0), Qt::UTC);
        made.place = QStringLiteral("Family Hub");
        const Result<QString> scheduled = meetings->schedule(made);
        INFO(scheduled.error().toStdString());
        REQUIRE(scheduled);
        meetingId = scheduled.value();
        meeting::Attendee parent;
        parent.kind = meeting::AttendeeKind::FamilyMember;
        parent.personId = parentId;
        parent.role = QStringLiteral("Parent");
        parent.attendance = meeting::Attendance::Present;
        const Result<QString> added = meetings->addAttendee(meetingId, parent);
        INFO(added.error().toStdString());
        REQUIRE(added);
    }

    // An action under the outcome, saved through the store; its id.
    QString addAction(const QString& what, bool confidential = false, QDate due = {}) {
        plan::PlanAction action;
        action.outcomeId = outcomeId;
        action.what = what;
        action.owner.kind = plan::OwnerKind::FamilyMember;
        action.owner.personId = parentId;
        action.owner.name = QStringLiteral("Parent");
        action.dueOn = due;
        action.howWeWillKnow = QStringLiteral("The school register");
        action.confidential = confidential;
        const Result<QString> saved = plans->saveAction(planId, action);
        INFO(saved.error().toStdString());
        REQUIRE(saved);
        return saved.value();
    }
};

} // namespace kith::ui::test
