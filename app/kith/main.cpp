// The Kith desktop app: finds the store, opens it and shows the main window.
#include "demo/demo_generator.h"
#include "main_window.h"
#include "store_session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

QString translate(const char* text) {
    return QCoreApplication::translate("main", text);
}

// The store in the user's own application data folder, which only they may read.
QString defaultStorePath() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return QDir(folder).filePath(QStringLiteral("kith.sqlite"));
}

int refuse(const QString& title, const QString& message) {
    QMessageBox::critical(nullptr, title, message);
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kith"));
    QApplication::setApplicationName(QStringLiteral("Kith"));
    QApplication::setApplicationVersion(QString::fromLatin1(KITH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(translate("Early Help and Family Hub work with families."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  translate("Try Kith with made-up families in a throwaway store "
                                            "that is deleted when Kith closes."));
    const QCommandLineOption demoFamilies(QStringLiteral("demo-families"),
                                          translate("How many made-up families --demo makes."),
                                          translate("count"), QStringLiteral("200"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   translate("Open the store in this file instead of your own."),
                                   translate("file"));
    parser.addOptions({demo, demoFamilies, store});
    parser.process(app);

    QTemporaryDir demoFolder;
    QString path;
    if (parser.isSet(demo)) {
        if (!demoFolder.isValid())
            return refuse(translate("Kith cannot start"), demoFolder.errorString());
        path = demoFolder.filePath(QStringLiteral("kith-demo.sqlite"));
    } else if (parser.isSet(store)) {
        path = parser.value(store);
    } else {
        path = defaultStorePath();
    }

    kith::ui::StoreSession::Opened opened = kith::ui::StoreSession::open(path);
    if (!opened)
        return refuse(translate("Kith cannot open this store"), opened.message);

    QString storeLabel;
    if (parser.isSet(demo)) {
        bool valid = false;
        const int count = parser.value(demoFamilies).toInt(&valid);
        if (!valid || count < 0)
            return refuse(translate("Kith cannot start"),
                          translate("--demo-families needs a whole number, like 200."));
        const auto made =
            kith::demo::populate(opened.session->store(), count, 20261125, QDate::currentDate());
        if (!made)
            return refuse(translate("Kith cannot make the demo families"), made.error());
        storeLabel = translate("Demo store: made-up families, deleted when Kith closes");
    }

    kith::ui::MainWindow window;
    window.setSession(std::move(opened.session), storeLabel);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        window.setGeometry(screen->availableGeometry());
    window.showMaximized();
    return app.exec();
}
