#pragma once

#include "model/family.h"
#include "store_session.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace kith::ui::test {

// The date every UI test lives on, so ages and "due" dates do not drift.
QDate testToday();

// A store of demo families in its own temporary folder, deleted at the end.
struct DemoStore {
    QTemporaryDir folder;
    std::unique_ptr<StoreSession> session;
    explicit DemoStore(int families);
};

// Keeps the event loop turning until `done` holds or `timeoutMs` passes.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 3000);

// The first family in `store` with someone for whom `matches` holds.
std::optional<FamilyRecord> findFamilyWith(const FamilyStore& store,
                                           const std::function<bool(const Person&)>& matches);

// Every display text in column `column` of `model`.
QStringList columnTexts(const QAbstractItemModel& model, int column);

} // namespace kith::ui::test
