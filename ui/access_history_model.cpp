#include "access_history_model.h"

#include "display_format.h"

namespace kith::ui {

AccessHistoryModel::AccessHistoryModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AccessHistoryModel::setEvents(QList<audit::AuditEvent> events, const QString& thisDevice) {
    beginResetModel();
    m_events = std::move(events);
    m_thisDevice = thisDevice;
    endResetModel();
}

int AccessHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AccessHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessHistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const audit::AuditEvent& event = m_events.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WhenColumn: {
            const QDateTime local = event.occurredAt.toLocalTime();
            return tr("%1 at %2")
                .arg(DisplayFormat::date(local.date()),
                     local.time().toString(QStringLiteral("HH:mm")));
        }
        case WhoColumn:
            return event.actor;
        case WhatColumn:
            return whatHappened(event);
        case WhereColumn:
            return where(event);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == WhereColumn)
        return event.deviceId;
    return {};
}

QVariant AccessHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What they did");
    case WhereColumn:
        return tr("Computer");
    default:
        return {};
    }
}

QString AccessHistoryModel::whatHappened(const audit::AuditEvent& event) const {
    using audit::Action;
    switch (event.action) {
    case Action::View:
        return event.personId.isEmpty() ? tr("Looked at the family")
                                        : tr("Looked at one person's details");
    case Action::Search:
        return tr("Found the family in a search");
    case Action::Change:
        return tr("Changed the family's record");
    case Action::Export:
        return tr("Exported the family's record to a file");
    case Action::Print:
        return tr("Printed the family's record");
    case Action::Share:
        return tr("Shared the family's record");
    case Action::Destroy:
        return tr("Destroyed the family's record");
    case Action::LegalHold:
        return tr("Placed or lifted a legal hold");
    case Action::RetentionReview:
        return tr("Reviewed how long the record is kept");
    case Action::Lock:
    case Action::Unlock:
    case Action::UnlockFailed:
    case Action::PrivacyScreen:
        break;
    }
    return tr("Used Kith");
}

QString AccessHistoryModel::where(const audit::AuditEvent& event) const {
    if (!m_thisDevice.isEmpty() && event.deviceId == m_thisDevice)
        return tr("This computer");
    // Device ids are random; the first part is enough to tell two computers apart.
    return tr("Computer %1").arg(event.deviceId.left(8));
}

} // namespace kith::ui
