#pragma once

#include "assessment/assessment_model.h"
#include "assessment/family_context.h"
#include "assessment/form_definition.h"

#include <QCoreApplication>

namespace kith::assessment {

struct SectionCompleteness {
    QString key;
    QString title;
    int required = 0;    // required answers (one per required field, per child row)
    int given = 0;       // of those, how many are answered
    QStringList missing; // what is still needed, in plain words

    bool isComplete() const { return missing.isEmpty(); }
};

// How far an assessment has got, section by section, and what is missing before it can
// be sent for sign-off.
struct Completeness {
    Q_DECLARE_TR_FUNCTIONS(kith::assessment::Completeness)

public:
    QList<SectionCompleteness> sections;

    bool isComplete() const;
    int percent() const; // of required answers given; 100 when nothing is required
    // Every missing item as "Section: what is missing".
    QStringList missing() const;

    static Completeness of(const FormDefinition& form, const Answers& answers,
                           const FamilyContext& family);
};

} // namespace kith::assessment
