#include "subject_access/subject_access_export.h"

#include "audit/audit_log.h"
#include "privacy/family_rows.h"
#include "privacy/file_permissions.h"
#include "store/database.h"
#include "store/sql_support.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace kith::subject_access {
namespace {

QJsonObject rowFields(const QSqlDatabase& db, const QString& table, const QString& id) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    QJsonObject fields;
    if (!query.exec() || !query.next())
        return fields;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        if (record.fieldName(i) == QLatin1String("local_id"))
            continue; // an internal key, meaningless to the person
        fields.insert(record.fieldName(i), QJsonValue::fromVariant(query.value(i)));
    }
    return fields;
}

QJsonObject item(const QString& table, const QJsonObject& fields, const QString& reviewReason) {
    QJsonObject entry{{QStringLiteral("table"), table}, {QStringLiteral("fields"), fields}};
    entry.insert(QStringLiteral("redaction_review"), !reviewReason.isEmpty());
    if (!reviewReason.isEmpty())
        entry.insert(QStringLiteral("review_reason"), reviewReason);
    return entry;
}

// Why a row of the family's record may hold someone else's information, or empty.
QString reviewReasonFor(const QString& table, const QJsonObject& fields, const QString& subjectId) {
    const QString personId = table == QLatin1String("person")
                                 ? fields.value(QStringLiteral("id")).toString()
                                 : fields.value(QStringLiteral("person_id")).toString();
    if (!personId.isEmpty())
        return personId == subjectId
                   ? QString()
                   : SubjectAccessExport::tr("third party: another member of the household");
    static const QStringList plainlyShared{QStringLiteral("family"), QStringLiteral("address"),
                                           QStringLiteral("contact_detail")};
    if (plainlyShared.contains(table))
        return {};
    return SubjectAccessExport::tr("shared family record: may mention other people");
}

QString htmlEscaped(const QJsonValue& value) {
    return value.isNull() || value.isUndefined() ? QString()
                                                 : value.toVariant().toString().toHtmlEscaped();
}

} // namespace

SubjectAccessExport::SubjectAccessExport(Database& database)
    : m_database(database) {}

Result<QJsonObject> SubjectAccessExport::collect(const QString& personId) const {
    const QSqlDatabase db = m_database.connection();
    const QJsonObject subject = rowFields(db, QStringLiteral("person"), personId);
    if (subject.isEmpty())
        return Result<QJsonObject>::fail(
            tr("There is no person with the id %1 in this store. Find their id with kithctl "
               "search.")
                .arg(personId));
    const QString familyId = subject.value(QStringLiteral("family_id")).toString();

    QJsonArray records;
    QSet<QString> professionals;
    QSet<QString> agencies;
    for (const privacy::FamilyRow& row : privacy::familyRows(db, familyId)) {
        const QJsonObject fields = rowFields(db, row.table, row.id);
        records.append(item(row.table, fields, reviewReasonFor(row.table, fields, personId)));
        if (const QString id = fields.value(QStringLiteral("professional_id")).toString();
            !id.isEmpty())
            professionals.insert(id);
        if (const QString id = fields.value(QStringLiteral("agency_id")).toString(); !id.isEmpty())
            agencies.insert(id);
    }
    QJsonArray services;
    for (const QString& id : std::as_const(agencies))
        services.append(
            item(QStringLiteral("agency"), rowFields(db, QStringLiteral("agency"), id), {}));
    for (const QString& id : std::as_const(professionals))
        services.append(item(QStringLiteral("professional"),
                             rowFields(db, QStringLiteral("professional"), id),
                             tr("third party: a professional's contact details")));

    QJsonArray access;
    QSqlQuery events(db);
    events.prepare(QStringLiteral(
        "SELECT seq, occurred_at, actor, action, person_id, entity, detail FROM audit_event "
        "WHERE person_id = ? OR (family_id = ? AND person_id IS NULL) ORDER BY seq"));
    events.addBindValue(personId);
    events.addBindValue(familyId);
    if (events.exec()) {
        while (events.next()) {
            access.append(QJsonObject{{QStringLiteral("seq"), events.value(0).toLongLong()},
                                      {QStringLiteral("when"), events.value(1).toString()},
                                      {QStringLiteral("who"), events.value(2).toString()},
                                      {QStringLiteral("action"), events.value(3).toString()},
                                      {QStringLiteral("about_you"), !events.value(4).isNull()},
                                      {QStringLiteral("record"), events.value(5).toString()},
                                      {QStringLiteral("detail"), events.value(6).toString()}});
        }
    }
    return Result<QJsonObject>::ok(QJsonObject{
        {QStringLiteral("format"), QStringLiteral("kith-subject-access-1")},
        {QStringLiteral("generated_at"), sql::fromDateTime(m_database.clock().nowUtc()).toString()},
        {QStringLiteral("person_id"), personId},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("records"), records},
        {QStringLiteral("services"), services},
        {QStringLiteral("access_history"), access},
    });
}

