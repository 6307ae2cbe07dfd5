// JourneyStore's reads: one prepared statement each, reused from the cache.
#include "journey/journey_fields.h"
#include "journey/journey_store.h"

#include <QHash>

namespace kith::journey {
namespace {

template <typename T>
QList<T> readAll(QSqlQuery& query, T (*from)(const store::Row&)) {
    QList<T> rows;
    if (!query.exec())
        return rows;
    const QStringList columns = store::columnNames(query);
    while (query.next())
        rows.append(from(store::Row(query, columns)));
    return rows;
}

// The family and every family merged into it, at any depth: a merge leaves the duplicate's
// journey records under its own id (they are append-only; docs/decisions/0008), and they
// belong on the kept family's pages. Binds the family's id once.
const QString kFamilyAndMerged =
    QStringLiteral("WITH RECURSIVE merged(id) AS (SELECT ? UNION SELECT f.id FROM family f "
                   "JOIN merged m ON f.merged_into = m.id) ");

} // namespace

std::optional<Episode> JourneyStore::episode(const QString& episodeId) const {
    QSqlQuery& query = m_reads.get(QStringLiteral("SELECT * FROM episode WHERE id = ?"));
    query.bindValue(0, episodeId);
    const QList<Episode> found = readAll(query, episodeFrom);
    return found.isEmpty() ? std::nullopt : std::optional<Episode>(found.front());
}

std::optional<Episode> JourneyStore::openEpisodeOf(const QString& familyId) const {
    // A family's own open episode comes before one left open on a family merged into it.
    QSqlQuery& query = m_reads.get(
        kFamilyAndMerged +
        QStringLiteral("SELECT * FROM episode WHERE family_id IN merged AND closed_at IS NULL "
                       "ORDER BY family_id = ? DESC, opened_at DESC LIMIT 1"));
    query.bindValue(0, familyId);
    query.bindValue(1, familyId);
    const QList<Episode> found = readAll(query, episodeFrom);
    return found.isEmpty() ? std::nullopt : std::optional<Episode>(found.front());
}

QList<Episode> JourneyStore::episodesOf(const QString& familyId) const {
    QSqlQuery& query = m_reads.get(
        kFamilyAndMerged +
        QStringLiteral("SELECT * FROM episode WHERE family_id IN merged ORDER BY opened_at DESC"));
    query.bindValue(0, familyId);
    return readAll(query, episodeFrom);
}

QList<JourneyEvent> JourneyStore::eventsOf(const QString& episodeId) const {
    // rowid breaks ties: two events at the same moment keep the order they were recorded.
    QSqlQuery& query = m_reads.get(QStringLiteral(
        "SELECT * FROM journey_event WHERE episode_id = ? ORDER BY occurred_at, rowid"));
    query.bindValue(0, episodeId);
    return readAll(query, eventFrom);
}

QList<ContactRecord> JourneyStore::contactsOf(const QString& episodeId) const {
    QSqlQuery& query = m_reads.get(QStringLiteral(
        "SELECT * FROM contact_record WHERE episode_id = ? ORDER BY happened_at DESC"));
    query.bindValue(0, episodeId);
    QList<ContactRecord> contacts = readAll(query, contactFrom);
    QSqlQuery& children = m_reads.get(
        QStringLiteral("SELECT contact_child.* FROM contact_child JOIN contact_record "
                       "ON contact_record.id = contact_child.contact_id "
                       "WHERE contact_record.episode_id = ? ORDER BY contact_child.rowid"));
    children.bindValue(0, episodeId);
    QHash<QString, qsizetype> byId;
    for (qsizetype i = 0; i < contacts.size(); ++i)
        byId.insert(contacts.at(i).id, i);
    for (const ChildSeen& child : readAll(children, childSeenFrom)) {
        if (const auto found = byId.constFind(child.contactId); found != byId.cend())
            contacts[*found].children.append(child);
    }
    return contacts;
}

QList<CaseNote> JourneyStore::notesOf(const QString& episodeId) const {
    QSqlQuery& query = m_reads.get(
        QStringLiteral("SELECT * FROM case_note WHERE episode_id = ? ORDER BY written_at, rowid"));
    query.bindValue(0, episodeId);
    return readAll(query, noteFrom);
}

QList<ChronologyEntry> JourneyStore::chronologyOf(const QString& familyId) const {
    QSqlQuery& query = m_reads.get(
        kFamilyAndMerged + QStringLiteral("SELECT * FROM chronology_entry WHERE family_id IN "
                                          "merged ORDER BY occurred_on, rowid"));
    query.bindValue(0, familyId);
    return readAll(query, chronologyFrom);
}

QList<SupervisionRecord> JourneyStore::supervisionOf(const QString& episodeId) const {
    QSqlQuery& query = m_reads.get(QStringLiteral(
        "SELECT * FROM supervision_record WHERE episode_id = ? ORDER BY held_at, rowid"));
    query.bindValue(0, episodeId);
    return readAll(query, supervisionFrom);
}

} // namespace kith::journey
