#include "content_height_table_view.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

namespace kith::ui {

ContentHeightTableView::ContentHeightTableView(QWidget* parent)
    : QTableView(parent) {
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    horizontalScrollBar()->installEventFilter(this);
}

void ContentHeightTableView::setModel(QAbstractItemModel* newModel) {
    if (model())
        disconnect(model(), nullptr, this, nullptr);
    QTableView::setModel(newModel);
    if (!newModel)
        return;
    connect(newModel, &QAbstractItemModel::modelReset, this,
            &ContentHeightTableView::fitToContents);
    connect(newModel, &QAbstractItemModel::layoutChanged, this,
            &ContentHeightTableView::fitToContents);
    connect(newModel, &QAbstractItemModel::rowsInserted, this,
            &ContentHeightTableView::fitToContents);
    connect(newModel, &QAbstractItemModel::rowsRemoved, this,
            &ContentHeightTableView::fitToContents);
    fitToContents();
}

QSize ContentHeightTableView::sizeHint() const {
    QSize hint = QTableView::sizeHint();
    int height = 2 * frameWidth() + verticalHeader()->length();
    if (!horizontalHeader()->isHidden())
        height += horizontalHeader()->sizeHint().height();
    if (horizontalScrollBar()->isVisible())
        height += horizontalScrollBar()->sizeHint().height();
    hint.setHeight(height);
    return hint;
}

QSize ContentHeightTableView::minimumSizeHint() const {
    return QSize(QTableView::minimumSizeHint().width(), sizeHint().height());
}

bool ContentHeightTableView::eventFilter(QObject* watched, QEvent* event) {
    // The horizontal scroll bar takes room from the rows when it appears.
    if (watched == horizontalScrollBar() &&
        (event->type() == QEvent::Show || event->type() == QEvent::Hide)) {
        setFixedHeight(sizeHint().height());
    }
    return QTableView::eventFilter(watched, event);
}

void ContentHeightTableView::changeEvent(QEvent* event) {
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitToContents();
}

void ContentHeightTableView::fitToContents() {
    // Rows with room to breathe, and that grow with the font when zoomed.
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    fitColumns();
    setFixedHeight(sizeHint().height());
    updateGeometry();
}

void ContentHeightTableView::fitColumns() {
    // Every column as wide as its text. When that leaves room, the last column takes
    // it; when it does not, nothing is cut short and the table scrolls sideways.
    QHeaderView* header = horizontalHeader();
    header->setStretchLastSection(false);
    resizeColumnsToContents();
    header->setStretchLastSection(header->length() < viewport()->width());
}

void ContentHeightTableView::resizeEvent(QResizeEvent* event) {
    QTableView::resizeEvent(event);
    fitColumns();
}

} // namespace kith::ui