Result<ExportedFiles> SubjectAccessExport::writeTo(const QString& personId, const QString& folder,
                                                   const QString& actor) {
    using Fail = Result<ExportedFiles>;
    const auto exported = collect(personId);
    if (!exported)
        return Fail::fail(exported.error());
    const auto& permissions = privacy::FilePermissions::forThisPlatform();
    if (Status ready = permissions.prepareOwnerOnlyFolder(folder); !ready)
        return Fail::fail(ready.error());
    ExportedFiles files;
    const QDir dir(folder);
    files.json = dir.filePath(QStringLiteral("subject-access-%1.json").arg(personId));
    files.html = dir.filePath(QStringLiteral("subject-access-%1.html").arg(personId));
    if (Status written = permissions.writeOwnerOnlyFile(
            files.json, QJsonDocument(exported.value()).toJson(QJsonDocument::Indented));
        !written)
        return Fail::fail(written.error());
    if (Status written =
            permissions.writeOwnerOnlyFile(files.html, renderHtml(exported.value()).toUtf8());
        !written)
        return Fail::fail(written.error());
    for (const QString& key : {QStringLiteral("records"), QStringLiteral("services")}) {
        for (const QJsonValue& entry : exported.value().value(key).toArray()) {
            ++files.records;
            if (entry.toObject().value(QStringLiteral("redaction_review")).toBool())
                ++files.forRedactionReview;
        }
    }
    audit::AuditLog log(m_database);
    log.setActor(actor);
    audit::AuditEvent event;
    event.action = audit::Action::Export;
    event.familyId = exported.value()
                         .value(QStringLiteral("subject"))
                         .toObject()
                         .value(QStringLiteral("family_id"))
                         .toString();
    event.personId = personId;
    event.detail = QStringLiteral("subject access");
    if (const auto recorded = log.record(event); !recorded)
        return Fail::fail(recorded.error());
    return Result<ExportedFiles>::ok(files);
}

QString SubjectAccessExport::renderHtml(const QJsonObject& exported) {
    QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>%1</title>"
            "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;"
            "margin:.5em 0 1.5em}td,th{border:1px solid #999;padding:.2em .5em;text-align:left}"
            ".review{background:#fff3cd;border-left:6px solid #b8860b;padding:.3em}"
            ".review-label{font-weight:bold;color:#7a5200}</style></head><body>\n")
            .arg(tr("Subject access: records held by Kith"));
    html += QStringLiteral("<h1>%1</h1><p>%2</p>\n")
                .arg(tr("Records held about one person"),
                     tr("Produced %1. Entries marked for redaction review hold information "
                        "about other people: review them before this is released.")
                         .arg(htmlEscaped(exported.value(QStringLiteral("generated_at")))));
    const auto section = [&html](const QString& title, const QJsonArray& entries) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(title.toHtmlEscaped());
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            const bool review = entry.value(QStringLiteral("redaction_review")).toBool();
            html += review ? QStringLiteral("<div class=\"review\"><span class=\"review-label\">"
                                            "%1: %2</span>")
                                 .arg(tr("For redaction review"),
                                      htmlEscaped(entry.value(QStringLiteral("review_reason"))))
                           : QStringLiteral("<div>");
            html += QStringLiteral("<table><caption>%1</caption>")
                        .arg(htmlEscaped(entry.value(QStringLiteral("table"))));
            const QJsonObject fields = entry.value(QStringLiteral("fields")).toObject();
            for (auto field = fields.begin(); field != fields.end(); ++field)
                html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>")
                            .arg(field.key().toHtmlEscaped(), htmlEscaped(field.value()));
            html += QStringLiteral("</table></div>\n");
        }
    };
    section(tr("The family's records"), exported.value(QStringLiteral("records")).toArray());
    section(tr("Services working with the family"),
            exported.value(QStringLiteral("services")).toArray());
    html +=
        QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
            .arg(tr("Who has looked at or changed these records"), tr("When"), tr("Who"),
                 tr("What"), tr("Record"));
    for (const QJsonValue& value : exported.value(QStringLiteral("access_history")).toArray()) {
        const QJsonObject event = value.toObject();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(htmlEscaped(event.value(QStringLiteral("when"))),
                         htmlEscaped(event.value(QStringLiteral("who"))),
                         htmlEscaped(event.value(QStringLiteral("action"))),
                         htmlEscaped(event.value(QStringLiteral("record"))));
    }
    html += QStringLiteral("</table></body></html>\n");
    return html;
}

} // namespace kith::subject_access
