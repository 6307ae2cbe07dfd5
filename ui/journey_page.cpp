#include "journey_page.h"

#include "content_height_table_view.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kith::ui {

SectionPage::SectionPage(QWidget* parent)
    : QWidget(parent)
    , m_page(new QWidget) {
    auto* pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(16, 12, 16, 16);
    pageLayout->setSpacing(6);
    m_header = new QVBoxLayout;
    m_header->setSpacing(6);
    m_sections = new QVBoxLayout;
    m_sections->setSpacing(6);
    pageLayout->addLayout(m_header);
    pageLayout->addLayout(m_sections);
    pageLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

ContentHeightTableView* SectionPage::addSection(const QString& heading, const QString& objectName,
                                                QAbstractItemModel* model,
                                                const QString& emptyText) {
    auto* title = new QLabel(heading, m_page);
    title->setObjectName(objectName + QStringLiteral("Heading"));
    title->setWordWrap(true);
    auto* table = new ContentHeightTableView(m_page);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setAccessibleName(heading);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(true);
    auto* empty = new QLabel(emptyText, m_page);
    empty->setObjectName(objectName + QStringLiteral("Empty"));
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_sections->addSpacing(10);
    m_sections->addWidget(title);
    m_sections->addWidget(table);
    m_sections->addWidget(empty);
    m_list.append({title, table, empty});
    applyFonts();
    return table;
}

void SectionPage::updateEmptyNotes() {
    for (const Section& section : std::as_const(m_list)) {
        const bool empty = section.table->model()->rowCount() == 0;
        section.heading->setVisible(m_sectionsVisible);
        section.table->setVisible(m_sectionsVisible && !empty);
        section.empty->setVisible(m_sectionsVisible && empty);
    }
}

void SectionPage::setSectionsVisible(bool visible) {
    m_sectionsVisible = visible;
    updateEmptyNotes();
}

void SectionPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}

void SectionPage::applyFonts() {
    // Headings follow the window's font, so zooming for a projector scales them too.
    QFont heading = font();
    if (heading.pointSizeF() > 0)
        heading.setPointSizeF(heading.pointSizeF() * 1.15);
    heading.setBold(true);
    for (const Section& section : std::as_const(m_list))
        section.heading->setFont(heading);
}

} // namespace kith::ui
