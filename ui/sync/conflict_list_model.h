#pragma once

#include "client/conflict_resolver.h"
#include "protocol/wire.h"

#include <QAbstractTableModel>

namespace kith::ui {

class StoreSession;

// The open sync conflicts of a store, one row each: which family, record and detail, the
// value now in the record (the server's) and the other change, each with who and when.
class ConflictListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Family, Detail, InRecord, OtherChange, ColumnCount };

    explicit ConflictListModel(QObject* parent = nullptr);

    void setSession(StoreSession* session);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const sync::ConflictRecord& conflictAt(int row) const { return m_conflicts.at(row); }
    // A conflict value (JSON text) as a person reads it: text without quotes, "(empty)".
    static QString readableValue(const QString& jsonText);
    // "Person: given name", "Address: the record was deleted on one side".
    static QString readableDetail(const sync::ConflictRecord& conflict);

private:
    QString familyName(const QString& familyId) const;
    QString whoAndWhen(const QString& who, const QDateTime& when) const;

    StoreSession* m_session = nullptr;
    QList<sync::ConflictRecord> m_conflicts;
    QHash<QString, QString> m_familyNames;
};

} // namespace kith::ui
