#pragma once

// The plan as a JSON document: what `kithctl plan export --format json` writes and
// `kithctl plan check` reads. Codes, not labels, so it round-trips; RAG and heading titles
// are added for readers and ignored when read back.
//
// {
//   "kind": "kith.plan", "format": 1,
//   "plan_id", "family_id", "assessment_id", "status": "draft"|"agreed", "version": n,
//   "exported_on": "YYYY-MM-DD" (the day RAG was computed for),
//   "needs":    [{"id", "text", "source_path", "confidential", "about_person_id"}],
//   "outcomes": [{"id", "need_id", "heading", "heading_title", "text", "confidential"}],
//   "actions":  [{"id", "outcome_id", "what", "owner": {"kind", "person_id" |
//                 "professional_id", "name"}, "due_on", "how_we_will_know", "support",
//                 "status", "rag", "confidential", "about_person_id"}],
//   "family_views": "...",
//   "child_views": [{"id", "child_id", "child_name", "words", "present", "how_gathered",
//                    "confidential"}],
//   "confidence": [{"id", "score", "by", "person_id"}],
//   "if_nothing_changes": "..."
// }

#include "plan/plan_model.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace kith::plan {

QJsonObject planToJson(const Plan& plan, QDate today);

struct PlanJson {
    Q_DECLARE_TR_FUNCTIONS(kith::plan::PlanJson)

public:
    // Reads a document written by planToJson (or by hand). Refuses, naming the field and
    // the fix, when it is not a plan document or a field has the wrong type or code.
    static Result<Plan> fromJson(const QJsonObject& object);
    static Result<Plan> fromBytes(const QByteArray& bytes);
};

} // namespace kith::plan
