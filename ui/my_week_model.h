#pragma once

#include "due/due_report.h"

#include <QAbstractTableModel>
#include <QDate>

namespace kith::ui {

// Due items as a table: when, family, child, what, who answers for it. Read-only; the
// start screen and the team view fill it from a DueReport.
class DueItemsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // The long text (what is due) comes last, so a narrow window cuts only its end.
    enum Column { WhenColumn, FamilyColumn, ChildColumn, WhoColumn, WhatColumn, ColumnCount };
    enum Role { FamilyIdRole = Qt::UserRole + 1, StatusRole };

    explicit DueItemsModel(QObject* parent = nullptr);

    // `report` names the people responsible; it must outlive the items shown.
    void setItems(const due::DueReport* report, QList<due::DueItem> items, const QDate& today);
    const due::DueItem& itemAt(int row) const { return m_items.at(row); }
    // Whether any item is about one child (else the child column can be hidden).
    bool hasChildren() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Overdue by 3 working days", "Due today", "Due Friday 27 November".
    static QString whenText(const due::DueItem& item, const QDate& today);

private:
    const due::DueReport* m_report = nullptr;
    QList<due::DueItem> m_items;
    QDate m_today;
};

} // namespace kith::ui
