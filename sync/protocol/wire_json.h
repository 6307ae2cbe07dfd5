#pragma once

// Small readers for the wire types' fromJson: each failure names the member that was wrong.

#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace kith::sync::json {

inline QString missing(const QString& where, const QString& member) {
    return QStringLiteral("%1: \"%2\" is missing or of the wrong type").arg(where, member);
}

inline bool text(const QJsonObject& json, const QString& member, QString& out) {
    const QJsonValue value = json.value(member);
    if (!value.isString())
        return false;
    out = value.toString();
    return true;
}

// A text member that may be absent or null.
inline QString optionalText(const QJsonObject& json, const QString& member) {
    return json.value(member).toString();
}

inline bool integer(const QJsonObject& json, const QString& member, qint64& out) {
    const QJsonValue value = json.value(member);
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    out = static_cast<qint64>(number);
    return static_cast<double>(out) == number;
}

inline QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace kith::sync::json
