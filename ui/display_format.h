#pragma once

#include "model/family.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace kith::ui {

// How the desktop writes dates, ages and numbers: British formats, plain words.
class DisplayFormat {
    Q_DECLARE_TR_FUNCTIONS(kith::ui::DisplayFormat)

public:
    // "04/03/2015"; empty for an unknown date.
    static QString date(const QDate& date);
    // "04/03/2015", or "due 12/06/2026" for an unborn baby.
    static QString birthOrDue(const Person& person);
    // "7", "11 months", "3 weeks"; empty when unborn or the date of birth is unknown.
    static QString age(const Person& person, const QDate& today);
    // "943 476 5919" (3-3-4); anything that is not ten digits is shown as it is.
    static QString nhsNumber(const QString& digits);
    // "Yes" / "No".
    static QString yesNo(bool value);
    // "12 Elm Road, Torquay TQ1 4AB".
    static QString address(const Address& address);
    // "mobile" -> "Mobile".
    static QString capitalised(const QString& text);
    // "1 family", "2,000 families"; the same for people and changes.
    static QString families(int count);
    static QString people(int count);
};

} // namespace kith::ui
