#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QVBoxLayout;

namespace kith::ui {

class ContentHeightTableView;

// A scrolling page of headed tables, each with a note shown in its place when it is
// empty. The start screen, the team view and the Journey tab are built from it.
class SectionPage : public QWidget {
    Q_OBJECT

public:
    explicit SectionPage(QWidget* parent = nullptr);

    // Widgets above the tables (choosers, summaries).
    QVBoxLayout* header() const { return m_header; }
    ContentHeightTableView* addSection(const QString& heading, const QString& objectName,
                                       QAbstractItemModel* model, const QString& emptyText);
    // Shows each table, or its note when it has no rows.
    void updateEmptyNotes();
    void setSectionsVisible(bool visible);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Section {
        QLabel* heading;
        ContentHeightTableView* table;
        QLabel* empty;
    };
    void applyFonts();

    QWidget* m_page = nullptr;
    QVBoxLayout* m_header = nullptr;
    QVBoxLayout* m_sections = nullptr;
    QList<Section> m_list;
    bool m_sectionsVisible = true;
};

} // namespace kith::ui
