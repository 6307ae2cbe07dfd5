#include "ui_test_support.h"

#include "demo/demo_generator.h"

#include <QAbstractItemModel>
#include <QDeadlineTimer>
#include <QTest>
#include <stdexcept>

namespace kith::ui::test {
namespace {

const Clock& testClock() {
    static const FixedClock clock(QDateTime(testToday(), QTime(10, 0), Qt::UTC));
    return clock;
}

} // namespace

QDate testToday() {
    return {2025, 11, 25};
}

DemoStore::DemoStore(int families) {
    if (!folder.isValid())
        throw std::runtime_error("no temporary folder");
    StoreSession::Opened opened =
        StoreSession::open(folder.filePath(QStringLiteral("ui-test.sqlite")), testClock());
    if (!opened)
        throw std::runtime_error(opened.message.toStdString());
    session = std::move(opened.session);
    const auto made = demo::populate(session->store(), families, 20261125, testToday());
    if (!made)
        throw std::runtime_error(made.error().toStdString());
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

std::optional<FamilyRecord> findFamilyWith(const FamilyStore& store,
                                           const std::function<bool(const Person&)>& matches) {
    for (const FamilySummary& summary : store.listFamilies()) {
        std::optional<FamilyRecord> family = store.loadFamily(summary.id);
        if (!family)
            continue;
        for (const Person& person : family->people) {
            if (matches(person))
                return family;
        }
    }
    return std::nullopt;
}

QStringList columnTexts(const QAbstractItemModel& model, int column) {
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

} // namespace kith::ui::test
