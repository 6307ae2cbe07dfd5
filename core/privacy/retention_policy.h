#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace kith::privacy {

// How long a council keeps a family's record. Each council sets its own, as data
// (a JSON file); the defaults below are a common English practice, not advice.
struct RetentionRule {
    enum class Basis {
        YearsAfterLastActivity, // `years` after the record last changed
        UntilYoungestChildAge,  // until the youngest child or young person turns `years`
    };
    Basis basis = Basis::YearsAfterLastActivity;
    int years = 0;
};

// What the rules need to know about one family.
struct RetentionFacts {
    QDate lastActivity;
    QDate youngestChildBorn; // invalid when the family has no children recorded
};

struct RetentionPolicy {
    Q_DECLARE_TR_FUNCTIONS(kith::privacy::RetentionPolicy)

public:
    QString name;
    QList<RetentionRule> rules;

    // Six years after the last activity, and never before the youngest child's 25th birthday.
    static RetentionPolicy defaults();
    // {"name": "...", "rules": [{"basis": "years_after_last_activity", "years": 6},
    //                           {"basis": "until_youngest_child_age", "years": 25}]}
    // A bad file is refused with a message naming the field and the fix.
    static Result<RetentionPolicy> fromJson(const QByteArray& json);

    // The first day the record may be destroyed: every rule must have run out.
    QDate keepUntil(const RetentionFacts& facts) const;
};

} // namespace kith::privacy
