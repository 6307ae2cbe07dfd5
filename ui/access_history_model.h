#pragma once

#include "audit/audit_log.h"

#include <QAbstractTableModel>

namespace kith::ui {

// A family's audit events as a table a manager can read: when, who, what they did
// and on which computer. Newest first, as AuditLog::history gives them.
class AccessHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, WhereColumn, ColumnCount };

    explicit AccessHistoryModel(QObject* parent = nullptr);

    // `thisDevice` is the open store's device id, shown as "This computer".
    void setEvents(QList<audit::AuditEvent> events, const QString& thisDevice);
    const QList<audit::AuditEvent>& events() const { return m_events; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString whatHappened(const audit::AuditEvent& event) const;
    QString where(const audit::AuditEvent& event) const;

    QList<audit::AuditEvent> m_events;
    QString m_thisDevice;
};

} // namespace kith::ui
