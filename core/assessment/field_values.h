#pragma once

#include "assessment/family_context.h"
#include "assessment/form_definition.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace kith::assessment {

// Checks and shows the value of one field, by its kind.
class FieldValues {
    Q_DECLARE_TR_FUNCTIONS(kith::assessment::FieldValues)

public:
    // Short text is one line of at most this many characters.
    static constexpr int kShortTextLimit = 200;

    // Whether `value` fits the field. A null value (clearing an answer) always fits:
    // whether a field must be answered is a matter for completeness, not for saving a
    // draft. The message names the field and says what to give instead.
    static Status check(const FieldDefinition& field, const QJsonValue& value,
                        const FamilyContext& family);

    // The value as a person reads it: a choice's label, "Yes", a person's name, "85 %".
    static QString text(const FieldDefinition& field, const QJsonValue& value,
                        const FamilyContext& family);
};

} // namespace kith::assessment
