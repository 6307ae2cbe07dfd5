#include "protocol/wire.h"
#include "store/raw_statements.h"

#include <QByteArray>

namespace kith::sync {

QString formatMoment(const QDateTime& moment) {
    return moment.isValid() ? moment.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
                            : QString();
}

QDateTime parseMoment(const QString& text) {
    QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    return moment.isValid() ? moment.toUTC() : QDateTime();
}

QJsonValue toWireValue(const QVariant& value) {
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QJsonObject{
            {QStringLiteral("base64"), QString::fromLatin1(value.toByteArray().toBase64())}};
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

QVariant fromWireValue(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        if (static_cast<double>(whole) == number)
            return QVariant(whole);
        return QVariant(number);
    }
    case QJsonValue::Bool:
        return QVariant(value.toBool() ? 1 : 0);
    case QJsonValue::Object:
        return QByteArray::fromBase64(
            value.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    default:
        return QVariant();
    }
}

void bindWireValue(store::RawStatement& statement, int index, const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String:
        statement.bindText(index, value.toString());
        return;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        if (static_cast<double>(whole) == number)
            statement.bindInteger(index, whole);
        else
            statement.bindDouble(index, number);
        return;
    }
    case QJsonValue::Bool:
        statement.bindInteger(index, value.toBool() ? 1 : 0);
        return;
    case QJsonValue::Object:
        statement.bindBlob(
            index, QByteArray::fromBase64(
                       value.toObject().value(QStringLiteral("base64")).toString().toLatin1()));
        return;
    default:
        statement.bindNull(index);
    }
}

} // namespace kith::sync
