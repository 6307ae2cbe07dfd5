#include "conflict_list_model.h"

#include "store_session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace kith::ui {

ConflictListModel::ConflictListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ConflictListModel::setSession(StoreSession* session) {
    m_session = session;
    reload();
}

void ConflictListModel::reload() {
    beginResetModel();
    m_conflicts.clear();
    m_familyNames.clear();
    if (m_session)
        m_conflicts = sync::ConflictResolver(m_session->database()).openConflicts();
    for (const sync::ConflictRecord& conflict : std::as_const(m_conflicts)) {
        if (!m_familyNames.contains(conflict.familyId))
            m_familyNames.insert(conflict.familyId, familyName(conflict.familyId));
    }
    endResetModel();
}

QString ConflictListModel::familyName(const QString& familyId) const {
    const auto family = m_session->store().loadFamily(familyId);
    return family ? family->family.name : tr("A family no longer on this computer");
}

int ConflictListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_conflicts.size());
}

int ConflictListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictListModel::readableValue(const QString& jsonText) {
    // Values are kept as JSON text; wrapping one in an array reads any of them.
    const QJsonArray wrapped = QJsonDocument::fromJson(u'[' + jsonText.toUtf8() + u']').array();
    if (jsonText.isEmpty() || wrapped.isEmpty() || wrapped.at(0).isNull())
        return tr("(empty)");
    const QJsonValue value = wrapped.at(0);
    if (value.isString())
        return value.toString().isEmpty() ? tr("(empty)") : value.toString();
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 15);
    return jsonText;
}

QString ConflictListModel::readableDetail(const sync::ConflictRecord& conflict) {
    auto words = [](QString name) {
        name.replace(u'_', u' ');
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        return name;
    };
    if (conflict.field == sync::kDeletedField)
        return tr("%1: deleted on one computer, changed on another").arg(words(conflict.entity));
    return tr("%1: %2").arg(words(conflict.entity), words(conflict.field).toLower());
}

QString ConflictListModel::whoAndWhen(const QString& who, const QDateTime& when) const {
    const QString person = who.isEmpty() ? tr("someone") : who;
    if (!when.isValid())
        return tr("by %1").arg(person);
    return tr("by %1 on %2")
        .arg(person, QLocale().toString(when.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")));
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_conflicts.size())
        return {};
    const sync::ConflictRecord& conflict = m_conflicts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Family:
            return m_familyNames.value(conflict.familyId);
        case Detail:
            return readableDetail(conflict);
        case InRecord:
            return tr("%1\n%2").arg(readableValue(conflict.serverValue),
                                    whoAndWhen(conflict.serverChangedBy, conflict.serverChangedAt));
        case OtherChange:
            return tr("%1\n%2").arg(conflict.field == sync::kDeletedField
                                        ? tr("Delete this record")
                                        : readableValue(conflict.clientValue),
                                    whoAndWhen(conflict.clientChangedBy, conflict.clientChangedAt));
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == InRecord || index.column() == OtherChange))
        return data(index, Qt::DisplayRole);
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Family:
        return tr("Family");
    case Detail:
        return tr("What was changed");
    case InRecord:
        return tr("In the record now");
    case OtherChange:
        return tr("The other change");
    }
    return {};
}

} // namespace kith::ui
