#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kith::meeting {

// One step of the standard TAF meeting agenda (seed 003 "Visual Agenda"), shown on the
// projector so that the family can follow the meeting.
struct AgendaStep {
    int number = 0;      // 1..8
    QString iconKey;     // "welcome", "expectations", "purpose", "story", "needs", "plan",
                         // "review_date", "circulate": the UI draws a picture for each
    QString title;       // short, e.g. "Welcome"
    QString whatHappens; // one plain sentence
};

class VisualAgenda {
    Q_DECLARE_TR_FUNCTIONS(kith::meeting::VisualAgenda)

public:
    static constexpr int kStepCount = 8;
    // The 8 steps in order, titles and sentences translated.
    static QList<AgendaStep> steps();
    // The step with this number, or an empty step (number 0) when out of range.
    static AgendaStep step(int number);
    static bool isStep(int number) { return number >= 1 && number <= kStepCount; }
};

} // namespace kith::meeting
