#pragma once

#include "model/family.h"
#include "store_session.h"
#include "util/clock.h"

#include <QImage>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class QWidget;

namespace kith::ui {
class MainWindow;
}

namespace kith::ui::test {

// A demo store whose clock the test can move, for the unlock back-off.
struct ClockedDemoStore {
    QTemporaryDir folder;
    FixedClock clock{QDateTime(QDate(2025, 11, 25), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<StoreSession> session;
    explicit ClockedDemoStore(int families);
    QString path() const;
};

inline const QString kTestPassphrase = QStringLiteral("marmalade sandwich");

// Opens `window` on `store`'s session, chooses kTestPassphrase on the first-use page
// and brings the Family tab forward, so the window shows its first family.
void openWithPassphrase(MainWindow& window, ClockedDemoStore& store);

// Every piece of text a person could read in the application's visible windows:
// window titles, labels, buttons, line edits, tab titles, and every display value and
// header of every visible item view's model.
QStringList visibleTexts();
// The names, addresses and contact details of `family` that must not be on show.
QStringList personalDetails(const FamilyRecord& family);
// The entries of `details` that occur, as whole words, in `texts`.
QStringList detailsShown(const QStringList& details, const QStringList& texts);

// How many different colours `image` has (1 for a blank image).
int colourCount(const QImage& image);

} // namespace kith::ui::test
