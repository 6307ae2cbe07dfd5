// The Kith desktop app: finds the store, opens it and shows the main window.
#include "council_settings.h"
#include "demo/demo_generator.h"
#include "lock/unlock_secret_hash.h"
#include "lock/unlock_secret_store.h"
#include "lock_controller.h"
#include "main_window.h"
#include "store_session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

namespace {

// Gives the start-up messages their own translation context.
struct Startup {
    Q_DECLARE_TR_FUNCTIONS(Startup)
};

// Loads the translation for the user's language, when Kith has one, from the
// translations built into the program (translations/).
void installTranslation(QApplication& app) {
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("kith"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
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

// The council may require the store to be on an encrypted disk: a lost laptop must
// not give away children's records. Says why and returns false when Kith must stop.
bool storeFolderIsAcceptable(const QString& storePath, const CouncilSettings& settings) {
    const QString folder = QFileInfo(storePath).absolutePath();
    const auto report = kith::privacy::VolumeInspector::forThisPlatform()->inspect(folder);
    const auto verdict =
        kith::privacy::VolumeCheck::decide(report, settings.unencryptedStore, folder);
    if (!verdict.mayOpen) {
        refuse(Startup::tr("Kith cannot open your store"), verdict.message);
        return false;
    }
    if (!verdict.message.isEmpty())
        QMessageBox::warning(nullptr, Startup::tr("Your store is not on an encrypted disk"),
                             verdict.message);
    return true;
}

// Demo stores come with a known PIN, so that a newcomer can try locking (Ctrl+L).
constexpr auto kDemoPin = "135790";

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kith"));
    QApplication::setApplicationName(QStringLiteral("Kith"));
    QApplication::setApplicationVersion(QString::fromLatin1(KITH_VERSION));
    installTranslation(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(Startup::tr("Early Help and Family Hub work with families."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Startup::tr("Try Kith with made-up families in a throwaway store "
                                              "that is deleted when Kith closes."));
    const QCommandLineOption demoFamilies(QStringLiteral("demo-families"),
                                          Startup::tr("How many made-up families --demo makes."),
                                          Startup::tr("count"), QStringLiteral("200"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   Startup::tr("Open the store in this file instead of your own."),
                                   Startup::tr("file"));
    parser.addOptions({demo, demoFamilies, store});
    parser.process(app);

    // The throwaway demo store lives in the user's own cache folder, never in a shared
    // temporary folder, and goes when Kith closes.
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (parser.isSet(demo))
        QDir().mkpath(cache);
    QTemporaryDir demoFolder(QDir(cache).filePath(QStringLiteral("demo-XXXXXX")));
    QString path;
    if (parser.isSet(demo)) {
        if (!demoFolder.isValid())
            return refuse(Startup::tr("Kith cannot start"), demoFolder.errorString());
        path = demoFolder.filePath(QStringLiteral("kith-demo.sqlite"));
    } else if (parser.isSet(store)) {
        path = parser.value(store);
    } else {
        path = defaultStorePath();
    }

    const CouncilSettings council = CouncilSettings::read();
    for (const QString& note : council.notes)
        QMessageBox::warning(nullptr, Startup::tr("A council setting was not understood"), note);
    // Demo families are made up, so the encrypted-disk policy does not apply to them.
    if (!parser.isSet(demo) && !storeFolderIsAcceptable(path, council))
        return 2;

    kith::ui::StoreSession::Opened opened = kith::ui::StoreSession::open(path);
    if (!opened)
        return refuse(Startup::tr("Kith cannot open this store"), opened.message);

    QString storeLabel;
    if (parser.isSet(demo)) {
        bool valid = false;
        const int count = parser.value(demoFamilies).toInt(&valid);
        if (!valid || count < 0)
            return refuse(Startup::tr("Kith cannot start"),
                          Startup::tr("--demo-families needs a whole number, like 200."));
        const auto made =
            kith::demo::populate(opened.session->store(), count, 20261125, QDate::currentDate());
        if (!made)
            return refuse(Startup::tr("Kith cannot make the demo families"), made.error());
        const auto pin = kith::lock::hashUnlockSecret(QString::fromLatin1(kDemoPin));
        if (!pin ||
            !kith::lock::UnlockSecretStore(opened.session->database()).saveSecretHash(pin.value()))
            return refuse(Startup::tr("Kith cannot start"),
                          Startup::tr("The demo store could not be set up."));
        storeLabel = Startup::tr("Demo store: made-up families, deleted when Kith closes. "
                                 "Demo PIN: %1")
                         .arg(QString::fromLatin1(kDemoPin));
    }

    kith::ui::MainWindow window;
    window.setSession(std::move(opened.session), storeLabel);
    window.lockController()->setIdlePolicy(council.idleLock);
    if (parser.isSet(demo))
        window.lockController()->unlock(QString::fromLatin1(kDemoPin));
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        window.setGeometry(screen->availableGeometry());
    window.showMaximized();
    return app.exec();
}
