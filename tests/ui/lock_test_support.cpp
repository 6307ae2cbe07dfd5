#include "lock_test_support.h"

#include "demo/demo_generator.h"
#include "family_view.h"
#include "lock_controller.h"
#include "main_window.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <stdexcept>

namespace kith::ui::test {
namespace {

void addModelTexts(const QAbstractItemModel& model, QStringList& texts) {
    for (int column = 0; column < model.columnCount(); ++column)
        texts.append(model.headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < model.rowCount(); ++row) {
        texts.append(model.headerData(row, Qt::Vertical).toString());
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            texts.append(index.data(Qt::DisplayRole).toString());
            texts.append(index.data(Qt::ToolTipRole).toString());
        }
    }
}

void addWidgetTexts(const QWidget& widget, QStringList& texts) {
    texts.append(widget.toolTip());
    texts.append(widget.accessibleName());
    if (const auto* label = qobject_cast<const QLabel*>(&widget))
        texts.append(label->text());
    if (const auto* edit = qobject_cast<const QLineEdit*>(&widget)) {
        texts.append(edit->text());
        texts.append(edit->placeholderText());
    }
    if (const auto* button = qobject_cast<const QAbstractButton*>(&widget))
        texts.append(button->text());
    if (const auto* box = qobject_cast<const QGroupBox*>(&widget))
        texts.append(box->title());
    if (const auto* tabs = qobject_cast<const QTabBar*>(&widget)) {
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
    }
    if (const auto* bar = qobject_cast<const QStatusBar*>(&widget))
        texts.append(bar->currentMessage());
    if (const auto* view = qobject_cast<const QAbstractItemView*>(&widget);
        view && view->model() && !qobject_cast<const QHeaderView*>(&widget))
        addModelTexts(*view->model(), texts);
}

} // namespace

ClockedDemoStore::ClockedDemoStore(int families) {
    if (!folder.isValid())
        throw std::runtime_error("no temporary folder");
    StoreSession::Opened opened = StoreSession::open(path(), clock);
    if (!opened)
        throw std::runtime_error(opened.message.toStdString());
    session = std::move(opened.session);
    const auto made = demo::populate(session->store(), families, 20261125, clock.today());
    if (!made)
        throw std::runtime_error(made.error().toStdString());
}

QString ClockedDemoStore::path() const {
    return folder.filePath(QStringLiteral("lock-test.sqlite"));
}

void openWithPassphrase(MainWindow& window, ClockedDemoStore& store) {
    window.setSession(std::move(store.session));
    if (!window.lockController()->chooseSecret(kTestPassphrase, kTestPassphrase))
        throw std::runtime_error("the test passphrase was refused");
    window.familyTabs()->setCurrentWidget(window.familyView());
}

QStringList visibleTexts() {
    QStringList texts;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        texts.append(top->windowTitle());
        addWidgetTexts(*top, texts);
        for (const QWidget* child : top->findChildren<QWidget*>()) {
            if (child->isVisible())
                addWidgetTexts(*child, texts);
        }
    }
    texts.removeAll(QString());
    return texts;
}

QStringList personalDetails(const FamilyRecord& family) {
    QStringList details{family.family.name};
    for (const Person& person : family.people)
        details << person.givenName << person.familyName << person.preferredName
                << person.nhsNumber;
    for (const Address& address : family.addresses)
        details << address.line1 << address.postcode;
    for (const ContactDetail& contact : family.contacts)
        details << contact.value;
    details.removeAll(QString());
    details.removeDuplicates();
    return details;
}

QStringList detailsShown(const QStringList& details, const QStringList& texts) {
    const QString all = texts.join(QLatin1Char('\n'));
    QStringList shown;
    for (const QString& detail : details) {
        const QRegularExpression word(
            QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(detail)),
            QRegularExpression::CaseInsensitiveOption);
        if (all.contains(word))
            shown.append(detail);
    }
    return shown;
}

int colourCount(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

} // namespace kith::ui::test
