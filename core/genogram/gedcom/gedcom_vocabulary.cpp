#include "genogram/gedcom/gedcom_vocabulary.h"

#include <QRegularExpression>
#include <QStringList>

namespace kith::genogram::gedcom {
namespace {

const char* const kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                               "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

} // namespace

GedcomDate parseDate(const QString& value) {
    GedcomDate result;
    static const QRegularExpression exact(
        QStringLiteral("^\\s*(\\d{1,2})\\s+([A-Za-z]{3})\\s+(\\d{3,4})\\s*$"));
    if (const auto match = exact.match(value); match.hasMatch()) {
        const QString month = match.captured(2).toUpper();
        for (int m = 0; m < 12; ++m) {
            if (month == QLatin1String(kMonths[m])) {
                result.date = QDate(match.captured(3).toInt(), m + 1, match.captured(1).toInt());
                break;
            }
        }
        if (result.date.isValid()) {
            result.year = result.date.year();
            return result;
        }
    }
    static const QRegularExpression year(QStringLiteral("(?:^|\\s)(\\d{3,4})(?:\\s|$)"));
    if (const auto match = year.match(value); match.hasMatch())
        result.year = match.captured(1).toInt();
    return result;
}

QString formatDate(const QDate& date) {
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(QLatin1String(kMonths[date.month() - 1]))
        .arg(date.year());
}

} // namespace kith::genogram::gedcom
