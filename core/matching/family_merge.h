#pragma once

#include "store/record_writer.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <memory>

namespace kith {

class Database;

namespace audit {
class AuditLog;
}
namespace search {
class PersonIndex;
}

namespace match {

// One merge of a duplicate family into the family that is kept.
struct FamilyMergeRecord {
    QString id;
    QString familyId;       // the family kept
    QString mergedFamilyId; // the duplicate, now marked merged_into familyId
    double score = -1;      // the matcher's score when the merge was made; -1 if none
    QString reason;
    QDateTime mergedAt;
    QString mergedBy;
    QDateTime unmergedAt; // invalid while the merge stands
    QString unmergedBy;
    int movedRows = 0;
    bool isUndone() const { return unmergedAt.isValid(); }
};

// Merges a duplicate family into another and undoes it exactly
// (docs/decisions/0008-family-merge.md). People, addresses, contacts, involvements, the
// lead professional history and every other family table that is not append-only move
// to the kept family; journey records (episodes and their append-only rows) stay under
// the duplicate's id, which is marked `merged_into` the kept family. Each moved row is
// listed with its fields as they were, so unmerge puts back exactly what moved. Every
// write goes through RecordWriter (change log and audit) in one transaction, and both
// the merge and the unmerge leave their own audit event on both families.
class FamilyMerger {
    Q_DECLARE_TR_FUNCTIONS(kith::match::FamilyMerger)

public:
    explicit FamilyMerger(Database& database);
    ~FamilyMerger();
    FamilyMerger(const FamilyMerger&) = delete;
    FamilyMerger& operator=(const FamilyMerger&) = delete;

    void setActor(const QString& actor);

    // Returns the merge's id.
    Result<QString> merge(const QString& keepFamilyId, const QString& duplicateFamilyId,
                          const QString& reason, double score = -1);
    Status unmerge(const QString& mergeId);

    // Merges that involve the family (kept or merged), newest first.
    QList<FamilyMergeRecord> mergesOf(const QString& familyId) const;
    // The family a reader should show for `familyId`: itself, or the family it was
    // merged into (followed to the end).
    QString currentFamily(const QString& familyId) const;
    // Families whose journey records belong with this family's: itself first, then
    // every family merged into it (directly or through another merge).
    QStringList familyWithMerged(const QString& familyId) const;

    // The tables whose rows move with a merge: every table with `id` and `family_id`
    // that is not append-only, not journey (has no episode_id) and not the audit,
    // retention, merge or sync bookkeeping. Found from the schema, so tables added by
    // later features move without a list to keep up to date.
    static QStringList movableTables(const QSqlDatabase& db);

private:
    Status moveRows(const QString& mergeId, const QString& from, const QString& to, int& moved);
    Status recordEvent(const QString& familyId, const QString& mergeId, const char* what);

    Database& m_database;
    store::RecordWriter m_writer;
    std::unique_ptr<search::PersonIndex> m_index;
    std::unique_ptr<audit::AuditLog> m_audit;
};

} // namespace match
} // namespace kith
