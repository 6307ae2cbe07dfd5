#pragma once

#include "assessment/assessment_deadline.h"
#include "assessment/assessment_model.h"
#include "assessment/completeness.h"
#include "assessment/form_definition.h"

#include <QCoreApplication>
#include <functional>

namespace kith::ui {

// The plain words at the top of the Assessment tab and in its section list: where the
// assessment stands, when it is due, how far each section has got, what the family said.
class AssessmentSummary {
    Q_DECLARE_TR_FUNCTIONS(kith::ui::AssessmentSummary)

public:
    using NameOf = std::function<QString(const QString& id)>;

    // "Draft, version 1", "Sent for sign-off on 3 Nov 2026 by Sam Lee. ...", ...
    static QString status(const assessment::Assessment& assessment,
                          const QList<assessment::Review>& reviews, const NameOf& professional);
    // The manager's comments when the assessment was returned; empty otherwise.
    static QString returnedComments(const assessment::Assessment& assessment,
                                    const QList<assessment::Review>& reviews,
                                    const NameOf& professional);
    // Not signed off and past its due date.
    static bool overdue(const assessment::AssessmentDeadline& deadline,
                        const assessment::Assessment& assessment, const QDate& today);
    // "Due Tue 15 Dec 2026, 20 working days from the family's consent on 16 November 2026."
    static QString due(const assessment::AssessmentDeadline& deadline,
                       const assessment::Assessment& assessment, const QDate& today);
    // "62% complete: 13 of 21 required answers given".
    static QString overall(const assessment::Completeness& completeness);
    // The section list's second line: "Complete", "3 of 5 answered", "Nothing required".
    static QString progress(const assessment::SectionDefinition& section,
                            const assessment::SectionCompleteness& done);
    // What the family said, newest first; `anyDisagreement` is set when any entry is
    // "partly" or "disagree" (those stay on the page).
    static QString familyViews(const QList<assessment::FamilyAgreement>& agreements,
                               const NameOf& person, bool* anyDisagreement);
    // The first few missing items, then "and N more".
    static QString missing(const QStringList& items, int shown = 4);
    static QString shortDate(const QDate& day);
};

} // namespace kith::ui
