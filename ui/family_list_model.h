#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace kith::ui {

class StoreSession;

// The families on the left of the main window. With no search text it lists every
// family in name order, a page at a time as the list scrolls (so a store of 50,000
// families opens at once). With search text it lists the people found and their
// families, best match first.
class FamilyListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Mode { AllFamilies, SearchResults };
    enum Role { FamilyIdRole = Qt::UserRole + 1, PersonIdRole };
    enum AllFamiliesColumn { FamilyColumn, PostcodeColumn, PeopleColumn, LeadColumn };
    enum SearchColumn { FoundFamilyColumn, PersonColumn, BirthColumn, FoundPostcodeColumn };

    static constexpr int kPageSize = 200;
    static constexpr int kSearchLimit = 50;

    explicit FamilyListModel(QObject* parent = nullptr);

    // The store to list; null empties the list.
    void setSession(const StoreSession* session);
    void showAllFamilies();
    // Runs the search now; blank text shows all families.
    void search(const QString& text);

    Mode mode() const { return m_mode; }
    const QString& searchText() const { return m_searchText; }
    // Families in the store (all-families mode) or people found (search mode).
    int totalCount() const { return m_total; }
    // The row showing `familyId`, or -1 when it is not loaded.
    int rowOfFamily(const QString& familyId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Row {
        QString familyId;
        QString familyName;
        QString personId;
        QString personName;
        QString birthOrDue;
        QString postcode;
        int memberCount = 0;
        QString leadName;
    };
    QString displayText(const Row& row, int column) const;
    QList<Row> findRows(const QString& text) const;

    const StoreSession* m_session = nullptr;
    Mode m_mode = Mode::AllFamilies;
    QString m_searchText;
    QList<Row> m_rows;
    int m_total = 0;
};

} // namespace kith::ui
