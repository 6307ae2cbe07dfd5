#include "genogram/genogram_writer.h"

#include "genogram/genogram_fields.h"
#include "search/person_index.h"
#include "store/sql_support.h"
#include "util/ids.h"

#include <QHash>
#include <QSqlQuery>

namespace kith::genogram {
namespace {

template <typename Item>
QHash<QString, const Item*> byId(const QList<Item>& items) {
    QHash<QString, const Item*> index;
    for (const Item& item : items)
        index.insert(item.id, &item);
    return index;
}

// Rows of one kind in `before` that `after` no longer has, removed through the writer.
template <typename Item>
Status removeMissing(store::RecordWriter& writer, const QString& table, const QList<Item>& before,
                     const QList<Item>& after) {
    const auto kept = byId(after);
    for (const Item& item : before) {
        if (!kept.contains(item.id)) {
            if (Status done = writer.remove(table, item.id); !done)
                return done;
        }
    }
    return okStatus();
}

// Rows of one kind that are new in `after` are inserted; changed ones updated.
template <typename Item>
Status insertOrUpdate(store::RecordWriter& writer, const QString& table, const QString& familyId,
                      const QList<Item>& before, const QList<Item>& after) {
    const auto old = byId(before);
    for (const Item& item : after) {
        const QVariantMap fields = fieldsOf(familyId, item);
        if (const Item* previous = old.value(item.id)) {
            QVariantMap changed = store::changedFields(fieldsOf(familyId, *previous), fields);
            changed.remove(QStringLiteral("family_id"));
            if (Status done = writer.update(table, item.id, changed); !done)
                return done;
        } else if (auto done = writer.insert(table, fields); !done) {
            return Status::fail(done.error());
        }
    }
    return okStatus();
}

QString genderFor(Sex sex, Gender current) {
    switch (sex) {
    case Sex::Female:
        return genderCode(Gender::Female);
    case Sex::Male:
        return genderCode(Gender::Male);
    case Sex::Diverse:
        // "Other" and "not known" both draw as a diamond; keep whichever the record says.
        return genderCode(current == Gender::Other ? Gender::Other : Gender::NotKnown);
    }
    return genderCode(Gender::NotKnown);
}

} // namespace

GenogramWriter::GenogramWriter(QSqlDatabase db, store::RecordWriter& writer,
                               search::PersonIndex& index)
    : m_db(std::move(db))
    , m_writer(writer)
    , m_index(index) {}

Status GenogramWriter::insertGenogram(const Genogram& genogram, const QDateTime& createdAt) {
    auto done = m_writer.insert(table::genogram,
                                {{QStringLiteral("id"), genogram.id},
                                 {QStringLiteral("family_id"), genogram.familyId},
                                 {QStringLiteral("created_at"), sql::fromDateTime(createdAt)}});
    return done ? okStatus() : Status::fail(done.error());
}

Status GenogramWriter::removeGenogram(const QString& familyId) {
    const QString id = rowIdWhere(table::genogram, QStringLiteral("family_id"), familyId);
    return id.isEmpty() ? okStatus() : m_writer.remove(table::genogram, id);
}

Status GenogramWriter::apply(const QString& familyId, const Genogram& before, const Genogram& after,
                             const FamilyRecord& record) {
    // Lines first and people last when removing, the other way round when adding, so
    // that no row ever names a person who is not there.
    if (Status done = removeRows(familyId, before, after); !done)
        return done;
    if (Status done = writePeople(familyId, before, after, record); !done)
        return done;
    if (Status done = writePins(familyId, before, after); !done)
        return done;
    if (Status done = writeLinks(familyId, before, after); !done)
        return done;
    return writeHouseholds(familyId, before, after);
}

Status GenogramWriter::removeRows(const QString& familyId, const Genogram& before,
                                  const Genogram& after) {
    if (Status done =
            removeMissing(m_writer, table::relationship, before.relationships, after.relationships);
        !done)
        return done;
    // Household members go with their household or with their person.
    const auto keptHouseholds = byId(after.households);
    const auto keptPeople = byId(after.people);
    for (const Household& household : before.households) {
        const Household* kept = keptHouseholds.value(household.id);
        for (const QString& member : household.members) {
            if (kept && kept->members.contains(member) && keptPeople.contains(member))
                continue;
            const QString rowId =
                rowIdWhere(table::member, QStringLiteral("household_id"), household.id,
                           QStringLiteral("genogram_person_id"), member);
            if (rowId.isEmpty())
                continue;
            if (Status done = m_writer.remove(table::member, rowId); !done)
                return done;
        }
    }
    if (Status done =
            removeMissing(m_writer, table::household, before.households, after.households);
        !done)
        return done;
    if (Status done = removeMissing(m_writer, table::child, before.children, after.children); !done)
        return done;
    if (Status done = removeMissing(m_writer, table::couple, before.unions, after.unions); !done)
        return done;
    for (const Person& person : before.people) {
        const Person* kept = keptPeople.value(person.id);
        if (person.pinnedAt && (!kept || !kept->pinnedAt)) {
            const QString pinId =
                rowIdWhere(table::pin, QStringLiteral("genogram_person_id"), person.id);
            if (!pinId.isEmpty()) {
                if (Status done = m_writer.remove(table::pin, pinId); !done)
                    return done;
            }
        }
    }
    Q_UNUSED(familyId);
    // Someone from the family record stays in the table, hidden, so that the next
    // open does not take them for someone new to the record and draw them again.
    for (const Person& person : before.people) {
        if (keptPeople.contains(person.id))
            continue;
        const Status done =
            person.familyPersonId.isEmpty()
                ? m_writer.remove(table::person, person.id)
                : m_writer.update(table::person, person.id, {{QStringLiteral("hidden"), 1}});
        if (!done)
            return done;
    }
    return okStatus();
}

Status GenogramWriter::writePeople(const QString& familyId, const Genogram& before,
                                   const Genogram& after, const FamilyRecord& record) {
    const auto old = byId(before.people);
    QList<Person> shown; // people who had been hidden come back (an undo, say)
    for (const Person& person : after.people) {
        if (old.contains(person.id) ||
            rowIdWhere(table::person, QStringLiteral("id"), person.id).isEmpty())
            continue;
        QVariantMap fields = fieldsOf(familyId, person);
        fields.remove(QStringLiteral("id"));
        fields.insert(QStringLiteral("hidden"), 0);
        if (Status done = m_writer.update(table::person, person.id, fields); !done)
            return done;
        shown.append(person);
    }
    QList<Person> beforeAndShown = before.people;
    beforeAndShown.append(shown);
    if (Status done =
            insertOrUpdate(m_writer, table::person, familyId, beforeAndShown, after.people);
        !done)
        return done;
    for (const Person& person : after.people) {
        const Person* previous = old.value(person.id);
        if (person.familyPersonId.isEmpty() || !previous ||
            previous->familyPersonId != person.familyPersonId)
            continue;
        if (previous->name != person.name || previous->sex != person.sex ||
            previous->dateOfBirth != person.dateOfBirth) {
            if (Status done = updateRecordPerson(person, record); !done)
                return done;
        }
    }
    return okStatus();
}

// A linked person's name, sex and date of birth belong to the family record: an edit on
// the genogram is an edit of the record, and the search index follows it.
Status GenogramWriter::updateRecordPerson(const Person& person, const FamilyRecord& record) {
    const kith::Person* member = record.person(person.familyPersonId);
    if (!member)
        return okStatus(); // removed from the record meanwhile: nothing to change
    QVariantMap changed;
    const QString name = person.name.simplified();
    if (name != record.displayNameOf(*member) && !name.isEmpty()) {
        const qsizetype space = name.lastIndexOf(u' ');
        const QString given = space < 0 ? name : name.left(space);
        const QString family = space < 0 ? member->familyName : name.mid(space + 1);
        if (given != member->givenName)
            changed.insert(QStringLiteral("given_name"), sql::fromText(given));
        if (family != member->familyName)
            changed.insert(QStringLiteral("family_name"), sql::fromText(family));
    }
    const QString gender = genderFor(person.sex, member->gender);
    if (gender != genderCode(member->gender))
        changed.insert(QStringLiteral("gender"), gender);
    if (person.dateOfBirth != member->dateOfBirth && !member->unborn)
        changed.insert(QStringLiteral("date_of_birth"), sql::fromDate(person.dateOfBirth));
    if (changed.isEmpty())
        return okStatus();
    if (Status done = m_writer.update(QStringLiteral("person"), member->id, changed); !done)
        return done;
    return m_index.reindexPerson(member->id);
}

Status GenogramWriter::writePins(const QString& familyId, const Genogram& before,
                                 const Genogram& after) {
    const auto old = byId(before.people);
    for (const Person& person : after.people) {
        if (!person.pinnedAt)
            continue;
        const Person* previous = old.value(person.id);
        const QVariantMap place{{QStringLiteral("x"), person.pinnedAt->x()},
                                {QStringLiteral("y"), person.pinnedAt->y()}};
        if (previous && previous->pinnedAt) {
            if (*previous->pinnedAt == *person.pinnedAt)
                continue;
            const QString pinId =
                rowIdWhere(table::pin, QStringLiteral("genogram_person_id"), person.id);
            if (!pinId.isEmpty()) {
                if (Status done = m_writer.update(table::pin, pinId, place); !done)
                    return done;
                continue;
            }
        }
        QVariantMap fields = place;
        fields.insert(QStringLiteral("id"), newId());
        fields.insert(QStringLiteral("family_id"), familyId);
        fields.insert(QStringLiteral("genogram_person_id"), person.id);
        if (auto done = m_writer.insert(table::pin, fields); !done)
            return Status::fail(done.error());
    }
    return okStatus();
}

Status GenogramWriter::writeLinks(const QString& familyId, const Genogram& before,
                                  const Genogram& after) {
    if (Status done =
            insertOrUpdate(m_writer, table::couple, familyId, before.unions, after.unions);
        !done)
        return done;
    if (Status done =
            insertOrUpdate(m_writer, table::child, familyId, before.children, after.children);
        !done)
        return done;
    return insertOrUpdate(m_writer, table::relationship, familyId, before.relationships,
                          after.relationships);
}

Status GenogramWriter::writeHouseholds(const QString& familyId, const Genogram& before,
                                       const Genogram& after) {
    const auto old = byId(before.households);
    for (const Household& household : after.households) {
        const Household* previous = old.value(household.id);
        if (!previous) {
            if (auto done = m_writer.insert(table::household, householdFields(familyId, household));
                !done)
                return Status::fail(done.error());
        } else if (previous->label != household.label) {
            if (Status done =
                    m_writer.update(table::household, household.id,
                                    {{QStringLiteral("label"), sql::fromText(household.label)}});
                !done)
                return done;
        }
        for (qsizetype i = 0; i < household.members.size(); ++i) {
            const QString& member = household.members.at(i);
            if (previous && previous->members.contains(member) &&
                !rowIdWhere(table::member, QStringLiteral("household_id"), household.id,
                            QStringLiteral("genogram_person_id"), member)
                     .isEmpty())
                continue;
            if (Status done = insertMember(familyId, household.id, member, static_cast<int>(i));
                !done)
                return done;
        }
    }
    return okStatus();
}

Status GenogramWriter::insertMember(const QString& familyId, const QString& householdId,
                                    const QString& personId, int position) {
    auto done = m_writer.insert(table::member, {{QStringLiteral("id"), newId()},
                                                {QStringLiteral("family_id"), familyId},
                                                {QStringLiteral("household_id"), householdId},
                                                {QStringLiteral("genogram_person_id"), personId},
                                                {QStringLiteral("position"), position}});
    return done ? okStatus() : Status::fail(done.error());
}

QString GenogramWriter::rowIdWhere(const QString& table, const QString& column,
                                   const QString& value, const QString& column2,
                                   const QString& value2) {
    QSqlQuery query(m_db);
    query.prepare(column2.isEmpty()
                      ? QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column)
                      : QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND %3 = ?")
                            .arg(table, column, column2));
    query.addBindValue(value);
    if (!column2.isEmpty())
        query.addBindValue(value2);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace kith::genogram
