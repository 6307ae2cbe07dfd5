#include "people_table_model.h"

#include "display_format.h"

namespace kith::ui {

PeopleTableModel::PeopleTableModel(Filter filter, QObject* parent)
    : QAbstractTableModel(parent)
    , m_filter(std::move(filter)) {}

bool PeopleTableModel::belongsInHousehold(const Person& person) {
    return person.inHousehold || person.role != PersonRole::OtherSignificant;
}

void PeopleTableModel::setFamily(const FamilyRecord& family, const QDate& today) {
    beginResetModel();
    m_family = family;
    m_today = today;
    m_people.clear();
    for (const Person& person : family.people) {
        if (!m_filter || m_filter(person))
            m_people.append(person);
    }
    endResetModel();
}

void PeopleTableModel::clear() {
    beginResetModel();
    m_family = {};
    m_people.clear();
    endResetModel();
}

int PeopleTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_people.size());
}

int PeopleTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PeopleTableModel::displayText(int row, int column) const {
    const Person& person = m_people.at(row);
    switch (column) {
    case NameColumn:
        return m_family.displayNameOf(person);
    case RoleColumn:
        return person.unborn ? tr("Unborn baby") : roleLabel(person.role);
    case BirthColumn:
        return DisplayFormat::birthOrDue(person);
    case AgeColumn:
        return DisplayFormat::age(person, m_today);
    case RelationshipColumn:
        return DisplayFormat::capitalised(person.relationshipToFamily);
    case LivesInHouseholdColumn:
        return DisplayFormat::yesNo(person.inHousehold);
    case NhsNumberColumn:
        return person.nhsNumber.isEmpty() ? tr("Not known")
                                          : DisplayFormat::nhsNumber(person.nhsNumber);
    default:
        return {};
    }
}

QVariant PeopleTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_people.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(index.row(), index.column());
    case PersonIdRole:
        return m_people.at(index.row()).id;
    case Qt::AccessibleTextRole:
        return displayText(index.row(), index.column());
    default:
        return {};
    }
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case BirthColumn:
        return tr("Date of birth");
    case AgeColumn:
        return tr("Age");
    case RelationshipColumn:
        return tr("Relationship");
    case LivesInHouseholdColumn:
        return tr("Lives here");
    case NhsNumberColumn:
        return tr("NHS number");
    default:
        return {};
    }
}

} // namespace kith::ui
