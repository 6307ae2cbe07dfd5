#include "family_list_model.h"

#include "display_format.h"
#include "store_session.h"

#include <QHash>
#include <QPalette>

namespace kith::ui {

FamilyListModel::FamilyListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void FamilyListModel::setSession(const StoreSession* session) {
    m_session = session;
    showAllFamilies();
}

void FamilyListModel::showAllFamilies() {
    beginResetModel();
    m_mode = Mode::AllFamilies;
    m_searchText.clear();
    m_rows.clear();
    m_total = m_session ? m_session->store().familyCount() : 0;
    endResetModel();
    // The first page straight away, so that the list is never empty while it waits.
    if (canFetchMore({}))
        fetchMore({});
}

void FamilyListModel::search(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        showAllFamilies();
        return;
    }
    beginResetModel();
    m_mode = Mode::SearchResults;
    m_searchText = trimmed;
    m_rows = findRows(trimmed);
    m_total = static_cast<int>(m_rows.size());
    endResetModel();
}

QList<FamilyListModel::Row> FamilyListModel::findRows(const QString& text) const {
    QList<Row> rows;
    if (!m_session)
        return rows;
    // The search finds people; their families give the names the list shows. A
    // family is read once however many of its people match.
    QHash<QString, std::optional<FamilyRecord>> families;
    const QList<search::PersonHit> hits = m_session->personSearch().find(text, kSearchLimit);
    for (const search::PersonHit& hit : hits) {
        auto known = families.find(hit.familyId);
        if (known == families.end())
            known = families.insert(hit.familyId, m_session->store().loadFamily(hit.familyId));
        const std::optional<FamilyRecord>& family = known.value();
        if (!family)
            continue;
        Row row;
        row.familyId = hit.familyId;
        row.familyName = family->family.name;
        row.personId = hit.personId;
        row.postcode = hit.postcode;
        if (const Person* person = family->person(hit.personId)) {
            row.personName = family->displayNameOf(*person);
            row.birthOrDue = DisplayFormat::birthOrDue(*person);
        } else {
            row.personName =
                QStringList{hit.givenName, hit.familyName}.join(QLatin1Char(' ')).trimmed();
            row.birthOrDue = DisplayFormat::date(hit.dateOfBirth);
        }
        row.memberCount = static_cast<int>(family->people.size());
        rows.append(row);
    }
    return rows;
}

int FamilyListModel::rowOfFamily(const QString& familyId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).familyId == familyId)
            return i;
    }
    return -1;
}

int FamilyListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FamilyListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 4;
}

QString FamilyListModel::displayText(const Row& row, int column) const {
    if (m_mode == Mode::AllFamilies) {
        switch (column) {
        case FamilyColumn:
            return row.familyName;
        case PostcodeColumn:
            return row.postcode;
        case PeopleColumn:
            return QString::number(row.memberCount);
        case LeadColumn:
            return row.leadName.isEmpty() ? tr("Not named yet") : row.leadName;
        default:
            return {};
        }
    }
    switch (column) {
    case FoundFamilyColumn:
        return row.familyName;
    case PersonColumn:
        return row.personName;
    case BirthColumn:
        return row.birthOrDue;
    case FoundPostcodeColumn:
        return row.postcode;
    default:
        return {};
    }
}

QVariant FamilyListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(row, index.column());
    case FamilyIdRole:
        return row.familyId;
    case PersonIdRole:
        return row.personId;
    case Qt::ForegroundRole:
        if (m_mode == Mode::AllFamilies && index.column() == LeadColumn && row.leadName.isEmpty())
            return QPalette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (m_mode == Mode::AllFamilies && index.column() == PeopleColumn)
            return QVariant((Qt::AlignRight | Qt::AlignVCenter).toInt());
        return {};
    default:
        return {};
    }
}

QVariant FamilyListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_mode == Mode::AllFamilies) {
        switch (section) {
        case FamilyColumn:
            return tr("Family");
        case PostcodeColumn:
            return tr("Postcode");
        case PeopleColumn:
            return tr("People");
        case LeadColumn:
            return tr("Lead professional");
        default:
            return {};
        }
    }
    switch (section) {
    case FoundFamilyColumn:
        return tr("Family");
    case PersonColumn:
        return tr("Person found");
    case BirthColumn:
        return tr("Date of birth");
    case FoundPostcodeColumn:
        return tr("Postcode");
    default:
        return {};
    }
}

bool FamilyListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_session && m_mode == Mode::AllFamilies && m_rows.size() < m_total;
}

void FamilyListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    const int offset = static_cast<int>(m_rows.size());
    const QList<FamilySummary> page = m_session->store().listFamilies(kPageSize, offset);
    if (page.isEmpty()) {
        // The store has fewer families than it had when counted: stop asking.
        m_total = offset;
        return;
    }
    beginInsertRows({}, offset, offset + static_cast<int>(page.size()) - 1);
    for (const FamilySummary& summary : page) {
        Row row;
        row.familyId = summary.id;
        row.familyName = summary.name;
        row.postcode = summary.postcode;
        row.memberCount = summary.memberCount;
        row.leadName = summary.leadProfessionalName;
        m_rows.append(row);
    }
    endInsertRows();
}

} // namespace kith::ui
