#pragma once

#include "due/due_engine.h"
#include "store/database.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>

namespace kith::due {

struct ProfessionalInfo {
    QString id;
    QString name;
    QString jobTitle;
    QString agencyId;
    QString agencyName;
};

// Whose deadlines to look at, and on what moment.
struct DueQuery {
    QString leadProfessionalId; // one practitioner's families; empty for everyone
    QString agencyId;           // the families led by one agency's professionals
    QDateTime asOfUtc;          // invalid: the store's clock
};

// What is due for the open episodes the query asked about, under the store's policy.
struct DueReport {
    QString policyName;
    QString policyTitle;
    QDateTime asOfUtc;
    QList<EpisodeTimeline> episodes; // the open episodes looked at, by family name
    QList<DueItem> items;            // overdue first, then by due moment
    QHash<QString, ProfessionalInfo> professionals;

    // "Amira Shah", or what the role is when nobody is named.
    QString responsibleName(const DueItem& item) const;
    int count(DueStatus status) const;
};

class DueReports {
    Q_DECLARE_TR_FUNCTIONS(kith::due::DueReports)

public:
    // Reads the store's policy setting, the open episodes and their events, and works
    // out every item. Fails only when the policy cannot be loaded.
    static Result<DueReport> build(const Database& database, const DueQuery& query);
    static QHash<QString, ProfessionalInfo> professionals(const Database& database);
};

} // namespace kith::due
