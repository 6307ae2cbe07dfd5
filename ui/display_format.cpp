#include "display_format.h"

#include <QLocale>
#include <QStringList>

namespace kith::ui {

QString DisplayFormat::date(const QDate& value) {
    return value.isValid() ? value.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString DisplayFormat::birthOrDue(const Person& person) {
    if (person.unborn) {
        if (!person.expectedDeliveryDate.isValid())
            return tr("due date not known");
        return tr("due %1").arg(date(person.expectedDeliveryDate));
    }
    return date(person.dateOfBirth);
}

QString DisplayFormat::age(const Person& person, const QDate& today) {
    const int years = person.ageOn(today);
    if (years < 0)
        return {};
    if (years >= 2)
        return QString::number(years);
    int months = (today.year() - person.dateOfBirth.year()) * 12 + today.month() -
                 person.dateOfBirth.month();
    if (today.day() < person.dateOfBirth.day())
        --months;
    if (months >= 1)
        return months == 1 ? tr("1 month") : tr("%1 months").arg(months);
    const qint64 weeks = person.dateOfBirth.daysTo(today) / 7;
    return weeks == 1 ? tr("1 week") : tr("%1 weeks").arg(weeks);
}

QString DisplayFormat::nhsNumber(const QString& digits) {
    const QString compact = QString(digits).remove(QLatin1Char(' '));
    if (compact.size() != 10)
        return digits;
    for (const QChar c : compact) {
        if (!c.isDigit())
            return digits;
    }
    return QStringLiteral("%1 %2 %3").arg(compact.left(3), compact.mid(3, 3), compact.right(4));
}

QString DisplayFormat::yesNo(bool value) {
    return value ? tr("Yes") : tr("No");
}

QString DisplayFormat::address(const Address& value) {
    QStringList parts;
    for (const QString& part : {value.line1, value.line2}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    const QString townAndPostcode = QStringList{value.town.trimmed(), value.postcode.trimmed()}
                                        .join(QLatin1Char(' '))
                                        .trimmed();
    if (!townAndPostcode.isEmpty())
        parts.append(townAndPostcode);
    return parts.join(QStringLiteral(", "));
}

QString DisplayFormat::capitalised(const QString& text) {
    if (text.isEmpty())
        return text;
    return text.left(1).toUpper() + text.mid(1);
}

QString DisplayFormat::families(int count) {
    return count == 1 ? tr("1 family") : tr("%L1 families").arg(count);
}

QString DisplayFormat::people(int count) {
    return count == 1 ? tr("1 person") : tr("%L1 people").arg(count);
}

} // namespace kith::ui
