#pragma once

class QString;
class QWidget;

namespace kith::ui {

// Adds `page` as a tab of the tab widget that holds `familyPage` (after `familyPage` when
// `rightAfter`, else at the end), once. Without such a tab widget the page is hidden.
void placeAsFamilyTab(QWidget* page, QWidget* familyPage, const QString& title,
                      bool rightAfter = false);

} // namespace kith::ui
