#include "meeting/visual_agenda.h"

#include <array>

namespace kith::meeting {
namespace {

struct StepText {
    const char* iconKey;
    const char* title;
    const char* whatHappens;
};

// The standard TAF agenda (seed 003 "Visual Agenda" and "Suggested Meeting Format"), in
// words a child in the room can follow.
constexpr std::array<StepText, VisualAgenda::kStepCount> kSteps{{
    {"welcome", QT_TRANSLATE_NOOP("kith::meeting::VisualAgenda", "Welcome"),
     QT_TRANSLATE_NOOP("kith::meeting::VisualAgenda",
                       "We say hello, say who we are and what we do, and who could not come.")},
    {"expectations", QT_TRANSLATE_NOOP("kith::meeting::VisualAgenda", "How we work together"),
     QT_TRANSLATE_NOOP("kith::meeting::VisualAgenda",
                       "We agree how we will talk and listen, breaks and phones, and what we "
                       "keep private.")},
    {"purpose", QT_TRANSLATE_NOOP("kith::meeting::VisualAgenda", "Why we are here"),
     QT_TRANSLATE_NOOP("kith::meeting::VisualAgenda",
                       "We say in a few words what this meeting is for.")},
    {"story", QT_TRANSLATE_NOOP("kith::meeting::VisualAgenda", "What has happened"),
     QT_TRANSLATE_NOOP("kith::meeting::VisualAgenda",
                       "We look at the assessment and the last meeting, and everyone adds what "
                       "they know.")},
    {"needs",
     QT_TRANSLATE_NOOP("kith::meeting::VisualAgenda", "What is going well and what is needed"),
     QT_TRANSLATE_NOOP("kith::meeting::VisualAgenda",
                       "The family says what they are good at, and we agree what needs to "
                       "change.")},
    {"plan", QT_TRANSLATE_NOOP("kith::meeting::VisualAgenda", "Our plan"),
     QT_TRANSLATE_NOOP("kith::meeting::VisualAgenda",
                       "Together we write who will do what, and by when, in the family's own "
                       "words.")},
    {"review_date", QT_TRANSLATE_NOOP("kith::meeting::VisualAgenda", "When we meet again"),
     QT_TRANSLATE_NOOP("kith::meeting::VisualAgenda",
                       "We choose the date, time and place to look at how the plan is going.")},
    {"circulate", QT_TRANSLATE_NOOP("kith::meeting::VisualAgenda", "Everyone gets the plan"),
     QT_TRANSLATE_NOOP("kith::meeting::VisualAgenda",
                       "Everyone here gets a copy of the plan, and the children hear what was "
                       "agreed.")},
}};

} // namespace

QList<AgendaStep> VisualAgenda::steps() {
    QList<AgendaStep> all;
    all.reserve(kStepCount);
    for (int number = 1; number <= kStepCount; ++number)
        all.append(step(number));
    return all;
}

AgendaStep VisualAgenda::step(int number) {
    if (!isStep(number))
        return {};
    const StepText& text = kSteps.at(static_cast<std::size_t>(number - 1));
    return {number, QString::fromLatin1(text.iconKey), tr(text.title), tr(text.whatHappens)};
}

} // namespace kith::meeting
