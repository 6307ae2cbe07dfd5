#include "privacy/family_rows.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>

namespace kith::privacy {
namespace {

struct TableShape {
    QString name;
    bool familyId = false;
    bool personId = false;
    QSet<QString> refersTo; // tables named by its foreign keys
};

const QSet<QString>& keptTables() {
    static const QSet<QString> kept{
        QStringLiteral("audit_event"), QStringLiteral("change_log"), QStringLiteral("legal_hold"),
        QStringLiteral("destruction_review"), QStringLiteral("store_meta")};
    return kept;
}

QList<TableShape> familyTables(const QSqlDatabase& db) {
    QStringList names;
    QSqlQuery query(db);
    // Virtual tables (the FTS index) and their shadow tables are kept up to date by
    // PersonIndex, not removed row by row.
    query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT "
                              "LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (query.next())
        names.append(query.value(0).toString());
    QList<TableShape> tables;
    for (const QString& name : std::as_const(names)) {
        if (keptTables().contains(name) || name.startsWith(QLatin1String("person_search")))
            continue;
        TableShape shape{name, false, false, {}};
        QSqlQuery columns(db);
        columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(name));
        bool hasId = false;
        while (columns.next()) {
            const QString column = columns.value(1).toString();
            hasId = hasId || column == QLatin1String("id");
            shape.familyId = shape.familyId || column == QLatin1String("family_id");
            shape.personId = shape.personId || column == QLatin1String("person_id");
        }
        if (name == QLatin1String("family"))
            shape.familyId = true;
        if (!hasId || (!shape.familyId && !shape.personId))
            continue;
        QSqlQuery keys(db);
        keys.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(name));
        while (keys.next()) {
            if (keys.value(2).toString() != name)
                shape.refersTo.insert(keys.value(2).toString());
        }
        tables.append(shape);
    }
    return tables;
}

// Tables nobody still to be emptied refers to go first; a cycle falls back to name order.
QList<TableShape> removalOrder(QList<TableShape> tables) {
    QList<TableShape> ordered;
    while (!tables.isEmpty()) {
        qsizetype pick = 0;
        for (qsizetype i = 0; i < tables.size(); ++i) {
            const QString& name = tables.at(i).name;
            const bool referenced = std::any_of(tables.begin(), tables.end(), [&](const auto& t) {
                return t.name != name && t.refersTo.contains(name);
            });
            if (!referenced) {
                pick = i;
                break;
            }
        }
        ordered.append(tables.takeAt(pick));
    }
    return ordered;
}

} // namespace

QList<FamilyRow> familyRows(const QSqlDatabase& db, const QString& familyId) {
    QList<FamilyRow> rows;
    for (const TableShape& table : removalOrder(familyTables(db))) {
        const bool isPerson = table.name == QLatin1String("person");
        QString condition;
        if (table.name == QLatin1String("family"))
            condition = QStringLiteral("id = :family");
        else if (table.familyId)
            condition = QStringLiteral("family_id = :family");
        else
            condition =
                QStringLiteral("person_id IN (SELECT id FROM person WHERE family_id = :family)");
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 ORDER BY id")
                          .arg(isPerson ? QStringLiteral("local_id") : QStringLiteral("0"),
                               table.name, condition));
        query.bindValue(QStringLiteral(":family"), familyId);
        if (!query.exec())
            continue;
        while (query.next())
            rows.append({table.name, query.value(0).toString(), query.value(1).toLongLong()});
    }
    return rows;
}

} // namespace kith::privacy
