// One Catch2 main for every test executable. QtSql and timers need an application
// object; widget tests are built with KITH_TEST_WIDGETS and get a QApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef KITH_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("kith-tests"));
    return Catch::Session().run(argc, argv);
}
