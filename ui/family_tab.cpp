#include "family_tab.h"

#include <QTabWidget>

namespace kith::ui {

void placeAsFamilyTab(QWidget* page, QWidget* familyPage, const QString& title, bool rightAfter) {
    QWidget* ancestor = familyPage->parentWidget();
    while (ancestor && !qobject_cast<QTabWidget*>(ancestor))
        ancestor = ancestor->parentWidget();
    auto* tabs = qobject_cast<QTabWidget*>(ancestor);
    if (!tabs) {
        page->hide();
        return;
    }
    if (tabs->indexOf(page) >= 0)
        return;
    if (rightAfter)
        tabs->insertTab(tabs->indexOf(familyPage) + 1, page, title);
    else
        tabs->addTab(page, title);
}

} // namespace kith::ui
