#pragma once

#include "model/family.h"

#include <QAbstractTableModel>
#include <QDate>
#include <functional>

namespace kith::ui {

// The people of one family as a table: the household, or the other important people
// who do not live there. Which people it shows is decided by a filter.
class PeopleTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RoleColumn,
        BirthColumn,
        AgeColumn,
        RelationshipColumn,
        LivesInHouseholdColumn,
        NhsNumberColumn,
        ColumnCount
    };
    enum Role { PersonIdRole = Qt::UserRole + 1 };
    using Filter = std::function<bool(const Person&)>;

    explicit PeopleTableModel(Filter filter, QObject* parent = nullptr);

    // Household: everyone who lives there, and parents and children who do not (a
    // father living elsewhere is still family). Other important people: the rest.
    static bool belongsInHousehold(const Person& person);

    void setFamily(const FamilyRecord& family, const QDate& today);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(int row, int column) const;

    Filter m_filter;
    FamilyRecord m_family;
    QList<Person> m_people;
    QDate m_today;
};

} // namespace kith::ui
