#include "my_week_model.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <algorithm>

namespace kith::ui {

DueItemsModel::DueItemsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void DueItemsModel::setItems(const due::DueReport* report, QList<due::DueItem> items,
                             const QDate& today) {
    beginResetModel();
    m_report = report;
    m_items = std::move(items);
    m_today = today;
    endResetModel();
}

bool DueItemsModel::hasChildren() const {
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [](const due::DueItem& item) { return item.isForChild(); });
}

int DueItemsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int DueItemsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DueItemsModel::whenText(const due::DueItem& item, const QDate& today) {
    if (item.status == due::DueStatus::Overdue) {
        if (item.workingDaysOverdue == 0)
            return tr("Overdue today");
        // Two sources, not %n: the en_GB template has no plural forms filled in.
        return item.workingDaysOverdue == 1
                   ? tr("Overdue by 1 working day")
                   : tr("Overdue by %1 working days").arg(item.workingDaysOverdue);
    }
    if (item.dueDate == today)
        return tr("Due today");
    if (item.dueDate == today.addDays(1))
        return tr("Due tomorrow");
    return tr("Due %1").arg(QLocale().toString(item.dueDate, QStringLiteral("ddd d MMM yyyy")));
}

QVariant DueItemsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const due::DueItem& item = m_items.at(index.row());
    if (role == FamilyIdRole)
        return item.familyId;
    if (role == StatusRole)
        return static_cast<int>(item.status);
    if (role == Qt::ForegroundRole && index.column() == WhenColumn &&
        item.status == due::DueStatus::Overdue)
        return QBrush(QColor(0xB0, 0x1C, 0x1C)); // dark red: readable on white and on a projector
    if (role == Qt::ToolTipRole && index.column() == WhatColumn)
        return tr("Counted from %1; due by the end of %2.")
            .arg(QLocale().toString(item.startedUtc.toLocalTime().date(), QLocale::LongFormat),
                 QLocale().toString(item.dueDate, QLocale::LongFormat));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return whenText(item, m_today);
    case FamilyColumn:
        return item.familyName;
    case ChildColumn:
        return item.personName;
    case WhatColumn:
        return item.ruleTitle;
    case WhoColumn:
        return m_report ? m_report->responsibleName(item) : QString();
    }
    return {};
}

QVariant DueItemsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case FamilyColumn:
        return tr("Family");
    case ChildColumn:
        return tr("Child or young person");
    case WhatColumn:
        return tr("What is due");
    case WhoColumn:
        return tr("Who");
    }
    return {};
}

} // namespace kith::ui
