#include "assessment/field_values.h"

#include "assessment/assessment_model.h"

#include <QDate>
#include <cmath>

namespace kith::assessment {
namespace {

// "85" rather than "85.0"; up to two decimal places when there are any.
QString numberText(double value) {
    return QString::number(value, 'g', 10);
}

} // namespace

Status FieldValues::check(const FieldDefinition& field, const QJsonValue& value,
                          const FamilyContext& family) {
    if (value.isNull() || value.isUndefined())
        return okStatus();
    const QString& label = field.label;
    switch (field.kind) {
    case FieldKind::ShortText:
        if (!value.isString())
            return Status::fail(tr("%1: give this as text.").arg(label));
        if (value.toString().contains(QLatin1Char('\n')))
            return Status::fail(tr("%1: keep this to one line, or use a longer answer field "
                                   "for more.")
                                    .arg(label));
        if (value.toString().size() > kShortTextLimit)
            return Status::fail(tr("%1: this is %2 characters; keep it to %3.")
                                    .arg(label)
                                    .arg(value.toString().size())
                                    .arg(kShortTextLimit));
        return okStatus();
    case FieldKind::LongText:
        if (!value.isString())
            return Status::fail(tr("%1: give this as text.").arg(label));
        return okStatus();
    case FieldKind::Date:
        if (!value.isString() || !QDate::fromString(value.toString(), Qt::ISODate).isValid())
            return Status::fail(
                tr("%1: give a date as year-month-day, e.g. 2026-11-25.").arg(label));
        return okStatus();
    case FieldKind::Choice:
        for (const ChoiceOption& option : field.options) {
            if (value.isString() && option.code == value.toString())
                return okStatus();
        }
        return Status::fail(tr("%1: choose one of the options given.").arg(label));
    case FieldKind::Scale: {
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || number != std::floor(number) || number < field.scaleMin ||
            number > field.scaleMax)
            return Status::fail(tr("%1: give a whole number from %2 (%3) to %4 (%5).")
                                    .arg(label)
                                    .arg(field.scaleMin)
                                    .arg(field.scaleMinLabel)
                                    .arg(field.scaleMax)
                                    .arg(field.scaleMaxLabel));
        return okStatus();
    }
    case FieldKind::Number:
        if (!value.isDouble() || value.toDouble() < field.numberMin ||
            value.toDouble() > field.numberMax)
            return Status::fail(
                tr("%1: give a number from %2 to %3.")
                    .arg(label, numberText(field.numberMin), numberText(field.numberMax)));
        return okStatus();
    case FieldKind::YesNo:
        if (!value.isBool())
            return Status::fail(tr("%1: answer yes or no.").arg(label));
        return okStatus();
    case FieldKind::PersonRef:
        if (!value.isString() || !family.names.contains(value.toString()))
            return Status::fail(tr("%1: choose a member of this family.").arg(label));
        return okStatus();
    case FieldKind::Repeating:
        return Status::fail(tr("%1: answer each row's questions one by one.").arg(label));
    }
    return okStatus();
}

QString FieldValues::text(const FieldDefinition& field, const QJsonValue& value,
                          const FamilyContext& family) {
    if (!isAnswered(value))
        return tr("(not answered)");
    switch (field.kind) {
    case FieldKind::Choice:
        return field.optionLabel(value.toString());
    case FieldKind::Scale:
        return QString::number(value.toInt());
    case FieldKind::Number:
        return field.unit.isEmpty() ? numberText(value.toDouble())
                                    : numberText(value.toDouble()) + QLatin1Char(' ') + field.unit;
    case FieldKind::YesNo:
        return value.toBool() ? tr("Yes") : tr("No");
    case FieldKind::PersonRef: {
        const QString name = family.nameOf(value.toString());
        return name.isEmpty() ? tr("(someone no longer in the family record)") : name;
    }
    case FieldKind::Date:
        return QDate::fromString(value.toString(), Qt::ISODate)
            .toString(QStringLiteral("d MMMM yyyy"));
    default:
        return value.toString();
    }
}

} // namespace kith::assessment
