#pragma once

#include "assessment/assessment_store.h"

#include <QJsonObject>

namespace kith::assessment {

// The assessment as one JSON document (kithctl assessment export --format json): the form
// it answers, its status and due date, completeness, every answer with its question's
// label and readable text, the signed-off versions and what changed, the sign-off
// decisions and the family's agreement. Names the reader is shown come from the family
// record; the document is for people allowed to see the whole assessment.
Result<QJsonObject> exportAssessment(const AssessmentStore& store, const Database& database,
                                     const Assessment& assessment);

} // namespace kith::assessment
