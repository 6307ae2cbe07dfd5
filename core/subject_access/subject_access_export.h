#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace kith {
class Database;
}

namespace kith::subject_access {

// What was written, for the command line to report.
struct ExportedFiles {
    QString json;
    QString html;
    int records = 0;
    int forRedactionReview = 0;
};

// Everything Kith holds about one person, for a subject access request: their own
// record, their family's records, the services involved and who has looked at or
// changed their record. Information about anyone else (other members of the
// household, professionals' contact details, shared family records that may mention
// others) is included but marked for redaction review: a person decides what is
// released, Kith never removes it on its own.
//
// JSON is the machine-readable copy. The readable copy is HTML rather than PDF: PDF
// would need QtGui in core; a browser prints the HTML to PDF.
class SubjectAccessExport {
    Q_DECLARE_TR_FUNCTIONS(kith::subject_access::SubjectAccessExport)

public:
    explicit SubjectAccessExport(Database& database);

    // The whole export as JSON; fails when the person is not in the store.
    Result<QJsonObject> collect(const QString& personId) const;
    // Writes subject-access-<id>.json and .html into `folder` (made owner-only), and
    // records an export audit event. `actor` is who ran it.
    Result<ExportedFiles> writeTo(const QString& personId, const QString& folder,
                                  const QString& actor);

    static QString renderHtml(const QJsonObject& exported);

private:
    Database& m_database;
};

} // namespace kith::subject_access
