#pragma once

class QLabel;
class QString;
class QVBoxLayout;
class QWidget;

namespace kith::ui::lock_page_layout {

// The plain look shared by the lock, first-use and privacy pages: one column of
// readable width in the middle of the window, nothing else. Returns the column's
// layout; `page` gets a layout that centres it.
QVBoxLayout* centredColumn(QWidget* page, int maximumWidth = 520);
// A large heading and a wrapped paragraph, added to `column`.
QLabel* addHeading(QVBoxLayout* column, const QString& text);
QLabel* addParagraph(QVBoxLayout* column, const QString& text);

} // namespace kith::ui::lock_page_layout
