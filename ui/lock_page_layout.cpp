#include "lock_page_layout.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace kith::ui::lock_page_layout {

QVBoxLayout* centredColumn(QWidget* page, int maximumWidth) {
    page->setAutoFillBackground(true);
    auto* outer = new QGridLayout(page);
    auto* column = new QWidget(page);
    column->setMaximumWidth(maximumWidth);
    outer->addWidget(column, 1, 1);
    // Stretchy empty cells around the column keep it in the middle at any window size.
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    // The column takes all the width it may (up to its maximum); the sides share the rest.
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(1, 100);
    outer->setColumnStretch(2, 1);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(12);
    return layout;
}

QLabel* addHeading(QVBoxLayout* column, const QString& text) {
    auto* label = new QLabel(text, column->parentWidget());
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    column->addWidget(label);
    return label;
}

QLabel* addParagraph(QVBoxLayout* column, const QString& text) {
    auto* label = new QLabel(text, column->parentWidget());
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    column->addWidget(label);
    return label;
}

} // namespace kith::ui::lock_page_layout
