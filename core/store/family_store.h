#pragma once

#include "model/family.h"
#include "store/database.h"
#include "store/record_writer.h"
#include "store/statement_cache.h"
#include "util/result.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace kith {

namespace search {
class PersonIndex;
}

// One line in the family list.
struct FamilySummary {
    QString id;
    QString name;
    QString postcode;
    int memberCount = 0;
    QString leadProfessionalName;
};

// The current lead professional with the details a colleague needs to get in touch.
struct LeadProfessionalContact {
    LeadProfessionalAssignment assignment;
    Professional professional;
    std::optional<Agency> agency;
};

// Reads and writes families. Every write runs in one transaction with its
// change-log entries and its search-index updates, so all of it lands or none does.
class FamilyStore {
    Q_DECLARE_TR_FUNCTIONS(kith::FamilyStore)

public:
    explicit FamilyStore(Database& database);
    ~FamilyStore();
    FamilyStore(const FamilyStore&) = delete;
    FamilyStore& operator=(const FamilyStore&) = delete;

    // Who the change log says made the changes (the signed-in user).
    void setActor(const QString& actor);
    const Database& database() const { return m_database; }

    // Stores a new family with all its parts. Missing ids are made here; the
    // family's id is returned.
    Result<QString> createFamily(FamilyRecord record);
    // Many families in one transaction (imports, demo data): all are stored or none.
    Result<QStringList> createFamilies(QList<FamilyRecord> records);
    std::optional<FamilyRecord> loadFamily(const QString& familyId) const;
    // The families to show: a duplicate merged into another family is left out (its people
    // and records are on the family kept; docs/decisions/0008).
    QList<FamilySummary> listFamilies(int limit = -1, int offset = 0) const;
    int familyCount() const;
    int personCount() const;

    Status renameFamily(const QString& familyId, const QString& name);
    Result<QString> addPerson(Person person, const QList<PersonName>& otherNames = {});
    Status updatePerson(const Person& person);
    Status removePerson(const QString& personId);
    Result<QString> addOtherName(PersonName name);
    // Records a move: the current address ends the day before `address.fromDate`.
    Result<QString> moveToAddress(Address address);
    Result<QString> addContact(ContactDetail contact);

    Result<QString> saveAgency(Agency agency);
    Result<QString> saveProfessional(Professional professional);
    QList<Agency> agencies() const;
    std::optional<Professional> professional(const QString& id) const;
    std::optional<Agency> agency(const QString& id) const;

    Result<QString> addInvolvement(Involvement involvement);
    Status endInvolvement(const QString& involvementId, const QDate& endedOn);

    // Ends the current lead professional's period (if any) the day before `startsOn`
    // and starts a new one; the history keeps both.
    Result<QString> appointLeadProfessional(const QString& familyId, const QString& professionalId,
                                            const QDate& startsOn, const QString& reason,
                                            bool agreedWithFamily);
    std::optional<LeadProfessionalContact> currentLeadProfessional(const QString& familyId) const;

    int pendingChangeCount() const;

private:
    struct FamilyReads; // family_store_reads.h

    template <typename Work>
    Status inTransaction(Work&& work);
    Status writeFamily(FamilyRecord& record);
    Status writeFamilyParts(FamilyRecord& record);
    // Gives each row an id (if it has none) and the family's id, and stores it.
    template <typename Rows>
    Status insertFamilyRows(const QString& table, Rows& rows, const QString& familyId);
    Status touchFamily(const QString& familyId);

    Database& m_database;
    store::RecordWriter m_writer;
    mutable store::StatementCache m_reads;
    mutable std::unique_ptr<FamilyReads> m_familyReads; // prepared on the first loadFamily
    std::unique_ptr<search::PersonIndex> m_index;
};

} // namespace kith
